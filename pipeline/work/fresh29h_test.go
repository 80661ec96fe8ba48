package work

import (
	"testing"
	"time"
)

// Session 29 (FRESH-H): our own sentences. The first rows fail without
// the rule named; the controls must stay as they are.

// TestSession29TitledConjunct: "X और <title words> Y ने" makes X an agent
// of Y's act too (titledConjunct29): a reciprocal reads both ways, a
// shared attack is each agent's.
func TestSession29TitledConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reciprocal, two titles", " || सदन में प्रधानमंत्री नरेंद्र मोदी और नेता प्रतिपक्ष राहुल गांधी ने एक-दूसरे पर तीखे हमले किए।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"shared attack, watchlist title", " || डोनाल्ड ट्रंप और नेता प्रतिपक्ष राहुल गांधी ने नरेंद्र मोदी की आलोचना की।",
			[]string{"donald-trump>narendra-modi:h", "rahul-gandhi>narendra-modi:h"}},
		// Controls (read before the rule; must stay).
		{"reciprocal in a when-clause", " || बहस तब गरम हुई जब एलन मस्क और ओपनएआई प्रमुख सैम ऑल्टमैन ने एक-दूसरे का मजाक उड़ाया।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"shared attack", " || कमला हैरिस और अमेरिकी उद्योगपति मार्क जुकरबर्ग ने डोनाल्ड ट्रंप की कड़ी आलोचना की।",
			[]string{"kamala-harris>donald-trump:h", "mark-zuckerberg>donald-trump:h"}},
		{"second agent untracked", " || नरेंद्र मोदी और कई विपक्षी सांसदों ने राहुल गांधी की आलोचना की।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"first name an object", " || सभा में राहुल गांधी को और बाद में नेता प्रतिपक्ष राहुल गांधी ने नरेंद्र मोदी की आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"function word between", " || एलन मस्क आए और उनके बाद सैम ऑल्टमैन ने डोनाल्ड ट्रंप की तारीफ की।",
			[]string{"sam-altman>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
