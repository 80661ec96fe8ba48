package work

import (
	"testing"
	"time"
)

// TestSession15Contrast2: round 2 on the contrast families (session 15,
// CONTRAST2 helper). Each rule has a row where it fires and a row where
// it must not.
func TestSession15Contrast2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A flipper in a participle ("रोकते हुए", "तोड़कर") closes its
		// own verb: it does not flip a frame written after it.
		{"X ने Y से N रोकते हुए पैसा वापस खींच लिया", "सॉफ्टबैंक ने ओपनएआई से काम रोकते हुए पैसा वापस खींच लिया।", []string{"softbank>openai:h"}},
		{"X ने Y से N रोककर पैसा वापस खींच लिया", "रिलायंस ने गूगल से बातचीत रोककर अपना पैसा वापस खींच लिया।", []string{"reliance>google:h"}},
		{"X ने Y से नाता तोड़कर Z की तारीफ की", "एलन मस्क ने नाइजल फराज से नाता तोड़कर डोनाल्ड ट्रंप की तारीफ की।", []string{"elon-musk>donald-trump:s", "elon-musk>nigel-farage:h"}},
		{"verb-first headline flipper still flips", "वापस लिया कमला हैरिस का समर्थन: रीड हॉफमैन || ", []string{"reid-hoffman>kamala-harris:h"}},

		// "Y पर रोक लगा-": a ban, as प्रतिबंध/पाबंदी लगा-; a ban
		// lifted is none.
		{"X ने Y पर रोक लगा दी", "डोनाल्ड ट्रंप ने एक्सियोस पर रोक लगा दी।", []string{"donald-trump>axios:h"}},
		{"X ने Y पर लगी रोक हटा दी", "डोनाल्ड ट्रंप ने मेटा पर लगी रोक हटा दी।", nil},

		// A person named first in a content clause before a bare noun
		// under पर ("कहा कि Y टैरिफ पर झूठ बोल रहे हैं") or owning a
		// matter noun ("Y चुनाव के मुद्दे पर") is the clause's subject;
		// elsewhere the name still qualifies the noun.
		{"कहा कि Y N पर झूठ बोल रहे हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप महंगाई पर झूठ बोल रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"कहा कि Y N के मुद्दे पर झूठ बोल रहे हैं", "मेटा के प्रवक्ता ने कहा कि एलन मस्क सेंसरशिप के मुद्दे पर जानबूझकर झूठ बोल रहे हैं।", []string{"meta>elon-musk:h"}},
		{"X ने Y N पर बयान जारी किया: Y qualifies N", "मेटा ने डोनाल्ड ट्रंप टैरिफ पर बयान जारी किया।", nil},
		{"कहा कि वह Y N पर चुप नहीं रहेंगी", "कमला हैरिस ने कहा कि वह ट्रंप टैरिफ पर चुप नहीं रहेंगी।", nil},

		// A frame noun read only when flipped (ठेके, अनुबंध) followed
		// by a longer frame that opens with a flipper word ("खत्म करने
		// की धमकी") is still flipped: its owner is the one threatened.
		{"X ने Y के ठेके खत्म करने की धमकी दी", "कमला हैरिस ने एलन मस्क के सरकारी ठेके खत्म करने की धमकी दी।", []string{"kamala-harris>elon-musk:h"}},
		{"X ने Y की कंपनियों के ठेके और सब्सिडी खत्म करने की धमकी दी", "डोनाल्ड ट्रंप ने एलन मस्क की कंपनियों के ठेके और सब्सिडी खत्म करने की धमकी दी।", []string{"donald-trump>elon-musk:h"}},
		{"X ने Y के ठेके की समीक्षा की बात कही: no flip", "डोनाल्ड ट्रंप ने एलन मस्क के ठेके की समीक्षा करने की बात कही।", nil},

		// "Y के <place> में V-ने पर रोक": the genitive is the subject of
		// the infinitive past a place phrase; without an infinitive the
		// place stays Y's and Y is not banned.
		{"X ने Y के कर्मचारियों के दफ्तर में घुसने पर प्रतिबंध लगाया", "कमला हैरिस ने एक्स के कर्मचारियों के सरकारी दफ्तर में घुसने पर प्रतिबंध लगा दिया।", []string{"kamala-harris>x-corp:h"}},
		{"X ने Y के दफ्तर में पत्रकारों पर रोक लगाई: Y is the place", "डोनाल्ड ट्रंप ने मेटा के दफ्तर में पत्रकारों पर रोक लगा दी।", nil},

		// "Y में निवेश की शर्तों पर सवाल": what belongs to the stake in
		// Y is Y's; a stake noun with no genitive after it stays a
		// place ("Y में अपने निवेश पर").
		{"X ने Y में निवेश की शर्तों पर सवाल उठाए", "माइक्रोसॉफ्ट ने ओपनएआई में निवेश की शर्तों पर सवाल उठाए।", []string{"microsoft>openai:h"}},
		{"X ने Y में अपने निवेश पर सवाल उठाए: no genitive", "माइक्रोसॉफ्ट ने ओपनएआई में अपने निवेश पर सवाल उठाए।", nil},

		// "करार बीच में ही तोड़ दिया": midway between the noun and its
		// flipper; a negated break or "के बीच में" after a genitive is
		// none.
		{"X ने Y के साथ साझेदारी बीच में ही खत्म कर दी", "रिलायंस ने गूगल के साथ साझेदारी बीच में ही खत्म कर दी।", []string{"reliance>google:h"}},
		{"X ने कहा कि Y के साथ साझेदारी बीच में नहीं टूटेगी", "रिलायंस ने कहा कि गूगल के साथ साझेदारी बीच में नहीं टूटेगी।", nil},
		{"Y और Z के करार के बीच में", "रिलायंस और गूगल के करार के बीच में मेटा ने नई घोषणा की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
