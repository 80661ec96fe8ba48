package work

import (
	"testing"
	"time"
)

// Session 31 (FRESH2-H): our own sentences for the hostile errors read in
// dev-outlets-bc and dev-contrast-db. The first rows of each test fail
// without the change named; the controls must stay as they are.

// TestFresh2h31WeakBareClaim: a weak word called of a bare claim noun
// that points back to Y's words of the sentence before ("समूह ने बयान
// को तथ्यहीन बताया") is a denial, no stance (claimNounAt31).
func TestFresh2h31WeakBareClaim(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"statement called baseless and misleading", "रिलायंस ने निवेशकों से राहुल गांधी के ताजा बयान पर ध्यान न देने को कहा। समूह ने बयान को तथ्यहीन और भ्रामक बताया।", nil},
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

// TestFresh2h31Wording: wording the fresh files used that the lexicon did
// not have (evaluative.yaml, outcomes.yaml, frames.yaml, session 31).
func TestFresh2h31Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"border left open", "नरेंद्र मोदी ने कहा कि राहुल गांधी की सरकार ने सीमाओं को खुला छोड़ दिया था।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"border left open, plural", "एलन मस्क ने आरोप लगाया कि कमला हैरिस ने सरहदें खुली छोड़ दीं।",
			[]string{"elon-musk>kamala-harris:h"}},
		{"falling behind", "सत्या नडेला ने कहा कि एआई की दौड़ में मेटा पीछे छूट गई है।",
			[]string{"satya-nadella>meta:h"}},
		{"falling behind, continuous", "मार्क जुकरबर्ग ने कहा कि एक्सएआई पीछे छूटती जा रही है।",
			[]string{"mark-zuckerberg>xai:h"}},
		{"suit to weaken a rival", "गूगल ने कहा कि माइक्रोसॉफ्ट ने यह शिकायत अपने प्रतिस्पर्धी को कमजोर करने के लिए की है।",
			[]string{"google>microsoft:h"}},
		{"enjoys running the country down", "नरेंद्र मोदी ने कहा कि राहुल गांधी को देश की बुराई करने में आनंद आता है।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"childish talk", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस की दलीलें बच्चों जैसी हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a bill that sinks in debt", "कमला हैरिस ने डोनाल्ड ट्रंप की कर योजना को अमेरिका को कर्ज में डुबोने वाली बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls.
		{"a narrator's line gives nothing", "सीमा को खुला छोड़ने का फैसला कमला हैरिस के कार्यकाल में हुआ।", nil},
		{"falling behind, narrated", "बाजार पूंजी में मेटा पीछे छूट गई।", nil},
		{"border not left open", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस ने सीमा को खुला नहीं छोड़ा।", nil},
		{"helping a rival grow is not weakening", "सत्या नडेला ने कहा कि ओपनएआई ने यह समझौता अपने साझेदार को मजबूत करने के लिए किया है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31WithoutQualifier: a qualifier "बिना N वाली" between the
// owner's genitive and the noun mocked or judged leaves the owner the
// target (withoutQualifier31 in the possessed-noun walk).
func TestFresh2h31WithoutQualifier(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"fronted, driverless taxi", "टेस्ला की बिना ड्राइवर वाली टैक्सी पर सत्या नडेला ने तंज कसा।",
			[]string{"satya-nadella>tesla:h"}},
		{"driverless car mocked", "सुंदर पिचाई ने टेस्ला की बिना ड्राइवर वाली कार का मजाक उड़ाया।",
			[]string{"sundar-pichai>tesla:h"}},
		{"unsafe chatbot criticised", "सैम ऑल्टमैन ने एक्सएआई के बिना सुरक्षा जांच वाले चैटबॉट की आलोचना की।",
			[]string{"sam-altman>xai:h"}},
		// Controls.
		{"no qualifier", "सत्या नडेला ने टेस्ला की टैक्सी पर तंज कसा।",
			[]string{"satya-nadella>tesla:h"}},
		{"a name inside the qualifier is not skipped", "सत्या नडेला ने बिना गूगल वाली साझेदारी पर कुछ नहीं कहा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 1, 24, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31CorrelativeDeed: "… और उन्होंने जो किया वह बुरा था" — the
// agent before जो did the deed judged; he does not judge the outer
// speaker (correlativeDeed31).
func TestFresh2h31CorrelativeDeed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"lost his temper, what he did was bad", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क अपना आपा खो चुके हैं और उन्होंने जो किया वह बहुत बुरा था।",
			[]string{"donald-trump>elon-musk:h"}},
		{"naive, what he said is shameful", "नरेंद्र मोदी ने कहा कि राहुल गांधी नादान हैं और उन्होंने जो कहा वह शर्मनाक है।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"named agent, what he did is dangerous", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने जो किया वह खतरनाक है।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls.
		{"praise of the deed", "सत्या नडेला ने कहा कि सुंदर पिचाई शानदार हैं और उन्होंने जो किया वह काबिले तारीफ है।",
			[]string{"satya-nadella>sundar-pichai:s"}},
		{"what he said is a lie", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने जो कहा वह झूठ है।",
			[]string{"donald-trump>elon-musk:h"}},
		{"narrator's line", "एलन मस्क ने जो किया वह बहुत बुरा था।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31NamelessOwnBody: words said without naming Y that praise
// the speaker's own government ("उनकी सरकार", reported speech) are no
// stance (ownBodyPron31 in namelessNeutral15).
func TestFresh2h31NamelessOwnBody(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"development is his government's mark", "नरेंद्र मोदी ने नई सड़क का जिक्र किया और राहुल गांधी का नाम लिए बिना कहा कि विकास ही उनकी सरकार की पहचान है।", nil},
		{"jobs his administration's priority", "डोनाल्ड ट्रंप ने कमला हैरिस का नाम लिए बिना कहा कि रोजगार ही उनके प्रशासन की प्राथमिकता है।", nil},
		{"his government will work for all", "कमला हैरिस ने डोनाल्ड ट्रंप का नाम लिए बिना कहा कि उनकी सरकार सबके लिए काम करेगी।", nil},
		// Controls: a pointer or a hostile word still attacks.
		{"his politics rests on hate", "कमला हैरिस ने डोनाल्ड ट्रंप का नाम लिए बिना कहा कि उनकी राजनीति नफरत पर टिकी है।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"some people only give speeches", "राहुल गांधी ने नरेंद्र मोदी का नाम लिए बिना कहा कि कुछ लोग सिर्फ भाषण देते हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"their government runs for two people", "राहुल गांधी ने नरेंद्र मोदी का नाम लिए बिना कहा कि उनकी सरकार सिर्फ दो लोगों के लिए चलती है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 4, 21, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31CoordModifier: an act noun qualified by two words joined by
// और ("X के कर और खर्च विधेयक") keeps X its owner, so "इस विधेयक" later
// points at X's bill (coordModifier31 in ownerGenitive).
func TestFresh2h31CoordModifier(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"tax and spending bill", "संसद में डोनाल्ड ट्रंप के कर और खर्च विधेयक पर बहस जारी है। एलन मस्क ने इस विधेयक को 'घिनौना' बताया।",
			[]string{"elon-musk>donald-trump:h"}},
		{"trade and tariff policy", "नरेंद्र मोदी की व्यापार और शुल्क नीति पर संसद में चर्चा हुई। राहुल गांधी ने इस नीति को पूरी तरह नाकाम बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"with an adjective before", "कमला हैरिस के नए आव्रजन और सीमा प्रस्ताव पर बहस हुई। डोनाल्ड ट्रंप ने इस प्रस्ताव को बेकार बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
		// Controls.
		{"one word", "डोनाल्ड ट्रंप के खर्च विधेयक पर बहस जारी है। एलन मस्क ने इस विधेयक को 'घिनौना' बताया।",
			[]string{"elon-musk>donald-trump:h"}},
		{"a name in the conjunct owns nothing", "संसद में डोनाल्ड ट्रंप और एलन मस्क के बीच बहस हुई। कमला हैरिस ने इस बहस को बेकार बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31EspeciallyParen: a comma parenthesis narrowing the
// possessed noun (", खासकर टैरिफ को लेकर,") does not cut the owner from
// the predicate (especiallyParen31 in the genitive walk).
func TestFresh2h31EspeciallyParen(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"policies, especially on tariffs, harmful", "रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप की कई नीतियां, खासकर टैरिफ को लेकर, अर्थव्यवस्था के लिए नुकसानदेह साबित होंगी।",
			[]string{"reid-hoffman>donald-trump:h"}},
		{"decisions, especially on farmers, wrong-headed", "राहुल गांधी ने कहा कि नरेंद्र मोदी के फैसले, विशेषकर किसानों के मामले में, विनाशकारी रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"product, especially the new model, praised", "सत्या नडेला ने कहा कि ओपनएआई के मॉडल, खासकर नया वाला, शानदार हैं।",
			[]string{"satya-nadella>openai:s"}},
		// Controls.
		{"no parenthesis", "रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप की नीतियां नुकसानदेह हैं।",
			[]string{"reid-hoffman>donald-trump:h"}},
		{"a name inside the parenthesis stops it", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की नीतियां, खासकर एलन मस्क के सुझाव पर, चर्चा में हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2024, 11, 15, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31QuotedPredicate: a subject pronoun right before a quoted
// label and a copula ("और वह "नाकाम उपराष्ट्रपति" हैं") is kept as a
// chunk, the one the label is said of (quotedPredicate31).
func TestFresh2h31QuotedPredicate(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"failed vice president, quoted", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस के पास कहने को कुछ नहीं है और वह \"नाकाम उपराष्ट्रपति\" हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a one-word quoted label", "नरेंद्र मोदी ने कहा कि राहुल गांधी थक चुके हैं और वह \"नाकाम\" हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"named before the clause", "सैम ऑल्टमैन ने एलन मस्क पर बात की और कहा कि वह \"बेहद असुरक्षित\" हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		{"quoted praise", "डोनाल्ड ट्रंप ने नरेंद्र मोदी से मुलाकात की और कहा कि वह \"महान नेता\" हैं।",
			[]string{"donald-trump>narendra-modi:s"}},
		// Controls.
		{"the speaker himself", "डोनाल्ड ट्रंप ने कहा कि वह \"नाकाम उपराष्ट्रपति\" नहीं हैं।", nil},
		{"unquoted as before", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस थक चुकी हैं और वह नाकाम उपराष्ट्रपति हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 10, 30, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31ProxyAccording: "(X के) वकील के मुताबिक …" is the proxy's
// words, so X's (proxyAccording31, proxyOpens31 in accordingTo, and the
// bare proxy after X's lawyer was named, bareProxy12).
func TestFresh2h31ProxyAccording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"bare lawyer, next sentence", "एलन मस्क के वकील ने अदालत में दलील दी। वकील के मुताबिक सैम ऑल्टमैन ने सोच-समझकर भरोसा तोड़ा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"owned lawyer", "गूगल के वकील के मुताबिक माइक्रोसॉफ्ट ने अदालत को गुमराह किया।",
			[]string{"google>microsoft:h"}},
		{"bare spokesperson, अनुसार", "ओपनएआई के प्रवक्ता ने बयान जारी किया। प्रवक्ता के अनुसार एलन मस्क ने कंपनी को बदनाम करने की साजिश रची।",
			[]string{"openai>elon-musk:h"}},
		// Controls.
		{"an untracked body's spokesperson", "व्हाइट हाउस के एक प्रवक्ता के मुताबिक डोनाल्ड ट्रंप ने बैठक में मार्क जुकरबर्ग की तारीफ की।",
			[]string{"donald-trump>mark-zuckerberg:s"}},
		{"no lawyer named before", "वकील के मुताबिक सैम ऑल्टमैन ने भरोसा तोड़ा।", nil},
	}
	checkStanceCases(t, a, time.Date(2026, 3, 17, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31ReplyNamed: "X ने Y को जवाब में '…' कहा" — the reply is
// aimed at Y; the retort frame gives no stance towards the story's last
// attacker of X as well (replyNamed31).
func TestFresh2h31ReplyNamed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"board attacked, reply to the chief", "ओपनएआई के बोर्ड ने कहा कि एलन मस्क दिखावटी बोली के जरिए कंपनी के काम में बाधा डालना चाहते हैं। मस्क ने सैम ऑल्टमैन को जवाब में \"धोखेबाज\" कहा।",
			[]string{"openai>elon-musk:h", "elon-musk>sam-altman:h"}},
		{"company attacked, reply to a person", "मेटा ने कहा कि एलन मस्क झूठ फैला रहे हैं। मस्क ने मार्क जुकरबर्ग को जवाब में \"डरपोक\" कहा।",
			[]string{"meta>elon-musk:h", "elon-musk>mark-zuckerberg:h"}},
		// Controls: a reply with no one named answers the attacker.
		{"reply with no target named", "एलन मस्क ने ओपनएआई को धोखेबाज कहा। जवाब में ओपनएआई ने मस्क के पुराने ईमेल जारी किए।",
			[]string{"elon-musk>openai:h"}},
		{"reply named to the attacker", "एलन मस्क ने सैम ऑल्टमैन को धोखेबाज कहा। ऑल्टमैन ने मस्क को जवाब में \"झूठा\" कहा।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 2, 15, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2h31DebtAccomplice: the rich friends' debt waived with its
// amount between, and an accomplice in the misdeed just told
// (outcomes.yaml, session 31).
func TestFresh2h31DebtAccomplice(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"billionaires' debt with amount", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने उद्योगपतियों का लाखों करोड़ रुपये का कर्ज माफ कर दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"friends' debt with amount", "कमला हैरिस ने आरोप लगाया कि डोनाल्ड ट्रंप ने दोस्तों का हजारों करोड़ रुपये का कर्जा माफ किया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"accomplice", "राहुल गांधी ने कहा कि गौतम अडानी देश की संपत्ति हड़प रहे हैं और नरेंद्र मोदी इसमें उनके सबसे बड़े मददगार हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"singular उसकी is not in the entry (control)", "एलन मस्क ने कहा कि ओपनएआई जनता को ठग रही है और माइक्रोसॉफ्ट इसमें उसकी सबसे बड़ी हिस्सेदार है।",
			[]string{"elon-musk>openai:h"}},
		// Controls.
		{"farmers' debt waived: no charge", "राहुल गांधी ने कहा कि कांग्रेस ने किसानों का हजारों करोड़ रुपये का कर्ज माफ किया।", nil},
		{"a narrator's line", "सरकार ने उद्योगपतियों का लाखों करोड़ रुपये का कर्ज माफ किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2024, 12, 8, 0, 0, 0, 0, time.UTC), cases)
}
