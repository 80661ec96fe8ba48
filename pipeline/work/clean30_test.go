package work

import (
	"testing"
	"time"
)

// Session 30 (CLEAN): our own sentences. The first rows fail without
// the change named; the controls must stay as they are.

// TestClean30DealingFutureOnly: a dealing noun (words.yaml
// dealing_nouns) is a snub only as the class says — its negator and a
// future of करना ("Y के साथ कोई सौदा नहीं करेंगे"); it no longer takes
// the contact words' verbless "Y से अब कोई बातचीत नहीं" reading
// (readSnubPlain23, snub23.go), which came with it in session 29
// unannounced.
func TestClean30DealingFutureOnly(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"verbless dealing after अब", "मुकेश अंबानी ने कहा कि गौतम अडानी के साथ अब कोई सौदा नहीं।", nil},
		{"verbless partnership after अब", "सत्या नडेला ने कहा कि गूगल के साथ अब कोई भागीदारी नहीं।", nil},
		// Controls.
		{"dealing refused, future", "मुकेश अंबानी ने कहा कि वह गौतम अडानी के साथ अब कोई सौदा नहीं करेंगे।",
			[]string{"mukesh-ambani>gautam-adani:h"}},
		{"contact after अब, verbless", "मुकेश अंबानी ने कहा कि गौतम अडानी से अब कोई बातचीत नहीं।",
			[]string{"mukesh-ambani>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
