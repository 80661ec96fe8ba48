package work

import (
	"testing"
	"time"
)

// Session 29 (PRECISION): our own sentences. The first rows of each
// table fail without the rule named; the controls must stay as they are.

// TestPrecision29LabelBreak: a headline that names a broken deal between a
// pair with no doer reads it both ways; the body that says who broke it
// keeps only that direction (labelBreakReversed29, label29.go), also
// when a clause or a sentence stands before the breaker's. A friendship
// of two people broken, a body that names no breaker or says nothing of
// the deal, and a body that has both break it stay both ways. (The rows
// of FAMILIES' TestSession29TitleBreakDirected, which tested the same
// rule, are here since session 30; its two copies of rows here dropped.)
func TestPrecision29LabelBreak(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"hyphen pair, deal broken, body names the breaker", "गूगल-रिलायंस: क्लाउड करार टूटा || बुधवार को रिलायंस ने गूगल के साथ अपना क्लाउड करार तोड़ दिया। कंपनी ने कोई कारण नहीं बताया।",
			[]string{"reliance>google:h"}},
		{"hyphen pair, deal cancelled, the other breaker", "ओरेकल-ओपनएआई डेटा सेंटर करार रद्द || ओपनएआई ने ओरेकल के साथ हुआ डेटा सेंटर करार रद्द कर दिया है।",
			[]string{"openai>oracle:h"}},
		{"tie broken from one side", "मेटा से टूटा रिलायंस का नाता || रिलायंस ने मेटा के साथ अपना संयुक्त उपक्रम खत्म कर दिया है।",
			[]string{"reliance>meta:h"}},
		{"deal cancelled, no colon", "ओरेकल-मेटा कंप्यूटिंग सौदा रद्द || सूत्रों से मिली जानकारी के बीच मेटा ने सोमवार को ओरेकल के साथ हुआ कंप्यूटिंग सौदा रद्द कर दिया।",
			[]string{"meta>oracle:h"}},
		{"partnership ended, breaker second sentence", "माइक्रोसॉफ्ट और ओपनएआई की साझेदारी खत्म || एआई जगत में हलचल है। ओपनएआई ने माइक्रोसॉफ्ट से अपनी साझेदारी खत्म करने का ऐलान किया।",
			[]string{"openai>microsoft:h"}},
		{"deal, loan word, breaker in a later clause", "सॉफ्टबैंक-ओपनएआई: डील टूटी || निवेशकों की बैठक के बाद सॉफ्टबैंक ने ओपनएआई के साथ अपनी डील तोड़ दी, कंपनी के एक प्रवक्ता ने बताया।",
			[]string{"softbank>openai:h"}},
		// Controls.
		{"no breaker in the body", "गूगल-रिलायंस: क्लाउड करार टूटा || दोनों कंपनियों के बीच पांच साल पुराना करार अब खत्म हो गया है।",
			[]string{"google>reliance:h", "reliance>google:h"}},
		{"headline alone keeps both ways", "गूगल-रिलायंस: क्लाउड करार टूटा || दोनों कंपनियों के शेयर बुधवार को गिरे।",
			[]string{"google>reliance:h", "reliance>google:h"}},
		{"body: each breaks it", "गूगल-रिलायंस: क्लाउड करार टूटा || रिलायंस ने गूगल के साथ अपना करार तोड़ दिया। गूगल ने भी रिलायंस के साथ सारे सौदे रद्द कर दिए।",
			[]string{"google>reliance:h", "reliance>google:h"}},
		{"a friendship of two people", "मस्क-ट्रंप की दोस्ती टूटी || डोनाल्ड ट्रंप ने कहा कि एलन मस्क के साथ उनका रिश्ता अब खत्म हो चुका है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPrecision29ThirdAgent: in someone's words, help, a side taken, praise
// or an attack whose own subject is an untracked body or role (words.yaml
// third_party_agents: आयोग, संचालक, अफसर, मीडिया …) is that body's act,
// not the speaker's (genericNoun, stance.go). The speaker's own act, the
// body as a coordinated object, and the body after a postposition stay.
func TestPrecision29ThirdAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a commission helps, in the speaker's words", "राहुल गांधी ने कहा कि चुनाव आयोग नरेंद्र मोदी की मदद कर रहा है।", nil},
		{"officials help quietly", "एलन मस्क ने लिखा कि कुछ अफसर चुपचाप ओपनएआई की मदद कर रहे हैं।", nil},
		{"the media praises", "डोनाल्ड ट्रंप ने कहा कि मीडिया हमेशा कमला हैरिस की तारीफ करता है।", nil},
		{"officials attack", "डोनाल्ड ट्रंप ने कहा कि कुछ अफसर एलन मस्क पर हमला कर रहे हैं।", nil},
		// Controls.
		{"the speaker's own support", "एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप का पूरा समर्थन करते हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		{"the body coordinated with the target", "राहुल गांधी ने चुनाव आयोग और नरेंद्र मोदी पर हमला बोला।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"an evaluation of the target", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप लोकतंत्र के लिए खतरा हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"moderators took a side (a claim: none before too)", "डोनाल्ड ट्रंप ने दावा किया कि संचालक भी कमला हैरिस का पक्ष ले रहे थे।", nil},
		{"the body after a postposition", "एलन मस्क ने कहा कि अदालत में उन्होंने ओपनएआई का विरोध किया।",
			[]string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPrecision29ObjectNotLabel: a word inside the object that is called
// something ("Y के टैक्स और खर्च बिल को …") is not the label, though a
// coordinator brings the calling verb within the scan's reach
// (objectBeforeLabel29, object29.go). The label after the को, a label
// with a को of its own, and a calling word after the को stay.
func TestPrecision29ObjectNotLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"tax and spending bill called historic", "एलन मस्क ने डोनाल्ड ट्रंप के टैक्स और खर्च बिल को ऐतिहासिक करार दिया।",
			[]string{"elon-musk>donald-trump:s"}},
		{"tax and trade deal called splendid", "नाइजल फराज ने डोनाल्ड ट्रंप के टैक्स और व्यापार समझौते को शानदार बताया।",
			[]string{"nigel-farage>donald-trump:s"}},
		{"tax and AI plan called the best", "सैम ऑल्टमैन ने डोनाल्ड ट्रंप के टैक्स और एआई प्लान को बेहतरीन कहा।",
			[]string{"sam-altman>donald-trump:s"}},
		// Controls.
		{"a tax as the label", "कमला हैरिस ने डोनाल्ड ट्रंप की टैरिफ नीति को मध्यवर्ग पर टैक्स बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a hostile label after the same object", "कमला हैरिस ने डोनाल्ड ट्रंप के टैक्स और खर्च बिल को अमीरों का तोहफा बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a second को inside the label", "एलन मस्क ने डोनाल्ड ट्रंप के बिल को घृणित और देश को कर्ज में डुबोने वाला बताया।",
			[]string{"elon-musk>donald-trump:h"}},
		{"tax and regulation policy a step", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप की टैक्स और नियमन नीति को सही दिशा में कदम बताया।",
			[]string{"mark-zuckerberg>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPrecision29ObstacleLabel: a thing called an obstacle ("… के रास्ते की
// दीवार", "… की राह में रोड़ा", बाधा, अड़ंगा, रुकावट; evaluative.yaml,
// session 29) is criticism of its owner, and the praised word before
// "के रास्ते/की राह" is what is blocked, not praise. A praised label
// with no obstacle, and an obstacle removed in someone's words, stay.
func TestPrecision29ObstacleLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a fee called a wall in talent's way", "सत्या नडेला और सुंदर पिचाई ने डोनाल्ड ट्रंप की इस फीस को प्रतिभा के रास्ते की दीवार बताया।",
			[]string{"satya-nadella>donald-trump:h", "sundar-pichai>donald-trump:h"}},
		{"a policy called the biggest obstacle to growth", "राहुल गांधी ने नरेंद्र मोदी की नीति को विकास के रास्ते की सबसे बड़ी बाधा करार दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a decision called a stone in innovation's path", "सुंदर पिचाई ने डोनाल्ड ट्रंप के फैसले को नवाचार की राह में रोड़ा बताया।",
			[]string{"sundar-pichai>donald-trump:h"}},
		{"a tariff called trade's hurdle", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप के टैरिफ को व्यापार की सबसे बड़ी रुकावट बताया।",
			[]string{"mark-zuckerberg>donald-trump:h"}},
		// Controls.
		{"a talent praised, no obstacle", "एलन मस्क ने सैम ऑल्टमैन को प्रतिभा का धनी बताया।",
			[]string{"elon-musk>sam-altman:s"}},
		{"a freedom's warrior", "नाइजल फराज ने एलन मस्क को अभिव्यक्ति की आजादी का योद्धा बताया।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"a danger to democracy", "कमला हैरिस ने डोनाल्ड ट्रंप की योजना को लोकतंत्र के लिए खतरा बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPrecision29WeakDenial: facts, figures, news or a report said to be
// only wrong or not right are denied, no stance (SCHEMA ruling: "गलत,
// सही नहीं" are weak words; words.yaml said_claims gains तथ्य, आंकड़ा,
// जानकारी, खबर, रिपोर्ट; claim_right with claimNotRight29). A strong word
// said of them, a person called right, and a person said to be no right
// leader stay.
func TestPrecision29WeakDenial(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"some facts wrong, headline", "एक्सियोस की रिपोर्ट पर ओपनएआई ने कहा- 'कुछ तथ्य गलत' || ", nil},
		{"the figure is not right", "गूगल के दावे पर माइक्रोसॉफ्ट ने कहा कि यह आंकड़ा सही नहीं है।", nil},
		{"the information is wrong", "मेटा के दावे पर गूगल ने कहा कि यह जानकारी गलत है।", nil},
		{"the figures are misleading", "रिलायंस के दावे पर गौतम अडानी ने कहा कि उसके आंकड़े भ्रामक हैं।", nil},
		// Controls.
		{"the claim is not right (none before too)", "सैम ऑल्टमैन ने कहा कि एलन मस्क का दावा सही नहीं है।", nil},
		{"the news is fake", "एलन मस्क ने कहा कि एक्सियोस की खबर फर्जी है।",
			[]string{"elon-musk>axios:h"}},
		{"a person called right", "सैम ऑल्टमैन ने कहा कि एलन मस्क सही हैं।",
			[]string{"sam-altman>elon-musk:s"}},
		{"no right leader", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस सही नेता नहीं हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a person not right stays judged", "डोनाल्ड ट्रंप ने कहा कि मार्क जुकरबर्ग सही नहीं हैं।",
			[]string{"donald-trump>mark-zuckerberg:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPrecision29HarmThanks: thanks or congratulations for a harm done
// ("जेब हल्की करने के लिए धन्यवाद") are a jibe, mockery (harmThanks29,
// thanks29.go; words.yaml harm_words). Thanks for help, and for a bad
// state undone ("महंगाई कम करने के लिए"), stay thanks.
func TestPrecision29HarmThanks(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"thanks for a lighter pocket", "राहुल गांधी ने एक्स पर लिखा, \"जनता की जेब हल्की करने के लिए धन्यवाद, नरेंद्र मोदी जी।\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"thanks for lentils gone", "राहुल गांधी ने कहा, \"थाली से दाल गायब करने के लिए धन्यवाद नरेंद्र मोदी जी।\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"thanks for sinking the country", "कमला हैरिस ने कहा, 'देश को कर्ज में डुबोने के लिए शुक्रिया, डोनाल्ड ट्रंप।'",
			[]string{"kamala-harris>donald-trump:h"}},
		{"thanks for a ruined economy", "राहुल गांधी ने लिखा, 'देश की अर्थव्यवस्था बर्बाद करने के लिए शुक्रिया, नरेंद्र मोदी जी।'",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"thanks for help", "डोनाल्ड ट्रंप ने कहा, 'चुनाव में साथ देने के लिए शुक्रिया, एलन मस्क।'",
			[]string{"donald-trump>elon-musk:s"}},
		{"thanks for inflation brought down", "एलन मस्क ने कहा, 'महंगाई कम करने के लिए धन्यवाद, डोनाल्ड ट्रंप।'",
			[]string{"elon-musk>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
