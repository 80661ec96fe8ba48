package work

import (
	"fmt"
	"os"
	"testing"
)

// c12Rows: session 12's minimal pairs (our own sentences), one block per
// mechanism of contrast12.go; each positive has its minimal negative (a
// different verb, a plan, a negation, a noun of talk, money owed). Same
// row form as c11Rows (c11Got reads them).
var c12Rows = []c11Row{
	// ---- readTieAffirmed: a tie extended, sealed, put into force,
	// started, finalised — the noun under any postposition.
	{"tie", "दायरा बढ़ाया (का)", "मेटा ने रिलायंस के साथ क्लाउड करार का दायरा बढ़ाया।", "meta>reliance:s reliance>meta:s", false},
	{"tie", "दायरा बढ़ाया/contrast रकम", "मेटा ने रिलायंस के साथ क्लाउड करार की रकम बढ़ाई।", "", false},
	{"tie", "विस्तार (fem. noun, plural agent)", "गूगल और सॉफ्टबैंक ने अपनी साझेदारी का विस्तार किया है।", "google>softbank:s softbank>google:s", false},
	{"tie", "विस्तार/contrast talk", "गूगल और सॉफ्टबैंक ने अपनी साझेदारी के विस्तार पर बातचीत शुरू की है।", "", false},
	{"tie", "आगे बढ़ा दिया (को, time phrase)", "टेस्ला ने एक्सएआई के साथ बने संयुक्त उपक्रम को तीन साल के लिए आगे बढ़ा दिया।", "tesla>xai:s xai>tesla:s", false},
	{"tie", "आगे बढ़ाया/contrast negated", "टेस्ला ने एक्सएआई के साथ बने संयुक्त उपक्रम को आगे नहीं बढ़ाया।", "", false},
	{"tie", "आगे बढ़ाने के लिए (wanted: the speaker's affirmation only)", "नडेला ने कहा कि वह गूगल के साथ करार को आगे बढ़ाने के लिए उत्सुक हैं।", "satya-nadella>google:s", false},
	{"tie", "मुहर (पर, both agents, ऐलान)", "ओरेकल और एनवीडिया ने एक साझा बयान में अपने सौदे पर मुहर लगाने का ऐलान किया।", "", false},
	{"tie", "मुहर (पर, two tracked)", "ओरेकल और ओपनएआई ने अपने सौदे पर एक बार फिर मुहर लगा दी।", "openai>oracle:s oracle>openai:s", false},
	{"tie", "मुहर/contrast future", "ओरेकल और ओपनएआई अगले हफ्ते अपने सौदे पर मुहर लगाएंगे।", "", false},
	{"tie", "लागू (presupposed deal)", "गूगल ने मेटा के साथ हुआ विज्ञापन समझौता लागू कर दिया है।", "google>meta:s meta>google:s", false},
	{"tie", "लागू/contrast question", "क्या गूगल ने मेटा के साथ हुआ विज्ञापन समझौता लागू कर दिया है?", "", false},
	{"tie", "शुरुआत (की)", "एक्सियोस ने ओपनएआई के साथ कंटेंट पार्टनरशिप की शुरुआत की।", "axios>openai:s openai>axios:s", false},
	{"tie", "अंतिम रूप (को)", "रिलायंस और मेटा ने एआई उद्यम को अंतिम रूप दे दिया।", "meta>reliance:s reliance>meta:s", false},
	{"tie", "अंतिम रूप/contrast speculation", "अटकलें हैं कि रिलायंस और मेटा ने एआई उद्यम को अंतिम रूप दे दिया है।", "", false},
	{"tie", "पूर्णविराम (both close)", "माइक्रोसॉफ्ट और ओपनएआई ने अपनी पुरानी डील पर पूर्णविराम लगा दिया।", "microsoft>openai:h openai>microsoft:h", false},
	{"tie", "पूर्णविराम (one closes)", "ओरेकल ने सॉफ्टबैंक के साथ डेटा सेंटर सौदे पर पूर्णविराम लगा दिया।", "oracle>softbank:h", false},
	{"tie", "पूर्णविराम/contrast मुहर", "ओरेकल ने सॉफ्टबैंक के साथ डेटा सेंटर सौदे पर मुहर लगा दी।", "oracle>softbank:s softbank>oracle:s", false},

	// ---- readMoneyGiven: money given to Y, or its giving stopped.
	{"money", "मुहैया कराए (sum)", "सॉफ्टबैंक ने स्टारगेट को 10 अरब डॉलर मुहैया कराए।", "softbank>stargate:s", false},
	{"money", "मुहैया/contrast fine", "यूरोपीय आयोग ने गूगल को 10 अरब डॉलर का जुर्माना भरने को कहा।", "", false},
	{"money", "सहारा दिया (fem. agent)", "कमला हैरिस की टीम ने कहा कि रीड हॉफमैन ने उन्हें 50 लाख डॉलर का सहारा दिया।", "reid-hoffman>kamala-harris:s", true},
	{"money", "सहारा दिया (org)", "माइक्रोसॉफ्ट ने ओपनएआई को 10 अरब डॉलर का सहारा दिया।", "microsoft>openai:s", false},
	{"money", "सहारा/contrast price", "माइक्रोसॉफ्ट ने ओपनएआई को 10 अरब डॉलर की कीमत चुकाई।", "", false},
	{"money", "पैसा दिया (possessed को)", "गूगल ने एक्सियोस के नए पॉडकास्ट को पैसा दिया।", "google>axios:s", false},
	{"money", "पैसा देना शुरू (infinitive + start)", "मेटा ने एक्सियोस के स्थानीय संस्करण को पैसा देना शुरू कर दिया है।", "meta>axios:s", false},
	{"money", "पैसा देना बंद (stop)", "मेटा ने एक्सियोस के स्थानीय संस्करण को पैसा देना बंद कर दिया है।", "meta>axios:h", false},
	{"money", "किश्त रोकी (के लिए)", "एनवीडिया ने स्टारगेट के लिए अगली किश्त रोक दी।", "", false},
	{"money", "किश्त रोकी (tracked giver)", "ओरेकल ने स्टारगेट के लिए अगली किश्त रोक दी।", "oracle>stargate:h", false},
	{"money", "किश्त जारी की (के लिए)", "ओरेकल ने स्टारगेट के लिए अगली किश्त जारी कर दी।", "oracle>stargate:s", false},
	{"money", "किश्त/contrast future", "ओरेकल स्टारगेट के लिए अगली किश्त अगले महीने जारी करेगा।", "", false},
	{"money", "फंड किया (code-mixed)", "ओपनएआई ने एक्सियोस की एआई लैब को फंड किया।", "openai>axios:s", false},
	{"money", "फंड किया/contrast praised", "ओपनएआई ने एक्सियोस की एआई लैब के फंड की चर्चा की।", "", false},
	{"money", "किश्त डाली (में)", "सॉफ्टबैंक ने ओपनएआई में 10 अरब डॉलर की दूसरी किश्त डाल दी।", "softbank>openai:s", false},
	{"money", "लगाने के ऐलान पर (another's act)", "सॉफ्टबैंक के स्टारगेट में 10 अरब डॉलर लगाने के ऐलान पर एलन मस्क ने तंज कसा।", "elon-musk>softbank:h softbank>stargate:s", false},
	{"money", "purchase paid", "एक्सएआई ने एक्स के अधिग्रहण के लिए ट्विटर के शेयरधारकों को 44 अरब डॉलर दिए।", "", false},
	{"money", "paid in exchange", "गूगल ने रिलायंस को जियो के शेयरों के बदले 4 अरब डॉलर दिए।", "", false},
	{"money", "settlement paid", "मेटा ने मुकदमे में समझौते के तहत डोनाल्ड ट्रंप को ढाई करोड़ डॉलर दिए।", "", false},
	{"money", "रकम खर्च की (fem. light verb)", "एलन मस्क ने डोनाल्ड ट्रंप के प्रचार अभियान पर भारी रकम खर्च की।", "elon-musk>donald-trump:s", false},

	// ---- hearsay12 and outerMood12: talk, unconfirmed reports, a
	// trailing "ऐसा बताया जा रहा है"; a negated praise under them.
	{"hearsay", "चर्चा गर्म है कि", "शेयर बाजार में चर्चा गर्म है कि मेटा ने रिलायंस से नाता तोड़ लिया है।", "", false},
	{"hearsay", "चर्चा/contrast पुष्टि", "मेटा ने पुष्टि की कि उसने रिलायंस से नाता तोड़ लिया है।", "meta>reliance:h", false},
	{"hearsay", "चर्चा है कि (deal)", "उद्योग जगत में चर्चा है कि गूगल ने मेटा के साथ विज्ञापन करार किया है।", "", false},
	{"hearsay", "चर्चा की (a discussion, not talk)", "मस्क ने ट्रंप के साथ बैठक में चर्चा की और ऑल्टमैन की आलोचना की।", "elon-musk>sam-altman:h", false},
	{"hearsay", "trailing ऐसा माना जा रहा है", "गूगल और मेटा के रिश्तों में दरार आ गई है, ऐसा माना जा रहा है।", "", false},
	{"hearsay", "trailing/contrast", "गूगल और मेटा के रिश्तों में दरार आ गई है।", "google>meta:h meta>google:h", false},
	{"hearsay", "अपुष्ट रिपोर्टों के अनुसार", "अपुष्ट रिपोर्टों के अनुसार नडेला ने ऑल्टमैन की तारीफ की।", "", false},
	{"hearsay", "अपुष्ट/contrast ताजा", "ताजा रिपोर्टों के अनुसार नडेला ने ऑल्टमैन की तारीफ की।", "satya-nadella>sam-altman:s", false},
	{"hearsay", "negated praise under अटकलें", "अटकलें हैं कि मस्क ने ऑल्टमैन को 'ईमानदार नहीं' बताया।", "", false},
	{"hearsay", "negated praise asserted", "मस्क ने ऑल्टमैन को 'ईमानदार नहीं' बताया।", "elon-musk>sam-altman:h", false},

	// ---- whose words a quote is: a quote in single marks put first
	// (markSingleQuotes12), a dash after a quote opening its tag
	// (dashTag12), a tag that points back ("यह बात कही").
	{"quote", "single marks + '— X का यह बयान'", "'माइक्रोसॉफ्ट हमारा सबसे अहम साझेदार है' — ओपनएआई का यह बयान बुधवार को आया।", "openai>microsoft:s", false},
	{"quote", "single marks/contrast untracked", "'माइक्रोसॉफ्ट हमारा सबसे अहम साझेदार है' — एक विश्लेषक का यह बयान बुधवार को आया।", "", false},
	{"quote", "single marks + '— X ने लिखा'", "'ऑल्टमैन पर भरोसा नहीं किया जा सकता' — मस्क ने एक्स पर लिखा।", "elon-musk>sam-altman:h", false},
	{"quote", "dash tag + के बारे में", "“यह आदमी पूरी तरह झूठा है” — मस्क ने ऑल्टमैन के बारे में कहा।", "elon-musk>sam-altman:h", false},
	{"quote", "dash tag/contrast untracked", "“यह आदमी पूरी तरह झूठा है” — एक निवेशक ने ऑल्टमैन के बारे में कहा।", "", false},
	{"quote", "dash tag: ORG के सीईओ Y का यह बयान (the person speaks)", "“नडेला बेहद काबिल नेता हैं” — ओपनएआई के सीईओ सैम ऑल्टमैन का यह बयान अहम है।", "sam-altman>satya-nadella:s", false},
	{"quote", "dash tag: ORG का यह बयान (the company speaks)", "“नडेला बेहद काबिल नेता हैं” — ओपनएआई का यह बयान अहम है।", "openai>satya-nadella:s", false},
	{"quote", "comma tag + यह बात कही", "“यह आदमी देश के लिए खतरा है”, राहुल गांधी ने मोदी के बारे में यह बात कही।", "rahul-gandhi>narendra-modi:h", false},
	{"quote", "dash + ये बातें कहीं (fem. plural)", "“यह महिला बेहद काबिल नेता है” — ओबामा ने कमला हैरिस के बारे में ये बातें कहीं।", "", false},
	{"hearsay", "चर्चा में है (a remark in the news, asserted)", "'ऑल्टमैन झूठे हैं' — मस्क का यह बयान चर्चा में है।", "elon-musk>sam-altman:h", false},

	// ---- readSnub: a refusal to meet, talk to, work with or keep a tie.
	{"snub", "मिलने का कोई इरादा नहीं (owner between)", "मस्क ने कहा कि ऑल्टमैन से मिलने का उनका कोई इरादा नहीं है।", "elon-musk>sam-altman:h", false},
	{"snub", "इरादा/contrast no objection", "मस्क ने कहा कि ऑल्टमैन से मिलने में उन्हें कोई दिक्कत नहीं है।", "", false},
	{"snub", "headline: सवाल ही नहीं", "फराज बोले- ट्रंप से बात करने का सवाल ही नहीं || ", "nigel-farage>donald-trump:h", false},
	{"snub", "सहयोग नहीं चाहता (org)", "गूगल ने कहा कि वह मेटा के साथ कोई सहयोग नहीं चाहता।", "google>meta:h", false},
	{"snub", "सहयोग/contrast no quarrel wanted", "गूगल ने कहा कि वह मेटा के साथ कोई टकराव नहीं चाहता।", "", false},
	{"snub", "हाथ मिलाना नहीं चाहतीं (bare subject, fem.)", "कमला हैरिस डोनाल्ड ट्रंप से हाथ मिलाना नहीं चाहतीं।", "kamala-harris>donald-trump:h", false},
	{"snub", "question", "क्या कमला हैरिस डोनाल्ड ट्रंप से मिलना नहीं चाहतीं?", "", false},
	{"snub", "not spoiling ties", "मस्क ऑल्टमैन से अपने रिश्ते खराब नहीं करना चाहते।", "", false},
	{"snub", "no plan (a plan denied)", "ट्रंप ने कहा कि मस्क से बात करने की उनकी फिलहाल कोई योजना नहीं है।", "", false},
	{"snub", "रिश्ते सुधारने में दिलचस्पी नहीं", "नडेला ने कहा कि ऑल्टमैन के साथ रिश्ते सुधारने में उनकी कोई दिलचस्पी नहीं है।", "satya-nadella>sam-altman:h", false},

	// ---- noLonger12: support that holds no longer is withdrawn.
	{"withdrawal", "अब … समर्थन नहीं करते", "हॉफमैन ने कहा कि वह अब कमला हैरिस का समर्थन नहीं करते।", "reid-hoffman>kamala-harris:h", false},
	{"withdrawal", "अब तक … नहीं किया (not yet)", "हॉफमैन ने अब तक कमला हैरिस का समर्थन नहीं किया है।", "", false},
	{"withdrawal", "अब … साथ नहीं हैं", "मस्क अब ट्रंप के साथ नहीं हैं।", "elon-musk>donald-trump:h", false},
	{"withdrawal", "समर्थन नहीं करते/contrast no अब", "मस्क ट्रंप का समर्थन नहीं करते।", "", false},
	{"withdrawal", "अब … नहीं करेंगे (a plan)", "हॉफमैन ने कहा कि वह अब कमला हैरिस का समर्थन नहीं करेंगे।", "", false},

	// ---- neitherNor12: "न तो … न ही …," over a parenthetical.
	{"negation-far", "न तो … न ही …, …, verb", "न तो मस्क ने और न ही टेस्ला ने, पूरे चुनाव प्रचार के दौरान, ट्रंप की तारीफ की।", "", false},
	{"negation-far", "न तो/contrast asserted", "मस्क ने और टेस्ला ने, पूरे चुनाव प्रचार के दौरान, ट्रंप की तारीफ की।", "elon-musk>donald-trump:s tesla>donald-trump:s", false},
	{"negation-far", "न तो … लेकिन Z ने (own doer, asserted)", "न तो मोदी ने कुछ कहा और न ही शाह ने, लेकिन राहुल गांधी ने अडानी पर हमला बोला।", "rahul-gandhi>gautam-adani:h", false},

	// ---- readOfferAccepted: Y's offer of help accepted is Y's help given.
	{"offer", "मदद की पेशकश स्वीकार (money)", "कमला हैरिस ने रीड हॉफमैन की आर्थिक मदद की पेशकश स्वीकार कर ली।", "reid-hoffman>kamala-harris:s", false},
	{"offer", "पेशकश/contrast declined", "कमला हैरिस ने रीड हॉफमैन की आर्थिक मदद की पेशकश लौटा दी।", "", false},
	{"offer", "निवेश का प्रस्ताव मंजूर (org)", "ओपनएआई ने सॉफ्टबैंक के निवेश का प्रस्ताव मंजूर कर लिया।", "softbank>openai:s", false},
	{"offer", "प्रस्ताव/contrast only weighed", "ओपनएआई ने सॉफ्टबैंक के निवेश के प्रस्ताव पर विचार किया।", "", false},

	// ---- aboutTarget12: an attack with no target whose one named party
	// is "को लेकर" / "के बारे में".
	{"about", "को लेकर मोर्चा खोला", "मस्क ने ऑल्टमैन को लेकर एक बार फिर मोर्चा खोल दिया।", "elon-musk>sam-altman:h", false},
	{"about", "को लेकर/contrast softening", "मस्क ने ऑल्टमैन को लेकर नरम रुख अपनाया।", "", false},
	{"about", "fronted topic + own target (the topic stays a topic)", "अडानी को लेकर राहुल गांधी ने मोदी पर हमला बोला।", "rahul-gandhi>narendra-modi:h", false},
	{"about", "के बारे में तंज (fronted, fem. subject)", "डोनाल्ड ट्रंप के बारे में कमला हैरिस ने तंज कसा।", "kamala-harris>donald-trump:h", false},
	{"about", "question", "क्या मस्क ने ऑल्टमैन को लेकर तंज कसा?", "", false},
}

