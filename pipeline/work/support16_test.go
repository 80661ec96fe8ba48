package work

import (
	"testing"
	"time"
)

// TestSession16Support: supportive misses and false pairs of the blind
// files (session 16, SUPPORT helper). Each rule has rows where it fires
// and rows where it must not.
func TestSession16Support(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A tie told as the time of another act binds the parties its
		// own phrase names, not the clause's actor (support16.go
		// tieTimed16).
		{"Y के साथ साझेदारी के ऐलान के बाद X ने … (X only reacted)", "एक कार्यक्रम में मेटा के साथ साझेदारी के ऐलान के कुछ घंटे बाद सैम ऑल्टमैन ने कड़ी प्रतिक्रिया दी।", nil},
		{"करार के ऐलान के बाद X ने Y के … को … बताया", "करार के ऐलान के बाद नाइजल फराज ने गूगल के फैसले को 'बेहद अहम' बताया।", nil},
		{"A और B के बीच करार पर दस्तखत के कुछ दिन बाद X ने …", "गूगल और रिलायंस के बीच नए करार पर दस्तखत के कुछ दिन बाद सुंदर पिचाई ने एक इंटरव्यू में बात की।", []string{"google>reliance:s", "reliance>google:s"}},
		{"A और B के उपक्रम के ऐलान के बाद X ने Z पर तंज कसा", "मेटा और रिलायंस के संयुक्त उपक्रम के ऐलान के बाद एलन मस्क ने मार्क जुकरबर्ग पर तंज कसा।", []string{"elon-musk>mark-zuckerberg:h", "meta>reliance:s", "reliance>meta:s"}},
		{"the announcement itself (no के बाद) stays the agent's", "मुकेश अंबानी ने मेटा के साथ साझेदारी का ऐलान किया।", []string{"meta>mukesh-ambani:s", "mukesh-ambani>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
