package work

import (
	"testing"
	"time"
)

// TestSession12CondThreat: a tracked speaker's conditional punishment of
// the condition's own subject is his threat (condthreat12.go); other
// conditions stay plans.
func TestSession12CondThreat(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने लिखा था कि अगर Y ने … तो उन्हें जेल …", "नाइजल फराज ने अपने लेख में लिखा था कि अगर कमला हैरिस ने नियम तोड़े तो उन्हें जेल जाना होगा।", []string{"nigel-farage>kamala-harris:h"}},
		{"X ने कहा कि अगर Y … तो उन्हें नतीजे भुगतने होंगे", "डोनाल्ड ट्रंप ने कहा कि अगर एलन मस्क विरोधियों की मदद करेंगे तो उन्हें इसके नतीजे भुगतने होंगे।", []string{"donald-trump>elon-musk:h"}},

		{"the narrator's own condition", "अगर कमला हैरिस ने नियम तोड़े तो उन्हें जेल जाना होगा।", nil},
		{"a conditional plan, no punishment", "नाइजल फराज ने कहा कि अगर डोनाल्ड ट्रंप जीतते हैं तो वह उनसे मिलने जाएंगे।", nil},
		{"the punishment falls on someone else", "एलन मस्क ने कहा कि अगर डोनाल्ड ट्रंप हारे तो सैम ऑल्टमैन को जेल होगी।", nil},
		{"X ने नहीं कहा कि अगर Y … तो जेल", "डोनाल्ड ट्रंप ने यह कभी नहीं कहा कि अगर मार्क जुकरबर्ग ने गड़बड़ी की तो उन्हें जेल होगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
