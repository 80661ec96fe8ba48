package work

import (
	"testing"
	"time"
)

// TestSession19WR: the withdrawal and rupture families read on the
// blind dev-contrast files' misses (session 19, WR helper). Each rule
// has a row where it fires and a row where it must not.
func TestSession19WR(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A phrase of time or manner between a tie noun and the flipper
		// that ends it (midway15): "समय से पहले", "हमेशा के लिए"; the
		// pair's own tie keeps both its parties (partnerOnly skips a
		// postposition of the noun the pair possesses).
		{"m1", "रिलायंस ने गूगल के साथ अपना क्लाउड करार समय से पहले तोड़ दिया।", []string{"reliance>google:h"}},
		{"m2", "मेटा ने रिलायंस के साथ गठबंधन हमेशा के लिए तोड़ दिया।", []string{"meta>reliance:h"}},
		{"m3", "ओरेकल और एक्सएआई का करार समय से पहले खत्म हो गया।", []string{"oracle>xai:h", "xai>oracle:h"}},
		{"m4", "रिलायंस ने गूगल के साथ अपना करार समय से पहले नहीं तोड़ा।", nil},
		{"m5", "रिलायंस ने कहा कि वह गूगल के साथ अपना करार समय से पहले तोड़ देगी।", nil},
		{"m6", "ओरेकल ने एक्सएआई के साथ करार किया और समय से पहले काम खत्म कर दिया।", []string{"oracle>xai:s", "xai>oracle:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
