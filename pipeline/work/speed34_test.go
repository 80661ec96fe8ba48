package work

import (
	"testing"
	"time"
)

// TestScreens34: rwReject34 is on exactly the words of second class
// cwOfferNoun27 or cwSaidClaim27 (speed34.go); a sentence with an offer
// noun has the bit, one without has not.
func TestScreens34(t *testing.T) {
	a := shippedAnalyzer(t)
	n := 0
	for id, cw := range a.classOf2 {
		has := cw&(cwOfferNoun27|cwSaidClaim27) != 0
		if has {
			n++
		}
		if got := id < len(a.ruleOf) && a.ruleOf[id]&rwReject34 != 0; has != got {
			t.Errorf("id %d: rwReject34 %v, want %v", id, got, has)
		}
	}
	if n == 0 {
		t.Fatal("words.yaml: no offer or said-claim noun")
	}
	checkRuleBits(t, a, []ruleBitCase{
		{"ओपनएआई के बोर्ड ने कंपनी खरीदने की पेशकश ठुकरा दी", rwReject34, true},
		{"ओपनएआई के बोर्ड ने कंपनी के नए दफ्तर का उद्घाटन किया", rwReject34, false},
	})
}

// TestRejection34Screened: a rejection whose sentence has no charge word
// but an offer noun is still kept for the next sentence's attack; one
// with a charge word alike (noteRejection34 behind its screen).
func TestRejection34Screened(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"offer refused, then called a ploy", "एलन मस्क के नेतृत्व वाले निवेशक समूह ने ओपनएआई को खरीदने की पेशकश की। ओपनएआई के बोर्ड ने पेशकश ठुकरा दी। बोर्ड ने कहा कि यह प्रतिद्वंद्वी को कमजोर करने की चाल है।",
			[]string{"openai>elon-musk:h"}},
		{"offer refused, plain", "एलन मस्क के नेतृत्व वाले निवेशक समूह ने ओपनएआई को खरीदने की पेशकश की। ओपनएआई के बोर्ड ने पेशकश ठुकरा दी और कहा कि कंपनी बिकाऊ नहीं है।",
			nil},
	})
}
