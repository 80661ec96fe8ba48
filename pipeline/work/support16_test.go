package work

import (
	"testing"
	"time"
)

// TestSession16Support: supportive misses and false pairs of the blind
// files (session 16, SUPPORT helper). Each rule has rows where it fires
// and rows where it must not.
func TestSession16Support(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A tie told as the time of another act binds the parties its
		// own phrase names, not the clause's actor (support16.go
		// tieTimed16).
		{"Y के साथ साझेदारी के ऐलान के बाद X ने … (X only reacted)", "एक कार्यक्रम में मेटा के साथ साझेदारी के ऐलान के कुछ घंटे बाद सैम ऑल्टमैन ने कड़ी प्रतिक्रिया दी।", nil},
		{"करार के ऐलान के बाद X ने Y के … को … बताया", "करार के ऐलान के बाद नाइजल फराज ने गूगल के फैसले को 'बेहद अहम' बताया।", nil},
		{"A और B के बीच करार पर दस्तखत के कुछ दिन बाद X ने …", "गूगल और रिलायंस के बीच नए करार पर दस्तखत के कुछ दिन बाद सुंदर पिचाई ने एक इंटरव्यू में बात की।", []string{"google>reliance:s", "reliance>google:s"}},
		{"A और B के उपक्रम के ऐलान के बाद X ने Z पर तंज कसा", "मेटा और रिलायंस के संयुक्त उपक्रम के ऐलान के बाद एलन मस्क ने मार्क जुकरबर्ग पर तंज कसा।", []string{"elon-musk>mark-zuckerberg:h", "meta>reliance:s", "reliance>meta:s"}},
		{"the announcement itself (no के बाद) stays the agent's", "मुकेश अंबानी ने मेटा के साथ साझेदारी का ऐलान किया।", []string{"meta>mukesh-ambani:s", "mukesh-ambani>meta:s"}},
		// A tie or praise read in the very sentence where the same pair
		// is charged, with no turn, is part of the charge
		// (precision15.go mixedPraise15, widened).
		{"X ने Y पर अपने दोस्त Z को बचाने का आरोप लगाया", "राहुल गांधी ने नरेंद्र मोदी पर अपने दोस्त गौतम अडानी को बचाने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने आरोप लगाया कि … और Y इसमें उनके साझेदार हैं", "कमला हैरिस ने आरोप लगाया कि एलन मस्क जनता का पैसा लूटना चाहते हैं और डोनाल्ड ट्रंप इसमें उनके साझेदार हैं।", []string{"kamala-harris>donald-trump:h", "kamala-harris>elon-musk:h"}},
		{"a turn (लेकिन) keeps both", "नाइजल फराज ने कहा कि एलन मस्क उनके दोस्त हैं, लेकिन उन्होंने मस्क पर झूठ फैलाने का आरोप लगाया।", []string{"nigel-farage>elon-musk:h", "nigel-farage>elon-musk:s"}},
		{"a tie with one, a charge against another", "सत्या नडेला ने ओपनएआई के साथ साझेदारी को मजबूत बताया और गूगल पर नकल का आरोप लगाया।", []string{"satya-nadella>google:h", "satya-nadella>openai:s"}},
		// Two companies' joint saying that affirms their tie, its
		// partner unnamed: each with the other (support16.go
		// jointAffirm16; tieAffirmed reads a second quality after और).
		{"A और B ने संयुक्त बयान में कहा कि उनकी साझेदारी लंबी और उपयोगी रही है", "गूगल और मेटा ने एक संयुक्त बयान में कहा कि उनकी साझेदारी लंबी और बेहद उपयोगी रही है।", []string{"google>meta:s", "meta>google:s"}},
		{"two chiefs' joint saying is not read as their companies' tie", "सत्या नडेला और सैम ऑल्टमैन ने कहा कि उनकी साझेदारी लंबी और बेहद उपयोगी रही है।", nil},
		{"a tie called long and then doubted is no affirmation", "गूगल और मेटा ने एक संयुक्त बयान में कहा कि उनकी साझेदारी लंबी और मुश्किल रही है।", nil},
		// Credit with its other nouns (lexicon/evaluative.yaml: नई
		// ऊर्जा, नई गति, नई ताकत, नया जीवन, नई ऊंचाई, दुनिया के नक्शे
		// पर), only in someone's words.
		{"X ने कहा कि Y ने … को नई ऊर्जा दी है", "नरेंद्र मोदी ने पत्रकारों से कहा कि कमला हैरिस ने भारत-अमेरिका रिश्तों को नई ऊर्जा दी है।", []string{"narendra-modi>kamala-harris:s"}},
		{"'Y ने भारत को दुनिया के नक्शे पर चमका दिया है,' X ने कहा", "\"नरेंद्र मोदी ने भारत को दुनिया के नक्शे पर चमका दिया है,\" मुकेश अंबानी ने कहा।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"the narrator's credit is no one's stance", "सत्या नडेला ने माइक्रोसॉफ्ट को नई ऊर्जा दी है।", nil},
		// A name under पर/में after a quote's dash is the place of the
		// words, not their speaker (clause.go attribution,
		// placeAfter16).
		{"'…' — Z के एक कर्मचारी ने एक्स पर लिखा (X no speaker)", "'सत्या नडेला ने माइक्रोसॉफ्ट को नई ऊंचाई दी है' — कंपनी के एक पूर्व कर्मचारी ने एक्स पर लिखा।", nil},
		{"'…' — X ने एक्स पर लिखा (X speaks)", "'सत्या नडेला ने माइक्रोसॉफ्ट को नई ऊंचाई दी है' — सुंदर पिचाई ने एक्स पर लिखा।", []string{"sundar-pichai>satya-nadella:s"}},
		{"'…' — X (a name alone)", "'सत्या नडेला ने माइक्रोसॉफ्ट को नई ऊंचाई दी है' — सुंदर पिचाई", []string{"sundar-pichai>satya-nadella:s"}},
		// A joining of hands announced is no handshake (stance.go
		// coMutual); an honour to speak with Y (सम्मान की बात, target
		// से) (lexicon/frames.yaml).
		{"X और Y ने … हाथ मिलाने का ऐलान किया (two people)", "डोनाल्ड ट्रंप और नरेंद्र मोदी ने व्यापार के लिए हाथ मिलाने का ऐलान किया।", []string{"donald-trump>narendra-modi:s", "narendra-modi>donald-trump:s"}},
		{"X और Y ने मंच पर हाथ मिलाया (a handshake)", "डोनाल्ड ट्रंप और नरेंद्र मोदी ने मंच पर हाथ मिलाया।", nil},
		{"headline: X बोले- Y से बात करना सम्मान की बात", "मस्क बोले- मोदी से बात करना सम्मान की बात, इस साल भारत आऊंगा", []string{"elon-musk>narendra-modi:s"}},
		{"Y से बात करना सम्मान की बात नहीं (negated)", "एलन मस्क ने कहा कि नरेंद्र मोदी से बात करना सम्मान की बात नहीं है।", nil},
		// Keeping on working with Y: the speaker's own continuing future
		// is asserted, another's stays future (continue12.go,
		// lexicon/frames.yaml "साथ काम करना जारी", "साथ काम जारी").
		{"X ने कहा कि वह Y के साथ काम करना जारी रखेंगे", "सैम ऑल्टमैन ने कहा कि वह डोनाल्ड ट्रंप के साथ काम करना जारी रखेंगे क्योंकि राष्ट्रपति एआई को समझते हैं।", []string{"sam-altman>donald-trump:s"}},
		{"X ने कहा कि कंपनी Y के साथ काम जारी रखेगी (another's future)", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट ओपनएआई के साथ काम जारी रखेगी।", nil},
		// A deal told as made (हुए) and spoken about or acted under is
		// presupposed (schema11.go readDealPresupposed,
		// madeDealTopic16); one cancelled is read by its act.
		{"A और B के बीच हुए करार पर X ने कहा …", "ओपनएआई और ओरेकल के बीच हुए बड़े क्लाउड करार पर लैरी एलिसन ने कहा कि यह अहम कदम है।", []string{"openai>oracle:s", "oracle>openai:s"}},
		{"Y के साथ हुए समझौते को रद्द किया (the act only)", "ओरेकल ने ओपनएआई के साथ हुए समझौते को रद्द कर दिया।", []string{"oracle>openai:h"}},
		// Entering Y's campaign with Y's genitive (lexicon/frames.yaml
		// "प्रचार में उतर*" target gen); a book's promotion is no one's
		// campaign.
		{"X खुलकर Y के प्रचार में उतर आए हैं", "अमेरिकी चुनाव के अंतिम हफ्तों में एलन मस्क खुलकर डोनाल्ड ट्रंप के प्रचार में उतर आए हैं।", []string{"elon-musk>donald-trump:s"}},
		{"X अपनी किताब के प्रचार में उतरीं (no one's campaign)", "कमला हैरिस अपनी किताब के प्रचार में उतरीं और डोनाल्ड ट्रंप से मिलीं।", nil},
		// About to act ("करने जा रहा है") is a plan, as a future
		// (mood.go future, aboutTo16); the deed done stays asserted.
		{"X, Y के साथ करार करने जा रहा है (a plan)", "एक रिपोर्ट के मुताबिक ओरेकल ओपनएआई के साथ बड़ा करार करने जा रहा है।", nil},
		{"X, Y पर मुकदमा करने जा रहे हैं (a plan)", "एलन मस्क ओपनएआई पर मुकदमा करने जा रहे हैं।", nil},
		{"X ने Y के साथ करार किया (done)", "ओरेकल ने ओपनएआई के साथ बड़ा करार किया।", []string{"openai>oracle:s", "oracle>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
