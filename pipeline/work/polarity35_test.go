package work

import (
	"testing"
	"time"
)

// Session 35 (POLARITY): our own sentences for polarity35.go. The first
// rows of each table fail without the reading; the controls must stay as
// they are.

// TestPolarity35DonorAmong: "X, Y के (सबसे बड़े) दानदाताओं में (शामिल) थे"
// states money given to Y in the past, supportive like "… में रहे हैं"; an
// investor role in the simple past stays unread (pastStake35).
func TestPolarity35DonorAmong(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"among the biggest donors, past", "पिछले चुनाव में एलन मस्क डोनाल्ड ट्रंप के सबसे बड़े दानदाताओं में थे।",
			[]string{"elon-musk>donald-trump:s"}},
		{"among the donors, शामिल थे", "रीड हॉफमैन कमला हैरिस के बड़े दानदाताओं में शामिल थे।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"one of the fund-givers, past", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान के बड़े चंदादाताओं में से एक थे।",
			[]string{"larry-ellison>donald-trump:s"}},

		// Controls.
		{"early investors, simple past: a stake once held", "रीड हॉफमैन ओपनएआई के शुरुआती निवेशकों में थे।", nil},
		{"donors, present (already read)", "रीड हॉफमैन कमला हैरिस के बड़े दानदाताओं में शामिल रहे हैं।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"donors of an untracked party", "रीड हॉफमैन डेमोक्रेटिक पार्टी के बड़े दानदाताओं में थे।", nil},
		{"unease among Y's donors: no predicate", "डोनाल्ड ट्रंप के दानदाताओं में बेचैनी थी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
