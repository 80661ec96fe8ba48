package work

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// ruleBitsOf is ruleWords by word: the OR of each word's bits.
func ruleBitsOf() map[string]uint64 {
	bits := map[string]uint64{}
	for _, rw := range ruleWords {
		bits[rw.w] |= rw.bit
	}
	return bits
}

// switchWords reads the string cases of function fn's switches in file
// (this package's source).
func switchWords(t *testing.T, file, fn string) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != fn {
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
	return words
}

// TestRuleWords16: a rule bit that stands for a word function's switch
// lists every word of the switch (a word added to the function and not
// to ruleWords would let its reader skip the clause), and every word of
// ruleWords is indexed, its id holding the bit.
func TestRuleWords16(t *testing.T) {
	bits := ruleBitsOf()
	for _, c := range []struct {
		file, fn string
		bit      uint64
	}{
		{"recall15.go", "greetWord15", rwGreet15},
		{"contrast12.go", "tieNoun12", rwTie12},
		{"schema11.go", "dealNoun11", rwTie12},
		{"schema11.go", "amongNoun11", rwAmong11},
		{"schema11.go", "thanksWord11", rwThanks11},
		{"schema11.go", "dealNoun11", rwDeal11},
		{"freshq11.go", "tieNounQ11", rwTieQ11},
		{"contrast12.go", "contactAct12", rwContact12},
		{"stance.go", "unjustifiedAt", rwUnjust16},
		{"stance.go", "moneyWord", rwMoneyFund12},
		{"contrast12.go", "fundNoun12", rwMoneyFund12},
	} {
		words := switchWords(t, c.file, c.fn)
		if len(words) < 4 {
			t.Fatalf("%s: found %d case words: the test no longer reads it", c.fn, len(words))
		}
		for _, w := range words {
			if bits[w]&c.bit == 0 {
				t.Errorf("%s: %q is not in ruleWords with its bit", c.fn, w)
			}
		}
	}
	// behestCharge12 has three case words (the loop above wants four).
	for _, w := range switchWords(t, "freshp12.go", "behestCharge12") {
		if bits[w]&rwBehest17 == 0 {
			t.Errorf("behestCharge12: %q is not in ruleWords with its bit", w)
		}
	}
	a := shippedAnalyzer(t)
	for _, rw := range ruleWords {
		id := a.flagIdx.lookup(rw.w)
		if id < 0 || a.ruleOf[id+1]&rw.bit == 0 {
			t.Errorf("%q: id %d has not its rule bit", rw.w, id)
		}
	}
	if a.ruleOf[0] != 0 {
		t.Errorf("a token with no id has rule bits %x", a.ruleOf[0])
	}
	// rwOwnedAct15 is noteCharges15's test of a word, by id.
	for i, x := range a.flagVals {
		key := a.actKeyOf[i]
		if x&fwDecision != 0 {
			key = "decision"
		}
		want := x&fwCharge != 0 || key != "" && key != "decision"
		if got := a.ruleOf[i+1]&rwOwnedAct15 != 0; got != want {
			t.Errorf("%q: rwOwnedAct15 %v, noteCharges15 %v", a.flagIdx.words[i], got, want)
		}
		if x&fwUnjust != 0 && a.ruleOf[i+1]&rwUnjust16 == 0 {
			t.Errorf("%q: flagged fwUnjust without rwUnjust16", a.flagIdx.words[i])
		}
	}
}

// TestTrimSpace16: trimSpace is strings.TrimSpace.
func TestTrimSpace16(t *testing.T) {
	for _, s := range []string{
		"", " ", "क", " क ", "क।", "क। ", "\nक\n", "\u00a0क", "क\u00a0", "\u2003क\u2003", "\u3000क", "क\u3000",
		"\u1680क", "क\u0085", "\u200bक", "कx", "x क", "\xe2", "क\xe2\x80", "\xc2", "\xff", "\u2028क\u2029", "“क”", "“क” ", " “क”",
	} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
