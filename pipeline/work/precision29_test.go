package work

import (
	"testing"
	"time"
)

// Session 29 (PRECISION): our own sentences. The first rows of each
// table fail without the rule named; the controls must stay as they are.

// TestSession29LabelBreak: a headline that names a broken deal between a
// pair with no doer reads it both ways; the body that says who broke it
// keeps only that direction (labelBreakReversed29, label29.go). A
// friendship of two people broken, a body that names no breaker, and a
// body that has both break it stay both ways.
func TestSession29LabelBreak(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"hyphen pair, deal broken, body names the breaker", "गूगल-रिलायंस: क्लाउड करार टूटा || बुधवार को रिलायंस ने गूगल के साथ अपना क्लाउड करार तोड़ दिया। कंपनी ने कोई कारण नहीं बताया।",
			[]string{"reliance>google:h"}},
		{"hyphen pair, deal cancelled, the other breaker", "ओरेकल-ओपनएआई डेटा सेंटर करार रद्द || ओपनएआई ने ओरेकल के साथ हुआ डेटा सेंटर करार रद्द कर दिया है।",
			[]string{"openai>oracle:h"}},
		{"tie broken from one side", "मेटा से टूटा रिलायंस का नाता || रिलायंस ने मेटा के साथ अपना संयुक्त उपक्रम खत्म कर दिया है।",
			[]string{"reliance>meta:h"}},
		// Controls.
		{"no breaker in the body", "गूगल-रिलायंस: क्लाउड करार टूटा || दोनों कंपनियों के बीच पांच साल पुराना करार अब खत्म हो गया है।",
			[]string{"google>reliance:h", "reliance>google:h"}},
		{"a friendship of two people", "मस्क-ट्रंप की दोस्ती टूटी || डोनाल्ड ट्रंप ने कहा कि एलन मस्क के साथ उनका रिश्ता अब खत्म हो चुका है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
