package work

import (
	"testing"
	"time"
)

// TestReview23Fixes: rows for the session 23 review's fixes.
//   - ownTieShielded23 (precision16.go): the friend must be the one
//     shielded (its postposition को); a friend met or worked with, and a
//     favouring word about others, leave the friendship standing; the
//     friend shielded stays no alliance (control).
//   - pointedBack23 (part23.go): "X और Y की यह साझेदारी" names its pair
//     even with a "दोनों" earlier in the sentence.
//   - jointMaking23 (joint23.go): a joint body made with the bare stem
//     and a light verb ("बना ली", "खोल दिया") is read; a word that only
//     shares बना's letters ("बनारस") makes nothing.
//   - untested before: willNoun12's "मन" (session 23, contrast12.go).
func TestReview23Fixes(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"friend met, then arrived", "डोनाल्ड ट्रंप ने कहा कि वह अपने दोस्त नरेंद्र मोदी से मिलने दिल्ली पहुंचा हूं।", []string{"donald-trump>narendra-modi:s"}},
		// (Session 24: the shielding charge itself is now read, "Y को हर
		// जांच से बचा रहे", shieldedFrom24; still no friendship.)
		{"the friend shielded stays a charge", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अपने दोस्त एलन मस्क को हर जांच से बचा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"named pair after दोनों", "दोनों कंपनियों ने बताया कि गूगल और रिलायंस की यह साझेदारी पिछले साल शुरू हुई थी।", []string{"google>reliance:s", "reliance>google:s"}},
		{"joint body, stem and light verb", "गूगल और रिलायंस ने संयुक्त कंपनी बना ली है।", []string{"google>reliance:s", "reliance>google:s"}},
		{"joint centre opened, stem and light verb", "गूगल और रिलायंस ने साझा केंद्र खोल दिया है।", []string{"google>reliance:s", "reliance>google:s"}},
		{"a joint committee sent to a city", "गूगल और रिलायंस ने संयुक्त समिति बनारस भेजी।", nil},
		{"a joint front that remains", "गूगल और रिलायंस का साझा मोर्चा बना हुआ है।", nil},
		{"no mind to meet", "एलन मस्क बोले, सैम ऑल्टमैन से मिलने का मन बिल्कुल नहीं है।", []string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
