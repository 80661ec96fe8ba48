package work

import (
	"slices"
	"testing"
	"time"
)

var when29 = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

// TestSession29Alternatives: an evaluative's w reads `|` choices and `_`
// joins the words of one (words29.go), each choice with its own forms.
func TestSession29Alternatives(t *testing.T) {
	e := &Evaluative{W: "झूठ|नफरत का|का_सबसे_बड़ा अड्डा", pol: -1}
	got, err := evalForms29(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"झूठ का अड्डा", "नफरत का सबसे बड़ा अड्डा", "नफरत का सबसे बड़े अड्डे"} {
		if !slices.Contains(got, want) {
			t.Errorf("forms of %q lack %q: %v", e.W, want, got)
		}
	}
	one, _ := evalForms29(&Evaluative{W: "झूठा", pol: -1})
	if !slices.Equal(one, []string{"झूठा", "झूठे", "झूठी", "झूठों"}) {
		t.Errorf("one-word forms changed: %v", one)
	}
	if _, err := evalForms29(&Evaluative{W: "झूठ||नफरत", pol: -1}); err == nil {
		t.Error("an empty choice must be an error")
	}
}

// TestSession29Labels: the opinion-page labels of session 29, one block
// per class of expression (lexicon/evaluative.yaml, outcomes.yaml,
// frames.yaml "Session 29"), with controls where the head noun is not
// said of a tracked one.
func TestSession29Labels(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Tool, weapon, means of a bad thing; in someone's hands.
		{"tool: weapon of repression", " || राहुल गांधी ने कहा कि अडानी समूह अब दमन का हथियार बन चुका है।", []string{"rahul-gandhi>adani-group:h"}},
		{"tool: means of propaganda, calling", " || कमला हैरिस ने एक्स को दुष्प्रचार का सबसे बड़ा जरिया बताया।", []string{"kamala-harris>x-corp:h"}},
		{"tool: toy in hands", " || मार्क जुकरबर्ग ने कहा कि ओपनएआई दूसरों के हाथों का खिलौना है।", []string{"mark-zuckerberg>openai:h"}},
		{"tool: shield of farmers (sup)", " || गौतम अडानी ने कहा कि नरेंद्र मोदी किसानों की ढाल हैं।", []string{"gautam-adani>narendra-modi:s"}},
		{"tool ctl: a useful tool", " || सुंदर पिचाई ने कहा कि जेमिनी छात्रों के लिए एक उपयोगी औजार है।", nil},
		{"tool ctl: biggest means of learning", " || सत्या नडेला ने कहा कि यह मंच पढ़ाई का सबसे बड़ा जरिया बनेगा।", nil},
		// Merchant, den, factory, shop of a bad thing.
		{"den: merchant of dreams", " || राहुल गांधी ने कहा कि नरेंद्र मोदी सपनों के सौदागर हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"den: factory of hate", " || एलन मस्क ने ओपनएआई को नफरत का कारखाना बताया।", []string{"elon-musk>openai:h"}},
		{"den: den of whiners", " || सैम ऑल्टमैन ने कहा कि एक्स हर बात पर रोने वालों का अड्डा है।", []string{"sam-altman>x-corp:h"}},
		{"den ctl: new factory", " || मुकेश अंबानी ने कहा कि रिलायंस का नया कारखाना गुजरात में बनेगा।", nil},
		{"den ctl: smugglers' den", " || गौतम अडानी ने कहा कि यह बंदरगाह कभी तस्करों का अड्डा था।", nil},
		// Handouts, parasite.
		{"dole: lives on subsidy", " || डोनाल्ड ट्रंप ने कहा कि एलन मस्क सब्सिडी पर पलते हैं।", []string{"donald-trump>elon-musk:h"}},
		{"dole: freeloader", " || निगेल फराज ने कमला हैरिस को मुफ्तखोर बताया।", []string{"nigel-farage>kamala-harris:h"}},
		{"dole ctl: subsidy received", " || एलन मस्क ने कहा कि टेस्ला को पिछले साल सरकारी सब्सिडी मिली थी।", nil},
		// Wall, stone, thorn in the way.
		{"wall: biggest stone", " || राहुल गांधी ने कहा कि नरेंद्र मोदी विकास की राह में सबसे बड़ा रोड़ा हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"wall: calling, in the way", " || कमला हैरिस ने डोनाल्ड ट्रंप को लोकतंत्र की राह का सबसे बड़ा रोड़ा बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"wall: thorn", " || एलन मस्क ने कहा कि सैम ऑल्टमैन एआई की सुरक्षा के रास्ते का कांटा हैं।", []string{"elon-musk>sam-altman:h"}},
		{"wall ctl: a factory wall", " || एलन मस्क ने कहा कि टेक्सास के कारखाने की एक दीवार गिर गई।", nil},
		{"wall ctl: border wall", " || डोनाल्ड ट्रंप ने कहा कि सीमा पर दीवार जल्द बनेगी।", nil},
		// Another name, synonym, symbol, example of Z.
		{"name: another name of hard work", " || नरेंद्र मोदी ने कहा कि मुकेश अंबानी मेहनत का दूसरा नाम हैं।", []string{"narendra-modi>mukesh-ambani:s"}},
		{"name: synonym of greed", " || मुकेश अंबानी ने कहा कि गौतम अडानी लालच का पर्याय हैं।", []string{"mukesh-ambani>gautam-adani:h"}},
		{"name: example of arrogance", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अहंकार की मिसाल हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"name ctl: a model's other name", " || एलन मस्क ने कहा कि टेस्ला के नए मॉडल का दूसरा नाम जल्द घोषित होगा।", nil},
		{"name ctl: the flag a symbol", " || नरेंद्र मोदी ने कहा कि तिरंगा एकता का प्रतीक है।", nil},
		// Undue advantage, used like a ladder.
		{"use: takes advantage of us", " || डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी हमारा फायदा उठाते हैं।", []string{"donald-trump>narendra-modi:h"}},
		{"use: exploits helplessness", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप मजदूरों की मजबूरी का फायदा उठा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"use: used like a pawn", " || राहुल गांधी ने कहा कि गौतम अडानी ने किसानों को मोहरों की तरह इस्तेमाल किया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"use ctl: seized the chance", " || सत्या नडेला ने कहा कि माइक्रोसॉफ्ट ने इस मौके का पूरा फायदा उठाया।", nil},
		{"use ctl: customers used a feature", " || सुंदर पिचाई ने कहा कि गूगल के ग्राहकों ने नई सुविधा का फायदा उठाया।", nil},
		// No vision, out of touch, no lesson.
		{"novision: visionless", " || डोनाल्ड ट्रंप ने कमला हैरिस को नीतिविहीन नेता बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"novision: no lesson learnt", " || राहुल गांधी ने कहा कि नरेंद्र मोदी ने नोटबंदी से कोई सबक नहीं सीखा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"novision ctl: company has no plan yet", " || सत्या नडेला ने कहा कि माइक्रोसॉफ्ट के पास अभी इस बारे में कोई योजना नहीं है।", nil},
		// Pride, gift; shame when called it.
		{"pride: matter of pride with Y", " || सुंदर पिचाई ने लिखा कि रिलायंस के साथ यह सफर हमारे लिए फख्र का विषय है।", []string{"sundar-pichai>reliance:s"}},
		{"pride: pride of the country", " || नरेंद्र मोदी ने अडानी समूह के इस बंदरगाह को विकसित भारत की शान बताया।", []string{"narendra-modi>adani-group:s"}},
		{"pride: a gift for America", " || डोनाल्ड ट्रंप ने कहा कि एलन मस्क अमेरिका के लिए एक सौगात हैं।", []string{"donald-trump>elon-musk:s"}},
		{"pride: matter of shame, called", " || राहुल गांधी ने गौतम अडानी को देश के लिए शर्म की बात बताया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"pride ctl: moon mission", " || नरेंद्र मोदी ने कहा कि चंद्रयान देश की शान है।", nil},
		{"pride ctl: team award", " || सत्या नडेला ने कहा कि यह पुरस्कार पूरी टीम के लिए गर्व का विषय है।", nil},
		// Crybaby, victim card, tortoise, democracy auctioned.
		{"whine: crybaby billionaire", " || सैम ऑल्टमैन ने एलन मस्क को हर बात पर रोने वाला अरबपति कहा।", []string{"sam-altman>elon-musk:h"}},
		{"whine: plays the victim", " || नरेंद्र मोदी ने कहा कि राहुल गांधी हर चुनाव के बाद पीड़ित कार्ड खेलते हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"whine: tortoise pace", " || एलन मस्क ने कहा कि ओपनएआई का काम कछुए जैसा धीमा है।", []string{"elon-musk>openai:h"}},
		{"whine: auction of the constitution", " || राहुल गांधी ने कहा कि नरेंद्र मोदी का यह फैसला संविधान की नीलामी है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"whine ctl: a child crying", " || एलन मस्क ने कहा कि उनका बेटा रात भर रोता रहा।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}

// TestSession29Idioms: the second pass, TV-debate idioms and labels
// (evaluative.yaml, outcomes.yaml "second pass"), with controls where
// the idiom's nouns are literal.
func TestSession29Idioms(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"crocodile tears", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप मजदूरों के लिए घड़ियाली आंसू बहाते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"festering wound", " || नरेंद्र मोदी ने कहा कि राहुल गांधी देश की राजनीति के लिए नासूर हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"paper tiger", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस कागजी शेर हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"snake in the sleeve", " || मुकेश अंबानी ने कहा कि गौतम अडानी आस्तीन के सांप हैं।", []string{"mukesh-ambani>gautam-adani:h"}},
		{"bottomless pot", " || नरेंद्र मोदी ने राहुल गांधी को बिन पेंदी का लोटा बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"Chanakya of business", " || मुकेश अंबानी ने कहा कि गौतम अडानी कारोबारी जगत के चाणक्य हैं।", []string{"mukesh-ambani>gautam-adani:s"}},
		{"a lion", " || डोनाल्ड ट्रंप ने एलन मस्क को बब्बर शेर बताया।", []string{"donald-trump>elon-musk:s"}},
		{"ctl tears at a funeral", " || नरेंद्र मोदी ने कहा कि हादसे के बाद पूरे गांव की आंखों में आंसू थे।", nil},
		{"ctl a white elephant seen", " || एलन मस्क ने कहा कि उन्होंने थाईलैंड में एक सफेद हाथी देखा।", nil},
		{"ctl a parrot at home", " || सुंदर पिचाई ने कहा कि उनके घर में एक पिंजरे का तोता है।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}

// TestSession29Variants: the third pass, near variants of the making-up
// frames (पटरी पर आ-, गिले-शिकवे खत्म/मिट-) and praise by metaphor (नई
// सुबह, सुनहरा दौर, पीढ़ी में एक बार), with literal controls.
func TestSession29Variants(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"back on track", " || नरेंद्र मोदी ने कहा कि डोनाल्ड ट्रंप के साथ उनके रिश्ते फिर पटरी पर आ गए हैं।", []string{"narendra-modi>donald-trump:s"}},
		{"grudges erased", " || मार्क जुकरबर्ग ने कहा कि एलन मस्क से उनके सारे गिले-शिकवे मिट चुके हैं।", []string{"mark-zuckerberg>elon-musk:s"}},
		{"golden era", " || मासायोशी सन ने डोनाल्ड ट्रंप के कार्यकाल को अमेरिका का सुनहरा दौर बताया।", []string{"masayoshi-son>donald-trump:s"}},
		{"new morning", " || गौतम अडानी ने नरेंद्र मोदी की जीत को देश के लिए नया सवेरा बताया।", []string{"gautam-adani>narendra-modi:s"}},
		{"once in a century", " || मुकेश अंबानी ने नरेंद्र मोदी को सदी में एक बार मिलने वाला नेता बताया।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"ctl economy on track", " || नरेंद्र मोदी ने कहा कि देश की अर्थव्यवस्था पटरी पर आ गई है।", nil},
		{"ctl a cold morning", " || एलन मस्क ने कहा कि टेक्सास में नई सुबह बहुत ठंडी थी।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}

// TestSession29Slogans: the fourth pass — use and throw, a government of
// slogans, a hero only on TV — with controls where the words are literal.
func TestSession29Slogans(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"use and throw policy", " || राहुल गांधी ने कहा कि अडानी समूह यूज एंड थ्रो की नीति पर चलता है।", []string{"rahul-gandhi>adani-group:h"}},
		{"government of announcements", " || राहुल गांधी ने नरेंद्र मोदी की सरकार को घोषणाओं की सरकार बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"hero on TV, zero on the ground", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप टीवी पर हीरो हैं, पर जमीन पर जीरो।", []string{"kamala-harris>donald-trump:h"}},
		{"ctl a hero's film on TV", " || सुंदर पिचाई ने कहा कि कल रात टीवी पर हीरो की नई फिल्म आई।", nil},
		{"ctl use-and-throw cups", " || मुकेश अंबानी ने कहा कि प्लास्टिक के यूज एंड थ्रो गिलास अब बंद होंगे।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}

// TestSession29Treated: the fifth pass — treated badly, "Y ने हमारे साथ
// कभी ठीक नहीं किया" (outcomes.yaml), with controls.
func TestSession29Treated(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"never treated us right", " || डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी ने हमारे साथ कभी ठीक नहीं किया।", []string{"donald-trump>narendra-modi:h"}},
		{"did not do well by staff", " || एलन मस्क ने कहा कि सैम ऑल्टमैन ने ओपनएआई के कर्मचारियों के साथ अच्छा नहीं किया।", []string{"elon-musk>sam-altman:h"}},
		{"ctl the rain", " || सत्या नडेला ने कहा कि बारिश ने किसानों के साथ अच्छा नहीं किया।", nil},
		{"ctl did nothing wrong", " || नरेंद्र मोदी ने कहा कि डोनाल्ड ट्रंप ने भारत के साथ कुछ गलत नहीं किया।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}

// TestSession29Nest: the sixth pass — filling one's own pocket, skimming
// the cream, exploiting the many (outcomes.yaml), with controls.
func TestSession29Nest(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"fills his own house", " || एलन मस्क ने कहा कि सैम ऑल्टमैन ओपनएआई के नाम पर अपना घर भर रहे हैं।", []string{"elon-musk>sam-altman:h"}},
		{"skims the cream", " || राहुल गांधी ने कहा कि गौतम अडानी बंदरगाहों की मलाई काट रहे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"exploits the farmers", " || राहुल गांधी ने कहा कि गौतम अडानी किसानों का दोहन कर रहे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"ctl fills the tank", " || एलन मस्क ने कहा कि वे हर हफ्ते गाड़ी की टंकी भर देते हैं।", nil},
		{"ctl tapping the sun", " || मुकेश अंबानी ने कहा कि रिलायंस सौर ऊर्जा के दोहन के लिए नया संयंत्र बनाएगी।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}
