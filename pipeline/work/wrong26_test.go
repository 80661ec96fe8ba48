package work

import (
	"testing"
	"time"
)

// TestSession26FormedDeal: an announcement or a project pointed back to
// after the story formed a tracked deal is the deal's, not its members'
// (dealFormed26, formedDealAt26, dealCalled26; wrong26.go). Every row
// fails without the rule.
func TestSession26FormedDeal(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"this announcement called historic",
			"ओरेकल ने सोमवार को ओपनएआई के साथ मिलकर स्टारगेट नाम से नया उद्यम खड़ा करने की घोषणा की। डोनाल्ड ट्रंप ने इस घोषणा को ऐतिहासिक बताया।",
			[]string{"oracle>openai:s", "openai>oracle:s", "donald-trump>stargate:s"}},
		{"the venture's name before its announcement",
			"व्हाइट हाउस में सॉफ्टबैंक ने ओरेकल के साथ मिलकर स्टारगेट नामक कंपनी बनाने का ऐलान किया। डोनाल्ड ट्रंप ने इस ऐलान को अमेरिका के लिए शानदार खबर बताया।",
			[]string{"softbank>oracle:s", "oracle>softbank:s", "donald-trump>stargate:s"}},
		{"this project called proof",
			"स्टारगेट परियोजना में अगले चार साल में भारी निवेश होगा। डोनाल्ड ट्रंप ने इस परियोजना को अमेरिकी उद्योग के लिए वरदान बताया।",
			[]string{"donald-trump>stargate:s"}},
		{"this venture called a fraud",
			"स्टारगेट परियोजना के तहत टेक्सास में पहला डेटा सेंटर बन रहा है। एलन मस्क ने इस उपक्रम को एक बड़ा धोखा बताया।",
			[]string{"elon-musk>stargate:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26FormedDealControls: an announcement that formed no deal
// (a plan of one company) stays its announcer's; a project with an owner
// of its own is no pointer back.
func TestSession26FormedDealControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"an announcement of a plan",
			"ओपनएआई ने मंगलवार को नया मॉडल उतारने की घोषणा की। सत्या नडेला ने इस घोषणा को ऐतिहासिक बताया।",
			[]string{"satya-nadella>openai:s"}},
		{"an owned project",
			"स्टारगेट परियोजना पर काम जारी है। डोनाल्ड ट्रंप ने रिलायंस की नई परियोजना को शानदार बताया।",
			[]string{"donald-trump>reliance:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26Devoured: a jibe's words "A, Y को जिंदा निगल/खा जाएगा"
// mock Y, the one to be swallowed, not A (devoured26). Every row fails
// without the rule; the control's words have no verb of swallowing.
func TestSession26Devoured(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a headline jibe", "मस्क का तंज- 'गूगल एक दिन मेटा को जिंदा निगल जाएगा'",
			[]string{"elon-musk>meta:h"}},
		{"a reported jibe", "एलन मस्क ने एक्स पर तंज कसा कि ओपनएआई किसी दिन माइक्रोसॉफ्ट को जिंदा खा जाएगा।",
			[]string{"elon-musk>microsoft:h"}},
		{"control: a jibe at the subject", "एलन मस्क ने तंज कसा कि ओपनएआई किसी दिन माइक्रोसॉफ्ट से पिछड़ जाएगा।",
			[]string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
