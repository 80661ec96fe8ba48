package work

import (
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestScreens27: every word of class liking_nouns (the second class
// word) carries rwDislike27 by its id and no other word does, and a
// sentence holding one has the bit while one without has not.
// (jibeIn27's screen is rwJibe24, checked against its class by
// TestClassRules24.)
func TestScreens27(t *testing.T) {
	a := shippedAnalyzer(t)
	c := a.lex.Classes["liking_nouns"]
	if c == nil || len(c.Words) == 0 {
		t.Fatal("words.yaml: liking_nouns missing")
	}
	for _, w := range c.Words {
		id := a.flagIdx.lookup(hindi.NormalizeString(w))
		if id < 0 || a.ruleOf[id+1]&rwDislike27 == 0 {
			t.Errorf("liking_nouns: %q lacks rwDislike27", w)
		}
	}
	for id, c := range a.classOf2 {
		if has, bit := c&cwDislike27 != 0, a.ruleOf[id]&rwDislike27 != 0; has != bit {
			t.Errorf("id %d: rwDislike27 %v, want %v", id, bit, has)
		}
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"फराज ने कहा कि हैरिस जो कर रही हैं वह उन्हें पसंद नहीं", rwDislike27, true},
		{"फराज ने सोमवार को लंदन में भाषण दिया", rwDislike27, false},
	})
}
