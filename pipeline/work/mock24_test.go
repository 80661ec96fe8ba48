package work

import (
	"testing"
	"time"
)

// TestSession24JibeWords: a jibe with no target of its own ("X ने चुटकी
// लेते हुए कहा कि …") mocks the one party its words name, also when they
// name it only as an owner ("Y का नया सर्च", "Y के चैटबॉट की याददाश्त");
// a person and his own company are one target (mock24.go). The first
// four rows give nothing without readJibeWords24. Controls, unchanged:
// words about buying, the same words without a jibe, a jibe with its own
// target, a refused jibe.
func TestSession24JibeWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"owner's product", "सुंदर पिचाई ने चुटकी लेते हुए कहा कि माइक्रोसॉफ्ट का नया सर्च अब भी पिछले दशक में अटका है।", []string{"sundar-pichai>microsoft:h"}},
		{"owner two genitives deep", "मार्क जुकरबर्ग ने व्यंग्य करते हुए लिखा कि एक्सएआई के चैटबॉट की याददाश्त तीन दिन की है।", []string{"mark-zuckerberg>xai:h"}},
		{"person and his own company", "सत्या नडेला ने चुटकी लेते हुए कहा कि मार्क जुकरबर्ग की कंपनी मेटा का नया चश्मा अब भी गोदाम में पड़ा है।", []string{"satya-nadella>mark-zuckerberg:h", "satya-nadella>meta:h"}},
		{"kataaksh", "कमला हैरिस ने कटाक्ष करते हुए कहा कि ट्रंप टावर की लिफ्ट भी डोनाल्ड ट्रंप के वादों की तरह अटकी रहती है।", []string{"kamala-harris>donald-trump:h"}},
		// Controls.
		{"words about buying", "सैम ऑल्टमैन ने चुटकी लेते हुए लिखा कि चाहें तो ओपनएआई ही एक्स कॉर्प को खरीद लेगी।", nil},
		{"no jibe", "सुंदर पिचाई ने मुस्कुराते हुए कहा कि माइक्रोसॉफ्ट का नया सर्च अब भी पिछले दशक में अटका है।", nil},
		{"jibe with its own target", "सुंदर पिचाई ने सत्या नडेला पर चुटकी लेते हुए कहा कि माइक्रोसॉफ्ट का सर्च पुराना है।", []string{"sundar-pichai>satya-nadella:h"}},
		{"jibe refused", "सुंदर पिचाई ने तंज कसने से इनकार किया और कहा कि माइक्रोसॉफ्ट का सर्च भी अच्छा है।", []string{"sundar-pichai>microsoft:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession24BoughtNoTarget: in a jibe's words, the name a pronoun
// buyer buys ("कि टेस्ला हम खरीद लेंगे") is no target (buying is no
// stance; boughtObject24). The first row mocks Tesla without the rule.
// Controls: a name that buys is still the one mocked; words with no
// buying still name their subject.
func TestSession24BoughtNoTarget(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"bought by a pronoun buyer", "सत्या नडेला ने तंज कसते हुए कहा कि टेस्ला हम खरीद लेंगे।", nil},
		// Controls.
		{"the name buys", "ऑल्टमैन का तंज- 'मस्क तो सब कुछ खरीदना चाहते हैं' || ", []string{"sam-altman>elon-musk:h"}},
		{"no buying", "सत्या नडेला ने तंज कसते हुए कहा कि टेस्ला तो बिक जाएगी।", []string{"satya-nadella>tesla:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
