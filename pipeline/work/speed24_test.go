package work

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// comparedWords reads the string literals function fn in file compares
// its variable w with (w == "…", w != "…").
func comparedWords(t *testing.T, file, fn string) []string {
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
			be, ok := n.(*ast.BinaryExpr)
			if !ok || be.Op != token.EQL && be.Op != token.NEQ {
				return true
			}
			if id, ok := be.X.(*ast.Ident); !ok || id.Name != "w" {
				return true
			}
			if bl, ok := be.Y.(*ast.BasicLit); ok && bl.Kind == token.STRING {
				w, err := strconv.Unquote(bl.Value)
				if err != nil {
					t.Fatal(err)
				}
				words = append(words, w)
			}
			return true
		})
	}
	return words
}

// wordsHoldBit fails when fewer than min words were read from fn (the
// test no longer reads it) or when one of them lacks bit in bits.
func wordsHoldBit(t *testing.T, bits map[string]uint64, fn string, bit uint64, words []string, min int) {
	t.Helper()
	if len(words) < min {
		t.Fatalf("%s: found %d words, want >= %d: the test no longer reads it", fn, len(words), min)
	}
	for _, w := range words {
		if bits[w]&bit == 0 {
			t.Errorf("%s: %q is not in ruleWords with its bit", fn, w)
		}
	}
}

// TestRuleWords24: the session-24 guards skip a reader for a sentence
// with none of the words its first test compares with; each word of
// those tests must hold its rule bit (a word added to the reader and not
// to ruleWords would let the guard skip it).
func TestRuleWords24(t *testing.T) {
	bits := ruleBitsOf()
	for _, c := range []struct {
		file, fn string
		bit      uint64
		words    []string
		min      int
	}{
		{"soon23.go", "verblessSoon23", rwSoon24, switchWords(t, "soon23.go", "verblessSoon23"), 3},
		{"freshp12.go", "contactAfter", rwContact24, comparedWords(t, "freshp12.go", "contactAfter"), 12},
		{"joint23.go", "jointBody23", rwJoint24, comparedWords(t, "joint23.go", "jointBody23"), 2},
		{"ground.go", "honorifics", rwHonor24, switchWords(t, "ground.go", "honorifics"), 4},
		{"ground.go", "contestLabel", rwColon24, []string{":"}, 1},
		// (tagAbout's first three comparisons are the marks; the words
		// it compares later are read only after one.)
		{"stance.go", "tagAbout", rwTagMark24, comparedWords(t, "stance.go", "tagAbout")[:3], 3},
	} {
		wordsHoldBit(t, bits, c.fn, c.bit, c.words, c.min)
	}
}

// TestClassRules24: a word id with class cwJoy22, cwJointBody23 or
// cwJibeNoun24 (words.yaml jibe_nouns; lexmove) has its rule bit
// (classRules24), so a sentence with such a word keeps the reader
// guarded by it, and one without gives the bit to no token.
func TestClassRules24(t *testing.T) {
	a := shippedAnalyzer(t)
	if len(a.classOf) != len(a.ruleOf) {
		t.Fatalf("classOf %d ids, ruleOf %d", len(a.classOf), len(a.ruleOf))
	}
	n := 0
	for id, c := range a.classOf {
		for _, p := range [...]struct{ class, bit uint64 }{{cwJoy22, rwJoy24}, {cwJointBody23, rwJointBody24}, {cwJibeNoun24, rwJibe24}} {
			if has, bit := c&p.class != 0, a.ruleOf[id]&p.bit != 0; has != bit {
				t.Errorf("id %d: class %x, rule bit %x: %v, want %v", id, p.class, p.bit, bit, has)
			} else if has {
				n++
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d class words: the classes are no longer read", n)
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"कंपनी ने बयान में कहा कि उसे इस बात पर गर्व है कि टीम ने समय पर काम पूरा किया", rwJoy24, true},
		{"दोनों समूहों ने शोध के लिए एक साझा प्रयोगशाला खोलने का ऐलान किया", rwJointBody24 | rwJoint24, true},
		{"विपक्ष के नेता ने कटाक्ष करते हुए कहा कि सड़क पहली बारिश में बह गई", rwJibe24, true},
		{"मंत्री ने सोमवार को नई सड़क का उद्घाटन किया", rwJoy24 | rwJointBody24 | rwJoint24 | rwJibe24, false},
	})
}

// TestDatedTies24: datedAffil14's list holds every tie of affilDated14
// a story's date may undo (not always, with periods), once, and no other.
func TestDatedTies24(t *testing.T) {
	a := shippedAnalyzer(t)
	want := 0
	for k, tie := range a.affilDated14 {
		if tie.always || len(tie.periods) == 0 {
			continue
		}
		want++
		n := 0
		for _, d := range a.datedTies24 {
			if d.k == k && d.t == tie {
				n++
			}
		}
		if n != 1 {
			t.Errorf("tie %v listed %d times", k, n)
		}
	}
	if len(a.datedTies24) != want || want == 0 {
		t.Errorf("%d ties listed, %d dated", len(a.datedTies24), want)
	}
}

// TestActScreen24: noteActs passes over a token whose id lacks swAct; that
// bit is exactly actKey's answer being non-empty (a decision flag or an
// act key), and a token with no id has none.
func TestActScreen24(t *testing.T) {
	a := shippedAnalyzer(t)
	if a.screenOf[0]&swAct != 0 {
		t.Fatalf("a token with no id has swAct")
	}
	n := 0
	for i, x := range a.flagVals {
		want := x&fwDecision != 0 || a.actKeyOf[i] != ""
		if got := a.screenOf[i+1]&swAct != 0; got != want {
			t.Errorf("%q: swAct %v, act key %v", a.flagIdx.words[i], got, want)
		}
		if want {
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d act words", n)
	}
}

// ruleBitCase is a sentence and rule bits its screen must set (want) or
// must not set any of.
type ruleBitCase struct {
	text string
	bit  uint64
	want bool
}

// checkRuleBits checks the sentence screen's rule bits of each case.
func checkRuleBits(t *testing.T, a *Analyzer, cases []ruleBitCase) {
	t.Helper()
	for _, c := range cases {
		f := a.prepare("body", c.text)
		_, rules, _ := a.sentScreens(f.wid, f.fl)
		if got := rules&c.bit == c.bit; got != c.want {
			t.Errorf("%q: rule bits %x, want all of %x %v", c.text, rules, c.bit, c.want)
		}
		if !c.want && rules&c.bit != 0 {
			t.Errorf("%q: rule bits %x have some of %x", c.text, rules, c.bit)
		}
	}
}
