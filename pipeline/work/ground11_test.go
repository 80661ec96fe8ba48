package work

import (
	"testing"
	"time"
)

// TestSession11GroundFollowers: the English follower nouns written in
// Devanagari (सपोर्टर्स, फैंस, फॉलोअर्स, क्रिटिक्स, हेटर्स) name other
// people, as समर्थक and आलोचक do; as a predicate ("X, Y के फैन हैं")
// they keep their stance.
func TestSession11GroundFollowers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने कहा कि Y के फैन …: the fans are other people", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क के फैन पूरी दुनिया में फैले हुए हैं।", nil},
		{"X ने Y सपोर्टर्स को धन्यवाद दिया", "डोनाल्ड ट्रंप ने एलन मस्क सपोर्टर्स को धन्यवाद दिया।", nil},
		{"X ने Y के फैंस को धन्यवाद दिया", "नरेंद्र मोदी ने मुकेश अंबानी के फैंस को शुक्रिया कहा।", nil},
		{"X ने Y के हेटर्स पर निशाना साधा", "डोनाल्ड ट्रंप ने एलन मस्क के हेटर्स पर निशाना साधा।", nil},
		{"X ने Y के क्रिटिक्स पर निशाना साधा", "सैम ऑल्टमैन ने सत्या नडेला के क्रिटिक्स पर जमकर निशाना साधा।", nil},
		{"Y के फॉलोअर्स ने Z को ट्रोल किया", "एलन मस्क के फॉलोअर्स ने डोनाल्ड ट्रंप को ट्रोल किया।", nil},
		// Left alone: the noun as the predicate.
		{"X Y के फैन हैं", "सैम ऑल्टमैन सत्या नडेला के बड़े फैन हैं।", []string{"sam-altman>satya-nadella:s"}},
		{"X ने कहा कि वह Y के फैन हैं", "डोनाल्ड ट्रंप ने कहा कि वह एलन मस्क के फैन हैं।", []string{"donald-trump>elon-musk:s"}},
		{"X ने खुद को Y का फैन बताया", "एलन मस्क ने खुद को नरेंद्र मोदी का फैन बताया।", []string{"elon-musk>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
