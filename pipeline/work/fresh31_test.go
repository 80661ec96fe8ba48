package work

import (
	"testing"
	"time"
)

// Session 31 (FRESH): our own sentences for the errors of dev-outlets-bb
// and dev-contrast-da, written in the same shapes with other names and
// other words. The first rows of each test fail without the change named;
// the controls must stay as they are.

// TestFresh31Wording: wordings added to the lexicon (not in one's right
// mind, labels in the calling construction, a charge called deliberately
// misleading, code-mixed "irresponsible", pushed into chaos, support no
// longer given, one's own side put forward), with controls.
func TestFresh31Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// दिमाग/होश ठिकाने पर नहीं (frames.yaml).
		{"not in his right mind, quote first", "\"इस आदमी का दिमाग ठिकाने पर नहीं है,\" कमला हैरिस ने डोनाल्ड ट्रंप के बारे में कहा।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"not in his right mind, that-clause", "सैम ऑल्टमैन ने कहा कि एलन मस्क का दिमाग अब ठिकाने पर नहीं है।",
			[]string{"sam-altman>elon-musk:h"}},
		{"senses not in place", "राहुल गांधी बोले, \"सत्ता के नशे में नरेंद्र मोदी के होश ठिकाने पर नहीं हैं।\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Labels in the calling construction (evaluative.yaml).
		{"bankrupting the country", "राहुल गांधी ने नरेंद्र मोदी के नए कानून को देश को कंगाल करने वाला करार दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"bankrupting, quoted", "नाइजल फराज ने कमला हैरिस की खर्च योजना को 'अमेरिका को दिवालिया करने वाली' बताया।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"built on copying", "एलन मस्क ने ओपनएआई के नए मॉडल को 'नकल पर टिका' बताया।",
			[]string{"elon-musk>openai:h"}},
		{"without any idea", "कमला हैरिस ने डोनाल्ड ट्रंप को बिना किसी विचार का नेता करार दिया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"without any thought, plural", "राहुल गांधी ने नरेंद्र मोदी के मंत्रियों को 'बिना किसी सोच के लोग' बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// A charge called deliberately misleading attacks its author.
		{"charges deliberately misleading", "ओपनएआई ने एलन मस्क के आरोपों को जानबूझकर गुमराह करने वाला बताया।",
			[]string{"openai>elon-musk:h"}},
		{"statement deliberately misleading", "मेटा ने डोनाल्ड ट्रंप के बयान को जानबूझकर गुमराह करने वाला करार दिया।",
			[]string{"meta>donald-trump:h"}},
		// Code-mixed "irresponsible".
		{"irresponsible, quote", "सत्या नडेला बोले, \"गूगल का यह कदम इर्रेस्पॉन्सिबल है।\"",
			[]string{"satya-nadella>google:h"}},
		{"irresponsible, calling", "कमला हैरिस ने एलन मस्क को इररिस्पॉन्सिबल बताया।",
			[]string{"kamala-harris>elon-musk:h"}},
		// Pushed into chaos (frames.yaml, the धकेल- list).
		{"pushed into chaos", "राहुल गांधी ने कहा कि नरेंद्र मोदी की नोटबंदी ने छोटे कारोबारियों को अराजकता में धकेल दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"pushed into instability", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के टैरिफ दुनिया को अस्थिरता में धकेल रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Support no longer given (frames.yaml + noLonger12's future).
		{"no longer gets his backing", "डोनाल्ड ट्रंप ने साफ कहा कि एलन मस्क को अब उनका साथ नहीं मिलेगा।",
			[]string{"donald-trump>elon-musk:h"}},
		{"no longer gets its support", "रीड हॉफमैन ने ऐलान किया कि कमला हैरिस को अब उनका समर्थन नहीं मिलेगा।",
			[]string{"reid-hoffman>kamala-harris:h"}},
		// One's own side put forward is no defence of the other.
		{"own side on Y's charge", "अडानी समूह ने राहुल गांधी के आरोपों पर अपना पक्ष रखा।", nil},
		{"own side, then a rebuttal", "गूगल ने एलन मस्क के दावे पर अपना पक्ष रखते हुए कहा कि उसके सभी मॉडल सुरक्षित हैं।", nil},

		// Controls.
		{"Y's side put forward stays defence", "मुकेश अंबानी ने बैठक में गौतम अडानी का पक्ष रखा।",
			[]string{"mukesh-ambani>gautam-adani:s"}},
		{"plain misleading on a charge: rebuttal", "ओपनएआई ने एलन मस्क के आरोपों को भ्रामक बताया।", nil},
		{"plain misleading on a person's ad stays hostile", "डोनाल्ड ट्रंप ने कमला हैरिस के विज्ञापन को गुमराह करने वाला बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"support not received, no अब: no stance", "एलन मस्क ने कहा कि नाइजल फराज को उनका साथ नहीं मिला।", nil},
		{"support will come: future, no stance", "रीड हॉफमैन ने कहा कि कमला हैरिस को उनका समर्थन मिलेगा।", nil},
		{"mind in place: no stance", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क का दिमाग ठिकाने पर है।", nil},
		{"second richest is not the epithet", "दुनिया के दूसरे सबसे अमीर व्यक्ति ने डोनाल्ड ट्रंप के प्रस्ताव को देश को दिवालिया करने वाला बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31RelList: a list with long items inside a relative clause
// after "X ने," (relListGoesOn31, clause31.go) does not end the relative
// at its second comma; the host's frame keeps its agent and its mood.
func TestFresh31RelList(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"four-word item before और", "डोनाल्ड ट्रंप ने, जो देर तक तेल, रोजगार, अपनी नई व्यापार नीतियों और कई देशों के बारे में बोलते रहे, एलन मस्क की जमकर आलोचना की।",
			[]string{"donald-trump>elon-musk:h"}},
		{"genitive item", "राहुल गांधी ने, जो रैली में महंगाई, बेरोजगारी, किसानों की बदहाली और महिलाओं की सुरक्षा पर बोले, नरेंद्र मोदी पर तीखा हमला किया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"list with a copula at the end", "सैम ऑल्टमैन ने, जिनके साथ मंच पर निवेशक, इंजीनियर, कई बड़े विश्वविद्यालयों के शोधकर्ता और पत्रकार मौजूद थे, एलन मस्क को झूठा बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		// Controls.
		{"negated far on: still negated", "डोनाल्ड ट्रंप ने, जो देर तक तेल, रोजगार, अपनी नई व्यापार नीतियों और कई देशों के बारे में बोलते रहे, एलन मस्क की आलोचना बिल्कुल नहीं की।", nil},
		{"one list comma, as before", "डोनाल्ड ट्रंप ने, जो बजट, सीमा और कर पर बोले, एलन मस्क की आलोचना की।",
			[]string{"donald-trump>elon-musk:h"}},
		{"relative with its verb closes at the comma", "सैम ऑल्टमैन, जो कल दिल्ली पहुंचे, एलन मस्क पर बरसे।",
			[]string{"sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31HeadlineJudged: in a headline "X बोले- <judgement>, Y ने …",
// the one judged is not Y, who does his own act in a clause of his own
// (elidedJudged, stance.go); a name under पर before the speaker still is.
func TestFresh31HeadlineJudged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"praise, then another's doubt", "नए बजट पर कमला हैरिस बोलीं- शानदार, डोनाल्ड ट्रंप ने बताया बेकार || बजट पेश हुआ।", nil},
		{"praise, then another's question", "नई योजना पर मुकेश अंबानी बोले- क्रांतिकारी, राहुल गांधी ने उठाए सवाल || योजना शुरू हुई।", nil},
		{"attack, then another's jibe", "नए ऐप पर सत्या नडेला बोले- बेकार, एलन मस्क ने कसा तंज || ऐप आया।", nil},
		// Controls.
		{"the judged one under पर, another joins", "एलन मस्क पर डोनाल्ड ट्रंप बोले- धोखेबाज, सैम ऑल्टमैन ने भी साधा निशाना || बहस हुई।",
			[]string{"donald-trump>elon-musk:h", "sam-altman>elon-musk:h"}},
		{"the one other name, no second act", "डोनाल्ड ट्रंप पर कमला हैरिस बोलीं- झूठे || बहस हुई।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31AlsoJudged: a headline's "X बोले- Z <judgement>, Y ने भी
// <act with no object>" puts Y's act on Z (alsoJudged31, also31.go).
func TestFresh31AlsoJudged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"praise too", "मुकेश अंबानी बोले- नरेंद्र मोदी दूरदर्शी नेता, गौतम अडानी ने भी की सराहना || समिट हुआ।",
			[]string{"mukesh-ambani>narendra-modi:s", "gautam-adani>narendra-modi:s"}},
		{"attack too", "कमला हैरिस बोलीं- डोनाल्ड ट्रंप झूठे, रीड हॉफमैन ने भी साधा निशाना || बहस हुई।",
			[]string{"kamala-harris>donald-trump:h", "reid-hoffman>donald-trump:h"}},
		{"criticism too", "सैम ऑल्टमैन बोले- एलन मस्क गैरजिम्मेदार, सत्या नडेला ने भी की आलोचना || बहस हुई।",
			[]string{"sam-altman>elon-musk:h", "satya-nadella>elon-musk:h"}},
		// Controls.
		{"no भी: not said to be the same act", "मुकेश अंबानी बोले- नरेंद्र मोदी दूरदर्शी नेता, गौतम अडानी ने की सराहना || समिट हुआ।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"own object kept", "कमला हैरिस बोलीं- डोनाल्ड ट्रंप झूठे, रीड हॉफमैन ने भी एलन मस्क पर साधा निशाना || बहस हुई।",
			[]string{"kamala-harris>donald-trump:h", "reid-hoffman>elon-musk:h"}},
		{"words judge no one tracked", "मुकेश अंबानी बोले- बजट शानदार, गौतम अडानी ने भी की सराहना || बजट आया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31WordsAreTags: a short sentence after a quote that says whose
// words they were with a genitive and a copula ("ये शब्द X के हैं", "यह
// बयान X का था") names the quote's speaker (speakerMention, clause.go).
func TestFresh31WordsAreTags(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"words are X's", "\"कमला हैरिस देश की सबसे कमजोर उम्मीदवार हैं।\" ये शब्द डोनाल्ड ट्रंप के हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"statement was X's", "\"सैम ऑल्टमैन भरोसे के लायक नहीं हैं।\" यह बयान एलन मस्क का था।",
			[]string{"elon-musk>sam-altman:h"}},
		{"words are X's, with a relative after", "\"नरेंद्र मोदी जैसा मेहनती नेता मैंने नहीं देखा।\" ये शब्द उद्योगपति मुकेश अंबानी के हैं, जो गुजरात में एक समिट में बोल रहे थे।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		// Controls.
		{"words of no stance", "\"डोनाल्ड ट्रंप के यहां आज कई पुराने दोस्तों से मिलना होगा।\" ये शब्द नाइजल फराज के हैं।", nil},
		{"no speech noun: not a tag", "\"ये कंपनियां भरोसेमंद साझेदार हैं।\" ये शेयर गौतम अडानी के हैं।", nil},
		{"the tag as before", "\"कमला हैरिस झूठी हैं।\" ये शब्द हैं डोनाल्ड ट्रंप के।",
			[]string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31JibeOnThing: a headline's nominal attack on a thing Y owns
// under पर ("Y के नए ऐप पर X की चुटकी") is on Y (jibeOnPlace31,
// jibe31.go: the app or platform is no venue; genDoer, stance.go: the
// genitive is the doer when a possessed पर-target stands there).
func TestFresh31JibeOnThing(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"jibe on Y's app", "गूगल के नए एआई ऐप पर सत्या नडेला की चुटकी || ऐप लॉन्च हुआ।",
			[]string{"satya-nadella>google:h"}},
		{"jibe on Y's search app", "मेटा के नए सर्च ऐप पर एलन मस्क की चुटकी || ऐप आया।",
			[]string{"elon-musk>meta:h"}},
		{"attack on Y's platform", "एक्स के प्लेटफॉर्म पर कमला हैरिस का तीखा हमला || बहस हुई।",
			[]string{"kamala-harris>x-corp:h"}},
		// Controls.
		{"a post on Y's app is a place", "मेटा के ऐप पर एलन मस्क की पोस्ट || कुछ नहीं।", nil},
		{"a platform alone is a place", "एक्स पर एलन मस्क का हमला || कुछ नहीं।", nil},
		{"the verbal form as before", "एलन मस्क ने मेटा के नए ऐप पर चुटकी ली।",
			[]string{"elon-musk>meta:h"}},
		{"the mocked one in the genitive of ली", "एलन मस्क ने मार्क जुकरबर्ग की चुटकी ली।",
			[]string{"elon-musk>mark-zuckerberg:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31TiedBody: a body tied to Y's thing ("Y के अभियान से जुड़ी
// समिति को") is Y's: the possessed chain goes on past "से जुड़ी" to the
// body's postposition (tiedBody31, tied31.go; one call in chunk.go).
func TestFresh31TiedBody(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"committee tied to Y's campaign", "रीड हॉफमैन ने कमला हैरिस के प्रचार से जुड़ी समिति को दस लाख डॉलर का चंदा भेजा।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"organisation tied to Y's campaign", "एलन मस्क ने डोनाल्ड ट्रंप के चुनाव अभियान से जुड़ी एक समिति को दान दिया।",
			[]string{"elon-musk>donald-trump:s"}},
		{"companies tied to Y's group", "राहुल गांधी ने गौतम अडानी के कारोबार से जुड़ी कंपनियों पर घोटाले का आरोप लगाया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		// Controls.
		{"questions tied to Y's business: a topic", "राहुल गांधी ने गौतम अडानी के कारोबार से जुड़े सवाल पूछे।", nil},
		{"people tied to Y's campaign met", "रीड हॉफमैन ने कमला हैरिस के अभियान से जुड़े लोगों से मुलाकात की।", nil},
		{"the campaign itself as before", "रीड हॉफमैन ने कमला हैरिस के अभियान को चंदा दिया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31Received: a gift or backing received in someone's words from
// no one named ("X ने कहा कि उसे समर्थकों से चंदा मिल रहा है") is no stance
// of the speaker (receivedNoGiver31, tied31.go): the speaker is not the
// giver, nor is the one named before the recipient pronoun the taker.
func TestFresh31Received(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"campaign gets record donations", "रीड हॉफमैन ने बड़ा चंदा दिया। कमला हैरिस ने कहा कि उन्हें आम समर्थकों से रिकॉर्ड चंदा मिल रहा है।", nil},
		{"company gets investment", "मासायोशी सन ने निवेश का ऐलान किया। ओपनएआई ने कहा कि उसे कई निवेशकों से भारी निवेश मिला है।", nil},
		{"party gets backing", "एलन मस्क ने नाइजल फराज से दूरी बनाई। डोनाल्ड ट्रंप ने कहा कि उन्हें जनता से भरपूर समर्थन मिल रहा है।",
			[]string{"elon-musk>nigel-farage:h"}},
		// Controls.
		{"backing from the speaker (genitive pronoun)", "एलन मस्क ने कहा कि नाइजल फराज को अब उनका समर्थन नहीं मिलेगा।",
			[]string{"elon-musk>nigel-farage:h"}},
		{"giving in the speaker's words", "रीड हॉफमैन ने कहा कि उन्होंने कमला हैरिस को चंदा दिया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"received from a tracked giver, in the words", "नाइजल फराज ने कहा कि उन्हें एलन मस्क का समर्थन मिला है।",
			[]string{"elon-musk>nigel-farage:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh31TaxAct: "कर" (tax) right before an act noun ("X के नए कर
// प्रस्ताव") does not cut the act from its owner (ownerGenitive,
// ground.go), so "इस प्रस्ताव" in the next sentence points back to X.
func TestFresh31TaxAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"this proposal, tax", "संसद में डोनाल्ड ट्रंप के नए कर प्रस्ताव पर बहस हुई। कमला हैरिस ने इस प्रस्ताव को अमीरों का तोहफा और बेकार बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"this policy, tax", "नरेंद्र मोदी की कर नीति पर चर्चा तेज है। राहुल गांधी ने इस नीति को जनविरोधी करार दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"this law, tax, with an epithet", "डोनाल्ड ट्रंप के कर कानून पर उद्योग बंटा है। दुनिया के सबसे अमीर व्यक्ति ने इस कानून को देश को कंगाल करने वाला बताया।",
			[]string{"elon-musk>donald-trump:h"}},
		// Controls.
		{"the second richest is someone else", "डोनाल्ड ट्रंप के कर कानून पर उद्योग बंटा है। दुनिया के दूसरे सबसे अमीर व्यक्ति ने इस कानून को बेकार बताया।", nil},
		{"कर as the verb: no owner", "डोनाल्ड ट्रंप के साथ काम कर प्रस्ताव बनाया गया। कमला हैरिस ने इस प्रस्ताव को बेकार बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
