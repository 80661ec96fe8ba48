package work

import (
	"testing"
	"time"
)

// TestMend27SuitCall: a person's calling of Y's suit ("X ने Y के मुकदमे
// को … बताया") is a bystander's judgement even when an answer word
// follows in another clause (after और, कि, a comma): answeredSuit27's
// calling test stops where answeredAt27 stops (answerStop27). The first
// row gives Y → X without that stop. Control: the answer word in the
// noun's own clause still makes X the defendant.
func TestMend27SuitCall(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"calling, answer word after और", "रीड हॉफमैन ने एलन मस्क के मुकदमे को जलन से उपजा बताया और अदालत से मामले को खारिज करने को कहा।", nil},
		// Control.
		{"answer word in the noun's clause", "ओपनएआई ने एलन मस्क के मुकदमे को खारिज करने की मांग की।", []string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
