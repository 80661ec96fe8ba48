package config

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestInternalImportsPointInward: nothing under internal/ imports a stage,
// a connector or the binary (imports point inward: cmd → connectors →
// pipeline → internal).
func TestInternalImportsPointInward(t *testing.T) {
	root := filepath.Join("..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "libeval") {
			return filepath.SkipDir // libeval is its own module
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		checked++
		for _, im := range f.Imports {
			p := strings.Trim(im.Path.Value, `"`)
			for _, outer := range []string{"/pipeline", "/connectors", "/cmd", "/deploy"} {
				if strings.HasPrefix(p, "github.com/khabar/khabar"+outer) {
					t.Errorf("%s imports %s", path, p)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("only %d files checked under internal/", checked)
	}
}
