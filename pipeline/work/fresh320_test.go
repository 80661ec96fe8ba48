package work

import (
	"testing"
	"time"
)

// TestSession20MistakeLabels: a mistake or blunder with its adjective
// (ऐतिहासिक/बड़ी/भारी भूल, ऐतिहासिक/भारी/गंभीर/भयानक/महंगी गलती) that a
// calling verb closes is criticism of the one whose act is called so
// (blind dai-015: "ऐतिहासिक" alone is praise, so the historic blunder
// read as support). A label that ends in a flipper word still ends the
// support it judges ("Y पर भरोसा करना बड़ी भूल", as "… भूल"). Not said
// of one's own act, not a forgetting, not negated.
func TestSession20MistakeLabels(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"historic blunder, headline verb first", "दुनिया के सबसे अमीर व्यक्ति एलन मस्क ने डोनाल्ड ट्रंप के टैरिफ को बताया 'ऐतिहासिक भूल' || ", []string{"elon-musk>donald-trump:h"}},
		{"historic mistake", "कमला हैरिस ने डोनाल्ड ट्रंप की व्यापार नीति को ऐतिहासिक गलती करार दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"grave mistake", "सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट का नया कदम एक गंभीर गलती है, और उन्होंने माइक्रोसॉफ्ट के कदम को गंभीर गलती बताया।", []string{"sundar-pichai>microsoft:h"}},
		{"heavy blunder", "राहुल गांधी ने नरेंद्र मोदी के फैसले को 'भारी भूल' कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"trust a big blunder, headline", "मस्क बोले- 'ऑल्टमैन पर भरोसा करना बड़ी भूल' || ", []string{"elon-musk>sam-altman:h"}},
		{"support a heavy mistake, headline", "फराज बोले- 'मस्क का समर्थन करना भारी गलती' || ", []string{"nigel-farage>elon-musk:h"}},
		// Must not fire.
		{"historic, praise", "एलन मस्क ने डोनाल्ड ट्रंप की जीत को ऐतिहासिक बताया।", []string{"elon-musk>donald-trump:s"}},
		{"forgot", "डोनाल्ड ट्रंप ने कहा कि वे एलन मस्क को भूल गए हैं।", nil},
		{"no mistake made", "मुकेश अंबानी ने कहा कि गौतम अडानी से कोई भारी भूल नहीं हुई।", nil},
		{"own mistake", "सत्या नडेला ने इसे अपनी बड़ी भूल बताया और सैम ऑल्टमैन से बात की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
