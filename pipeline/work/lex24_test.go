package work

import (
	"testing"
	"time"
)

// TestSession24Evasion: the session-24 frames.yaml entries in other
// wordings than their own test sentences — running from a debate or an
// answer ("चर्चा से भाग-", "जवाब से भाग-"), telling only part of the story
// ("पूरी कहानी/पूरा सच नहीं बता-"). The first four rows give nothing
// without the entries. Controls: a speaker's own limit, a bare party
// spokesperson, the flight denied.
func TestSession24Evasion(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"debate", "राहुल गांधी ने कहा कि नरेंद्र मोदी बेरोजगारी पर चर्चा से भागते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"answer", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप टैरिफ के सवाल पर हर जवाब से भाग रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"whole story, perfective", "एलन मस्क ने जवाब में लिखा कि मार्क जुकरबर्ग ने निवेशकों को पूरी कहानी नहीं बताई।", []string{"elon-musk>mark-zuckerberg:h"}},
		{"whole truth", "रीड हॉफमैन ने कहा कि एलन मस्क अदालत को पूरा सच नहीं बता रहे।", []string{"reid-hoffman>elon-musk:h"}},
		// Controls.
		{"own limit", "सैम ऑल्टमैन ने कहा कि वह अभी पूरी कहानी नहीं बता सकते।", nil},
		{"bare party spokesperson", "कांग्रेस के एक प्रवक्ता ने कहा कि नरेंद्र मोदी संसद में चर्चा से भाग रहे हैं।", nil},
		{"flight denied", "गौतम अडानी ने कहा कि वह किसी जांच या चर्चा से नहीं भागे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
