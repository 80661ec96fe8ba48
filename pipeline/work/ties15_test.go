package work

import (
	"testing"
	"time"
)

// TestSession15DatedTies: every reader that asks whether a person is
// tied to an organisation (Analyzer.tiedTo) follows the watchlist's
// dates, not only add(): before Musk owned Twitter (from 2022-10-27) the
// two are two parties to an alliance, and a company's backing he reports
// is the company's.
func TestSession15DatedTies(t *testing.T) {
	a := shippedAnalyzer(t)
	alliance := "एलन मस्क ने ट्विटर के साथ साझेदारी की।"
	backs := "एलन मस्क ने कहा कि ट्विटर ओपनएआई के साथ है।"
	checkStanceCases(t, a, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"before the tie: an alliance of two parties", alliance, []string{"elon-musk>x-corp:s", "x-corp>elon-musk:s"}},
		{"before the tie: the company's backing is the company's", backs, []string{"x-corp>openai:s"}},
	})
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"while tied: no alliance with his own company", alliance, nil},
		{"while tied: the chief who reports his company's backing speaks for himself", backs, []string{"elon-musk>openai:s"}},
	})
}
