package work

import (
	"testing"
	"time"
)

// TestSession27Soured: SCHEMA's session-26 ruling, rule 6 — a narrator's
// noun of a soured relation between X and Y (खटास, तल्खी, खींचतान, तनाव,
// रंजिश …), its pair written onto it or acting after it, is hostile both
// ways in any tense and in background; not talked of, eased, negated,
// questioned, foretold, a topic's or two countries', nor a difference
// (मतभेद). Rule 7 — विवाद never gives a stance, even with a verb; a
// quarrel noun with a verb does; a court label over a schedule gives
// nothing (sour27.go, gaps21.go).
func TestSession27Soured(t *testing.T) {
	a := shippedAnalyzer(t)
	both := []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		// Rule 6: the nouns.
		{"feud noun, between", "पिछले साल मुकेश अंबानी और गौतम अडानी के बीच पुरानी रंजिश फिर उभर आई।", []string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		{"tussle before the pair acts", "लंबी खींचतान के बाद मार्क जुकरबर्ग और एलन मस्क ने हाथ मिलाया।", []string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		{"tension going on, amid", "पिछले महीने से चल रही तनातनी के बीच डोनाल्ड ट्रंप ने एलन मस्क से मिलने से मना कर दिया।", both},
		{"war of a hyphened pair", "मस्क-ट्रंप की जंग में नया मोड़ आया।", both},
		{"both: the pair last acting", "एलन मस्क ने रीड हॉफमैन को पाखंडी कहा। सैम ऑल्टमैन ने इस पर कुछ नहीं कहा। दोनों के बीच पुरानी अनबन रही है।", []string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		{"with Y, after; the host clause's flipper is its own", "डोनाल्ड ट्रंप से सार्वजनिक तकरार के बाद कुछ हफ्तों तक शांत रहे एलन मस्क ने फिर मोर्चा खोल दिया।", both},
		{"amid, the partner in the host's words", "पिछले हफ्ते से चल रही तकरार के बीच डोनाल्ड ट्रंप ने कहा कि एलन मस्क से बात करने का उनका कोई इरादा नहीं है।", both},
		{"after, the partner in the host's words", "महीनों की खटास के बाद सत्या नडेला ने कहा कि सैम ऑल्टमैन एक शानदार साथी हैं।", []string{"sam-altman>satya-nadella:h", "satya-nadella>sam-altman:h", "satya-nadella>sam-altman:s"}},
		{"the speaker's own quarrel, called sad", "एलन मस्क ने कहा कि सैम ऑल्टमैन के साथ उनका झगड़ा दुखद है।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"another's quarrel, told by a third", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क की सैम ऑल्टमैन से पुरानी दुश्मनी है।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"pointed back, the pair written before", "एलन मस्क ने डोनाल्ड ट्रंप के बिल की आलोचना की। जानकारों का कहना है कि दोनों के बीच की यह खटास आगे किस मोड़ पर जाएगी, कहना मुश्किल है।", both},
		// Rule 6: not a stance.
		{"a named quarrel pointed back stays the earlier sentence's", "एलन मस्क और सैम ऑल्टमैन एक ही मंच पर दिखे। दोनों के बीच यह टकराव चुनाव से पहले सामने आया।", nil},
		{"tension called natural", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट और ओपनएआई के बीच कुछ तनाव स्वाभाविक है।", nil},
		{"the speaker's own, denied", "सैम ऑल्टमैन ने कहा कि एलन मस्क से उनकी कोई निजी दुश्मनी नहीं है।", nil},
		{"after, two names in the host's words", "महीनों की खटास के बाद सत्या नडेला ने कहा कि सैम ऑल्टमैन और सुंदर पिचाई दोनों शानदार हैं।", []string{"satya-nadella>sam-altman:s", "satya-nadella>sundar-pichai:s"}},
		{"with Y, ended", "डोनाल्ड ट्रंप से तकरार खत्म होने के बाद एलन मस्क ने नई कंपनी शुरू की।", nil},
		{"talked of", "एलन मस्क और सैम ऑल्टमैन के बीच पुरानी दुश्मनी की चर्चा फिर शुरू हुई।", nil},
		{"foretold", "सत्या नडेला और सैम ऑल्टमैन के रिश्तों में खटास आ सकती है।", nil},
		{"questioned", "क्या सत्या नडेला और सैम ऑल्टमैन के रिश्तों में खटास आ गई है?", nil},
		{"negated", "सत्या नडेला और सैम ऑल्टमैन के रिश्तों में कोई खटास नहीं है।", nil},
		{"eased", "नरेंद्र मोदी और डोनाल्ड ट्रंप ने दोनों देशों के बीच का तनाव कम करने पर जोर दिया।", nil},
		{"ended", "एलन मस्क और सैम ऑल्टमैन की पुरानी खींचतान पर विराम लग गया।", nil},
		{"two countries", "भारत और अमेरिका के बीच तनाव के बीच नरेंद्र मोदी ने डोनाल्ड ट्रंप को फोन किया।", nil},
		{"a topic's, amid", "टैरिफ पर चल रही तनातनी के बीच डोनाल्ड ट्रंप ने नरेंद्र मोदी को फोन किया।", nil},
		{"a difference only", "बैठक के बाद सत्या नडेला और सुंदर पिचाई के बीच मतभेद के बाद भी दोनों ने साथ तस्वीर खिंचवाई।", nil},
		// Rule 7.
		{"dispute with a verb", "रिलायंस और अडानी समूह के बीच विवाद और गहरा गया।", nil},
		{"hyphened dispute with a verb", "मस्क-ऑल्टमैन विवाद गहराया || ", nil},
		{"quarrel noun with a verb", "मस्क-ट्रंप टकराव और तेज हुआ || ", both},
		{"court label over a schedule", "मस्क बनाम ऑल्टमैन: मुकदमे की सुनवाई आज से || एलन मस्क और सैम ऑल्टमैन के बीच चल रहे मुकदमे में जज ने नई तारीख दी।", nil},
		{"court label over a side's act", "मस्क बनाम ऑल्टमैन: मुकदमे की सुनवाई आज से || एलन मस्क ने पिछले साल सैम ऑल्टमैन पर मुकदमा दायर किया था।", []string{"elon-musk>sam-altman:h"}},
	})
}
