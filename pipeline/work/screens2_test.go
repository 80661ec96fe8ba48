package work

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// TestSession10ScreenLists: a screen that stands for a word function's
// switch (moneyWord, campaignNoun) lists every word of the switch, read
// from the source, so a word added to the function and not to
// screenWords fails here (its rule would be skipped in the sentences
// that have only that word).
func TestSession10ScreenLists(t *testing.T) {
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, "stance.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	bits := map[string]uint64{}
	for _, sw := range screenWords {
		bits[sw.w] |= sw.bit
	}
	for _, c := range []struct {
		fn  string
		bit uint64
	}{{"moneyWord", swMoney}, {"campaignNoun", swCampaign}, {"chargeNoun", swCharge}, {"suitNoun", swCharge}} {
		var words []string
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Name.Name != c.fn {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if cc, ok := n.(*ast.CaseClause); ok {
					for _, e := range cc.List {
						if bl, ok := e.(*ast.BasicLit); ok && bl.Kind == token.STRING {
							w, err := strconv.Unquote(bl.Value)
							if err != nil {
								t.Fatal(err)
							}
							words = append(words, w)
						}
					}
				}
				return true
			})
		}
		if len(words) < 4 {
			t.Fatalf("%s: found %d case words in stance.go: the test no longer reads it", c.fn, len(words))
		}
		for _, w := range words {
			if bits[w]&c.bit == 0 {
				t.Errorf("%s: %q is not in screenWords with its bit", c.fn, w)
			}
		}
	}
}
