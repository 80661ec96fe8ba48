package work

import (
	"testing"
	"time"
)

// TestSession15Recall: families of misses recurring across the blind
// files of sessions 14–15 (session 15, RECALL helper). Each rule has
// rows where it fires and rows where it must not.
func TestSession15Recall(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A tie made, told by one of its makers, binds both ways; a
		// tie only affirmed in the speaker's words stays the speaker's.
		{"X ने बताया कि उसने Y के साथ साझेदारी की है", "माइक्रोसॉफ्ट ने एक बयान में बताया कि उसने ओरेकल के साथ साझेदारी की है।", []string{"microsoft>oracle:s", "oracle>microsoft:s"}},
		{"X ने कहा कि उसने Y के साथ उपक्रम बना लिया है", "मेटा ने कहा कि उसने रिलायंस के साथ एक संयुक्त उपक्रम बना लिया है।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"X के बयान में कहा गया कि X ने Y के साथ साझेदारी की घोषणा की", "ओरेकल के बयान में कहा गया है कि ओरेकल ने सॉफ्टबैंक के साथ साझेदारी की घोषणा की।", []string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"X ने कहा कि Y के साथ साझेदारी मजबूत है (affirmed, X → Y)", "माइक्रोसॉफ्ट ने कहा कि ओरेकल के साथ साझेदारी मजबूत है।", []string{"microsoft>oracle:s"}},
		{"X ने कहा कि उसने Y के साथ साझेदारी की शर्तें तय कीं (no tie made)", "मेटा ने कहा कि उसने रिलायंस के साथ साझेदारी की शर्तें तय कीं।", nil},

		// Heads of calling labels (lexicon/evaluative.yaml, session 15)
		// judge only in a calling: a harm named in other words judges
		// no one.
		{"Y के बिल को 'कर्ज की गुलामी का बिल' कहा", "एलन मस्क ने डोनाल्ड ट्रंप के बजट बिल को 'कर्ज की गुलामी का बिल' कहा।", []string{"elon-musk>donald-trump:h"}},
		{"गुलामी outside a calling", "नरेंद्र मोदी ने कहा कि देश ने गुलामी की मानसिकता छोड़ दी है और राहुल गांधी से सहयोग की अपील की।", nil},
		{"टैक्स outside a calling", "कमला हैरिस ने मध्यवर्ग के लिए टैक्स में कटौती का वादा किया और डोनाल्ड ट्रंप से बहस की चुनौती स्वीकार की।", nil},
		{"Y की नीति को … अन्याय बताया", "कमला हैरिस ने डोनाल्ड ट्रंप के फैसले को छात्रों के साथ अन्याय बताया।", []string{"kamala-harris>donald-trump:h"}},

		// A joint venture formed "मिलकर": a deal's alias naming the
		// venture ("स्टारगेट परियोजना"), and building words (तैयार,
		// विकसित) in an announcement.
		{"X, Y और Z ने मिलकर <deal> परियोजना बनाने का ऐलान किया", "व्हाइट हाउस में सॉफ्टबैंक, ओरेकल और ओपनएआई ने मिलकर स्टारगेट परियोजना बनाने का ऐलान किया।", []string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"X ने ऐलान किया कि Y और Z मिलकर … तैयार करेंगे", "सत्या नडेला ने ऐलान किया कि माइक्रोसॉफ्ट और ओरेकल मिलकर नया क्लाउड ढांचा तैयार करेंगे।", []string{"microsoft>oracle:s", "oracle>microsoft:s", "oracle>satya-nadella:s", "satya-nadella>oracle:s"}},
		{"Y और Z मिलकर … पर हमला (a joint attack is no venture)", "गूगल और माइक्रोसॉफ्ट ने मिलकर ओपनएआई के ढांचे पर हमला बोला।", []string{"google>openai:h", "microsoft>openai:h"}},
		{"<deal> परियोजना named after मिलकर, no forming", "सॉफ्टबैंक और ओरेकल ने मिलकर स्टारगेट परियोजना की समीक्षा पर बातचीत की।", nil},

		// "साझेदारी की भी घोषणा": a particle before the decision noun
		// leaves the announcement an act; a genitive before another
		// noun stays a noun.
		{"X ने Y के साथ साझेदारी की भी घोषणा की", "मुकेश अंबानी ने मेटा के साथ एक करार किया। अंबानी ने गूगल के साथ साझेदारी की भी घोषणा की।", []string{"google>mukesh-ambani:s", "meta>mukesh-ambani:s", "mukesh-ambani>google:s", "mukesh-ambani>meta:s"}},
		{"X ने Y के साथ साझेदारी की भी समीक्षा की (no announcement)", "मुकेश अंबानी ने गूगल के साथ साझेदारी की भी समीक्षा की।", nil},

		// दोनों के बीच with no pair acting yet: the last two of one
		// kind named; दोनों acting or a thing mattering to दोनों is not
		// the relation's pair.
		{"… Y के बारे में …। दोनों के बीच तीखा झगड़ा हुआ था", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप के बारे में की गई पोस्ट पर उन्हें अफसोस है। पिछले हफ्ते दोनों के बीच तीखा झगड़ा हुआ था।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"… X … Y …। दोनों कंपनियों के बीच करार हुआ है", "माइक्रोसॉफ्ट ने कहा कि एक्सएआई के मॉडल अब उसकी क्लाउड सेवा पर मिलेंगे। इसके लिए दोनों कंपनियों के बीच करार हुआ है।", []string{"microsoft>xai:s", "xai>microsoft:s"}},
		{"दोनों नेताओं ने विवाद पर चर्चा की (the pair acting)", "नरेंद्र मोदी और डोनाल्ड ट्रंप के बीच फोन पर बातचीत हुई। अधिकारियों ने बताया कि दोनों नेताओं ने टैरिफ विवाद पर चर्चा की।", nil},
		{"दोनों कंपनियों के लिए यह साझेदारी अहम (no tie asserted)", "कई लोग पूछ रहे हैं कि क्या सत्या नडेला और सैम ऑल्टमैन के रिश्ते ठीक हैं। जानकारों का मानना है कि दोनों कंपनियों के लिए यह साझेदारी अहम है।", nil},

		// Campaigning for Y: a frame closed by its own postposition
		// ("Y के समर्थन में") heads no noun after it; rallies and
		// meetings held for Y (lexicon/frames.yaml).
		{"X Y के समर्थन में रैलियों में दिख रहे हैं", "एलन मस्क लगातार डोनाल्ड ट्रंप के समर्थन में रैलियों में दिख रहे हैं।", []string{"elon-musk>donald-trump:s"}},
		{"X Y की जीत के लिए सभाएं कर रहे हैं", "एलन मस्क डोनाल्ड ट्रंप की जीत के लिए पेंसिल्वेनिया में सभाएं कर रहे हैं।", []string{"elon-musk>donald-trump:s"}},
		{"headline: Y के लिए प्रचार में उतरे X", "कमला हैरिस के लिए खुलकर प्रचार में उतरे रीड हॉफमैन", []string{"reid-hoffman>kamala-harris:s"}},
		{"X ने रैली की और Y पर हमला बोला (a rally for no one)", "कमला हैरिस ने मिशिगन में रैली की और डोनाल्ड ट्रंप पर हमला बोला।", []string{"kamala-harris>donald-trump:h"}},
		{"प्रचार अभियान को पैसा नहीं दिया (negated)", "एलन मस्क ने डोनाल्ड ट्रंप के प्रचार अभियान को पैसा नहीं दिया।", nil},

		// Credit in someone's words (lexicon/evaluative.yaml): a new
		// identity or direction given, a foundation laid — of the
		// subject judged, not of a thing heading somewhere.
		{"X ने कहा कि Y ने … की नींव रखी है", "'मुकेश अंबानी ने भारत की डिजिटल क्रांति की नींव रखी है,' मार्क जुकरबर्ग ने मंच से कहा।", []string{"mark-zuckerberg>mukesh-ambani:s"}},
		{"X ने कहा कि Y की नीति ने देश को नई दिशा दी", "गौतम अडानी ने कहा कि नरेंद्र मोदी की नीति ने देश को नई दिशा दी है।", []string{"gautam-adani>narendra-modi:s"}},
		{"नई दिशा of no tracked subject", "राहुल गांधी ने कहा कि कांग्रेस अब नई दिशा में काम करेगी और नरेंद्र मोदी से मिलने का कोई कार्यक्रम नहीं है।", nil},

		// A campaign's chair speaks for it, as its spokesperson; a
		// chair of something else named bare does not.
		{"X के चुनाव अभियान …। अभियान की अध्यक्ष ने कहा कि Y …", "कमला हैरिस के चुनाव अभियान ने एक नया विज्ञापन जारी किया। अभियान की अध्यक्ष ने बयान में कहा कि डोनाल्ड ट्रंप झूठ बोल रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X के चुनाव अभियान …। समिति की अध्यक्ष ने कहा कि Y … (no proxy)", "कमला हैरिस के चुनाव अभियान ने एक नया विज्ञापन जारी किया। समिति की अध्यक्ष ने बयान में कहा कि डोनाल्ड ट्रंप झूठ बोल रहे हैं।", nil},

		// "X, जो …, को …": the subject relative's subject is the name
		// it follows, whatever X's postposition in the host; a relative
		// with its own agent keeps it.
		{"X, जो Y में N लगा चुकी है, को …", "माइक्रोसॉफ्ट, जो ओपनएआई में 13 अरब डॉलर लगा चुकी है, को नई हिस्सेदारी मिलेगी।", []string{"microsoft>openai:s"}},
		{"X, जो Y की आलोचना करते रहे हैं, से …", "एलन मस्क, जो सैम ऑल्टमैन की आलोचना करते रहे हैं, से पत्रकारों ने सवाल पूछे।", []string{"elon-musk>sam-altman:h"}},
		{"X, जो Y ने … (object relative)", "ओपनएआई, जो सैम ऑल्टमैन ने बनाई, को मेटा से चुनौती मिल रही है।", nil},

		// A demand made of Y to remove someone, Y called wrong or
		// unacceptable (lexicon): hostile to Y; one's own mistake
		// denied is none.
		{"X ने Y से Z को हटाने की मांग की", "डोनाल्ड ट्रंप ने माइक्रोसॉफ्ट से अपनी एक अधिकारी को तुरंत हटाने की मांग की।", []string{"donald-trump>microsoft:h"}},
		{"X ने कहा कि Y ने गलती की", "डोनाल्ड ट्रंप ने कहा कि माइक्रोसॉफ्ट ने बहुत बड़ी गलती की है।", []string{"donald-trump>microsoft:h"}},
		{"X ने कहा कि उन्होंने कोई गलती नहीं की (own, negated)", "एलन मस्क ने कहा कि उन्होंने ट्विटर खरीदकर कोई गलती नहीं की और डोनाल्ड ट्रंप से उनकी बात होती रहती है।", nil},
		{"Y का फैसला अस्वीकार्य है, X ने कहा", "'डोनाल्ड ट्रंप का यह फैसला अस्वीकार्य है,' कमला हैरिस ने कहा।", []string{"kamala-harris>donald-trump:h"}},

		// Greetings on someone's own occasion greet its owner; a
		// greeting with its own addressee, or after an event that is
		// no one's occasion, does not add one.
		{"Y के जन्मदिन पर X ने दी शुभकामनाएं", "प्रधानमंत्री नरेंद्र मोदी के जन्मदिन पर राहुल गांधी ने दी शुभकामनाएं", []string{"rahul-gandhi>narendra-modi:s"}},
		{"Y के 50 साल पूरे होने पर X ने बधाई दी", "माइक्रोसॉफ्ट के 50 साल पूरे होने पर सुंदर पिचाई ने बधाई दी।", []string{"sundar-pichai>microsoft:s"}},
		{"Z के 50 साल पूरे होने पर X ने Y को बधाई दी (Y greeted)", "रिलायंस के 50 साल पूरे होने पर नरेंद्र मोदी ने मुकेश अंबानी को बधाई दी।", []string{"narendra-modi>mukesh-ambani:s"}},
		{"Y पर हमले के बाद X ने बधाई दी (no occasion of Y's)", "एलन मस्क पर हमले के बाद डोनाल्ड ट्रंप ने पुलिस को बधाई दी।", nil},

		// The crony charge in someone's words (lexicon); told by the
		// narrator it judges no one.
		{"'…', X ने कहा, 'और Y उनके मुनीम बन गए हैं'", "'यह सरकार सिर्फ दो उद्योगपतियों के लिए चल रही है,' राहुल गांधी ने कहा, 'और प्रधानमंत्री मोदी उनके मुनीम बन गए हैं।'", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने उद्योगपतियों के लिए योजना घोषित की (narrator)", "नरेंद्र मोदी ने उद्योगपतियों के लिए नई योजना की घोषणा की और राहुल गांधी से सहयोग मांगा।", nil},

		// A new or recent medium's author speaks in it, as in "X की
		// किताब में"; with a ने in the sentence X stays possessed.
		{"X की नई किताब में Y को धमकी", "डोनाल्ड ट्रंप की नई किताब में मार्क जुकरबर्ग को धमकी", []string{"donald-trump>mark-zuckerberg:h"}},
		{"Z ने X की नई किताब में … (X possessed, no author's act)", "कमला हैरिस ने डोनाल्ड ट्रंप की नई किताब में मार्क जुकरबर्ग का जिक्र पढ़ा।", nil},

		// An accusing why-question charges its subject; a name that
		// only qualifies a noun ("Z मामले पर") is no second subject.
		{"X ने पूछा कि Y, Z मामले में जवाब क्यों नहीं दे रहे", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप एलन मस्क मामले में जवाब क्यों नहीं दे रहे।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने पूछा कि Y और Z बैठक में क्या बोले (a fact asked)", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप और एलन मस्क बैठक में क्या बोले।", nil},

		// A name qualifying a case or issue noun under पर is the topic,
		// not the target; a name under पर of its own stays one.
		{"X ने पूछा कि Y, Z मामले पर चुप क्यों हैं", "राहुल गांधी ने पूछा कि प्रधानमंत्री नरेंद्र मोदी गौतम अडानी मामले पर चुप क्यों हैं?", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Z मामले पर Y को घेरा", "राहुल गांधी ने संसद में अडानी मामले पर नरेंद्र मोदी को घेरा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Z पर निशाना साधा (Z the target)", "राहुल गांधी ने संसद में गौतम अडानी पर निशाना साधा।", []string{"rahul-gandhi>gautam-adani:h"}},

		// A bare charge or report called a lie or a conspiracy points
		// back to the last one named with its owner; an untracked
		// owner's, or one only called baseless, attacks no one.
		{"Y के आरोपों पर …। X ने आरोपों को 'साजिश' करार दिया", "सेंसरशिप के डोनाल्ड ट्रंप के आरोपों पर मेटा ने जवाब दिया। मेटा ने आरोपों को 'चुनाव से पहले की एक साजिश' करार दिया।", []string{"meta>donald-trump:h"}},
		{"Y की रिपोर्ट के बारे में …। X ने रिपोर्ट को 'मनगढ़ंत' बताया", "एक्सियोस की रिपोर्ट के बारे में डोनाल्ड ट्रंप से सवाल पूछा गया। ट्रंप ने रिपोर्ट को पूरी तरह 'मनगढ़ंत' बताया।", []string{"donald-trump>axios:h"}},
		{"Y के आरोप …, then Z (untracked) की रिपोर्ट …। X ने रिपोर्ट को 'मनगढ़ंत' बताया", "राहुल गांधी के आरोपों के बाद हिंडनबर्ग की नई रिपोर्ट आई। अडानी समूह ने रिपोर्ट को 'मनगढ़ंत' बताया।", nil},
		{"Y के आरोपों पर …। X ने आरोपों को बेबुनियाद बताया (a denial)", "राहुल गांधी के आरोपों पर अडानी समूह ने बयान जारी किया। समूह ने आरोपों को बेबुनियाद बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
