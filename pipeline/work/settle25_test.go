package work

import (
	"testing"
	"time"
)

// TestSession25SettlementBroken: "यह/वह समझौता तोड़ दिया" with no deal
// asserted in the story is the settlement of the suit the story reports
// against the breaker: breaker → suer, hostile (SCHEMA: breaking a
// settlement is a rupture; settle25.go). The first rows give only the
// suit without the rule. Controls, unchanged: no suit before (a meeting
// is no stance), the suer breaking it (his suit already counts), a deal
// the story asserts (tieLeft18 reads it).
func TestSession25SettlementBroken(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"settled suit, broken", "ओपनएआई ने एलन मस्क के खिलाफ मुकदमा दायर किया था, जो बाद में अदालत के बाहर सुलझ गया। अब मस्क ने वह समझौता तोड़ दिया है।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		{"libel suit, this settlement", "कमला हैरिस ने एक्स कॉर्प पर मानहानि का मुकदमा किया था। पिछले महीने मामला निपट गया, पर एक्स कॉर्प ने अब यह समझौता तोड़ दिया है।",
			[]string{"kamala-harris>x-corp:h", "x-corp>kamala-harris:h"}},
		// Controls.
		{"no suit before", "मेटा और डोनाल्ड ट्रंप के प्रतिनिधियों की मुलाकात हुई थी। मेटा ने अब यह समझौता तोड़ दिया है।", nil},
		{"the suer breaks it", "डोनाल्ड ट्रंप ने मेटा पर मुकदमा किया था, जिसे बाद में सुलझा लिया गया। ट्रंप ने अब यह समझौता तोड़ दिया है।",
			[]string{"donald-trump>meta:h"}},
		{"a deal asserted", "गूगल और रिलायंस के बीच क्लाउड करार हुआ था। रिलायंस ने अब यह समझौता तोड़ दिया है।",
			[]string{"google>reliance:s", "reliance>google:h", "reliance>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
