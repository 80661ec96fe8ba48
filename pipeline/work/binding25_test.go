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
