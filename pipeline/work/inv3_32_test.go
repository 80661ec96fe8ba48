package work

import (
	"testing"
	"time"
)

// TestInv3PossessedAfterTitle32: "कि <title> Y की <noun> … को बर्बाद कर
// देगी" — a possessed subject after a title at the head of a content
// clause is read as right after कि (titleAfterKi32 in fresh2_12.go's
// opening check, which knew only राष्ट्रपति and प्रधानमंत्री). INV's T9.
func TestInv3PossessedAfterTitle32(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"two-word office", "कमला हैरिस ने कहा कि अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप की टैरिफ नीति देश की अर्थव्यवस्था को बर्बाद कर देगी।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"company head", "सैम ऑल्टमैन ने दावा किया कि स्पेसएक्स प्रमुख एलन मस्क की जिद कंपनी को तबाह कर देगी।",
			[]string{"sam-altman>elon-musk:h"}},
		// Controls: no title and the one-word title, as before; an
		// adverb is no title.
		{"no title", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की टैरिफ नीति देश की अर्थव्यवस्था को बर्बाद कर देगी।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"one-word title", "कमला हैरिस ने कहा कि राष्ट्रपति डोनाल्ड ट्रंप की टैरिफ नीति देश की अर्थव्यवस्था को बर्बाद कर देगी।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"adverb, no title", "कमला हैरिस ने कहा कि जल्द डोनाल्ड ट्रंप की टैरिफ नीति देश की अर्थव्यवस्था को बर्बाद कर देगी।",
			nil},
	})
}

// TestInv3BothAfterTitle32: "X और <title> Y की मुलाकात के बाद दोनों ने
// …" — दोनों is the coordinated pair when a title stands before the
// second name (coordNext32 in stance.go's दोनों reading). INV's T9.
func TestInv3BothAfterTitle32(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"one-word title", "राहुल गांधी और प्रधानमंत्री नरेंद्र मोदी की बैठक के बाद दोनों ने सदन की कार्यवाही ठप होने के लिए एक-दूसरे को दोषी ठहराया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"title with में", "नरेंद्र मोदी और लोकसभा में नेता प्रतिपक्ष राहुल गांधी की बैठक के बाद दोनों ने सदन की कार्यवाही ठप होने के लिए एक-दूसरे को दोषी ठहराया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"two-word title", "मुकेश अंबानी और दिग्गज उद्योगपति गौतम अडानी की बातचीत के बाद दोनों ने एक-दूसरे पर बाजार बिगाड़ने का आरोप लगाया।",
			[]string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		// Controls: no title, a title before the first name, as before;
		// an adverb between is no title (left as before).
		{"no title", "राहुल गांधी और नरेंद्र मोदी की बैठक के बाद दोनों ने सदन की कार्यवाही ठप होने के लिए एक-दूसरे को दोषी ठहराया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"title on the first name", "नेता प्रतिपक्ष राहुल गांधी और नरेंद्र मोदी की बैठक के बाद दोनों ने सदन की कार्यवाही ठप होने के लिए एक-दूसरे को दोषी ठहराया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"adverb, no title", "राहुल गांधी और फिर नरेंद्र मोदी की बैठक के बाद दोनों ने सदन की कार्यवाही ठप होने के लिए एक-दूसरे को दोषी ठहराया।",
			nil},
	})
}