// TestSession12Contrast asserts every c12Rows row not marked miss; with
// KHABAR_C11_TALLY=1 it prints each failing row and the pass rates.
func TestSession12Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	if os.Getenv("KHABAR_C11_TALLY") != "" {
		pass := map[string]int{}
		n := map[string]int{}
		for _, r := range c12Rows {
			got, want, ok := c11Got(a, r)
			n[r.fam]++
			if ok {
				pass[r.fam]++
			} else {
				fmt.Printf("FAIL %s | %s | %s | got %v want %v\n", r.fam, r.sub, r.text, got, want)
			}
		}
		for f := range n {
			fmt.Printf("TALLY %-10s %3d/%3d\n", f, pass[f], n[f])
		}
		return
	}
	for _, r := range c12Rows {
		t.Run(r.fam+"/"+r.sub, func(t *testing.T) {
			got, want, ok := c11Got(a, r)
			if r.miss {
				if ok {
					t.Logf("row marked miss now passes: %s", r.text)
				}
				return
			}
			if !ok {
				t.Fatalf("%s: stances %v, want %v", r.text, got, want)
			}
		})
	}
}

// TestSession12Screens: every word the session 12 rules start from sets a
// screen bit the rule tests (a word missing from screenWords would make
// the rule skip its sentence).
func TestSession12Screens(t *testing.T) {
	bits := screenBits()
	for _, w := range []string{"करार", "समझौता", "समझौते", "साझेदारी", "गठजोड", "गठबंधन", "डील", "सौदा", "सौदे", "अनुबंध",
		"उपक्रम", "उद्यम", "वेंचर", "पार्टनरशिप", "partnership", "टाई-अप", "tie-up", "साझेदारियों", "समझौतों", "करारों", "गठजोडों"} {
		if !tieNoun12(w) {
			t.Errorf("%q: not a tie noun any more; update this list", w)
		} else if bits[w]&(swSchema11|swTieQ11|swTie12) == 0 {
			t.Errorf("%q is a tie noun but not screened", w)
		}
	}
	for _, w := range []string{"किश्त", "किस्त", "किश्तें", "किस्तें", "किश्तों", "किस्तों", "फंडिंग", "funding", "अनुदान", "फंड"} {
		if !fundNoun12(w) {
			t.Errorf("%q: not a fund noun any more; update this list", w)
		} else if bits[w]&(swMoney|swFund11|swGive12) == 0 {
			t.Errorf("%q is a fund noun but not screened", w)
		}
	}
	for _, w := range []string{"चर्चा", "चर्चाएं", "चर्चाओं", "अपुष्ट", "असत्यापित", "ऐसा", "ऐसी"} {
		if !hearsayWord12(w) {
			t.Errorf("%q: not a hearsay word any more; update this list", w)
		} else if bits[w]&swHearsay12 == 0 {
			t.Errorf("%q is a hearsay word but not screened", w)
		}
	}
	for _, w := range []string{"इरादा", "इच्छा", "दिलचस्पी", "रुचि", "रूचि", "सवाल", "प्रश्न", "गुंजाइश", "मंशा", "इच्छुक"} {
		if !willNoun12(w) {
			t.Errorf("%q: not a will noun any more; update this list", w)
		} else if bits[w]&swSnub12 == 0 {
			t.Errorf("%q is a will noun but not screened", w)
		}
	}
	for _, w := range []string{"चाहते", "चाहता", "चाहती", "चाहतीं", "चाहेंगे", "चाहेगा", "चाहेगी"} {
		if !wantVerb12(w) || bits[w]&swSnub12 == 0 {
			t.Errorf("%q: a form of चाहना not screened", w)
		}
	}
	for _, w := range []string{"पेशकश", "प्रस्ताव", "आफर"} {
		if bits[w]&swOffer12 == 0 {
			t.Errorf("%q: an offer noun not screened", w)
		}
	}
	for _, w := range []string{"डालर", "रुपये", "अरब", "करोड", "पैसा", "पैसे", "रकम", "राशि"} {
		if !moneyWord(w) || bits[w]&swMoney == 0 {
			t.Errorf("%q: a money word not screened", w)
		}
	}
}
