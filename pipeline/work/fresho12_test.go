package work

import (
	"testing"
	"time"
)

// TestSession12FreshO: constructions from the study of the misses on the
// file written blind for session 12 (dev-outlets-o). Sentences are our
// own. "head || body" splits a headline from its body.
func TestSession12FreshO(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// coordPartners: one agent, several partners coordinated under
		// one के साथ/से: the agent with each partner.
		{"X ने A और B के साथ साझेदारी की", "रिलायंस ने गूगल और मेटा के साथ अलग-अलग साझेदारी की है।",
			[]string{"google>reliance:s", "meta>reliance:s", "reliance>google:s", "reliance>meta:s"}},
		{"X ने A और B से समझौता किया (से)", "सॉफ्टबैंक ने ओपनएआई और ओरेकल से नया समझौता किया।",
			[]string{"openai>softbank:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"headline: X का A और B के साथ करार", "माइक्रोसॉफ्ट ने किया ओपनएआई और एक्सएआई के साथ करार || ",
			[]string{"microsoft>openai:s", "microsoft>xai:s", "openai>microsoft:s", "xai>microsoft:s"}},
		{"a break with two partners runs from the breaker only", "एलन मस्क ने गूगल और मेटा के साथ करार तोड़ दिया।",
			[]string{"elon-musk>google:h", "elon-musk>meta:h"}},
		{"a person announcing is the party", "मुकेश अंबानी ने गूगल और मेटा के साथ साझेदारी का ऐलान किया।",
			[]string{"google>mukesh-ambani:s", "meta>mukesh-ambani:s", "mukesh-ambani>google:s", "mukesh-ambani>meta:s"}},
		{"talks with two partners are no tie", "रिलायंस की गूगल और मेटा के साथ साझेदारी पर बातचीत चल रही है।", nil},
		{"a verbless headline conjunct after a comma lists deals", "अंबानी ने किया जियो का ऐलान, गूगल और मेटा से नए करार || ", nil},
		// topicGap: a topic phrase between the genitive and the noun it
		// owns; the noun judged is the owner's.
		{"Y का Z को लेकर नजरिया प्रेरक है (in X's words)", "सत्या नडेला ने कहा, 'नरेंद्र मोदी का तकनीक को लेकर नजरिया सचमुच प्रेरक है।'",
			[]string{"satya-nadella>narendra-modi:s"}},
		{"feminine noun, intensifier and a second adjective", "सैम ऑल्टमैन ने कहा कि नरेंद्र मोदी की शिक्षा को लेकर सोच बेहद साफ और प्रेरक है।",
			[]string{"sam-altman>narendra-modi:s"}},
		{"के प्रति, hostile", "राहुल गांधी ने कहा कि नरेंद्र मोदी का किसानों के प्रति रवैया शर्मनाक है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"के बारे में, then the noun's own genitive and an act", "नाइजल फराज ने डोनाल्ड ट्रंप की यूक्रेन के बारे में नीति की आलोचना की।",
			[]string{"nigel-farage>donald-trump:h"}},
		{"a participle after the topic qualifies another noun", "रीड हॉफमैन ने कहा कि कमला हैरिस की नीतियों को लेकर फैलाई जा रही बातें बेबुनियाद हैं।", nil},
		{"a dispute noun after the topic is no possessed noun", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के बयान को लेकर विवाद बेवजह है।", nil},
		// labelSlack12: quote marks and a वाला head take no slot between
		// the word of a calling label and its verb.
		{"Y को 'A B वाला नेता' बताया", "कमला हैरिस ने डोनाल्ड ट्रंप को 'खतरनाक सोच वाला नेता' बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"Y को 'A B वाली नेता' लिखा (feminine, लिखा)", "डोनाल्ड ट्रंप ने अपनी किताब में कमला हैरिस को 'कमजोर इरादों वाली नेता' लिखा है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a label of an untracked thing names no one", "ट्रंप की रैली के बाद हैरिस ने 'खतरनाक सोच वाली' एक किताब को बेकार बताया।", nil},
		// quotedPredicate12: a quote after कि and a bare subject that
		// ends with the clause's verb is the clause's predicate.
		{"कि Y 'long quoted predicate'", "राहुल गांधी ने कहा कि नरेंद्र मोदी 'देश के किसानों को हर दिन बार-बार गुमराह कर रहे हैं'।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"कि Y 'long quoted predicate' और …", "एलन मस्क ने लिखा कि गूगल 'कई सालों से अपने उपयोगकर्ताओं को लगातार धोखा दे रही थी' और अब सच सामने आया।",
			[]string{"elon-musk>google:h"}},
		{"a long quoted predicate with no judgement", "एलन मस्क ने कहा कि गूगल 'अगले साल अपना नया फोन कई देशों के बाजार में उतार रही है'।", nil},
		// gap_words दोनों/तीनों/सभी: a floating quantifier after a
		// coordinated object stands between an entry's words.
		{"A और B दोनों तोड़े (quantifier inside a frame)", "राहुल गांधी ने कहा कि गौतम अडानी ने देश और विदेश के नियम दोनों तोड़े हैं, फिर भी कार्रवाई नहीं हुई।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"a quantifier with a negated frame stays negated", "राहुल गांधी ने कहा कि गौतम अडानी ने देश और विदेश के नियम दोनों नहीं तोड़े।", nil},
		// lastingTie12: a tie said to last always is the tie now.
		{"वह और Y हमेशा दोस्त रहेंगे (in X's words)", "नरेंद्र मोदी ने कहा कि वह और डोनाल्ड ट्रंप हमेशा अच्छे दोस्त रहेंगे।",
			[]string{"narendra-modi>donald-trump:s"}},
		{"मैं सदा Y का दोस्त रहूंगा (quote)", "एलन मस्क ने कहा, 'मैं सदा डोनाल्ड ट्रंप का दोस्त रहूंगा।'",
			[]string{"elon-musk>donald-trump:s"}},
		{"a tie to be made later stays a plan", "नरेंद्र मोदी ने कहा कि वह और डोनाल्ड ट्रंप जल्द दोस्त बनेंगे।", nil},
		{"staying friends with no 'always' stays future", "नरेंद्र मोदी ने कहा कि वह और डोनाल्ड ट्रंप दोस्त रहेंगे।", nil},
		// quoteClosedBefore12: "X बोले- 'Q', Y ने …": after X's whole
		// quoted words, a name with ने is a new subject.
		{"headline: X बोले- 'Q', Y ने …", "हैरिस बोलीं- 'ट्रंप झूठे हैं', मस्क ने दिया साथ का भरोसा || ",
			[]string{"kamala-harris>donald-trump:h"}},
		{"headline: the second subject's own act keeps its target", "ट्रंप बोले- 'हैरिस कमजोर हैं', रीड हॉफमैन ने की हैरिस की तारीफ || ",
			[]string{"donald-trump>kamala-harris:h", "reid-hoffman>kamala-harris:s"}},
		// versusSameSide12: names coordinated on one side of बनाम are
		// no rivals.
		{"headline: X और Y बनाम Z: …", "टेस्ला और एक्सएआई बनाम एक पूर्व कर्मचारी: अदालत में मुकदमे की सुनवाई || ", nil},
		// A case told only as between the two carries neither side's
		// act (SCHEMA's session-26 ruling, rule 7; session 27).
		{"X बनाम Y: अदालत over a schedule only", "एक्स बनाम ओपनएआई: अदालत में मुकदमे की सुनवाई शुरू || दोनों के बीच मुकदमे की सुनवाई सोमवार को शुरू हुई।", nil},
		// commaObjectBetween12: a flipper after a comma and a new object
		// does not end the frame before the comma.
		{"headline: Y की सराहना, Z खत्म करने को कहा '…'", "फराज ने की ट्रंप की सराहना, पुराना नियम खत्म करने को कहा 'सही कदम' || ",
			[]string{"nigel-farage>donald-trump:s"}},
		{"a relative clause between the frame and its flipper", "एलन मस्क ने डोनाल्ड ट्रंप से दोस्ती, जो बरसों पुरानी थी, खत्म कर दी।",
			[]string{"elon-musk>donald-trump:h"}},
		// skipFiled12 / की ओर से: a suit named as a noun with its
		// participle of filing before the owner is the owner's suit.
		{"Y पर दायर X के मुकदमे की सुनवाई", "गूगल पर दायर एलन मस्क के मुकदमे की सुनवाई आज से शुरू होगी।",
			[]string{"elon-musk>google:h"}},
		{"Y के खिलाफ चल रहे X के मुकदमे में", "मेटा के खिलाफ चल रहे एक्स कॉर्प के मुकदमे में नया मोड़ आया।",
			[]string{"x-corp>meta:h"}},
		{"X की ओर से Y के खिलाफ दायर मुकदमा", "डोनाल्ड ट्रंप की ओर से मेटा के खिलाफ दायर मुकदमा अब खत्म हो गया है।",
			[]string{"donald-trump>meta:h"}},
		{"a suit with no defendant named stays no stance", "एलन मस्क की ओर से दायर मुकदमे की सुनवाई शुरू हुई।", nil},
		// infinitiveOwner12: "X की ओर से / X द्वारा … करने के फैसले":
		// the decision is X's, X is no second agent.
		{"Y ने X की ओर से … खत्म करने के फैसले का स्वागत किया", "नाइजल फराज ने एक्स की ओर से पुरानी नीति खत्म करने के फैसले का स्वागत किया।",
			[]string{"nigel-farage>x-corp:s"}},
		{"X द्वारा … रोकने के निर्णय की आलोचना", "कमला हैरिस ने मेटा द्वारा विज्ञापन रोकने के निर्णय की आलोचना की।",
			[]string{"kamala-harris>meta:h"}},
		{"X की ओर से with a speaker after stays X's agent", "मेटा की ओर से एक वकील ने कहा कि ओपनएआई ने झूठ बोला।",
			[]string{"meta>openai:h"}},
		// byWhomSe12: who is to do the probe, between the genitive and
		// the act.
		{"Y के N की समिति से जांच कराने की मांग", "कमला हैरिस ने एलन मस्क के ठेकों की एक स्वतंत्र आयोग से जांच कराने की मांग की।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"Y की एजेंसी से जांच की मांग", "राहुल गांधी ने अडानी समूह की एजेंसियों से जांच की मांग की।",
			[]string{"rahul-gandhi>adani-group:h"}},
		{"a meeting with Y's chief is no probe", "राहुल गांधी ने अडानी समूह के एक अधिकारी से मुलाकात की।", nil},
		// pointsBack: a quote mark around the label of a charge pointed
		// back at.
		{"यह आरोप 'पूरी तरह मनगढ़ंत' हैं: the charge's author", "कमला हैरिस ने मेटा पर चुनाव में दखल का आरोप लगाया। मेटा के प्रवक्ता ने कहा कि यह आरोप 'पूरी तरह मनगढ़ंत' हैं।",
			[]string{"kamala-harris>meta:h", "meta>kamala-harris:h"}},
		{"a charge quoted as baseless only is rejected, no stance", "कमला हैरिस ने मेटा पर चुनाव में दखल का आरोप लगाया। मेटा के प्रवक्ता ने कहा कि यह आरोप 'बेबुनियाद' हैं।",
			[]string{"kamala-harris>meta:h"}},
		// neitherBefore12 / lackOnly12: "Y के पास न तो A है और न ही B".
		{"Y के पास न तो अनुभव है और न ही समझ", "नाइजल फराज ने कहा कि कमला हैरिस के पास न तो अनुभव है और न ही समझ।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"Y में न हिम्मत है न ईमानदारी", "राहुल गांधी ने कहा कि नरेंद्र मोदी में न हिम्मत है न ईमानदारी।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Y के पास कोई जनादेश नहीं", "कमला हैरिस ने कहा कि एलन मस्क के पास कोई जनादेश नहीं है।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"having information is a fact, no praise", "कमला हैरिस ने कहा कि एलन मस्क के पास इस मामले की पूरी जानकारी है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
