package work

import (
	"testing"
	"time"
)

// TestMutualTeller35b (session 35, contrast2): a mutual tie frame with no
// agent ("… के साथ करार पर हस्ताक्षर हो गए हैं") in the content clause of
// the one organisation that tells it is that organisation's tie with the
// partner, both ways (mutualTeller35b). Controls: a person telling it, a
// negated signing, two partners.
func TestMutualTeller35b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"company confirms a signing with Y", " || सॉफ्टबैंक ने बुधवार को पुष्टि की कि ओपनएआई के साथ निवेश करार पर हस्ताक्षर हो गए हैं।", []string{"openai>softbank:s", "softbank>openai:s"}},
		{"company (pointed back) tells a signing", " || गूगल ने तिमाही नतीजे जारी किए। कंपनी ने बताया कि रिलायंस के साथ क्लाउड अनुबंध पर हस्ताक्षर हो चुके हैं।", []string{"google>reliance:s", "reliance>google:s"}},
		{"ctl a person tells it", " || सैम ऑल्टमैन ने पुष्टि की कि माइक्रोसॉफ्ट के साथ करार पर हस्ताक्षर हो गए हैं।", nil},
		{"ctl signing denied", " || सॉफ्टबैंक ने कहा कि ओपनएआई के साथ करार पर अभी हस्ताक्षर नहीं हुए हैं।", nil},
		{"ctl two partners", " || सॉफ्टबैंक ने बताया कि ओपनएआई और ओरेकल के साथ करार पर हस्ताक्षर हो गए हैं।", nil},
	})
}
