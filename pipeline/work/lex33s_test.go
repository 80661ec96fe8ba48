package work

import (
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestLex33sHarvest: session 33 LEXS, wording harvested from real Hindi
// outlets (supportive deeds and evaluatives in reported speech), each
// read in a sentence of our own other than the entry's test; and controls
// that must stay as they were (a hug, a plan to end differences, a clean
// chit from a court, negation, a prize called prestigious).
func TestLex33sHarvest(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct{ text, want string }{
		// read now
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क चोरों के सरदार हैं।", "donald-trump>elon-musk:h"},
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप सत्ता के भूखे हैं।", "kamala-harris>donald-trump:h"},
		{"नरेंद्र मोदी ने कहा कि राहुल गांधी बहरुपिया हैं।", "narendra-modi>rahul-gandhi:h"},
		{"गौतम अडानी ने नरेंद्र मोदी को भारत की जरूरत बताया।", "gautam-adani>narendra-modi:s"},
		{"सुंदर पिचाई ने कहा कि मुकेश अंबानी गहरी सोच वाले इंसान हैं।", "sundar-pichai>mukesh-ambani:s"},
		{"मार्क जुकरबर्ग ने कहा कि मुकेश अंबानी एक प्रतिष्ठित उद्योगपति हैं।", "mark-zuckerberg>mukesh-ambani:s"},
		{"सत्या नडेला ने कहा कि सुंदर पिचाई बेहद सौम्य स्वभाव के हैं।", "satya-nadella>sundar-pichai:s"},
		{"नाइजल फराज ने कहा कि एलन मस्क सबसे स्वीकार्य उद्यमी हैं।", "nigel-farage>elon-musk:s"},
		{"नाइजल फराज ने कहा कि एलन मस्क ही असली विकल्प हैं।", "nigel-farage>elon-musk:s"},
		{"सुंदर पिचाई ने सत्या नडेला की सफलता की मंगलकामना की।", "sundar-pichai>satya-nadella:s"},
		{"डोनाल्ड ट्रंप ने एलन मस्क की हिम्मत बढ़ाई।", "donald-trump>elon-musk:s"},
		{"सत्या नडेला ने सैम ऑल्टमैन को मदद का वादा किया।", "satya-nadella>sam-altman:s"},
		{"मुकेश अंबानी ने मार्क जुकरबर्ग को सहयोग का भरोसा दिया।", "mukesh-ambani>mark-zuckerberg:s"},
		{"सुंदर पिचाई ने सत्या नडेला से पुरानी कड़वाहट मिटा दी।", "sundar-pichai>satya-nadella:s"},
		{"नरेंद्र मोदी ने गौतम अडानी को क्लीन चिट दी।", "narendra-modi>gautam-adani:s"},
		{"सत्या नडेला सैम ऑल्टमैन के बचाव के लिए आगे आए।", "satya-nadella>sam-altman:s"},
		{"रीड हॉफमैन ने कमला हैरिस के लिए आवाज उठाई।", "reid-hoffman>kamala-harris:s"},
		// controls: no stance
		{"नरेंद्र मोदी ने डोनाल्ड ट्रंप को गले लगाया।", ""},
		{"एलन मस्क और डोनाल्ड ट्रंप ने आपसी मतभेद मिटाने के लिए बैठक की।", ""},
		{"अदालत ने डोनाल्ड ट्रंप को क्लीन चिट दे दी।", ""},
		{"एलन मस्क ने डोनाल्ड ट्रंप को समर्थन का वादा नहीं किया।", ""},
		{"एलन मस्क ने कहा कि डोनाल्ड ट्रंप के पास कोई विकल्प नहीं है।", ""},
		{"सत्या नडेला ने कहा कि सुंदर पिचाई को प्रतिष्ठित पुरस्कार मिला है।", ""},
		{"एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप की मदद के लिए आगे नहीं आएंगे।", ""},
	}
	for _, c := range cases {
		got := a.Analyze(pipeline.Story{ID: "l33s", Body: c.text, Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)})
		seen := referenceStances(got)
		if c.want == "" {
			if len(seen) != 0 {
				t.Errorf("%q: got %v, want no stance", c.text, seen)
			}
			continue
		}
		if !strings.Contains(strings.Join(seen, " "), c.want) {
			t.Errorf("%q: got %v, want %s", c.text, seen, c.want)
		}
	}
}
