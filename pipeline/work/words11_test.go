package work

import "testing"

// TestSession11WordsEnglishTitles: the English titles प्रेसिडेंट and
// (प्राइम) मिनिस्टर before a name are titles, as राष्ट्रपति and
// प्रधानमंत्री are; the title alone names no one.
func TestSession11WordsEnglishTitles(t *testing.T) {
	checkCases(t, "s11w-titles", []struct {
		text string
		want []string
	}{
		{"प्राइम मिनिस्टर मोदी का राहुल गांधी पर वार", []string{"narendra-modi>rahul-gandhi:h"}},
		{"प्रेसिडेंट ट्रंप ने मस्क को बताया क्रेजी", []string{"donald-trump>elon-musk:h"}},
		{"प्रेसिडेंट ने कहा कि एलन मस्क से उनकी बात नहीं हुई।", nil},
	})
}

// TestSession11WordsEnglishInDevanagari: English evaluatives and stance
// verbs written in Devanagari read as their Latin spellings do; the ones
// that are also food, change or a slogan (चिकन, रेडिकल, ग्रेट) only when
// someone is called one, and सपोर्ट of a product is no stance.
func TestSession11WordsEnglishInDevanagari(t *testing.T) {
	checkCases(t, "s11w-english", []struct {
		text string
		want []string
	}{
		{"डोनाल्ड ट्रंप बोले- कमला हैरिस लूज़र हैं", []string{"donald-trump>kamala-harris:h"}},
		{"एलन मस्क ने मार्क जुकरबर्ग को 'चिकन' कहकर चिढ़ाया।", []string{"elon-musk>mark-zuckerberg:h"}},
		{"डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'ग्रेट लीडर' और 'लीजेंड' बताया।", []string{"donald-trump>narendra-modi:s"}},
		{"मस्क ने ट्रंप को किया ब्लेम", []string{"elon-musk>donald-trump:h"}},
		{"डोनाल्ड ट्रंप के सपोर्ट में उतरे एलन मस्क", []string{"elon-musk>donald-trump:s"}},
		// not a calling: food, a change, a slogan
		{"एलन मस्क ने कहा कि सैम ऑल्टमैन चिकन बिरयानी पसंद करते हैं।", nil},
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी रेडिकल बदलाव लाए हैं।", nil},
		{"डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी भारत को ग्रेट बनाएंगे।", nil},
		// support of a product ending, or to come
		{"गूगल ने कहा कि माइक्रोसॉफ्ट के विंडोज 10 का सपोर्ट खत्म होने के बाद भी क्रोम चलेगा।", nil},
		{"माइक्रोसॉफ्ट ने बताया कि विंडोज में गूगल के जेमिनी का सपोर्ट मिलेगा।", nil},
	})
}
