package work

import (
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestScreens28: every word of need_nouns carries rwNeed28 and every word
// of addressed_greetings rwGreeting28, exactly the words of their classes
// (speed28.go); a sentence with such a word has the bit, one without has not.
func TestScreens28(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, cb := range []struct {
		class string
		cw    classWord2
		bit   uint64
	}{{"need_nouns", cwNeed28, rwNeed28}, {"addressed_greetings", cwGreeting28, rwGreeting28}} {
		c := a.lex.Classes[cb.class]
		if c == nil || len(c.Words) == 0 {
			t.Fatalf("words.yaml: %s missing", cb.class)
		}
		for _, w := range c.Words {
			id := a.flagIdx.lookup(hindi.NormalizeString(w))
			if id < 0 || a.ruleOf[id+1]&cb.bit == 0 {
				t.Errorf("%s: %q lacks its rule bit", cb.class, w)
			}
		}
		for id, c := range a.classOf2 {
			if has, bit := c&cb.cw != 0, a.ruleOf[id]&cb.bit != 0; has != bit {
				t.Errorf("%s: id %d: bit %v, want %v", cb.class, id, bit, has)
			}
		}
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"एलन मस्क ने कहा कि ब्रिटेन को नाइजल फराज की जरूरत है", rwNeed28, true},
		{"एलन मस्क ने सोमवार को लंदन में भाषण दिया", rwNeed28, false},
		{"एलन मस्क ने नाइजल फराज को टैग करते हुए लिखा, शानदार जीत, बधाई", rwGreeting28, true},
		{"एलन मस्क ने नाइजल फराज को टैग करते हुए लिखा, शानदार जीत", rwGreeting28, false},
	})
}
