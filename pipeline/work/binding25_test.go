package work

import (
	"testing"
	"time"
)

// TestSession25BindingGenitiveChain: "O की <noun> के <noun> P" is a
// genitive of its own noun, not P set in O (apposedOrg25, binding25.go).
// Without the guard P was O's for the story and P's later stance towards
// O was dropped as towards P's own side: both rows fail without it.
func TestSession25BindingGenitiveChain(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a founding's time", "ओपनएआई की स्थापना के समय एलन मस्क बोर्ड में थे। मस्क ने ओपनएआई पर मुकदमा दायर किया है।",
			[]string{"elon-musk>openai:h"}},
		{"a founding's moment, accusation", "मेटा की स्थापना के वक्त डोनाल्ड ट्रंप कारोबार में थे। ट्रंप ने मेटा पर चुनाव में दखल का आरोप लगाया।",
			[]string{"donald-trump>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25BindingGenitiveChainControls: a role chain right before P
// still sets P in O ("O के बोर्ड के अध्यक्ष P"), so P's praise of O is
// his own side's and gives nothing; a meeting of O's board that P missed
// ties nothing, with or without the guard.
func TestSession25BindingGenitiveChainControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a role chain", "ओपनएआई के बोर्ड के अध्यक्ष रीड हॉफमैन ने बैठक बुलाई। हॉफमैन ने ओपनएआई की तारीफ की।",
			nil},
		{"no role, a place", "ओपनएआई के बोर्ड की बैठक में रीड हॉफमैन नहीं आए। हॉफमैन ने ओपनएआई की तारीफ की।",
			[]string{"reid-hoffman>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25BindingDescribedConjunct: "X और उसके/कंपनी के <a few
// words> Y <postposition>" — the second name described by its tie to the
// first — shares Y's postposition with X, in a list too
// (appositiveDescr25, binding25.go). Without it only Y is the target:
// every row fails.
func TestSession25BindingDescribedConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"pronoun, both", "ट्रंप ने यह मुकदमा ओरेकल और उसके सबसे बड़े ग्राहक ओपनएआई, दोनों के खिलाफ दायर किया है।",
			[]string{"donald-trump>openai:h", "donald-trump>oracle:h"}},
		{"a list closed by कंपनी के", "मस्क ने ओरेकल, उसके चेयरमैन लैरी एलिसन और कंपनी के सबसे बड़े ग्राहक ओपनएआई पर मुकदमा किया है।",
			[]string{"elon-musk>larry-ellison:h", "elon-musk>openai:h", "elon-musk>oracle:h"}},
		{"supportive", "सुंदर पिचाई ने रिलायंस और उसके सबसे बड़े निवेशक मेटा, दोनों की तारीफ की।",
			[]string{"sundar-pichai>meta:s", "sundar-pichai>reliance:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25BindingDescribedConjunctControls: "और उसके बाद Y ने"
// opens a clause of its own, and a plain role ("X और उसके चेयरमैन Y
// पर") was read before; both unchanged.
func TestSession25BindingDescribedConjunctControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a new clause", "मस्क ने ओरेकल की आलोचना की और उसके बाद ओपनएआई ने जवाब दिया।",
			[]string{"elon-musk>oracle:h"}},
		{"a role alone", "राहुल गांधी ने अडानी समूह और उसके चेयरमैन गौतम अडानी पर घोटाले का आरोप लगाया।",
			[]string{"rahul-gandhi>adani-group:h", "rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25BindingRather: "निशाने पर X (की सरकार) नहीं, बल्कि Y …"
// denies the stance towards X and gives it to Y (ratherTarget25,
// binding25.go; hooked in add). Both rows fail without it.
func TestSession25BindingRather(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a name denied", "राहुल गांधी ने कहा कि उनके निशाने पर मुकेश अंबानी नहीं, बल्कि नरेंद्र मोदी की नीतियां हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"an owned thing denied", "रीड हॉफमैन ने साफ कहा कि उनके निशाने पर डोनाल्ड ट्रंप की सरकार नहीं, बल्कि एलन मस्क की कंपनियां हैं।",
			[]string{"reid-hoffman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25BindingRatherControls: a denial with no बल्कि, or a
// बल्कि naming no one tracked, gives no one a stance.
func TestSession25BindingRatherControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no correction", "राहुल गांधी ने कहा कि उनके निशाने पर मुकेश अंबानी नहीं हैं।", nil},
		{"an untracked correction", "राहुल गांधी ने कहा कि उनके निशाने पर मुकेश अंबानी नहीं, बल्कि सरकारी अफसर हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
