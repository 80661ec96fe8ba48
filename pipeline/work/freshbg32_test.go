package work

import (
	"testing"
	"time"
)

// Session 32 (FRESHBG): our own sentences for the errors of
// dev-outlets-bg, written in the same shapes with other names and other
// words. The first rows of each test fail without the change named; the
// controls must stay as they are.

// TestFreshBG32Wording: wordings added to the lexicon — taken (back)
// into an era of ruin ("Z को … के दौर/युग में ले जा-/धकेल-/लौटा-"),
// and the code-mixed admiring बैडऐस — with controls.
func TestFreshBG32Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "<ruin> के दौर/युग में ले जा-" (frames.yaml, accusation).
		{"era of chaos, wants to take back", "नाइजल फराज ने कहा कि कमला हैरिस देश को फिर उसी अराजकता के दौर में ले जाना चाहती हैं।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"era of misery, took", "राहुल गांधी ने कहा कि नरेंद्र मोदी देश को बदहाली के दौर में ले गए।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"age of instability, pushed", "सत्या नडेला ने कहा कि सुंदर पिचाई ने बाजार को अस्थिरता के युग में धकेल दिया।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		{"age of instability, returned", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस ने अमेरिका को तबाही के युग में लौटा दिया।",
			[]string{"donald-trump>kamala-harris:h"}},
		// बैडऐस (evaluative.yaml, praise).
		{"badass among things seen", "सुंदर पिचाई ने कहा कि सत्या नडेला का वह फैसला उनकी जिंदगी में देखे गए सबसे ‘बैडऐस’ फैसलों में से एक था।",
			[]string{"sundar-pichai>satya-nadella:s"}},
		{"badass headline, speaker after", "हैरिस के भाषण पर बोले हॉफमैन- ‘सबसे बैडऐस भाषणों में से एक’",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"badass, other spelling", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप बैडैस हैं।",
			[]string{"elon-musk>donald-trump:s"}},

		// Controls.
		{"an era of growth is no charge", "राहुल गांधी ने कहा कि वे देश को विकास के दौर में ले जाएंगे।", nil},
		{"out of an era of chaos", "नरेंद्र मोदी ने कहा कि देश अराजकता के दौर से निकल आया है।", nil},
		{"era of chaos, no tracked doer", "कमला हैरिस ने कहा कि महंगाई देश को अराजकता के दौर में ले गई।", nil},
		{"badass with no tracked target", "मार्क जुकरबर्ग ने कहा कि वह पल सबसे बैडऐस पलों में से एक था।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
