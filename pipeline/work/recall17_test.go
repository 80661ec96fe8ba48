package work

import (
	"testing"
	"time"
)

// TestRecall17Correlative: a relative clause whose doer is named before
// जो in someone's words ("Y जो कर रहे हैं वह …", "Y ने जो आरोप लगाए हैं
// वे …", "Y सरकार जो कर रही है वह …") is Y's deed, judged by the
// correlative clause; the speaker judges Y, never the other way round.
// A correlative that reports the deed done, or a judgement that is no
// verdict, gives nothing.
func TestRecall17Correlative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "मार्क जुकरबर्ग ने कहा कि एलन मस्क जो कर रहे हैं वह शर्मनाक है।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"", "सैम ऑल्टमैन ने कहा कि एक्सएआई ने जो आरोप लगाए हैं वे झूठे हैं।", []string{"sam-altman>xai:h"}},
		{"", "राहुल गांधी ने कहा कि मोदी सरकार जो कर रही है वह देश के साथ धोखा है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप ने जो वादा किया था वह उन्होंने पूरा किया।", nil},
		{"", "नरेंद्र मोदी ने कहा कि राहुल गांधी जो कर रहे हैं वह उनका अधिकार है।", nil},
		{"", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप जो भी कहें, वह अपना काम करते रहेंगे।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestRecall17StakeFrom: a stake put into Y ("Y में (प्रस्तावित) निवेश (के
// दूसरे चरण) से") or a gift to be given to Y ("Y को दिए जाने वाले दान से")
// that someone withdraws from is Y's; the same stake as a cause, or as
// the source of a gain, is no one's target.
func TestRecall17StakeFrom(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "सॉफ्टबैंक ने ओपनएआई में प्रस्तावित निवेश के दूसरे चरण से हाथ खींच लिए हैं।", []string{"softbank>openai:h"}},
		{"", "सॉफ्टबैंक ने ओपनएआई में निवेश से हाथ खींच लिया।", []string{"softbank>openai:h"}},
		{"", "मेटा ने डोनाल्ड ट्रंप को दिए जाने वाले दान से हाथ खींच लिया।", []string{"meta>donald-trump:h"}},
		{"", "मेटा ने डोनाल्ड ट्रंप के शपथ ग्रहण कोष को दिए जाने वाले दान से हाथ खींच लिया।", []string{"meta>donald-trump:h"}},
		{"", "रीड हॉफमैन ने कमला हैरिस को दिया जाने वाला चंदा रोक दिया है।", []string{"reid-hoffman>kamala-harris:h"}},
		{"", "रीड हॉफमैन ने कमला हैरिस के अभियान को दिया जाने वाला चंदा दोगुना कर दिया है।", []string{"reid-hoffman>kamala-harris:s"}},
		// (Session 24: a gain from the stake presupposes it — the
		// holder's support, SCHEMA background investment, dev dvc-183;
		// still no one's withdrawal. short24.go.)
		{"", "सॉफ्टबैंक ने ओपनएआई में निवेश से भारी मुनाफा कमाया।", []string{"softbank>openai:s"}},
		{"", "मासायोशी सन ने कहा कि ओपनएआई में निवेश की कीमत बढ़ने से नतीजे बेहतर रहे।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
