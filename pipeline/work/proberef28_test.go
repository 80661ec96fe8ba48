package work

import (
	"testing"
	"time"
)

// Session 28 (REF): probe sentences of our own for reference and the
// target's identity — epithets (with honorifics, oblique, genitive, in
// headlines), role nouns, surnames, possessed artefacts, deeds,
// platforms and coordinated parties. They measure coverage and do not
// fail: KHABAR_PROBE28=1 go test -run TestSession28Probes -v prints
// each miss and the count read right.
func TestSession28Probes(t *testing.T) {
	y25 := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	y24 := time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)
	probes := []struct {
		when time.Time
		c    stanceCase
	}{
		// Epithets.
		{y25, stanceCase{"epithet alone", "अमेरिकी राष्ट्रपति ने एलन मस्क की जमकर तारीफ की।", []string{"donald-trump>elon-musk:s"}}},
		{y25, stanceCase{"epithet honorific", "प्रधानमंत्री जी ने राहुल गांधी के आरोपों को झूठ का पुलिंदा बताया।", []string{"narendra-modi>rahul-gandhi:h"}}},
		{y25, stanceCase{"epithet oblique object", "सैम ऑल्टमैन ने टेस्ला प्रमुख को झूठा बताया।", []string{"sam-altman>elon-musk:h"}}},
		{y25, stanceCase{"epithet genitive owner", "ओपनएआई के सीईओ ने टेस्ला प्रमुख के बयान की कड़ी आलोचना की।", []string{"sam-altman>elon-musk:h"}}},
		{y25, stanceCase{"epithet headline", "ओपनएआई प्रमुख पर बरसे टेस्ला के सीईओ || सम्मेलन में बोलते हुए उन्होंने कहा कि कंपनी अपने रास्ते से भटक गई है।", []string{"elon-musk>sam-altman:h"}}},
		{y25, stanceCase{"epithet richest", "दुनिया के सबसे अमीर व्यक्ति ने अमेरिकी राष्ट्रपति की नीतियों का खुलकर समर्थन किया।", []string{"elon-musk>donald-trump:s"}}},
		{y24, stanceCase{"epithet candidates", "रिपब्लिकन उम्मीदवार ने डेमोक्रेटिक उम्मीदवार को कमजोर नेता बताया।", []string{"donald-trump>kamala-harris:h"}}},
		{y25, stanceCase{"epithet after name", "नरेंद्र मोदी ने सोमवार को संसद में भाषण दिया। प्रधानमंत्री ने नेता प्रतिपक्ष पर देश को गुमराह करने का आरोप लगाया।", []string{"narendra-modi>rahul-gandhi:h"}}},
		{y25, stanceCase{"epithet 'के' oblique", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने गूगल प्रमुख के साथ मंच साझा किया और उनकी दूरदर्शिता की सराहना की।", []string{"satya-nadella>sundar-pichai:s"}}},
		// Role nouns and surnames.
		{y25, stanceCase{"role noun after full name", "डोनाल्ड ट्रंप ने मंगलवार को नाइजल फराज से मुलाकात की। अमेरिकी राष्ट्रपति ने फराज को सच्चा दोस्त बताया।", []string{"donald-trump>nigel-farage:s"}}},
		{y25, stanceCase{"company's ceo", "गूगल ने नया मॉडल पेश किया। कंपनी के सीईओ ने माइक्रोसॉफ्ट पर दूसरों की तकनीक की नकल करने का आरोप लगाया।", []string{"sundar-pichai>microsoft:h"}}},
		{y25, stanceCase{"surnames", "एलन मस्क ने बुधवार को एक पॉडकास्ट में हिस्सा लिया। मस्क ने ऑल्टमैन को धोखेबाज कहा।", []string{"elon-musk>sam-altman:h"}}},
		{y25, stanceCase{"surname with ji", "राहुल गांधी ने कहा कि मोदी जी ने देश के युवाओं को धोखा दिया है।", []string{"rahul-gandhi>narendra-modi:h"}}},
		// Possessed artefacts.
		{y25, stanceCase{"government's policy", "राहुल गांधी ने मोदी सरकार की नई शिक्षा नीति को देश के लिए खतरनाक बताया।", []string{"rahul-gandhi>narendra-modi:h"}}},
		{y25, stanceCase{"strategy praised", "सुंदर पिचाई ने सत्या नडेला की एआई रणनीति की सराहना की।", []string{"sundar-pichai>satya-nadella:s"}}},
		{y25, stanceCase{"chatbot called", "सैम ऑल्टमैन ने मस्क के चैटबॉट को खतरनाक खिलौना बताया।", []string{"sam-altman>elon-musk:h"}}},
		{y24, stanceCase{"plan called", "कमला हैरिस ने ट्रंप के टैरिफ प्लान को मध्यम वर्ग पर टैक्स करार दिया।", []string{"kamala-harris>donald-trump:h"}}},
		{y25, stanceCase{"remark called", "नरेंद्र मोदी ने राहुल गांधी के बयान को गैरजिम्मेदाराना बताया।", []string{"narendra-modi>rahul-gandhi:h"}}},
		{y24, stanceCase{"tweet mocked", "डोनाल्ड ट्रंप ने कमला हैरिस के ट्वीट का मजाक उड़ाया।", []string{"donald-trump>kamala-harris:h"}}},
		{y25, stanceCase{"dream quoted", "सैम ऑल्टमैन ने कहा कि मार्क जुकरबर्ग का मेटावर्स का सपना पैसे की बर्बादी साबित हुआ।", []string{"sam-altman>mark-zuckerberg:h"}}},
		{y25, stanceCase{"cars nobody buys", "डोनाल्ड ट्रंप ने कहा कि मस्क की कारें अब कोई नहीं खरीदना चाहता।", []string{"donald-trump>elon-musk:h"}}},
		{y25, stanceCase{"company's product relies", "सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट का कोपायलट दूसरों के भरोसे चल रहा है।", []string{"sundar-pichai>microsoft:h"}}},
		{y25, stanceCase{"budget labelled", "राहुल गांधी ने मोदी सरकार के बजट को जनविरोधी करार दिया।", []string{"rahul-gandhi>narendra-modi:h"}}},
		{y25, stanceCase{"network praised", "सुंदर पिचाई ने कहा कि मुकेश अंबानी के जियो नेटवर्क ने करोड़ों लोगों को इंटरनेट से जोड़ा और यह दुनिया के लिए मिसाल है।", []string{"sundar-pichai>mukesh-ambani:s"}}},
		// Deeds.
		{y24, stanceCase{"donation", "एलन मस्क ने डोनाल्ड ट्रंप के चुनाव अभियान को करोड़ों डॉलर का चंदा दिया।", []string{"elon-musk>donald-trump:s"}}},
		{y24, stanceCase{"fundraiser", "रीड हॉफमैन ने कमला हैरिस के लिए फंडरेजर आयोजित किया।", []string{"reid-hoffman>kamala-harris:s"}}},
		{y24, stanceCase{"appointment", "डोनाल्ड ट्रंप ने एलन मस्क को नए सरकारी दक्षता विभाग का प्रमुख नियुक्त किया।", []string{"donald-trump>elon-musk:s"}}},
		{y25, stanceCase{"lawsuit", "डोनाल्ड ट्रंप ने मेटा पर अरबों डॉलर का मुकदमा दायर किया।", []string{"donald-trump>meta:h"}}},
		{y25, stanceCase{"account blocked", "एक्स ने नाइजल फराज का अकाउंट ब्लॉक कर दिया।", []string{"x-corp>nigel-farage:h"}}},
		{y24, stanceCase{"campaigned for", "रीड हॉफमैन ने कमला हैरिस के लिए पेंसिल्वेनिया में प्रचार किया।", []string{"reid-hoffman>kamala-harris:s"}}},
		{y25, stanceCase{"fired", "सैम ऑल्टमैन को ओपनएआई के बोर्ड ने बर्खास्त कर दिया।", []string{"openai>sam-altman:h"}}},
		{y25, stanceCase{"banned", "मेटा ने डोनाल्ड ट्रंप के खातों पर प्रतिबंध लगा दिया।", []string{"meta>donald-trump:h"}}},
		// Platforms.
		{y25, stanceCase{"venue", "एलन मस्क ने एक्स पर पोस्ट कर सैम ऑल्टमैन को झूठा कहा।", []string{"elon-musk>sam-altman:h"}}},
		{y25, stanceCase{"platform praised", "नाइजल फराज ने कहा कि एक्स अभिव्यक्ति की आज़ादी का सबसे बड़ा मंच है।", []string{"nigel-farage>x-corp:s"}}},
		{y24, stanceCase{"campaign on platform", "कमला हैरिस के प्रचार अभियान ने एक्स पर डोनाल्ड ट्रंप का मजाक उड़ाया।", []string{"kamala-harris>donald-trump:h"}}},
		// Coordinated parties.
		{y25, stanceCase{"both objects", "एलन मस्क ने सैम ऑल्टमैन और सत्या नडेला दोनों की आलोचना की।", []string{"elon-musk>sam-altman:h", "elon-musk>satya-nadella:h"}}},
		{y25, stanceCase{"three subjects", "सुंदर पिचाई, सत्या नडेला और सैम ऑल्टमैन ने डोनाल्ड ट्रंप की एआई नीति की सराहना की।", []string{"sam-altman>donald-trump:s", "satya-nadella>donald-trump:s", "sundar-pichai>donald-trump:s"}}},
		{y24, stanceCase{"together", "मस्क और ट्रंप ने मिलकर कमला हैरिस पर निशाना साधा।", []string{"donald-trump>kamala-harris:h", "elon-musk>kamala-harris:h"}}},
		{y25, stanceCase{"orgs back", "ओरेकल और सॉफ्टबैंक ने ओपनएआई के नए प्रोजेक्ट का समर्थन किया।", []string{"oracle>openai:s", "softbank>openai:s"}}},
		{y25, stanceCase{"X and Y on Z", "राहुल गांधी और उनकी पार्टी ने गौतम अडानी पर देश को लूटने का आरोप लगाया।", []string{"rahul-gandhi>gautam-adani:h"}}},
		// Written during the session, after reading the dev misses (so
		// biased towards what was fixed): varied outlet shapes.
		{y25, stanceCase{"title before adverb", "सैम ऑल्टमैन ने कहा कि टेस्ला प्रमुख सिर्फ दिखावे के लिए झूठ बोलते हैं।", []string{"sam-altman>elon-musk:h"}}},
		{y25, stanceCase{"title speaks", "मेटा प्रमुख बोले, ओपनएआई भरोसे लायक नहीं", []string{"mark-zuckerberg>openai:h"}}},
		{y25, stanceCase{"headline title, pronoun", "गूगल प्रमुख का माइक्रोसॉफ्ट पर तंज || उन्होंने कहा कि सत्या नडेला दूसरों की नकल करते हैं।", []string{"sundar-pichai>microsoft:h", "sundar-pichai>satya-nadella:h"}}},
		{y25, stanceCase{"pronoun after title", "मार्क जुकरबर्ग ने ओपनएआई प्रमुख से मुलाकात की। उन्होंने उनकी मेहनत की सराहना की।", []string{"mark-zuckerberg>sam-altman:s"}}},
		{y25, stanceCase{"title and name", "राहुल गांधी ने कहा कि प्रधानमंत्री और गौतम अडानी मिलकर देश को लूट रहे हैं।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}}},
		{y25, stanceCase{"participle, surname", "कमला हैरिस ने सड़क पर खड़ी मस्क की कारों को खतरनाक बताया।", []string{"kamala-harris>elon-musk:h"}}},
		{y25, stanceCase{"owner's platform praised", "नाइजल फराज ने मस्क के प्लेटफॉर्म एक्स की जमकर तारीफ की।", []string{"nigel-farage>elon-musk:s", "nigel-farage>x-corp:s"}}},
		{y25, stanceCase{"comma, both", "कमला हैरिस ने डोनाल्ड ट्रंप और उनके सलाहकारों, दोनों पर झूठ फैलाने का आरोप लगाया।", []string{"kamala-harris>donald-trump:h"}}},
		{y24, stanceCase{"committee", "एलन मस्क की राजनीतिक समिति ने डोनाल्ड ट्रंप के समर्थन में विज्ञापन चलाए।", []string{"elon-musk>donald-trump:s"}}},
		{y25, stanceCase{"named holder, company's ceo called", "सैम ऑल्टमैन मंच पर थे। ओपनएआई ने नया मॉडल पेश किया। मार्क जुकरबर्ग ने कंपनी के सीईओ को चालाक बताया।", []string{"mark-zuckerberg>sam-altman:h"}}},
	}
	cases := make([]stanceCase, len(probes))
	for i, p := range probes {
		cases[i] = p.c
	}
	logProbes28(t, "ref probes", cases, func(i int) time.Time { return probes[i].when })
}
