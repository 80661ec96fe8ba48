package work

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/khabar/khabar/internal/hindi"
)

// TestRuleWordsNormalised: every Devanagari string literal in the
// engine's Go code is in normalised form. Rules compare against the
// normalised words (nukta, chandrabindu and chandra-o folded: बड़े is
// read as बडे, पॉडकास्ट as पाडकास्ट), so a literal spelled otherwise can
// never match and its rule is silently dead (session 14 found 88 such
// words, among them money and offer words in sentence screens).
func TestRuleWordsNormalised(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fs := token.NewFileSet()
	n := 0
	for _, p := range files {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fs, p, nil, 0)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		ast.Inspect(f, func(nd ast.Node) bool {
			bl, ok := nd.(*ast.BasicLit)
			if !ok || bl.Kind != token.STRING {
				return true
			}
			v, err := strconv.Unquote(bl.Value)
			if err != nil || !strings.ContainsFunc(v, func(r rune) bool { return unicode.Is(unicode.Devanagari, r) }) {
				return true
			}
			n++
			// A lone combining sign (the nukta a rule looks for in raw
			// spelling) normalises to nothing: not a word.
			if norm := hindi.NormalizeString(v); norm != v && norm != "" {
				t.Errorf("%s: %q is read as %q after normalisation; write it so", fs.Position(bl.Pos()), v, norm)
			}
			return true
		})
	}
	if n < 1000 {
		t.Fatalf("only %d Devanagari literals found: the scan is broken", n)
	}
}
