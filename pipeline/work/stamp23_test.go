package work

import (
	"testing"
	"time"
)

// TestSession23LiveBlogStamp: a live blog's time stamp ("14:35 —", "04:00
// BST —", "07:30 (भारतीय समय) —", "11:45 am:") is no headline colon: the
// line after it is its own main clause, so a chief who announces his
// company's deal is a party as without the stamp (session 19 ruling), and
// a speaker's words stay his. Rows written before the rule (stamp23.go);
// none is a dev wording. A headline colon after a name still opens content.
func TestSession23LiveBlogStamp(t *testing.T) {
	a := shippedAnalyzer(t)
	deal := []string{"google>mukesh-ambani:s", "google>reliance:s", "mukesh-ambani>google:s", "reliance>google:s"}
	cases := []stanceCase{
		{"em dash stamp", "15:20 — मुकेश अंबानी ने ऐलान किया कि रिलायंस और गूगल मिलकर नया क्लाउड केंद्र बनाने के लिए साझेदारी कर रहे हैं।", deal},
		{"zone in the stamp", "09:05 IST — मुकेश अंबानी ने घोषणा की कि रिलायंस और गूगल मिलकर नया क्लाउड केंद्र बनाने के लिए साझेदारी कर रहे हैं।", deal},
		{"bracketed zone", "10:40 (भारतीय समय) — मुकेश अंबानी ने बताया कि रिलायंस और गूगल मिलकर नया क्लाउड केंद्र बनाने के लिए साझेदारी कर रहे हैं।", deal},
		{"am and a colon", "11:45 am: मुकेश अंबानी ने ऐलान किया कि रिलायंस और गूगल मिलकर नया क्लाउड केंद्र बनाने के लिए साझेदारी कर रहे हैं।", deal},
		// Unchanged: a speaker's headline colon, a stamp before criticism.
		{"speaker's colon", "सैम ऑल्टमैन: एलन मस्क झूठे हैं", []string{"sam-altman>elon-musk:h"}},
		{"stamp before criticism", "16:10 — सत्या नडेला ने कहा कि एलन मस्क झूठे हैं।", []string{"satya-nadella>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
