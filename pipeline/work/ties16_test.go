package work

import (
	"testing"
	"time"
)

// TestSession16DatedTiesNoState: the two readers that asked the undated
// watchlist ties (dealPair11, a deal's two parties; replyWords14, a
// retort's own company) now follow the story's dates too (tiedBoth):
// before Musk owned Twitter (from 2022-10-27) a deal of the two is a deal
// of two parties.
func TestSession16DatedTiesNoState(t *testing.T) {
	a := shippedAnalyzer(t)
	deal := "ट्विटर के साथ हुए नए करार के बाद एलन मस्क ने अपनी योजना बताई।"
	checkStanceCases(t, a, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"before the tie: the deal has two parties", deal, []string{"elon-musk>x-corp:s", "x-corp>elon-musk:s"}},
	})
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"while tied: no deal with his own company", deal, nil},
	})
}
