package work

import (
	"testing"
	"time"
)

// TestSession12NegConjunct: a negator in a later conjunct with its own
// subject does not negate the frame before the coordinator
// (negconj12.go); one verb over coordinated genitives keeps it.
func TestSession12NegConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने लिखा कि Y ने बहस जीती और Z के पास जवाब नहीं था", "एलन मस्क ने लिखा कि डोनाल्ड ट्रंप ने साफ तौर पर बहस जीती और कमला हैरिस के पास कोई ठोस जवाब नहीं था।", []string{"elon-musk>donald-trump:s"}},

		{"X ने Y की तारीफ और Z की आलोचना नहीं की", "नाइजल फराज ने डोनाल्ड ट्रंप की तारीफ और कमला हैरिस की आलोचना नहीं की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
