package work

import (
	"testing"
	"time"
)

// TestSession26ConjunctDoer: in someone's words, "… और यह <judgement>"
// (or "इसकी मिसाल") judges the doer of the conjunct before: a tracked
// agent, bare subject or owner of a ने-doer (conjunctDoer26, eval26.go).
// Every row fails without the rule.
func TestSession26ConjunctDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"owner of a ने-doer, यह", "गौतम अडानी ने कहा कि नरेंद्र मोदी की गति शक्ति योजना ने बंदरगाहों का पूरा ढांचा बदल दिया है और यह पूरे देश के लिए मिसाल है।",
			[]string{"gautam-adani>narendra-modi:s"}},
		{"bare subject, यह", "सुंदर पिचाई ने कहा कि रिलायंस तेजी से आगे बढ़ रही है और यह शानदार है।",
			[]string{"sundar-pichai>reliance:s"}},
		{"ने-agent, hostile", "राहुल गांधी ने कहा कि गौतम अडानी ने सरकारी बंदरगाह कौड़ियों के दाम खरीद लिए हैं और यह शर्मनाक है।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"इसकी before the word", "मुकेश अंबानी ने कहा कि नरेंद्र मोदी की डिजिटल नीति ने छोटे कस्बों तक बैंकिंग पहुंचाई है और इसकी मिसाल अब अफ्रीका के देश देते हैं।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26ConjunctDoerControls: a को-object of the conjunct before
// is no doer, and यह after a comma (no और) is left alone.
func TestSession26ConjunctDoerControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"an object, not a doer", "सुंदर पिचाई ने कहा कि सरकार ने रिलायंस को नया लाइसेंस दिया है और यह अच्छा फैसला है।", nil},
		{"a comma, no और", "सुंदर पिचाई ने कहा कि रिलायंस तेजी से आगे बढ़ रही है, यह शानदार है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26BetterThan: "Y से बेहतर <praise word>" with a negator or
// a word of difficulty after it praises Y, the negation being the
// comparison's (betterThan26). Every row fails without the rule.
func TestSession26BetterThan(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"negator after a dative", "लैरी एलिसन बोले- ओपनएआई से बड़ा साझेदार ओरेकल को अब तक नहीं मिला।",
			[]string{"larry-ellison>openai:s"}},
		{"a word of difficulty", "मुकेश अंबानी ने कहा कि गूगल से बेहतर साझेदार ढूंढना नामुमकिन है।",
			[]string{"mukesh-ambani>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26BetterThanControls: a better one sought or possible is no
// praise; a plain negated praise stays an attack.
func TestSession26BetterThanControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a better one sought", "मुकेश अंबानी ने कहा कि उन्हें गूगल से बेहतर साझेदार की तलाश है।", nil},
		{"a better one possible", "सत्या नडेला ने कहा कि ओपनएआई से बेहतर साझेदार भी मिल सकता है।", nil},
		{"negated praise, no comparison", "सत्या नडेला ने कहा कि ओपनएआई अच्छे साझेदार नहीं हैं।",
			[]string{"satya-nadella>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26Perceived: praise of seeing or hearing Y ("Y को सुनना
// शानदार") praises Y (perceivedJudged26). Every row fails without the
// rule.
func TestSession26Perceived(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"hearing, a participle before the name", "सत्या नडेला ने कहा कि मंच पर बोलते सैम ऑल्टमैन को सुनना शानदार अनुभव था।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"hearing, in quotes", "मार्क जुकरबर्ग ने कहा, 'पहली बार एलन मस्क को सुनना प्रेरणादायक था।'",
			[]string{"mark-zuckerberg>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26PerceivedControls: a participle between the name and the
// verb judges what Y does; a hostile word is left alone.
func TestSession26PerceivedControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a participle after the name", "सत्या नडेला ने कहा कि सैम ऑल्टमैन को हारते देखना शानदार अनुभव था।", nil},
		{"a hostile word", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप को देखना खतरनाक अनुभव है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26UntrackedConjunct: a tracked name coordinated with an
// untracked one before the group's ने is an agent (untrackedConjunct26,
// coord26.go). Every row fails without the rule.
func TestSession26UntrackedConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"ने, a spokesman after और", "भाजपा नेता नरेंद्र मोदी और पार्टी प्रवक्ता संबित पात्रा ने राहुल गांधी पर देश को गुमराह करने का आरोप लगाया।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"ने, a role of several words", "मार्क जुकरबर्ग और मुख्य परिचालन अधिकारी शेरिल सैंडबर्ग ने डोनाल्ड ट्रंप की नीतियों की आलोचना की।",
			[]string{"mark-zuckerberg>donald-trump:h"}},
		{"ने after दोनों", "डोनाल्ड ट्रंप और उपराष्ट्रपति जेडी वेंस, दोनों ने कमला हैरिस को कमजोर उम्मीदवार बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26UntrackedConjunctControls: a name that ends its own
// clause before और, a conjunct with another marker (के बीच) and a
// coordinated को-object (read already) stay as they were.
func TestSession26UntrackedConjunctControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a clause of its own", "नरेंद्र मोदी मंच पर आए और भीड़ ने राहुल गांधी के खिलाफ नारे लगाए।", nil},
		{"another marker", "डोनाल्ड ट्रंप और रिपब्लिकन सांसदों के बीच कमला हैरिस को लेकर तीखी बहस हुई।", nil},
		{"a को-object", "रीड हॉफमैन ने कमला हैरिस और गवर्नर टिम वॉल्ज को ईमानदार नेता बताया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26TitleCarry: a headline's verbless frame noun after a
// comma is done by the person the part before is about, or by the
// speaker of its words (titleCarry26, title26.go). Every row fails
// without the rule.
func TestSession26TitleCarry(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a bare subject before", "दिल्ली पहुंचे मुकेश अंबानी, गूगल के नए एआई केंद्र की सराहना || ",
			[]string{"mukesh-ambani>google:s"}},
		{"a speaker's words before", "सम्मेलन में नडेला: एआई पर बड़े निवेश का ऐलान, ऑल्टमैन का आभार || ",
			[]string{"satya-nadella>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26TitleCarryControls: a company the part before describes,
// two people, and a semicolon instead of a comma carry no one.
func TestSession26TitleCarryControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a company described", "माइक्रोसॉफ्ट फिर सबसे बड़ी कंपनी, सत्या नडेला की रणनीति की सराहना || ", nil},
		{"two people", "मुकेश अंबानी और गौतम अडानी दिल्ली पहुंचे, नरेंद्र मोदी की सराहना || ", nil},
		{"a semicolon", "बोर्ड बैठक में पहुंचे एलन मस्क; ओपनएआई की आलोचना || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26CalledLabel: a long label the clause cutter made quoted
// words of their own still calls the calling clause's को-object
// (calledLabel26). Every row fails without the rule.
func TestSession26CalledLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"hostile label", "राहुल गांधी ने नरेंद्र मोदी को बताया 'जिद्दी और जनता की बात न सुनने वाला नेता'।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"supportive label", "नरेंद्र मोदी ने मुकेश अंबानी को बताया 'मेहनती और देश के लिए सोचने वाला उद्यमी'।",
			[]string{"narendra-modi>mukesh-ambani:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26CalledLabelControls: quoted words after a speech verb
// with no one called give nothing; a short label kept in its clause is
// read as before.
func TestSession26CalledLabelControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no one called", "एलन मस्क ने कहा 'झूठे लोग हर जगह हैं', सैम ऑल्टमैन चुप रहे || ", nil},
		{"a short label", "मार्क जुकरबर्ग ने एलन मस्क को बताया 'मेहनती और दूरदर्शी इंजीनियर'।",
			[]string{"mark-zuckerberg>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26ClaimOwner: a lie or a plot said of "यह" opening
// someone's words attacks the owner of the claim or report the sentence
// named before them (claimOwnerBefore26). Every row fails without the
// rule.
func TestSession26ClaimOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a report called a made-up story", "एक्सियोस की रिपोर्ट 'बकवास': मस्क बोले- यह मनगढ़ंत कहानी || ",
			[]string{"elon-musk>axios:h"}},
		{"claims called a plot", "मस्क के दावों पर ओपनएआई: 'यह सब बेबुनियाद साजिश' || ",
			[]string{"openai>elon-musk:h"}},
		{"charges called lies, ये", "ऑल्टमैन के आरोपों पर मस्क: 'ये सब झूठ है' || ",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26ClaimOwnerControls: claims called only wrong are denied,
// no stance (SCHEMA); a rally is no claim.
func TestSession26ClaimOwnerControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"called only wrong", "मस्क के दावों पर ओपनएआई: 'यह सब गलत है' || ", nil},
		{"no claim named", "ट्रंप की रैली में मस्क बोले- यह सब मनगढ़ंत बातें || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26LabelSpeaker: a headline opening with a label before a
// colon, "X का भाषण:", "X का भरोसा बरकरार:", names X as the speaker of
// the words after it (labelSpeaker26, title26.go). Every row fails
// without the rule.
func TestSession26LabelSpeaker(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a speech", "चुनावी सभा में राहुल गांधी का भाषण: 'अडानी' पर निशाना, महंगाई पर सवाल || ",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"a frame noun with a state word", "सुंदर पिचाई का भरोसा बरकरार: 'मुकेश अंबानी के साथ हैं' || ",
			[]string{"sundar-pichai>mukesh-ambani:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26LabelSpeakerControls: a person of X's, a label that is
// not the headline's first part, and a topic label name no speaker.
func TestSession26LabelSpeakerControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a person of X's", "एलन मस्क के पूर्व सहयोगी: 'ओपनएआई लालची है' || ", nil},
		{"not the first part", "मस्क का पैसा, ट्रंप का प्रचार: 'लोकतंत्र खरीदने की कोशिश' || ", nil},
		{"a topic", "गूगल का नया एआई हब: 'भारत के लिए ऐतिहासिक दिन' || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
