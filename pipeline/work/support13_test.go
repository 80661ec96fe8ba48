package work

import (
	"testing"
	"time"
)

// TestSession13Support: supportive stances the engine missed on dev
// (session 13, SUPPORT helper). Each rule has rows that fire and rows
// where it must not.
func TestSession13Support(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A body's dateline ("मुंबई:") is no speaker's label: the report
		// after it is a main clause, so its announcer is read as usual.
		{"dateline: the chairman announcing is a party", "रिलायंस और माइक्रोसॉफ्ट साथ आए || मुंबई: रिलायंस इंडस्ट्रीज के चेयरमैन मुकेश अंबानी ने कंपनी की बैठक में माइक्रोसॉफ्ट के साथ गठबंधन का ऐलान किया।",
			[]string{"microsoft>mukesh-ambani:s", "microsoft>reliance:s", "mukesh-ambani>microsoft:s", "reliance>microsoft:s"}},
		{"two-word dateline", "नई दिल्ली: गूगल के प्रमुख सुंदर पिचाई ने जियो के साथ साझेदारी का ऐलान किया।",
			[]string{"google>reliance:s", "reliance>google:s", "reliance>sundar-pichai:s", "sundar-pichai>reliance:s"}},
		{"a tracked name before the colon is a speaker's label, not a dateline", "ट्रंप: कमला हैरिस झूठी हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"a colon later in the body stays a label", "रिलायंस के चेयरमैन मुकेश अंबानी की बैठक। एजेंडा: मेटा के साथ उपक्रम का ऐलान।", nil},

		// An alliance the headline already asserted, announced again in
		// the body by the company's chairman: the announcer is a party.
		{"headline alliance, body announcer", "रिलायंस और मेटा का संयुक्त उपक्रम || रिलायंस इंडस्ट्रीज के चेयरमैन मुकेश अंबानी ने कंपनी की बैठक में मेटा के साथ एक संयुक्त उपक्रम का ऐलान किया।",
			[]string{"meta>mukesh-ambani:s", "meta>reliance:s", "mukesh-ambani>meta:s", "reliance>meta:s"}},
		{"headline alliance, body chairman only tells of it (no announcement)", "रिलायंस और मेटा का संयुक्त उपक्रम || रिलायंस इंडस्ट्रीज के चेयरमैन मुकेश अंबानी ने कहा कि मेटा के साथ संयुक्त उपक्रम से कारोबार बढ़ेगा।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},

		// Two organisations joining hands form a venture (a handshake is
		// between people).
		{"X और Y ने मिलाया हाथ (companies, headline)", "गूगल और मेटा ने मिलाया हाथ, बनेगा नया डेटा सेंटर || ", []string{"google>meta:s", "meta>google:s"}},
		{"X और Y ने हाथ मिलाया (companies)", "ओरेकल और सॉफ्टबैंक ने हाथ मिलाया।", []string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"two people shaking hands stay neutral", "बहस से पहले डोनाल्ड ट्रंप और कमला हैरिस ने हाथ मिलाया।", nil},
		{"a person and a company: still no coordinated alliance", "डोनाल्ड ट्रंप और टेस्ला ने हाथ मिलाया।", nil},

		// A sum poured for a person is backing him (a deed).
		{"X ने Y के लिए झोंके N डॉलर (headline)", "एलन मस्क ने डोनाल्ड ट्रंप के लिए झोंके 25 करोड़ डॉलर", []string{"elon-musk>donald-trump:s"}},
		{"X ने Y की जीत के लिए … N डॉलर झोंक दिए", "एलन मस्क ने डोनाल्ड ट्रंप की जीत के लिए बनी समिति में करीब 7.5 करोड़ डॉलर झोंक दिए।", []string{"elon-musk>donald-trump:s"}},
		{"X ने Y के लिए खोला खजाना", "रीड हॉफमैन ने कमला हैरिस के लिए खोला खजाना, अभियान को एक करोड़ डॉलर", []string{"reid-hoffman>kamala-harris:s"}},
		{"a plan to pour (infinitive) is no deed", "एलन मस्क ने डोनाल्ड ट्रंप के लिए पांच करोड़ डॉलर झोंकने की बात कही।", nil},
		{"a fine imposed is no sum placed", "अदालत ने डोनाल्ड ट्रंप के लिए 35 करोड़ डॉलर का जुर्माना तय किया, एलन मस्क ने बताया।", nil},
		{"money poured against Y stays hostile", "रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ करोड़ों डॉलर झोंके।", []string{"reid-hoffman>donald-trump:h"}},
		{"X ने Y के प्रचार पर N डॉलर से ज्यादा खर्च किए थे", "गौरतलब है कि पिछले चुनाव में एलन मस्क ने डोनाल्ड ट्रंप के प्रचार पर 25 करोड़ डॉलर से ज्यादा खर्च किए थे।", []string{"elon-musk>donald-trump:s"}},
		{"spending on Y's campaign refused stays unasserted", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप के प्रचार पर करोड़ों डॉलर खर्च करने का सवाल ही नहीं।", nil},

		// A negator in a later conjunct of the clause does not reach a
		// predicate of the first conjunct.
		{"Y ने बहस जीती और Z के पास जवाब नहीं था", "एलन मस्क ने लिखा कि डोनाल्ड ट्रंप ने साफ तौर पर बहस जीती और उनके विरोधियों के पास कोई ठोस जवाब नहीं था।", []string{"elon-musk>donald-trump:s"}},
		{"Y की तारीफ की और Z की आलोचना नहीं की", "सुंदर पिचाई ने सत्या नडेला की तारीफ की और सैम ऑल्टमैन की आलोचना नहीं की।", []string{"sundar-pichai>satya-nadella:s"}},
		{"Y की और Z की आलोचना नहीं की (one predicate) stays negated", "राहुल गांधी ने नरेंद्र मोदी की और गौतम अडानी की आलोचना नहीं की।", nil},
		{"न … और न … stays negated", "न एलन मस्क ने डोनाल्ड ट्रंप की तारीफ की और न कमला हैरिस ने।", nil},
		{"a negator before the coordinator keeps the first conjunct negated", "सुंदर पिचाई ने सत्या नडेला की तारीफ नहीं की और बैठक छोड़ दी।", nil},

		// Praise words the evaluative list lacked (होशियार, कारगर, वरदान,
		// अजेय): said of a party, praise; of no party, nothing.
		{"Y और Z को सबसे होशियार लोग बताया", "डोनाल्ड ट्रंप ने सत्या नडेला और सुंदर पिचाई को 'सबसे होशियार लोग' बताया।", []string{"donald-trump>satya-nadella:s", "donald-trump>sundar-pichai:s"}},
		{"Y का मॉडल कारगर (headline)", "मार्क जुकरबर्ग ने माना- एक्स का मॉडल कारगर, मेटा भी अपनाएगा || ", []string{"mark-zuckerberg>x-corp:s"}},
		{"a boon said of no party is nothing", "नरेंद्र मोदी ने कहा कि इस साल की बारिश किसानों के लिए वरदान है।", nil},

		// Credit given to Y's leadership or vision in someone's words is
		// praise; a description ("… के नेतृत्व में चल रहा विभाग"), the
		// narrator's words, a funding round led by Y or blame are not.
		{"X बोले- Y के नेतृत्व में … (headline)", "मुकेश अंबानी बोले- नरेंद्र मोदी के नेतृत्व में भारत की रफ्तार को दुनिया सलाम कर रही || ", []string{"mukesh-ambani>narendra-modi:s"}},
		{"X ने कहा कि Y की दूरदृष्टि ने …", "गौतम अडानी ने कहा कि नरेंद्र मोदी की दूरदृष्टि ने भारत को आत्मविश्वास से भरा देश बनाया है।", []string{"gautam-adani>narendra-modi:s"}},
		{"X बोले- Y के नेतृत्व में भारत बनेगा … (future words, present praise)", "मुकेश अंबानी बोले- नरेंद्र मोदी के नेतृत्व में भारत बनेगा एआई की राजधानी || ", []string{"mukesh-ambani>narendra-modi:s"}},
		{"the narrator's 'Y के नेतृत्व में' credits no one", "नरेंद्र मोदी के नेतृत्व में भाजपा ने चुनाव जीता, गौतम अडानी समारोह में मौजूद थे।", nil},
		{"'Y के नेतृत्व में चल रहा विभाग' describes a body", "कमला हैरिस ने कहा कि एलन मस्क के नेतृत्व में चल रहा विभाग गरीबों की योजनाएं काट रहा है।", nil},
		{"a round led by Y (अगुवाई) is no credit", "ओपनएआई ने बताया कि उसने सॉफ्टबैंक की अगुवाई में नई फंडिंग जुटाई है।", nil},

		// Y called indispensable in someone's words ("Y के बिना …
		// अधूरा/मुश्किल") is praise (the negated "संभव नहीं" form was
		// read already by the frame बिना); the narrator's words are not.
		{"X बोले- Y के बिना Z की कल्पना मुश्किल", "सत्या नडेला बोले- सैम ऑल्टमैन के बिना ओपनएआई की कल्पना मुश्किल || ", []string{"satya-nadella>sam-altman:s"}},
		{"X ने कहा कि Y के बिना … संभव नहीं होतीं", "सैम ऑल्टमैन ने कहा कि मासायोशी सन के बिना एआई की इतनी बड़ी योजनाएं संभव नहीं होतीं।", []string{"sam-altman>masayoshi-son:s"}},
		{"the narrator's 'Y के बिना' is no one's praise", "सैम ऑल्टमैन के बिना ओपनएआई का बोर्ड मुश्किल में था।", nil},

		// A headline's "Y की तारीफ में X" (no verb): X praises Y.
		{"Y की तारीफ में X (headline)", "डोनाल्ड ट्रंप की तारीफ में सैम ऑल्टमैन, एलन मस्क ने याद दिलाया पुराना बयान || ", []string{"sam-altman>donald-trump:s"}},

		// A stake raised on Y (दांव बढ़ाया) is investing in Y.
		{"X ने Y पर बढ़ाया दांव (headline)", "सॉफ्टबैंक ने एनवीडिया के शेयर बेचे, ओपनएआई पर बढ़ाया दांव || ", []string{"softbank>openai:s"}},
		{"a stake not raised stays unasserted", "सॉफ्टबैंक ने ओपनएआई पर अपना दांव नहीं बढ़ाया।", nil},

		// A headline's "X बोले- …, Y को कहा शुक्रिया": the thanks are the
		// speaker's, not a name's the first part mentions; a call that
		// is no thanks keeps its old reading.
		{"X बोले- X-Y साझेदारी …, Z को कहा शुक्रिया", "मुकेश अंबानी बोले- जियो-मेटा साझेदारी से दुकानदारों को फायदा, मार्क जुकरबर्ग को कहा शुक्रिया || ", []string{"mukesh-ambani>mark-zuckerberg:s"}},
		{"X बोले- Y ने कमाल किया, Z को कहा झूठा (no thanks)", "सत्या नडेला बोले- सैम ऑल्टमैन ने कमाल किया, एलन मस्क को कहा झूठा || ", []string{"satya-nadella>elon-musk:h", "satya-nadella>sam-altman:s"}},

		// No alliance between a person and his own organisation.
		{"X की कंपनी Z के साथ उपक्रम पर बातचीत: no Z ↔ X", "एक रिपोर्ट के मुताबिक टेस्ला भारत में मुकेश अंबानी की रिलायंस इंडस्ट्रीज के साथ संयुक्त उपक्रम बनाने पर बातचीत कर रही है।", nil},
		{"a chief's alliance with another company stays", "मुकेश अंबानी ने माइक्रोसॉफ्ट के साथ गठबंधन का ऐलान किया।", []string{"microsoft>mukesh-ambani:s", "mukesh-ambani>microsoft:s"}},

		// "Y (के अभियान) को X का चंदा" (headline nominal): the genitive
		// is the giver; a gift returned stays a rupture.
		{"Y के कैंपेन को X का N का चंदा", "कमला हैरिस के कैंपेन को रीड हॉफमैन का एक करोड़ डॉलर का चंदा || ", []string{"reid-hoffman>kamala-harris:s"}},
		{"Y ने X का चंदा लौटाया stays a rupture", "कमला हैरिस ने रीड हॉफमैन का चंदा लौटा दिया।", []string{"kamala-harris>reid-hoffman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
