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

// TestScreens29: every word of campaign_acts carries rwCampaign29, exactly
// the words of that class (speed29.go); a sentence with such a word has
// the bit, one without has not.
func TestScreens29(t *testing.T) {
	a := shippedAnalyzer(t)
	c := a.lex.Classes["campaign_acts"]
	if c == nil || len(c.Words) == 0 {
		t.Fatal("words.yaml: campaign_acts missing")
	}
	for _, w := range c.Words {
		id := a.flagIdx.lookup(hindi.NormalizeString(w))
		if id < 0 || a.ruleOf[id+1]&rwCampaign29 == 0 {
			t.Errorf("campaign_acts: %q lacks its rule bit", w)
		}
	}
	for id, c := range a.classOf2 {
		if has, bit := c&cwCampaign29 != 0, a.ruleOf[id]&rwCampaign29 != 0; has != bit {
			t.Errorf("campaign_acts: id %d: bit %v, want %v", id, bit, has)
		}
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"रीड हॉफमैन ने कमला हैरिस का प्रचार करने वाली समिति को चंदा दिया", rwCampaign29, true},
		{"रीड हॉफमैन ने सोमवार को न्यूयॉर्क में भाषण दिया", rwCampaign29, false},
	})
}
