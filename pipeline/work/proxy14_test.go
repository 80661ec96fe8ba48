package work

import (
	"testing"
	"time"
)

// TestSession14Proxy: proxies speaking for their principals, targets
// reached through a pronoun or a possession (session 14, PROXY helper).
// Sentences are our own. "head || body" splits a headline from its body.
func TestSession14Proxy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// sidedProxy14: "X की ओर से पेश वकील ने …" makes a later bare
		// "वकील ने" X's.
		{"X की ओर से पेश वकील … वकील ने कहा", "एलन मस्क की ओर से पेश वकील ने जज के सामने लंबी दलीलें रखीं। वकील ने कहा कि सैम ऑल्टमैन ने भरोसा तोड़ा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"X की ओर से उपस्थित वकीलों … वकीलों ने", "ओपनएआई की ओर से उपस्थित वकीलों ने सुनवाई टालने की अर्जी दी। वकीलों ने कहा कि एलन मस्क झूठ फैला रहे हैं।",
			[]string{"openai>elon-musk:h"}},
		{"X की ओर से बयान: no proxy noun, a bare वकील is nobody's", "एलन मस्क की ओर से एक बयान जारी हुआ। वकील ने कहा कि सैम ऑल्टमैन ने भरोसा तोड़ा।", nil},
		// shieldedPronoun14: "X उन्हें बचा रहे हैं" is a charge of
		// shielding against X.
		{"X उन्हें बचा रहे हैं", "राहुल गांधी ने गौतम अडानी की गिरफ्तारी की मांग की। उन्होंने कहा कि नरेंद्र मोदी उन्हें बचा रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"X उन्हें नहीं बचा रहे: negated", "राहुल गांधी ने गौतम अडानी की गिरफ्तारी की मांग की। उन्होंने कहा कि नरेंद्र मोदी उन्हें नहीं बचा रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
