package work

import (
	"testing"
	"time"
)

// TestSession35bLabelDismissed: a person dismissed with a label
// (labelDismissed35b, mutual35b.go). "X ने Y को '<label>' कहकर/बताकर
// खारिज कर दिया" is X → Y hostile (mockery); "दोनों को" is the last two
// people named before, not X. The rows give nothing from X without the
// rule. Controls, unchanged: Y's charge dismissed (the owner of the
// object, a denial: SCHEMA), a name inside the label, praise with a
// label, a plain dismissal with no label.
func TestSession35bLabelDismissed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"named", "सुंदर पिचाई ने सत्या नडेला को 'पुरानी व्यवस्था का रखवाला' कहकर खारिज कर दिया।",
			[]string{"sundar-pichai>satya-nadella:h"}},
		{"both attackers", "कमला हैरिस ने एलन मस्क की कटौतियों पर सवाल उठाए। रीड हॉफमैन ने भी मस्क पर निशाना साधा। मस्क ने अपने मंच पर दोनों को 'बीते दौर के दरबारी' बताकर खारिज कर दिया।",
			[]string{"kamala-harris>elon-musk:h", "reid-hoffman>elon-musk:h", "elon-musk>kamala-harris:h", "elon-musk>reid-hoffman:h"}},
		{"turned down", "नाइजल फराज ने एलन मस्क को 'बाहरी तमाशबीन' कहकर ठुकरा दिया।",
			[]string{"nigel-farage>elon-musk:h"}},
		// Controls.
		{"a charge dismissed", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को 'तथ्यहीन' बताकर खारिज कर दिया।",
			nil},
		{"a name in the label", "सैम ऑल्टमैन ने एलन मस्क को सत्या नडेला के दौर की कहानी बताकर खारिज कर दिया।",
			nil},
		{"praise", "डोनाल्ड ट्रंप ने एलन मस्क को 'सबसे काबिल इंसान' बताकर उनकी तारीफ की।",
			[]string{"donald-trump>elon-musk:s"}},
		{"no label", "एलन मस्क ने कमला हैरिस को खारिज कर दिया।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
