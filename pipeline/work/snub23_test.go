package work

import (
	"testing"
	"time"
)

// TestSession23SnubShapes: a refusal to meet, talk to or work with Y
// (SCHEMA snub, X → Y hostile) in the shapes readSnub did not read — no
// time or mind for Y (denial before the noun, or as a state), sitting with
// Y refused, the contact refused with a future verb or, after अब, with no
// verb. Rows written before the rule (snub23.go); none is a dev wording.
// No time found, a meeting that cannot happen, a conditional refusal and
// a question stay unasserted.
func TestSession23SnubShapes(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"neither time nor mind", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क से बात करने के लिए उनके पास न वक्त है, न मन।", []string{"donald-trump>elon-musk:h"}},
		{"no leisure as a state", "राहुल गांधी ने कहा कि गौतम अडानी से मिलने की उन्हें फुर्सत नहीं है।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"sitting on one stage refused", "राहुल गांधी ने कहा कि गौतम अडानी के साथ एक मंच पर बैठने का उनका कोई इरादा नहीं है।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"hands never to be shaken", "एलन मस्क ने कहा कि सैम ऑल्टमैन के साथ वह कभी हाथ नहीं मिलाएंगे।", []string{"elon-musk>sam-altman:h"}},
		{"verbless headline with अब", "सैम ऑल्टमैन बोले- एलन मस्क से अब कोई बातचीत नहीं || ", []string{"sam-altman>elon-musk:h"}},
		// Must not fire.
		{"no time found", "डोनाल्ड ट्रंप ने कहा कि दौरे में एलन मस्क से मिलने के लिए समय नहीं निकल सका।", nil},
		{"cannot meet tomorrow", "राहुल गांधी ने कहा कि वह गौतम अडानी से कल नहीं मिल पाएंगे।", nil},
		{"refusal on a condition", "डोनाल्ड ट्रंप ने कहा कि अगर भारत ने शुल्क नहीं घटाया तो वह नरेंद्र मोदी से बात नहीं करेंगे।", nil},
		{"talks without अब", "सैम ऑल्टमैन और एलन मस्क के बीच कोई बातचीत नहीं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
