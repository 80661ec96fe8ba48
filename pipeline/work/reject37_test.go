package work

import (
	"testing"
	"time"
)

// TestReject37 (session 37, reject): the attack inside a rebuttal as
// outlets word it (reject37.go) — a bare label that is all of someone's
// words in a headline, and a bid by a group its leader is said to lead,
// with the sum between — and controls: a weak label, a label with a
// subject of its own, a bid called too low, a group led by no one
// tracked.
func TestReject37(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		// a bare label that is all of the words (labelOwner37)
		{"headline label after the charge", "राहुल गांधी का आरोप: ‘अडानी ने देश को लूटा’, अडानी समूह ने कहा- झूठा प्रचार || ", []string{"rahul-gandhi>gautam-adani:h", "adani-group>rahul-gandhi:h"}},
		{"ctl headline weak label", "कमला हैरिस के दावे पर टेस्ला ने कहा- 'गलत' || ", nil},
		{"ctl headline words with a subject", "कमला हैरिस के दावे पर टेस्ला ने कहा- कंपनी कभी झूठ नहीं बोलती || ", nil},
		// a group led by Y, a sum between (ledGroup37, sumWord37)
		{"led group's bid called a ploy", " || ओरेकल के बोर्ड ने लैरी एलिसन के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को ध्यान भटकाने की चाल बताते हुए ठुकरा दिया।", []string{"oracle>larry-ellison:h"}},
		{"led group's bid called a ploy, no converb", " || ओरेकल के बोर्ड ने लैरी एलिसन के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को प्रतिस्पर्धा कमजोर करने का हथकंडा बताया।", []string{"oracle>larry-ellison:h"}},
		{"ctl led group's bid called too low", " || ओरेकल के बोर्ड ने लैरी एलिसन के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को अपर्याप्त बताते हुए ठुकरा दिया।", nil},
		{"ctl group led by no one tracked", " || ओरेकल के बोर्ड ने एक अज्ञात कारोबारी के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को ध्यान भटकाने की चाल बताते हुए ठुकरा दिया।", nil},
	})
}
