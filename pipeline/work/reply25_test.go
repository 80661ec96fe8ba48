package work

import (
	"testing"
	"time"
)

// TestSession25AnsweredAttack: a hostile reply ("इसके जवाब में",
// "पलटवार करते हुए", "पलटकर") presupposes the attack it answers, and the
// story states it when a sentence before reports the act with the one
// answered as its ने-agent, about the replier (naming him, his company as
// what the words are about, or the sentence before naming him) or as a
// jibe: that one → the replier, hostile (answeredAttacks25, reply25.go).
// The first rows give only the reply's stance without the rule. Controls,
// unchanged: an act about someone else, a report published (reporting is
// neutral), an act that names no replier, an answer received, a charge
// only presupposed in the reply's own sentence, no reply word.
func TestSession25AnsweredAttack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quip before, reply after", "एलन मस्क के निवेशक समूह ने ओपनएआई को खरीदने की पेशकश की। सैम ऑल्टमैन ने एक्स पर लिखा, 'नहीं, धन्यवाद।' मस्क ने इसके जवाब में ऑल्टमैन को ठग कहा।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"jibe answered", "मार्क जुकरबर्ग ने एक पॉडकास्ट में चुटकी ली कि कुछ लोग रॉकेट से ज्यादा ट्वीट उड़ाते हैं। इसके जवाब में एलन मस्क ने जुकरबर्ग को डरपोक कहा।",
			[]string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},
		{"counter-attack on a remark", "कमला हैरिस ने टीवी बहस में कहा कि डोनाल्ड ट्रंप की सभाओं में लोग जल्दी घर लौट जाते हैं। इस पर ट्रंप ने पलटकर कहा कि हैरिस 'मार्क्सवादी' हैं।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"his company what the words are about", "सत्या नडेला ने एक सम्मेलन में कहा कि गूगल का सर्च अब पुराने ढर्रे पर चल रहा है। अगले दिन सुंदर पिचाई ने पलटवार करते हुए नडेला को 'नकलची' कहा।",
			[]string{"satya-nadella>sundar-pichai:h", "sundar-pichai>satya-nadella:h"}},
		// Controls.
		{"act about someone else", "सैम ऑल्टमैन ने गूगल पर डेटा चुराने का आरोप लगाया। इसके जवाब में एलन मस्क ने ऑल्टमैन को झूठा कहा।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>google:h"}},
		{"report published", "एक्सियोस ने टेस्ला की बिक्री पर एलन मस्क के दावों के बारे में एक रिपोर्ट प्रकाशित की। मस्क ने जवाब में इस रिपोर्ट को फर्जी बताया।",
			[]string{"elon-musk>axios:h"}},
		{"act names no replier", "सैम ऑल्टमैन ने नई एआई चिप का ऐलान किया। इसके जवाब में एलन मस्क ने ऑल्टमैन को धोखेबाज कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"answer received", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप को निवेश की योजना बताई। ट्रंप ने जवाब मिलने पर जुकरबर्ग को झूठा कहा।",
			[]string{"donald-trump>mark-zuckerberg:h"}},
		{"charge only presupposed", "डोनाल्ड ट्रंप ने कमला हैरिस के आरोपों के जवाब में उन्हें झूठा कहा।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"no reply word", "कमला हैरिस ने टीवी बहस में कहा कि डोनाल्ड ट्रंप की सभाओं में लोग जल्दी घर लौट जाते हैं। ट्रंप ने कहा कि हैरिस 'मार्क्सवादी' हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25TitleCounter: a headline's counter-attack ("X का Y पर
// पलटवार") states Y's attack; the first body sentence with Y as its
// ने-agent naming X reports it: Y → X hostile (counter_words,
// counterOf25, titleAnswered25). The first rows give only X → Y without
// the rule. Controls, unchanged: a bare reply (जवाब) to a peace offer, a
// counter-attack whose doer is the other one, a body act about someone
// else.
func TestSession25TitleCounter(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"counter-attack in the headline", "रीड हॉफमैन का एलन मस्क पर पलटवार: 'सच से डरते हैं' || हॉफमैन ने गुरुवार को कहा कि मस्क सच से डरते हैं। इससे पहले मस्क ने एक पोस्ट में दावा किया था कि हॉफमैन चुनावी चंदे का हिसाब छिपा रहे हैं।",
			[]string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		// Session 27 (rule 1 of the session-26 ruling: an act gives a
		// stance only by its own words; plainAct27): a body act that
		// reports no words of Y's ("मुद्दा उठाया था", "जिक्र किया था")
		// is no attack, whatever the headline's counter-attack presumes.
		{"counter word after the genitive", "राहुल गांधी पर गौतम अडानी का पलटवार || राहुल गांधी ने एक रैली में गौतम अडानी के बंदरगाहों का मुद्दा उठाया था। अडानी ने शुक्रवार को राहुल को 'झूठ का सौदागर' बताया।",
			[]string{"gautam-adani>rahul-gandhi:h"}},
		{"sharp retort", "पिचाई की टिप्पणी पर नडेला ने दिया करारा जवाब || सुंदर पिचाई ने एक सम्मेलन में सत्या नडेला के नए सर्च इंजन का जिक्र किया था। नडेला ने शुक्रवार को पिचाई को 'नकलची' कहा।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		{"sharp retort to words", "पिचाई की टिप्पणी पर नडेला ने दिया करारा जवाब || सुंदर पिचाई ने एक सम्मेलन में कहा था कि सत्या नडेला के नए सर्च इंजन में कुछ नया नहीं है। नडेला ने शुक्रवार को पिचाई को 'नकलची' कहा।",
			[]string{"satya-nadella>sundar-pichai:h", "sundar-pichai>satya-nadella:h"}},
		// Controls.
		{"bare reply to a peace offer", "सुलह की पेशकश पर मस्क का जवाब: 'ढोंगी' || सैम ऑल्टमैन ने कहा कि वह एलन मस्क के साथ पुराने मतभेद भुलाना चाहते हैं। मस्क ने जवाब में ऑल्टमैन को ढोंगी कहा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"act about someone else", "रीड हॉफमैन का एलन मस्क पर पलटवार: 'सच से डरते हैं' || हॉफमैन ने गुरुवार को कहा कि मस्क सच से डरते हैं। इससे पहले मस्क ने एक पोस्ट में कमला हैरिस पर चुनावी चंदे का हिसाब छिपाने का आरोप लगाया था।",
			[]string{"elon-musk>kamala-harris:h", "reid-hoffman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
