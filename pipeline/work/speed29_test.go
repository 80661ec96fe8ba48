package work

import (
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestIsGenitive29: the byte-wise isGenitive answers as the three string
// comparisons it replaces, on the genitives and on their neighbours.
func TestIsGenitive29(t *testing.T) {
	for _, w := range []string{"का", "की", "के", "कि", "को", "कु", "क", "ने", "", "काम", "एक", "खा", "kaa"} {
		want := w == "का" || w == "की" || w == "के"
		if got := isGenitive(w); got != want {
			t.Errorf("isGenitive(%q) = %v, want %v", w, got, want)
		}
	}
}

// checkClassScreen: every word of words.yaml class name carries rule bit
// bit by its id, and exactly the ids of second-word class cw carry it
// (classScreens30, speed30.go).
func checkClassScreen(t *testing.T, a *Analyzer, name string, cw classWord2, bit uint64) {
	t.Helper()
	c := a.lex.Classes[name]
	if c == nil || len(c.Words) == 0 {
		t.Fatalf("words.yaml: %s missing", name)
	}
	for _, w := range c.Words {
		id := a.flagIdx.lookup(hindi.NormalizeString(w))
		if id < 0 || a.ruleOf[id+1]&bit == 0 {
			t.Errorf("%s: %q lacks its rule bit", name, w)
		}
	}
	for id, c := range a.classOf2 {
		if has, got := c&cw != 0, a.ruleOf[id]&bit != 0; has != got {
			t.Errorf("%s: id %d: bit %v, want %v", name, id, got, has)
		}
	}
}

// TestScreens29: every word of campaign_acts carries rwCampaign29, exactly
// the words of that class (speed29.go); a sentence with such a word has
// the bit, one without has not.
func TestScreens29(t *testing.T) {
	a := shippedAnalyzer(t)
	checkClassScreen(t, a, "campaign_acts", cwCampaign29, rwCampaign29)
	checkRuleBits(t, a, []ruleBitCase{
		{"रीड हॉफमैन ने कमला हैरिस का प्रचार करने वाली समिति को चंदा दिया", rwCampaign29, true},
		{"रीड हॉफमैन ने सोमवार को न्यूयॉर्क में भाषण दिया", rwCampaign29, false},
	})
}
