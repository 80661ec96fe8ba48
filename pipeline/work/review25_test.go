package work

import (
	"testing"
	"time"
)

// TestSession25ReviewRatherOwnAct: "X की <act> नहीं, बल्कि Y की <act>":
// the words denied after X's genitive hold the act itself, so the बल्कि
// part is an act of its own of Y, read by its own words; the denied
// stance does not pass to Y (ratherTarget25, judgedIn25). Without the
// check Y got the denied stance too, of the opposite polarity.
func TestSession25ReviewRatherOwnAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"criticism denied, praise said", "राहुल गांधी ने अपने भाषण में मुकेश अंबानी की आलोचना नहीं, बल्कि नरेंद्र मोदी की तारीफ की।",
			[]string{"rahul-gandhi>narendra-modi:s"}},
		{"praise denied, criticism said", "कमला हैरिस ने अपने भाषण में एलन मस्क की तारीफ नहीं, बल्कि डोनाल्ड ट्रंप की खुलकर आलोचना की।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25ReviewRatherControls: the act after the correction is
// shared ("X की नहीं, बल्कि Y की आलोचना की"), and "X और O के <role> P"
// ties P to both organisations (chiefTies25 reads the coordination
// explicitly now that its mention test looks at the right token).
func TestSession25ReviewRatherControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the act shared after बल्कि", "राहुल गांधी ने मुकेश अंबानी की नहीं, बल्कि नरेंद्र मोदी की आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"the role of two organisations", "डोनाल्ड ट्रंप ने टेस्ला की कड़ी आलोचना की। टेस्ला और स्पेसएक्स के सीईओ एलन मस्क उस दिन चुप रहे।",
			[]string{"donald-trump>elon-musk:h", "donald-trump>tesla:h"}},
		{"the role of two tracked organisations", "कमला हैरिस ने एक्स की कड़ी आलोचना की। एक्स और टेस्ला के प्रमुख एलन मस्क ने इस पर कुछ नहीं कहा।",
			[]string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
