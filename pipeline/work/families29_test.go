package work

import (
	"testing"
	"time"
)

// Session 29 (FAMILIES): our own sentences. The first rows of each table
// fail without the rule named; the controls must stay as they are.

// TestSession29TitleBreakDirected: a headline naming a broken pact
// between two with no breaker reads it both ways; a body that says only
// one broke it keeps that direction alone (titleRuptureOverruled29,
// rupture29.go). A headline alone, a body where both break it, and a
// broken friendship (a quarrel of both) keep both ways.
func TestSession29TitleBreakDirected(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"pact broke, colon label", "गूगल-रिलायंस: क्लाउड करार टूटा || बुधवार को रिलायंस ने गूगल के साथ अपना क्लाउड करार तोड़ दिया। दोनों कंपनियों के शेयर गिरे।",
			[]string{"reliance>google:h"}},
		{"deal cancelled, no colon", "ओरेकल-मेटा कंप्यूटिंग सौदा रद्द || सूत्रों से मिली जानकारी के बीच मेटा ने सोमवार को ओरेकल के साथ हुआ कंप्यूटिंग सौदा रद्द कर दिया।",
			[]string{"meta>oracle:h"}},
		{"partnership ended, breaker second sentence", "माइक्रोसॉफ्ट और ओपनएआई की साझेदारी खत्म || एआई जगत में हलचल है। ओपनएआई ने माइक्रोसॉफ्ट से अपनी साझेदारी खत्म करने का ऐलान किया।",
			[]string{"openai>microsoft:h"}},
		{"deal, loan word, breaker in a later clause", "सॉफ्टबैंक-ओपनएआई: डील टूटी || निवेशकों की बैठक के बाद सॉफ्टबैंक ने ओपनएआई के साथ अपनी डील तोड़ दी, कंपनी के एक प्रवक्ता ने बताया।",
			[]string{"softbank>openai:h"}},
		// Controls.
		{"headline alone keeps both ways", "गूगल-रिलायंस: क्लाउड करार टूटा || दोनों कंपनियों के शेयर बुधवार को गिरे।",
			[]string{"google>reliance:h", "reliance>google:h"}},
		{"body: each breaks it", "गूगल-रिलायंस: क्लाउड करार टूटा || रिलायंस ने गूगल के साथ अपना करार तोड़ दिया। गूगल ने भी रिलायंस के साथ सारे सौदे रद्द कर दिए।",
			[]string{"google>reliance:h", "reliance>google:h"}},
		{"friendship broken, one side's snub in the body", "मस्क-ट्रंप की दोस्ती टूटी || ट्रंप ने कहा कि उनकी मस्क से बात करने में कोई दिलचस्पी नहीं है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
