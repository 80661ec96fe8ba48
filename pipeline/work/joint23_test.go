package work

import (
	"testing"
	"time"
)

// TestSession23JointBody: a joint body formed — संयुक्त/साझा before a
// noun of a body (कंपनी, समिति, केंद्र, कोष …) and a verb of making
// (बना-, गठित, स्थापित, खोल-, or "के गठन/की स्थापना") — is an alliance of
// the parties that form it, both ways (SCHEMA: forming a joint venture;
// three founders give pairwise alliances), as the lexicon's "संयुक्त
// उपक्रम" already is. Rows written before the rule (joint23.go); none is
// a dev wording. A joint statement, a body not formed (negated) and talks
// toward one are no alliance, nor a body leaders set up between their
// governments.
func TestSession23JointBody(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"joint company made", "सॉफ्टबैंक और ओपनएआई ने जापान में एक संयुक्त कंपनी बनाई है।", []string{"openai>softbank:s", "softbank>openai:s"}},
		{"shared research centre opened with a partner", "गूगल ने माइक्रोसॉफ्ट के साथ बेंगलुरु में एक साझा शोध केंद्र खोला है।", []string{"google>microsoft:s", "microsoft>google:s"}},
		{"joint committee constituted", "मेटा और गूगल ने बच्चों की ऑनलाइन सुरक्षा पर संयुक्त समिति गठित की।", []string{"google>meta:s", "meta>google:s"}},
		{"three founders of a shared fund", "ओरेकल, सॉफ्टबैंक और ओपनएआई ने एक साझा कोष स्थापित किया है।", []string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"formation of a joint unit announced", "रिलायंस और मेटा ने सोमवार को एक संयुक्त इकाई के गठन की घोषणा की।", []string{"meta>reliance:s", "reliance>meta:s"}},
		// Must not fire.
		{"joint statement", "गूगल और मेटा ने एआई नियमों पर संयुक्त बयान जारी किया।", nil},
		{"not formed", "गूगल और मेटा ने कहा कि वे कोई संयुक्त कंपनी नहीं बनाएंगे।", nil},
		{"talks toward one", "गूगल और मेटा के बीच संयुक्त कंपनी बनाने पर बातचीत चल रही है।", nil},
		{"leaders set up a body between governments", "नरेंद्र मोदी और डोनाल्ड ट्रंप ने न्यूयॉर्क में शुल्क के मुद्दे पर लंबी बात की। दोनों नेताओं ने शुल्क विवाद पर एक संयुक्त समिति बनाने का निर्णय लिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
