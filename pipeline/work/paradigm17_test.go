package work

import (
	"testing"
	"time"
)

// TestParadigm17: forms of known frames the paradigm grid
// (paradigm17_grid_test.go) found unread, and rows that must stay
// silent. Sentences are our own.
func TestParadigm17(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// adverbialGap17: a time or venue phrase between the genitive
		// and the act noun.
		{"Y की संसद में तारीफ", "राहुल गांधी ने नरेंद्र मोदी की संसद में तारीफ की।",
			[]string{"rahul-gandhi>narendra-modi:s"}},
		{"Y की लोकसभा में बहस के दौरान आलोचना", "राहुल गांधी ने नरेंद्र मोदी की लोकसभा में बहस के दौरान आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Y का मंगलवार को खुलकर बचाव", "एलन मस्क ने सैम ऑल्टमैन का मंगलवार को खुलकर बचाव किया।",
			[]string{"elon-musk>sam-altman:s"}},
		{"Y का एक्स पर मजाक", "एलन मस्क ने सैम ऑल्टमैन का एक्स पर मजाक उड़ाया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y की इस हफ्ते संसद में आलोचना", "राहुल गांधी ने नरेंद्र मोदी की इस हफ्ते संसद में आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Y की हाल ही में एक इंटरव्यू में निंदा", "कमला हैरिस ने डोनाल्ड ट्रंप की हाल ही में एक इंटरव्यू में कड़ी निंदा की।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"Y की सोमवार को दिल्ली में सभा के दौरान आलोचना", "राहुल गांधी ने गौतम अडानी की सोमवार को दिल्ली में एक सभा के दौरान आलोचना की।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"Y के हर फैसले में: Y's own decisions", "सैम ऑल्टमैन ने कहा कि एलन मस्क ओपनएआई के हर फैसले में अड़ंगा डालते हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		// jointParty17: a coordinated group and one partner of a tie.
		{"X और Z ने Y के साथ साझेदारी की: every pair", "माइक्रोसॉफ्ट और टेस्ला ने ओपनएआई के साथ साझेदारी की।",
			[]string{"microsoft>openai:s", "microsoft>tesla:s", "openai>microsoft:s", "openai>tesla:s", "tesla>microsoft:s", "tesla>openai:s"}},
		{"X और Z ने Y के साथ करार किया: every pair", "गूगल और रिलायंस ने मेटा के साथ करार किया।",
			[]string{"google>meta:s", "google>reliance:s", "meta>google:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"talks toward a tie: none", "माइक्रोसॉफ्ट और टेस्ला ओपनएआई के साथ साझेदारी पर बातचीत कर रहे हैं।", nil},
		// Silent: negated, asked, to come.
		{"negated across the venue", "राहुल गांधी ने नरेंद्र मोदी की संसद में आलोचना नहीं की।", nil},
		{"asked across the venue", "क्या राहुल गांधी ने नरेंद्र मोदी की संसद में तारीफ की?", nil},
		{"future across the venue", "राहुल गांधी कल नरेंद्र मोदी की संसद में आलोचना करेंगे।", nil},
		// The possessed noun's postposition: read as before.
		{"Y's own act in में: Y is its doer", "सैम ऑल्टमैन ने कहा कि मार्क जुकरबर्ग का विज्ञान में योगदान अद्भुत है।",
			[]string{"sam-altman>mark-zuckerberg:s"}},
		{"the terms of a deal questioned: read as before", "सॉफ्टबैंक ने ओपनएआई में निवेश की शर्तों पर सवाल उठाए।",
			[]string{"softbank>openai:h"}},
		{"Y की मौजूदगी में Z की तारीफ: Z", "एलन मस्क ने सैम ऑल्टमैन की मौजूदगी में मार्क जुकरबर्ग की तारीफ की।",
			[]string{"elon-musk>mark-zuckerberg:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
