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
