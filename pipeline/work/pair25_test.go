package work

import (
	"testing"
	"time"
)

// TestSession25OrgPairNouns: "दोनों समूहों/घरानों" is the story's pair of
// organisations, as "दोनों कंपनियों" is: a deal "between the two groups"
// allies them both ways, and a pair of people named before stands for
// their own organisations (org_pair_nouns; bothTarget, bothFirms20). The
// first rows give one direction or nothing without the class. Controls,
// unchanged: "दोनों देशों" is no pair of tracked parties; the two people
// with no organisation of theirs named stay unallied.
func TestSession25OrgPairNouns(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deal between the two groups", "रिलायंस ने अडानी समूह के बंदरगाह कारोबार में निवेश किया है। दोनों समूहों के बीच माल ढुलाई का करार भी हुआ है।",
			[]string{"adani-group>reliance:s", "reliance>adani-group:s"}},
		{"the two houses", "टाटा की तरह अब रिलायंस और अडानी समूह भी सौर ऊर्जा में उतर रहे हैं। पिछले साल दोनों घरानों के बीच एक सौर संयंत्र पर समझौता हुआ था।",
			[]string{"adani-group>reliance:s", "reliance>adani-group:s"}},
		{"two people stand for their groups", "गौतम अडानी ने कहा कि मुकेश अंबानी देश के सबसे बड़े उद्यमी हैं। दोनों समूहों ने गुजरात में एक बंदरगाह परियोजना में साझेदारी की है।\nअडानी समूह की इस परियोजना में रिलायंस की 20 फीसदी हिस्सेदारी होगी।",
			[]string{"adani-group>reliance:s", "gautam-adani>mukesh-ambani:s", "reliance>adani-group:s"}},
		// Controls.
		{"two countries", "रिलायंस ने अडानी समूह के बंदरगाह कारोबार में निवेश किया है। दोनों देशों के बीच व्यापार करार भी हुआ है।",
			[]string{"reliance>adani-group:s"}},
		{"no organisations named", "गौतम अडानी ने कहा कि मुकेश अंबानी देश के सबसे बड़े उद्यमी हैं। दोनों समूहों ने गुजरात में एक बंदरगाह परियोजना में साझेदारी की है।",
			[]string{"gautam-adani>mukesh-ambani:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
