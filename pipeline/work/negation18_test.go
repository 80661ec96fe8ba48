package work

import (
	"testing"
	"time"
)

// TestSession18RefusalDenied: a refusal frame carries its own negation
// (इनकार); a negator after it in the same clause denies the refusal, so
// no stance comes out. The refusal itself, and a negator in another
// clause, still read as hostile.
func TestSession18RefusalDenied(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"refusal to meet", "एलन मस्क ने डोनाल्ड ट्रंप से मिलने से इनकार कर दिया।", []string{"elon-musk>donald-trump:h"}},
		{"refusal denied", "एलन मस्क ने डोनाल्ड ट्रंप से मिलने से इनकार नहीं किया।", nil},
		{"refusal to fund denied, far negator", "सॉफ्टबैंक ने ओपनएआई को और पैसा देने से फिलहाल साफ तौर पर इनकार नहीं किया है।", nil},
		{"refusal, negator in the next clause", "डोनाल्ड ट्रंप ने एलन मस्क से बात करने से इनकार कर दिया और कहा कि वह अब पीछे नहीं हटेंगे।", []string{"donald-trump>elon-musk:h"}},
	})
}
