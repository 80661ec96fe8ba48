package work

import (
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestScreens33: every word of quarrel_nouns carries rwQuarrel33, exactly
// the words of class cwQuarrel27 (speed33.go); a sentence with such a word
// has the bit, one without has not, and quarrelIn27 finds the word in the
// first and nothing in the second either way.
func TestScreens33(t *testing.T) {
	a := shippedAnalyzer(t)
	c := a.lex.Classes["quarrel_nouns"]
	if c == nil || len(c.Words) == 0 {
		t.Fatal("words.yaml: quarrel_nouns missing")
	}
	for _, w := range c.Words {
		id := a.flagIdx.lookup(hindi.NormalizeString(w))
		if id < 0 || a.ruleOf[id+1]&rwQuarrel33 == 0 {
			t.Errorf("quarrel_nouns: %q lacks its rule bit", w)
		}
	}
	for id, cw := range a.classOf {
		if has, got := cw&cwQuarrel27 != 0, a.ruleOf[id]&rwQuarrel33 != 0; has != got {
			t.Errorf("id %d: bit %v, want %v", id, got, has)
		}
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"सीमा पर गोलीबारी के बाद दोनों देशों के बीच तनाव और बढ़ गया", rwQuarrel33, true},
		{"सीमा पर बातचीत के बाद दोनों देशों के बीच व्यापार और बढ़ गया", rwQuarrel33, false},
	})
}
