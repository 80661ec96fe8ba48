package work

import (
	"testing"
	"time"
)

// TestSession15Contrast: the causes that recur among the wrong items of
// the dev contrast files (session 15, CONTRAST helper). Each rule has a
// row where it fires and a row where it must not.
func TestSession15Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "Y मामले पर": a name written before मामले owns it and takes its
		// postposition, so an accusing question's subject is the one
		// asked about, not the case's name.
		{"X ने पूछा कि Y, Z मामले पर चुप क्यों हैं", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप एलन मस्क मामले पर चुप क्यों हैं?", []string{"kamala-harris>donald-trump:h"}},
		{"Z मामले की जांच से क्यों डरते हैं", "नाइजल फराज ने पूछा कि एलन मस्क ओपनएआई मामले की जांच से आखिर क्यों डरते हैं।", []string{"nigel-farage>elon-musk:h"}},
		{"X पहले की तरह: पहले is no noun the name owns", "रीड हॉफमैन ने कहा कि कमला हैरिस पहले की तरह आज भी ईमानदार हैं।", []string{"reid-hoffman>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
