package work

import (
	"testing"
	"time"
)

// TestSession12Rhetoric: a tracked speaker's why- or how-long question
// about another's conduct charges them (hostile, accusation); yes/no
// questions, fact questions and questions put to the speaker assert
// nothing (rhetoric12.go).
func TestSession12Rhetoric(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Firing: the question's subject, the one it is put to, a quote
		// tagged after its own question mark.
		{"X ने पूछा कि Y सच क्यों छिपा रहे हैं", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप जनता से सच क्यों छिपा रहे हैं?", []string{"kamala-harris>donald-trump:h"}},
		{"X ने सवाल किया कि Y जवाब क्यों नहीं देते", "राहुल गांधी ने सवाल किया कि नरेंद्र मोदी संसद में जवाब क्यों नहीं देते।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"'Y कब तक … करेंगे?', X बोले", "'सैम ऑल्टमैन कब तक निवेशकों को गुमराह करेंगे?', एलन मस्क बोले।", []string{"elon-musk>sam-altman:h"}},
		{"X ने Y से पूछा, 'आप … क्यों …?'", "एलन मस्क ने सैम ऑल्टमैन से पूछा, 'आप निवेशकों से सच क्यों छिपा रहे हो?'", []string{"elon-musk>sam-altman:h"}},
		{"X ने Y से पूछा कि Z के साथ उनका रिश्ता क्या है", "राहुल गांधी ने नरेंद्र मोदी से पूछा कि एक विदेशी कंपनी के साथ उनका रिश्ता क्या है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Y से पूछा, “Z … क्यों है?” (quote in the asking clause)", "एलन मस्क ने गूगल से पूछा, \"जेमिनी इतना पक्षपाती क्यों है?\"", []string{"elon-musk>google:h"}},
		{"rhetorical how: Y पर भरोसा कैसे करें? says one cannot", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप पर भरोसा कैसे करें?", []string{"kamala-harris>donald-trump:h"}},
		{"X का सवाल: Y … क्यों …?", "एलन मस्क का सवाल: सैम ऑल्टमैन निवेशकों को गुमराह क्यों कर रहे हैं?", []string{"elon-musk>sam-altman:h"}},

		// Not firing: a yes/no question, a fact question, a question put
		// to the speaker, the narrator's own question, a question denied.
		{"yes/no: X ने पूछा कि क्या Y … करेंगे", "कमला हैरिस ने पूछा कि क्या डोनाल्ड ट्रंप अगले हफ्ते बहस में आएंगे?", nil},
		{"fact question: X ने पूछा कि Y कब आएंगे", "नाइजल फराज ने पूछा कि डोनाल्ड ट्रंप लंदन कब आएंगे?", nil},
		{"put to X: X से पूछा गया कि Y … क्यों …", "सुंदर पिचाई से पूछा गया कि सत्या नडेला सच क्यों छिपा रहे हैं?", nil},
		{"what, put to no one: X ने पूछा कि Y का प्लान क्या है", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप का प्लान क्या है।", nil},
		{"a fact question put to Y: X ने Y से पूछा कि वह कब आएंगे", "नरेंद्र मोदी ने डोनाल्ड ट्रंप से पूछा कि वह भारत कब आएंगे।", nil},
		{"a fact question quoted: X ने Y से पूछा, “… कब …?”", "एलन मस्क ने गूगल से पूछा, \"जेमिनी का नया संस्करण कब आएगा?\"", nil},
		{"put to X, quoted: X से पूछा गया, “… क्यों …?”", "गूगल से पूछा गया, \"जेमिनी इतना पक्षपाती क्यों है?\"", nil},
		{"an account of how: X ने बताया कि उन्होंने Y पर भरोसा कैसे किया", "सैम ऑल्टमैन ने बताया कि उन्होंने सत्या नडेला पर भरोसा कैसे किया।", []string{"sam-altman>satya-nadella:s"}},
		{"क्या X ने पूछा कि Y … क्यों …", "क्या राहुल गांधी ने पूछा कि नरेंद्र मोदी चुप क्यों हैं?", nil},
		{"X ने नहीं पूछा कि Y … क्यों …", "राहुल गांधी ने यह नहीं पूछा कि नरेंद्र मोदी चुप क्यों हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
