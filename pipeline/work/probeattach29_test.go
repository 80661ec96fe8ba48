package work

import (
	"testing"
	"time"
)

// Session 29 (ATTACH): probe sentences of our own for wording the
// engine has but does not attach to its target — a demonstrative or
// bare noun pointing back at an earlier sentence's owned thing, a tie
// made in one sentence and used in the next, an owned object or place
// as the target. They measure coverage and do not fail:
// KHABAR_PROBE28=1 go test -run TestSession29AttachProbes -v prints each
// miss and the count read right. On main 22e176b1: back-reference 2/11,
// controls 6/8, bare/led 5/9, tie 7/8, owned 5/8; on s29-attach 9/11,
// 8/8, 9/9, 8/8, 8/8. The bare/led group and two control rows were
// written after the rules (biased towards them); the rest before.
func TestSession29AttachProbes(t *testing.T) {
	y25 := func(int) time.Time { return time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC) }
	logProbes28(t, "back-reference", attachRefProbe29, y25)
	logProbes28(t, "back-reference controls", attachRefControl29, y25)
	logProbes28(t, "bare act noun, led body", attachBareProbe29, y25)
	logProbes28(t, "cross-sentence tie", attachTieProbe29, y25)
	logProbes28(t, "owned object/place", attachOwnedProbe29, y25)
}

