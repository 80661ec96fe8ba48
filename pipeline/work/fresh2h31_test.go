package work

import (
	"testing"
	"time"
)

// Session 31 (FRESH2-H): our own sentences for the hostile errors read in
// dev-outlets-bc and dev-contrast-db. The first rows of each test fail
// without the change named; the controls must stay as they are.

// TestFresh2h31WeakBareClaim: a weak word called of a bare claim noun
// that points back to Y's words of the sentence before ("कंपनी ने बयान
// को तथ्यहीन और भ्रामक बताया") is a denial, no stance (claimNounCalled31).
func TestFresh2h31WeakBareClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"statement called baseless and misleading", "रिलायंस ने कहा कि निवेशकों को राहुल गांधी के ताजा बयान से घबराने की जरूरत नहीं है। कंपनी ने बयान को तथ्यहीन और भ्रामक बताया।", nil},
		{"charges called baseless", "अडानी समूह ने राहुल गांधी के भाषण पर जवाब दिया। समूह ने आरोपों को निराधार बताया।", nil},
		{"remark called misleading", "ओरेकल ने सॉफ्टबैंक की टिप्पणी पर जवाब दिया। कंपनी ने टिप्पणी को भ्रामक बताया।", nil},
		{"statement called wrong", "सैम ऑल्टमैन ने एलन मस्क के बयान पर प्रतिक्रिया दी। उन्होंने बयान को गलत बताया।", nil},
		// Controls: a strong word still attacks the author.
		{"statement called a lie", "सैम ऑल्टमैन ने एलन मस्क के बयान पर प्रतिक्रिया दी। उन्होंने बयान को झूठा बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"statement called fabricated", "सैम ऑल्टमैन ने एलन मस्क के बयान पर प्रतिक्रिया दी। उन्होंने बयान को मनगढ़ंत बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"SCHEMA's own example", "रिलायंस ने राहुल गांधी के बयान को तथ्यहीन और भ्रामक बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31SilenceNarrated: the silence frame ("Y ने … पर एक शब्द
// (भी) नहीं कहा") in the narrator's own clause holds nothing against
// anyone (silenceNarrated31); in someone's words it still charges the
// silent one.
func TestFresh2h31SilenceNarrated(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"narrated, relative clause between", "राहुल गांधी ने अमेठी की सभा में, जिसमें महंगाई और बेरोजगारी के मुद्दे उठे, नरेंद्र मोदी की चीन नीति पर एक शब्द भी नहीं कहा।", nil},
		{"narrated, plain", "कमला हैरिस ने रैली में डोनाल्ड ट्रंप की टैरिफ नीति पर एक शब्द नहीं कहा।", nil},
		{"narrated, बोला", "सैम ऑल्टमैन ने सम्मेलन में एलन मस्क के मुकदमे पर एक शब्द भी नहीं बोला।", nil},
		// Controls: in someone's words.
		{"in a ki-clause", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने इस पर एक शब्द भी नहीं कहा।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"in a charge headline", "राहुल गांधी का आरोप- नरेंद्र मोदी ने मणिपुर पर एक शब्द नहीं कहा",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"in a quote with its speaker after", "'मोदी ने मणिपुर पर एक शब्द भी नहीं कहा': राहुल गांधी",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"in quoted words", "राहुल गांधी ने कहा, \"प्रधानमंत्री ने मणिपुर पर एक शब्द भी नहीं कहा।\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31LikeBeneficiary: names before "जैसे <plural in -ों> के
// लिए" are examples of those something is for, not the subject an
// evaluation ("अरबपतियों के लिए") is said of (likeBeneficiary31).
func TestFresh2h31LikeBeneficiary(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"two names, money for billionaires", "राहुल गांधी ने कहा कि अंबानी और अडानी जैसे अरबपतियों के लिए सरकार के पास पैसा है, लेकिन मजदूरों के लिए नहीं।", nil},
		{"tax break for billionaires", "कमला हैरिस ने कहा कि एलन मस्क जैसे अरबपतियों के लिए ही टैक्स में छूट है।", nil},
		{"doors open for industrialists", "राहुल गांधी ने कहा कि अडानी जैसे उद्योगपतियों के लिए बैंकों के दरवाजे खुले हैं।", nil},
		// Controls.
		{"the plan's owner judged", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की योजना अरबपतियों के लिए है।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"the doer for his friends", "राहुल गांधी ने कहा कि नरेंद्र मोदी अडानी जैसे दोस्तों के लिए काम करते हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a like-named subject acts", "कमला हैरिस ने कहा कि एलन मस्क जैसे अरबपति झूठे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 4, 16, 0, 0, 0, 0, time.UTC), cases)
}
