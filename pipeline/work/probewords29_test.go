package work

import (
	"strings"
	"testing"
	"time"
)

// TestSession29WordsProbe counts how many of our own opinion-page
// sentences (metaphors and labels for a person or their deed, by class)
// the engine reads exactly, class by class, with the session-28 probe
// reader (logProbes28): it only logs (KHABAR_PROBE28=1); the rows a new
// lexicon class reads are kept as rule rows in words29_test.go.
func TestSession29WordsProbe(t *testing.T) {
	when := func(int) time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) }
	var classes []string
	byClass := map[string][]stanceCase{}
	for _, c := range wordsProbe29 {
		class, _, _ := strings.Cut(c.name, ":")
		if byClass[class] == nil {
			classes = append(classes, class)
		}
		byClass[class] = append(byClass[class], c)
	}
	for _, class := range classes {
		logProbes28(t, "class "+class, byClass[class], when)
	}
}

// wordsProbe29: name "class:what"; class tool (X is the tool, weapon,
// shield of Z), den (merchant, factory, den, shop of a bad thing), dole
// (lives on handouts, parasite), wall (wall, thorn, stone in the way),
// name (another name, symbol, example of Z), use (takes advantage,
// exploits), novision (has no vision, plan, spine), pride (a matter of
// pride, an asset, a gift), whine (crybaby, slow, sarcasm), idiom (TV-
// debate idioms and labels, added in the second pass), variant (near
// variants of frames and praise by metaphor, third pass). Rows whose
// name has "ctl" are controls: the same word not about a person.
var wordsProbe29 = []stanceCase{
	{"tool:censorship tool", " || निगेल फराज ने मेटा की नई नीति को सेंसरशिप का औजार बताया।", []string{"nigel-farage>meta:h"}},
	{"tool:weapon of propaganda", " || कमला हैरिस ने कहा कि एक्स अब प्रोपेगेंडा का हथियार बन चुका है।", []string{"kamala-harris>x-corp:h"}},
	{"tool:government's weapon", " || राहुल गांधी ने कहा कि अडानी समूह सत्ता का हथियार बन गया है।", []string{"rahul-gandhi>adani-group:h"}},
	{"tool:biggest weapon of censorship", " || फराज ने गूगल को सेंसरशिप का सबसे बड़ा हथियार करार दिया।", []string{"nigel-farage>google:h"}},
	{"tool:means of spreading lies", " || सैम ऑल्टमैन ने कहा कि एक्स झूठ फैलाने का जरिया बन गया है।", []string{"sam-altman>x-corp:h"}},
	{"tool:tool in hands", " || एलन मस्क ने ओपनएआई को दूसरों के हाथ का औजार बताया।", []string{"elon-musk>openai:h"}},
	{"tool:pawn", " || मस्क ने कहा कि ऑल्टमैन बड़ी कंपनियों के हाथ का मोहरा हैं।", []string{"elon-musk>sam-altman:h"}},
	{"tool:shield of poor (sup)", " || मुकेश अंबानी ने कहा कि नरेंद्र मोदी गरीबों की ढाल हैं।", []string{"mukesh-ambani>narendra-modi:s"}},
	{"tool:ctl tool for doctors", " || सुंदर पिचाई ने कहा कि एआई डॉक्टरों के लिए एक उपयोगी औजार है।", nil},
	{"tool:ctl new tool", " || सत्या नडेला ने कहा कि यह नया औजार शिक्षा का सबसे बड़ा जरिया बनेगा।", nil},
	{"den:merchant of lies", " || कमला हैरिस ने एलन मस्क को झूठी खबरों का सबसे बड़ा सौदागर बताया।", []string{"kamala-harris>elon-musk:h"}},
	{"den:merchant of dreams", " || राहुल गांधी ने कहा कि नरेंद्र मोदी सपनों के सौदागर हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"den:merchant of fear", " || रीड हॉफमैन ने डोनाल्ड ट्रंप को डर का सौदागर करार दिया।", []string{"reid-hoffman>donald-trump:h"}},
	{"den:den of whiners", " || सैम ऑल्टमैन ने एक्स को हर बात पर रोने वालों का अड्डा कहा।", []string{"sam-altman>x-corp:h"}},
	{"den:den of fake news", " || कमला हैरिस ने एक्स को झूठी खबरों का सबसे बड़ा अड्डा बताया।", []string{"kamala-harris>x-corp:h"}},
	{"den:factory of lies", " || राहुल गांधी ने कहा कि अडानी समूह झूठ की फैक्ट्री है।", []string{"rahul-gandhi>adani-group:h"}},
	{"den:factory of hate", " || मस्क ने ओपनएआई को नफरत का कारखाना बताया।", []string{"elon-musk>openai:h"}},
	{"den:shop of fake news", " || डोनाल्ड ट्रंप ने कहा कि एक्सियोस फेक न्यूज की दुकान है।", []string{"donald-trump>axios:h"}},
	{"den:ctl factory", " || मुकेश अंबानी ने कहा कि रिलायंस का नया कारखाना गुजरात में बनेगा।", nil},
	{"den:ctl smugglers den", " || गौतम अडानी ने कहा कि यह बंदरगाह कभी तस्करों का अड्डा था।", nil},
	{"dole:handouts", " || डोनाल्ड ट्रंप ने कहा कि मस्क की कंपनियां सरकारी खैरात पर पल रही हैं।", []string{"donald-trump>elon-musk:h"}},
	{"dole:subsidy", " || ट्रंप ने कहा कि एलन मस्क सब्सिडी पर पलते हैं।", []string{"donald-trump>elon-musk:h"}},
	{"dole:public money", " || राहुल गांधी ने कहा कि अडानी समूह जनता के पैसे पर पल रहा है।", []string{"rahul-gandhi>adani-group:h"}},
	{"dole:parasite", " || मुकेश अंबानी ने गौतम अडानी को परजीवी बताया।", []string{"mukesh-ambani>gautam-adani:h"}},
	{"dole:crutches", " || ट्रंप ने कहा कि मस्क की कंपनियां सरकारी बैसाखियों के सहारे चल रही हैं।", []string{"donald-trump>elon-musk:h"}},
	{"dole:freeloader", " || निगेल फराज ने कमला हैरिस को मुफ्तखोर बताया।", []string{"nigel-farage>kamala-harris:h"}},
	{"dole:taxpayer money", " || ट्रंप ने कहा कि मस्क टैक्सदाताओं के पैसे पर ऐश कर रहे हैं।", []string{"donald-trump>elon-musk:h"}},
	{"dole:handouts live", " || मस्क ने कहा कि ओपनएआई माइक्रोसॉफ्ट की खैरात पर जिंदा है।", []string{"elon-musk>openai:h"}},
	{"dole:ctl subsidy got", " || एलन मस्क ने कहा कि टेस्ला को पिछले साल सरकारी सब्सिडी मिली थी।", nil},
	{"dole:ctl children", " || एक रिपोर्ट के मुताबिक गांव के बच्चे सरकारी योजनाओं पर पल रहे हैं।", nil},
	{"wall:wall in path of talent", " || सत्या नडेला ने डोनाल्ड ट्रंप की इस फीस को प्रतिभा के रास्ते की दीवार बताया।", []string{"satya-nadella>donald-trump:h"}},
	{"wall:biggest stone", " || राहुल गांधी ने कहा कि नरेंद्र मोदी विकास की राह में सबसे बड़ा रोड़ा हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"wall:thorn", " || मस्क ने कहा कि सैम ऑल्टमैन एआई की सुरक्षा के रास्ते का कांटा हैं।", []string{"elon-musk>sam-altman:h"}},
	{"wall:stone in path", " || ऑल्टमैन ने कहा कि मस्क ओपनएआई की राह का पत्थर बन गए हैं।", []string{"sam-altman>elon-musk:h"}},
	{"wall:obstacle", " || राहुल गांधी ने कहा कि अडानी समूह छोटे कारोबारियों की तरक्की में सबसे बड़ी बाधा है।", []string{"rahul-gandhi>adani-group:h"}},
	{"wall:calling obstacle", " || कमला हैरिस ने डोनाल्ड ट्रंप को लोकतंत्र की राह का सबसे बड़ा रोड़ा बताया।", []string{"kamala-harris>donald-trump:h"}},
	{"wall:policy wall", " || सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट की नीति नवाचार के रास्ते की दीवार है।", []string{"sundar-pichai>microsoft:h"}},
	{"wall:speed breaker", " || फराज ने कहा कि कमला हैरिस अमेरिका की तरक्की में स्पीड ब्रेकर हैं।", []string{"nigel-farage>kamala-harris:h"}},
	{"wall:ctl factory wall", " || एलन मस्क ने कहा कि टेक्सास के कारखाने की एक दीवार गिर गई।", nil},
	{"wall:ctl border wall", " || डोनाल्ड ट्रंप ने कहा कि सीमा पर दीवार जल्द बनेगी।", nil},
	{"name:another name innovation", " || डोनाल्ड ट्रंप ने एलन मस्क को नवाचार का दूसरा नाम बताया।", []string{"donald-trump>elon-musk:s"}},
	{"name:another name corruption", " || राहुल गांधी ने कहा कि अडानी समूह भ्रष्टाचार का दूसरा नाम है।", []string{"rahul-gandhi>adani-group:h"}},
	{"name:another name hard work", " || नरेंद्र मोदी ने कहा कि मुकेश अंबानी मेहनत का दूसरा नाम हैं।", []string{"narendra-modi>mukesh-ambani:s"}},
	{"name:synonym of lies", " || कमला हैरिस ने डोनाल्ड ट्रंप को झूठ का पर्याय बताया।", []string{"kamala-harris>donald-trump:h"}},
	{"name:example honesty", " || गौतम अडानी ने कहा कि नरेंद्र मोदी ईमानदारी की मिसाल हैं।", []string{"gautam-adani>narendra-modi:s"}},
	{"name:symbol courage", " || एलन मस्क ने कहा कि नाइजल फराज साहस के प्रतीक हैं।", []string{"elon-musk>nigel-farage:s"}},
	{"name:symbol chaos", " || रीड हॉफमैन ने डोनाल्ड ट्रंप को अराजकता का प्रतीक बताया।", []string{"reid-hoffman>donald-trump:h"}},
	{"name:face of corruption", " || राहुल गांधी ने कहा कि गौतम अडानी भ्रष्टाचार का चेहरा हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
	{"name:another name failure", " || नरेंद्र मोदी ने राहुल गांधी को नाकामी का दूसरा नाम बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
	{"name:ctl new name", " || एलन मस्क ने कहा कि टेस्ला के नए मॉडल का दूसरा नाम जल्द घोषित होगा।", nil},
	{"name:ctl flag symbol", " || नरेंद्र मोदी ने कहा कि तिरंगा एकता का प्रतीक है।", nil},
	{"use:takes advantage of us", " || डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी हमारा फायदा उठाते हैं।", []string{"donald-trump>narendra-modi:h"}},
	{"use:undue advantage", " || ट्रंप ने कहा कि नरेंद्र मोदी ने अमेरिका का नाजायज फायदा उठाया।", []string{"donald-trump>narendra-modi:h"}},
	{"use:took advantage of openai", " || एलन मस्क ने कहा कि माइक्रोसॉफ्ट ने ओपनएआई का फायदा उठाया।", []string{"elon-musk>microsoft:h"}},
	{"use:exploits helplessness", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप मजदूरों की मजबूरी का फायदा उठा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
	{"use:used us", " || सैम ऑल्टमैन ने कहा कि एलन मस्क ने हमें सीढ़ी की तरह इस्तेमाल किया।", []string{"sam-altman>elon-musk:h"}},
	{"use:wrong advantage", " || राहुल गांधी ने कहा कि गौतम अडानी ने सरकार से दोस्ती का गलत फायदा उठाया।", []string{"rahul-gandhi>gautam-adani:h"}},
	{"use:milked", " || मस्क ने कहा कि ऑल्टमैन ने ओपनएआई के दानदाताओं को दुधारू गाय की तरह दुहा।", []string{"elon-musk>sam-altman:h"}},
	{"use:full advantage of us", " || ट्रंप ने कहा कि मोदी ने हमारे साथ कभी ठीक नहीं किया और वे इसका पूरा फायदा उठाते हैं।", []string{"donald-trump>narendra-modi:h"}},
	{"use:ctl seized chance", " || सत्या नडेला ने कहा कि माइक्रोसॉफ्ट ने इस मौके का पूरा फायदा उठाया।", nil},
	{"use:ctl customers benefit", " || सुंदर पिचाई ने कहा कि गूगल के ग्राहकों ने नई सुविधा का फायदा उठाया।", nil},
	{"novision:no vision no plan", " || 'कमला हैरिस के पास न कोई विजन था, न कोई योजना,' निगेल फराज ने कहा।", []string{"nigel-farage>kamala-harris:h"}},
	{"novision:no vision", " || राहुल गांधी ने कहा कि नरेंद्र मोदी के पास कोई विजन नहीं है।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"novision:no plan", " || एलन मस्क ने कहा कि सैम ऑल्टमैन के पास कोई ठोस योजना नहीं है।", []string{"elon-musk>sam-altman:h"}},
	{"novision:no spine", " || एलन मस्क ने कहा कि मार्क जुकरबर्ग में रीढ़ की हड्डी नहीं है।", []string{"elon-musk>mark-zuckerberg:h"}},
	{"novision:no policy", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस के पास कोई नीति नहीं है।", []string{"donald-trump>kamala-harris:h"}},
	{"novision:visionless", " || राहुल गांधी ने नरेंद्र मोदी को विजनहीन नेता बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"novision:no lesson", " || निगेल फराज ने कहा कि कमला हैरिस ने कोई सबक नहीं सीखा।", []string{"nigel-farage>kamala-harris:h"}},
	{"novision:cut off from people", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप जनता से कटे हुए नेता हैं।", []string{"kamala-harris>donald-trump:h"}},
	{"novision:has big vision (sup)", " || गौतम अडानी ने कहा कि नरेंद्र मोदी के पास देश के लिए बड़ा विजन है।", []string{"gautam-adani>narendra-modi:s"}},
	{"novision:ctl no plan yet", " || सत्या नडेला ने कहा कि माइक्रोसॉफ्ट के पास अभी इस बारे में कोई योजना नहीं है।", nil},
	{"novision:ctl own plan", " || एलन मस्क ने कहा कि उनके पास मंगल के लिए नई योजना है।", nil},
	{"pride:matter of pride", " || गौतम अडानी ने एक्स पर लिखा कि गूगल के साथ यह सफर हमारे लिए गर्व का विषय है।", []string{"gautam-adani>google:s"}},
	{"pride:matter of excitement", " || मार्क जुकरबर्ग ने कहा कि रिलायंस के साथ हाथ मिलाना उनके लिए बेहद उत्साह की बात है।", []string{"mark-zuckerberg>reliance:s"}},
	{"pride:pride of developed india", " || नरेंद्र मोदी ने अडानी समूह के इस बंदरगाह को विकसित भारत की शान बताया।", []string{"narendra-modi>adani-group:s"}},
	{"pride:pride of country", " || नरेंद्र मोदी ने कहा कि मुकेश अंबानी देश की शान हैं।", []string{"narendra-modi>mukesh-ambani:s"}},
	{"pride:boon", " || डोनाल्ड ट्रंप ने कहा कि एलन मस्क अमेरिका के लिए वरदान हैं।", []string{"donald-trump>elon-musk:s"}},
	{"pride:gift", " || एलन मस्क ने कहा कि नाइजल फराज ब्रिटेन के लिए एक तोहफा हैं।", []string{"elon-musk>nigel-farage:s"}},
	{"pride:asset", " || नरेंद्र मोदी ने कहा कि मुकेश अंबानी देश की अनमोल संपत्ति हैं।", []string{"narendra-modi>mukesh-ambani:s"}},
	{"pride:good fortune", " || सत्या नडेला ने कहा कि ओपनएआई के साथ काम करना सौभाग्य की बात है।", []string{"satya-nadella>openai:s"}},
	{"pride:matter of shame (hos)", " || कमला हैरिस ने डोनाल्ड ट्रंप को अमेरिका के लिए शर्म का विषय बताया।", []string{"kamala-harris>donald-trump:h"}},
	{"pride:ctl moon mission", " || नरेंद्र मोदी ने कहा कि चंद्रयान देश की शान है।", nil},
	{"pride:ctl team award", " || सत्या नडेला ने कहा कि यह पुरस्कार पूरी टीम के लिए गर्व का विषय है।", nil},
	{"whine:crybaby billionaire", " || सैम ऑल्टमैन ने एलन मस्क को हर बात पर रोने वाला अरबपति कहा।", []string{"sam-altman>elon-musk:h"}},
	{"whine:keeps crying", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस हर बात पर रोना रोती रहती हैं।", []string{"donald-trump>kamala-harris:h"}},
	{"whine:victim card", " || एलन मस्क ने कहा कि सैम ऑल्टमैन हमेशा विक्टिम कार्ड खेलते हैं।", []string{"elon-musk>sam-altman:h"}},
	{"whine:tortoise pace", " || एलन मस्क ने कहा कि ओरेकल की रफ्तार कछुए जैसी है।", []string{"elon-musk>oracle:h"}},
	{"whine:auction of democracy", " || कमला हैरिस ने कहा कि एलन मस्क की वापसी लोकतंत्र की नीलामी है।", []string{"kamala-harris>elon-musk:h"}},
	{"whine:caved to pressure", " || राहुल गांधी ने कहा कि नरेंद्र मोदी अमेरिकी दबाव के आगे झुक गए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"whine:rejected by people", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस जनता द्वारा ठुकराई गई नेता हैं।", []string{"donald-trump>kamala-harris:h"}},
	{"whine:crybaby leader", " || नरेंद्र मोदी ने राहुल गांधी को रोने वाला नेता बताया।", []string{"narendra-modi>rahul-gandhi:h"}},
	{"whine:ctl child crying", " || मस्क ने कहा कि उनका बेटा रात भर रोता रहा।", nil},
	{"idiom:crocodile tears", " || राहुल गांधी ने कहा कि नरेंद्र मोदी किसानों पर घड़ियाली आंसू बहा रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"idiom:crocodile tears 2", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस मजदूरों के लिए मगरमच्छ के आंसू बहाती हैं।", []string{"donald-trump>kamala-harris:h"}},
	{"idiom:festering wound", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अमेरिका के लिए नासूर बन चुके हैं।", []string{"kamala-harris>donald-trump:h"}},
	{"idiom:termite", " || राहुल गांधी ने अडानी समूह को अर्थव्यवस्था की दीमक बताया।", []string{"rahul-gandhi>adani-group:h"}},
	{"idiom:white elephant", " || एलन मस्क ने स्टारगेट परियोजना को सफेद हाथी बताया।", []string{"elon-musk>stargate:h"}},
	{"idiom:paper tiger", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस कागजी शेर हैं।", []string{"donald-trump>kamala-harris:h"}},
	{"idiom:snake in the sleeve", " || एलन मस्क ने सैम ऑल्टमैन को आस्तीन का सांप बताया।", []string{"elon-musk>sam-altman:h"}},
	{"idiom:turncoat brinjal", " || नरेंद्र मोदी ने कहा कि राहुल गांधी थाली के बैंगन हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
	{"idiom:caged parrot", " || राहुल गांधी ने कहा कि अडानी समूह सरकार के पिंजरे का तोता है।", []string{"rahul-gandhi>adani-group:h"}},
	{"idiom:suit-boot government", " || राहुल गांधी ने कहा कि नरेंद्र मोदी की सरकार सूट बूट की सरकार है।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"idiom:friend of the rich", " || कमला हैरिस ने डोनाल्ड ट्रंप को अरबपतियों का दोस्त बताया।", []string{"kamala-harris>donald-trump:h"}},
	{"idiom:precious jewel (sup)", " || नरेंद्र मोदी ने कहा कि मुकेश अंबानी देश के अनमोल रत्न हैं।", []string{"narendra-modi>mukesh-ambani:s"}},
	{"idiom:chanakya of business (sup)", " || गौतम अडानी ने नरेंद्र मोदी को राजनीति का चाणक्य बताया।", []string{"gautam-adani>narendra-modi:s"}},
	{"idiom:lion (sup)", " || एलन मस्क ने कहा कि नाइजल फराज ब्रिटेन के बब्बर शेर हैं।", []string{"elon-musk>nigel-farage:s"}},
	{"idiom:ctl tears at funeral", " || नरेंद्र मोदी ने कहा कि हादसे के बाद पूरे गांव की आंखों में आंसू थे।", nil},
	{"idiom:ctl white elephant zoo", " || एलन मस्क ने कहा कि उन्होंने थाईलैंड में एक सफेद हाथी देखा।", nil},
	{"idiom:ctl parrot", " || सुंदर पिचाई ने कहा कि उनके घर में एक पिंजरे का तोता है।", nil},
	{"variant:back on track", " || डोनाल्ड ट्रंप ने कहा कि एलन मस्क से उनके रिश्ते फिर पटरी पर आ गए हैं।", []string{"donald-trump>elon-musk:s"}},
	{"variant:grudges ended", " || सुंदर पिचाई ने कहा कि सत्या नडेला के साथ उनके पुराने गिले-शिकवे अब खत्म हो गए हैं।", []string{"sundar-pichai>satya-nadella:s"}},
	{"variant:no less than a miracle", " || गौतम अडानी ने कहा कि नरेंद्र मोदी का काम किसी चमत्कार से कम नहीं है।", []string{"gautam-adani>narendra-modi:s"}},
	{"variant:no less than a boon", " || मुकेश अंबानी ने नरेंद्र मोदी की नीतियों को देश के लिए किसी वरदान से कम नहीं बताया।", []string{"mukesh-ambani>narendra-modi:s"}},
	{"variant:new dawn", " || निगेल फराज ने डोनाल्ड ट्रंप की जीत को पश्चिम के लिए नई सुबह बताया।", []string{"nigel-farage>donald-trump:s"}},
	{"variant:golden era", " || मासायोशी सन ने डोनाल्ड ट्रंप के कार्यकाल को अमेरिका का सुनहरा दौर बताया।", []string{"masayoshi-son>donald-trump:s"}},
	{"variant:once in a generation", " || सत्या नडेला ने सैम ऑल्टमैन को पीढ़ी में एक बार मिलने वाला लीडर बताया।", []string{"satya-nadella>sam-altman:s"}},
	{"variant:ctl economy on track", " || नरेंद्र मोदी ने कहा कि देश की अर्थव्यवस्था पटरी पर आ गई है।", nil},
	{"variant:ctl dawn weather", " || एलन मस्क ने कहा कि टेक्सास में नई सुबह बहुत ठंडी थी।", nil},
	{"use:use and throw party", " || राहुल गांधी ने कहा कि अडानी समूह यूज एंड थ्रो की नीति पर चलता है।", []string{"rahul-gandhi>adani-group:h"}},
	{"use:use and throw calling", " || सैम ऑल्टमैन ने एलन मस्क को यूज एंड थ्रो वाला कारोबारी बताया।", []string{"sam-altman>elon-musk:h"}},
	{"novision:no roadmap", " || राहुल गांधी ने कहा कि नरेंद्र मोदी के पास कोई ठोस रोडमैप नहीं है।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"novision:government of slogans", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की सरकार सिर्फ नारों की सरकार है।", []string{"kamala-harris>donald-trump:h"}},
	{"novision:zero on the ground", " || राहुल गांधी ने कहा कि नरेंद्र मोदी टीवी पर हीरो हैं, लेकिन जमीन पर जीरो हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
}
