package work

import "testing"

// TestScreens27: every word of class liking_nouns (the second class
// word) carries rwDislike27 by its id and no other word does, and a
// sentence holding one has the bit while one without has not.
// (jibeIn27's screen is rwJibe24, checked against its class by
// TestClassRules24.)
func TestScreens27(t *testing.T) {
	a := shippedAnalyzer(t)
	checkClassScreen(t, a, "liking_nouns", cwDislike27, rwDislike27)
	checkRuleBits(t, a, []ruleBitCase{
		{"फराज ने कहा कि हैरिस जो कर रही हैं वह उन्हें पसंद नहीं", rwDislike27, true},
		{"फराज ने सोमवार को लंदन में भाषण दिया", rwDislike27, false},
	})
}