var attachRefProbe29 = []stanceCase{
	{"इस प्लान after genitive", " || डोनाल्ड ट्रंप के नए टैरिफ प्लान पर दुनिया भर में चर्चा हो रही है। कमला हैरिस ने इस प्लान को मध्यम वर्ग के लिए बोझ बताया।", []string{"kamala-harris>donald-trump:h"}},
	{"इस पैकेज object of criticism", " || नरेंद्र मोदी के आर्थिक पैकेज का ऐलान सोमवार को हुआ। राहुल गांधी ने इस पैकेज की कड़ी आलोचना की।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"इस पेशकश mocked after doer", " || एलन मस्क ने ओपनएआई को खरीदने के लिए भारी रकम की पेशकश की। सैम ऑल्टमैन ने इस पेशकश का मजाक उड़ाया।", []string{"sam-altman>elon-musk:h"}},
	{"उस योजना praised after doer", " || मार्क जुकरबर्ग ने पिछले हफ्ते मेटावर्स की नई योजना पेश की। सुंदर पिचाई ने उस योजना की तारीफ की।", []string{"sundar-pichai>mark-zuckerberg:s"}},
	{"इस बयान called", " || नरेंद्र मोदी के बयान पर विपक्ष भड़क गया। राहुल गांधी ने इस बयान को शर्मनाक करार दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"इस मॉडल praised", " || एलन मस्क के नए एआई मॉडल की खूब चर्चा है। सत्या नडेला ने इस मॉडल को शानदार बताया।", []string{"satya-nadella>elon-musk:s"}},
	{"bare बोली after doer", " || गौतम अडानी ने बंदरगाह खरीदने के लिए बोली लगाई। मुकेश अंबानी ने बोली को बेतुका बताया।", []string{"mukesh-ambani>gautam-adani:h"}},
	{"यह नीति in that-clause", " || डोनाल्ड ट्रंप की टैरिफ नीति से बाजार में हलचल है। सत्या नडेला ने कहा कि यह नीति उद्योग के लिए नुकसानदेह है।", []string{"satya-nadella>donald-trump:h"}},
	{"इस एजेंडे attacked", " || डोनाल्ड ट्रंप के चुनावी एजेंडे पर बहस तेज है। कमला हैरिस ने इस एजेंडे को अमीरों का तोहफा बताया।", []string{"kamala-harris>donald-trump:h"}},
	{"उन बयानों, plural", " || मस्क के हालिया बयानों से विवाद खड़ा हो गया। सत्या नडेला ने उन बयानों को गैरजिम्मेदाराना करार दिया।", []string{"satya-nadella>elon-musk:h"}},
	{"उस फैसले welcomed", " || नरेंद्र मोदी के फैसले की हर तरफ चर्चा है। मुकेश अंबानी ने उस फैसले का स्वागत किया।", []string{"mukesh-ambani>narendra-modi:s"}},
}

var attachBareProbe29 = []stanceCase{
	{"bare bid after owner's genitive", " || मस्क की 50 अरब डॉलर की बोली से हलचल मच गई। ऑल्टमैन ने बोली का मजाक उड़ाया।", []string{"sam-altman>elon-musk:h"}},
	{"bare proposal after owner", " || नरेंद्र मोदी के प्रस्ताव पर बहस हुई। राहुल गांधी ने प्रस्ताव को संविधान पर हमला बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"bare statement praised", " || डोनाल्ड ट्रंप के बयान की चर्चा है। नाइजल फराज ने बयान की तारीफ की।", []string{"nigel-farage>donald-trump:s"}},
	{"bare plan, comma", " || कमला हैरिस की योजना सामने आई। ट्रंप ने कहा, योजना को जनता नकार देगी।", nil},
	{"led group bids", " || एलन मस्क की अगुवाई वाले निवेशकों ने बोली लगाई। सैम ऑल्टमैन ने इस बोली का मजाक उड़ाया।", []string{"sam-altman>elon-musk:h"}},
	{"led committee attacks", " || राहुल गांधी के नेतृत्व वाली समिति ने गौतम अडानी पर आरोप लगाया।", []string{"rahul-gandhi>gautam-adani:h"}},
	// Controls.
	{"bare report, untracked", " || हिंडनबर्ग ने अडानी समूह पर रिपोर्ट जारी की। राहुल गांधी ने संसद में सवाल उठाए। गौतम अडानी ने रिपोर्ट को साजिश बताया।", nil},
	{"bare noun own act", " || नरेंद्र मोदी के प्रस्ताव पर बहस हुई। मोदी ने प्रस्ताव को ऐतिहासिक बताया।", nil},
	{"bare noun with adjective", " || नरेंद्र मोदी के प्रस्ताव पर बहस हुई। राहुल गांधी ने अपने प्रस्ताव को बेहतर बताया।", nil},
}

var attachRefControl29 = []stanceCase{
	{"own plan, no back-reference", " || डोनाल्ड ट्रंप के टैरिफ प्लान पर चर्चा हो रही है। कमला हैरिस ने अपने प्लान को मध्यम वर्ग के लिए राहत बताया।", nil},
	{"demonstrative at untracked owner", " || डोनाल्ड ट्रंप ने संसद के नए विधेयक पर चुप्पी साधी। कमला हैरिस ने इस विधेयक को देश के लिए खतरनाक बताया।", nil},
	{"two owners compete", " || नरेंद्र मोदी के प्रस्ताव और मुकेश अंबानी के प्रस्ताव पर बहस हुई। राहुल गांधी ने इस प्रस्ताव को घातक बताया।", nil},
	{"owner speaks of his own", " || एलन मस्क ने नई योजना पेश की। मस्क ने इस योजना को ऐतिहासिक बताया।", nil},
	{"another noun", " || नरेंद्र मोदी के प्रस्ताव पर चर्चा हुई। राहुल गांधी ने इस विधेयक को घातक बताया।", nil},
	{"charge called baseless (no stance)", " || राहुल गांधी के आरोपों से सियासत गरमा गई। गौतम अडानी ने इन आरोपों को बेबुनियाद बताया।", nil},
	{"owner named after", " || राहुल गांधी ने संसद में भाषण दिया। इस भाषण को गौतम अडानी ने झूठा बताया।", []string{"gautam-adani>rahul-gandhi:h"}},
	{"untracked owner, tracked agent in that sentence", " || नरेंद्र मोदी ने विपक्ष के प्रस्ताव पर जवाब दिया। मुकेश अंबानी ने इस प्रस्ताव को बेकार बताया।", nil},
}

var attachTieProbe29 = []stanceCase{
	{"tie then suit", " || एलन मस्क की कंपनी एक्सएआई ने नया चैटबॉट उतारा है। ओपनएआई ने एक्सएआई पर व्यापार रहस्य चुराने का मुकदमा दायर किया।", []string{"openai>elon-musk:h", "openai>xai:h"}},
	{"tie with adjective", " || एलन मस्क की एआई कंपनी एक्सएआई चर्चा में है। ओपनएआई ने एक्सएआई पर मुकदमा दायर किया।", []string{"openai>elon-musk:h", "openai>xai:h"}},
	{"tie then criticism", " || मार्क जुकरबर्ग की कंपनी मेटा ने नया ऐप उतारा। डोनाल्ड ट्रंप ने मेटा की कड़ी आलोचना की।", []string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
	{"tie by group then praise", " || गौतम अडानी के अडानी समूह ने नया बंदरगाह बनाया। नरेंद्र मोदी ने अडानी समूह की तारीफ की।", []string{"narendra-modi>adani-group:s", "narendra-modi>gautam-adani:s"}},
	{"tie in relative then charge", " || रिलायंस, जिसके मालिक मुकेश अंबानी हैं, ने नया प्लान पेश किया। राहुल गांधी ने रिलायंस पर जनता को लूटने का आरोप लगाया।", []string{"rahul-gandhi>mukesh-ambani:h", "rahul-gandhi>reliance:h"}},
	{"tie by वाली", " || एलन मस्क के स्वामित्व वाली एक्स ने नई नीति लागू की। कमला हैरिस ने एक्स को झूठ का अड्डा बताया।", []string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
	{"tie, company mocked next", " || सत्या नडेला की कंपनी माइक्रोसॉफ्ट ने नतीजे जारी किए। सुंदर पिचाई ने माइक्रोसॉफ्ट का मजाक उड़ाया।", []string{"sundar-pichai>microsoft:h", "sundar-pichai>satya-nadella:h"}},
	{"tie, investment no transfer", " || सैम ऑल्टमैन की कंपनी ओपनएआई तेजी से बढ़ रही है। सॉफ्टबैंक ने ओपनएआई में भारी निवेश किया।", []string{"softbank>openai:s"}},
}

var attachOwnedProbe29 = []stanceCase{
	{"ban on account", " || मेटा ने डोनाल्ड ट्रंप के अकाउंट पर पाबंदी लगा दी।", []string{"meta>donald-trump:h"}},
	{"ban on accounts", " || एक्स ने नाइजल फराज के खातों पर रोक लगा दी।", []string{"x-corp>nigel-farage:h"}},
	{"account suspended", " || मेटा ने नाइजल फराज का अकाउंट निलंबित कर दिया।", []string{"meta>nigel-farage:h"}},
	{"scam in companies", " || डोनाल्ड ट्रंप ने कहा कि एलन मस्क की कंपनियों में भारी घपला हुआ है।", []string{"donald-trump>elon-musk:h"}},
	{"coordinated possessor with untracked", " || डोनाल्ड ट्रंप ने महंगाई का ठीकरा कमला हैरिस और डेमोक्रेट्स की नीतियों पर फोड़ा।", []string{"donald-trump>kamala-harris:h"}},
	{"blame on policies", " || राहुल गांधी ने बेरोजगारी का ठीकरा नरेंद्र मोदी की नीतियों पर फोड़ा।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"probe into firm's deals", " || राहुल गांधी ने गौतम अडानी के सौदों की जांच की मांग की।", []string{"rahul-gandhi>gautam-adani:h"}},
	{"raid on offices", " || डोनाल्ड ट्रंप ने कहा कि मेटा के दफ्तरों में धांधली चल रही है।", []string{"donald-trump>meta:h"}},
}
