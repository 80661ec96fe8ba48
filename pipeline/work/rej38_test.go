package work

import (
	"testing"
	"time"
)

// TestRej38Rel (session 38, rej): the charge's author named inside a
// relative clause with no correlative before the attack word
// (relAuthor38: "कहा कि Y ने … जो मुकदमा दायर किया है झूठ का पुलिंदा
// है") — and controls: a weak word, no attack word, a relative with no
// tracked agent, a suit filed by the speaker himself.
func TestRej38Rel(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"suit in a relative, no correlative", " || टेस्ला के प्रवक्ता ने सोमवार को ऑस्टिन में कहा कि कमला हैरिस के अभियान ने कंपनी के खिलाफ जो शिकायत दर्ज कराई है पूरी तरह मनगढ़ंत है।", []string{"tesla>kamala-harris:h"}},
		{"charges in a relative, its owner's company", " || लैरी एलिसन ने एक इंटरव्यू में कहा कि एलन मस्क की कंपनी एक्स कॉर्प ने ओरेकल पर जो आरोप लगाए हैं झूठ का पुलिंदा हैं।", []string{"larry-ellison>elon-musk:h", "larry-ellison>x-corp:h"}},
		{"claim in a relative, spokesperson", " || मेटा के प्रवक्ता ने बुधवार को कहा कि डोनाल्ड ट्रंप ने कंपनी पर जो दावा ठोका है बेतुका है।", []string{"meta>donald-trump:h"}},
		{"ctl weak word", " || टेस्ला के प्रवक्ता ने कहा कि कमला हैरिस के अभियान ने जो शिकायत दर्ज कराई है पूरी तरह निराधार है।", nil},
		{"ctl no attack word", " || टेस्ला के प्रवक्ता ने कहा कि कमला हैरिस के अभियान ने जो शिकायत दर्ज कराई है उसकी जांच होनी चाहिए।", nil},
		{"ctl relative with no one tracked", " || गूगल के प्रवक्ता ने कहा कि कुछ ब्लॉगरों ने जो आरोप लगाए हैं सरासर झूठ हैं।", nil},
	})
}

// TestRej38AllFor (session 38, rej): a narrow motive given to all the
// subject does, in someone's words (readAllFor38: "Y यह सब सिर्फ … के लिए
// कर रहे हैं") — and controls: no "only", a purpose that is no
// infinitive, the motive denied, the speaker of himself.
func TestRej38AllFor(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"all this only to slow the rival", " || गूगल के प्रवक्ता ने मंगलवार को कहा कि डोनाल्ड ट्रंप यह सब सिर्फ कंपनी के नए फोन की बिक्री धीमी करने के लिए कर रहे हैं।", []string{"google>donald-trump:h"}},
		{"all this only for headlines, by title and name", " || रिलायंस ने एक बयान में कहा कि कांग्रेस नेता राहुल गांधी ये सब केवल सुर्खियों में बने रहने के लिए कर रहे हैं।", []string{"reliance>rahul-gandhi:h"}},
		{"ctl no only", " || गूगल के प्रवक्ता ने कहा कि डोनाल्ड ट्रंप यह सब अमेरिकी कंपनियों को मजबूत करने के लिए कर रहे हैं।", nil},
		{"ctl motive denied", " || गूगल के प्रवक्ता ने कहा कि डोनाल्ड ट्रंप यह सब सिर्फ कंपनी को नुकसान पहुंचाने के लिए नहीं कर रहे हैं।", nil},
		{"ctl speaker of himself", " || सुंदर पिचाई ने कहा कि वे यह सब सिर्फ ग्राहकों को बेहतर सेवा देने के लिए कर रहे हैं।", nil},
	})
}
