package work

import (
	"testing"
	"time"
)

// TestQuotedJudgement38 (session 38, eval3): families of quoted
// judgement outlets use that the engine missed, read in rows of our own
// in outlet style (quote first, reported speech, a time and place between
// speaker and verb): a company as the bare subject before a plural
// oblique noun (orgBeforePlural38), "किस मुंह से" as an accusing question
// (faceWh38), the one spoken of named by "Y का जिक्र करते हुए"
// (mentionedWhile38), an epithet opening the quote as its bare subject
// (epithetOpens38); lexicon families — a show put on (ड्रामा/तमाशा कर
// रहे), Y's remote control, no shame felt, the showman (मदारी), behaving
// like a dictator, speeches in place of work, care only for one's chair,
// carelessness shown, privacy violated, the treasury squandered, the
// people beguiled or made to dance, the truth evaded, a junkyard made,
// fetters put on, hoarding (कुंडली मारकर बैठे), the mind gone (दिमाग फिर
// गया), fear of a debate felt (को … बहस से डर लगता), had killed
// (मरवा-). Controls: the same words of the speaker himself, negated, of
// an untracked thing, and a company before a plural with its own ने.
func TestQuotedJudgement38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"company before a plural, quote first", " || “मेटा बच्चों की सुरक्षा से खिलवाड़ कर रही है,” अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने व्हाइट हाउस में कहा।", []string{"donald-trump>meta:h"}},
		{"company before a plural, reported", " || ओपनएआई के सीईओ सैम ऑल्टमैन ने सोमवार को सैन फ्रांसिस्को में कहा कि मेटा किशोरों की मानसिक सेहत से खिलवाड़ कर रही है।", []string{"sam-altman>meta:h"}},
		{"with what face, reported without a question mark", " || प्रधानमंत्री नरेंद्र मोदी ने शनिवार को कहा कि राहुल गांधी किस मुंह से संविधान बचाने की बात कर रहे हैं, जब उनकी पार्टी ने आपातकाल लगाया था।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"with what face, quote first", " || “राहुल गांधी किस मुंह से लोकतंत्र की बात करते हैं?” प्रधानमंत्री नरेंद्र मोदी ने कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"the one spoken of by जिक्र", " || “यह आदमी देश के संविधान को अपनी जेब की चीज समझता है,” कमला हैरिस ने रविवार को डेट्रॉयट में डोनाल्ड ट्रंप का जिक्र करते हुए कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"a show put on", " || “नरेंद्र मोदी संसद में सिर्फ ड्रामा कर रहे हैं,” राहुल गांधी ने संसद भवन के बाहर पत्रकारों से कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"remote control", " || कांग्रेस सांसद राहुल गांधी ने कहा कि देश की सरकार गौतम अडानी के रिमोट कंट्रोल पर चलती है।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"no shame felt", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस को अपने रिकॉर्ड पर शर्म भी नहीं आती।", []string{"donald-trump>kamala-harris:h"}},
		{"the showman", " || “राहुल गांधी राजनीति के मदारी हैं,” भाजपा की रैली में प्रधानमंत्री नरेंद्र मोदी ने कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"like a dictator", " || “डोनाल्ड ट्रंप सत्ता मिलते ही तानाशाहों की तरह व्यवहार कर रहे हैं,” कमला हैरिस ने शुक्रवार को कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"speeches only", " || “नरेंद्र मोदी महज भाषण झाड़ते हैं, जमीन पर कुछ नहीं बदला,” राहुल गांधी ने बिहार में कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"care only for the chair", " || प्रधानमंत्री नरेंद्र मोदी ने कहा कि राहुल गांधी को केवल अपनी कुर्सी की फिक्र है, देश की नहीं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"privacy violated, a company", " || “मेटा उपयोगकर्ताओं की प्राइवेसी का हनन करती है,” अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने कहा।", []string{"donald-trump>meta:h"}},
		{"the treasury squandered", " || “डोनाल्ड ट्रंप ने अपने अमीर दोस्तों पर देश का खजाना लुटा दिया,” कमला हैरिस ने कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"made to dance", " || “नरेंद्र मोदी देश की जनता को अपनी उंगलियों पर नचाते हैं,” राहुल गांधी ने कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a junkyard made", " || मंच पर सैम ऑल्टमैन बोले, “गूगल ने सर्च को विज्ञापनों के कबाड़खाने में बदल दिया है।”", []string{"sam-altman>google:h"}},
		{"hoarding", " || “गूगल बरसों से सर्च बाजार पर कुंडली मारे बैठा रहा,” सत्या नडेला ने दावोस में कहा।", []string{"satya-nadella>google:h"}},
		{"fetters", " || जवाब में सैम ऑल्टमैन ने मुस्कुराते हुए कहा, “माइक्रोसॉफ्ट ने हमारे हाथों में बेड़ियां डाल रखी हैं।”", []string{"sam-altman>microsoft:h"}},
		{"the mind gone", " || डोनाल्ड ट्रंप ने फ्लोरिडा में कहा, “कमला हैरिस का दिमाग सटक गया है।”", []string{"donald-trump>kamala-harris:h"}},
		{"fear of a debate felt", " || ओहायो की रैली में डोनाल्ड ट्रंप ने कहा, “कमला हैरिस को मुझसे बहस से डर लग रहा है।”", []string{"donald-trump>kamala-harris:h"}},
		{"had killed", " || “नरेंद्र मोदी ने किसानों की कर्ज माफी की योजना मरवा दी,” राहुल गांधी ने गुरुवार को नागपुर में कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"ctl fear, the speaker's own and negated", " || राहुल गांधी ने कहा कि उन्हें किसी जांच से डर नहीं लगता।", nil},
		{"an epithet opening the quote before a genitive phrase", " || प्रधानमंत्री नरेंद्र मोदी ने रविवार को हरियाणा में रैली की। राहुल गांधी पिछले हफ्ते लंदन से लौटे थे। “कांग्रेस के शहजादे विदेश की धरती पर देश का अपमान करते हैं,” प्रधानमंत्री ने कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"ctl the speaker's own face", " || “मैं किस मुंह से उनसे मदद मांगूं?” राहुल गांधी ने कहा।", nil},
		{"ctl a showman of the speaker's childhood", " || राहुल गांधी ने कहा कि उन्होंने बचपन में मदारी का खेल देखा था।", nil},
		{"ctl privacy, negated", " || “हमने किसी की निजता का उल्लंघन नहीं किया,” मार्क जुकरबर्ग ने कहा।", nil},
		{"ctl carelessness, negated", " || सुंदर पिचाई ने कहा कि गूगल ने कभी लापरवाही नहीं बरती।", nil},
		{"ctl a television's remote control", " || “टेलीविजन का रिमोट कंट्रोल बच्चों के हाथ में है,” मुकेश अंबानी ने कहा।", nil},
		{"ctl no shame, of himself", " || नरेंद्र मोदी ने कहा कि उन्हें अपने काम पर शर्म नहीं बल्कि गर्व है।", nil},
		{"ctl a company's plural compound with its own ने", " || एलन मस्क ने कहा कि टेस्ला निवेशकों की बैठक अगले हफ्ते होगी।", nil},
	})
}
