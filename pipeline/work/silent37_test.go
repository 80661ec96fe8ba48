package work

import (
	"testing"
	"time"
)

// TestSilent37LikeClass: a class named by its example ("Y जैसे
// अरबपतियों के पैसे ने …") shares the postposition after the class word
// (likeClassPost37, silent37.go). The first rows give nothing without it
// (the name was read as a bare subject that the clause's agent or the
// possessed subject's frame did not take); the controls read the same
// both ways.
func TestSilent37LikeClass(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"genitive owner of the agent", "चुनावी रैली में पूर्व उपराष्ट्रपति कमला हैरिस ने कहा कि एलन मस्क जैसे अरबपतियों के चंदे ने इस बार के चुनाव को विकृत कर दिया है।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"the class as ने-agent", "मिशिगन की एक सभा में डेमोक्रेटिक उम्मीदवार कमला हैरिस ने मंगलवार को कहा कि एलन मस्क जैसे अरबपतियों ने सोशल मीडिया के जरिए लोकतंत्र को कमजोर कर दिया है।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"owner of the policies that acted", "जयपुर की किसान रैली में कांग्रेस नेता राहुल गांधी ने कहा कि नरेंद्र मोदी जैसे नेताओं की नीतियों ने किसानों को बर्बाद कर दिया है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"owner of the company praised", "फ्लोरिडा में समर्थकों को संबोधित करते हुए राष्ट्रपति डोनाल्ड ट्रंप ने कहा कि एलन मस्क जैसे लोगों का साथ अमेरिका के लिए गर्व की बात है।",
			[]string{"donald-trump>elon-musk:s"}},
		// Controls.
		{"two words: the class is the subject", "राहुल गांधी ने कहा कि गौतम अडानी जैसे उद्योगपति किसानों की जमीनें लूट रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"the genitive subject of a verbal noun", "व्हाइट हाउस में ट्रंप ने कहा कि माइक्रोसॉफ्ट जैसी कंपनी का ऐसे व्यक्ति को इतना अहम पद सौंपना अस्वीकार्य है।",
			[]string{"donald-trump>microsoft:h"}},
		{"narration, no speaker", "गूगल जैसी कंपनियों का भरोसा पिछले साल भारत में तेजी से बढ़ा है।", nil},
		{"the class as agent of a plain act", "सुंदर पिचाई जैसे दिग्गजों ने भी इस सम्मेलन में हिस्सा लिया।", nil},
		{"in whose presence", "सम्मेलन में सुंदर पिचाई और सत्या नडेला जैसे दिग्गजों की मौजूदगी में मोदी ने भारत के एआई मिशन की घोषणा की।", nil},
		{"among them (में)", "एलन मस्क ने कहा कि ओपनएआई जैसी कंपनियों में भी यही समस्या है।", nil},
		{"the dative subject of an obligation", "डोनाल्ड ट्रंप ने गुरुवार को कहा कि गूगल और मेटा जैसी कंपनियों को अमेरिका में कारखाने लगाने चाहिए।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent37TieFormed: a tie noun followed by "के गठन / की स्थापना"
// is the tie formed, as "की शुरुआत" is started (tieHead12,
// contrast12.go, session 37). The first rows give nothing without it;
// the controls (talks, a plan, a founding in the background, a tie
// presupposed before के बाद) read the same both ways.
func TestSilent37TieFormed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"coordinated founders announce the forming", "मुंबई में बुधवार को रिलायंस इंडस्ट्रीज और मेटा ने एआई संयुक्त उपक्रम के गठन का ऐलान किया, जिसमें दोनों कंपनियां मिलकर निवेश करेंगी।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"the partner under के साथ", "रिलायंस इंडस्ट्रीज ने बुधवार को मेटा के साथ एआई संयुक्त उपक्रम के गठन की घोषणा की।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"की स्थापना", "गूगल और अडानी समूह ने विशाखापत्तनम में डेटा सेंटर के लिए नए उपक्रम की स्थापना की घोषणा की है।",
			[]string{"adani-group>google:s", "google>adani-group:s"}},
		// Controls.
		{"talks on the forming", "माइक्रोसॉफ्ट और ओपनएआई ने अगले साल संयुक्त उपक्रम के गठन पर बातचीत शुरू की।", nil},
		{"considered", "सूत्रों के मुताबिक रिलायंस और मेटा संयुक्त उपक्रम के गठन पर विचार कर रहे हैं।", nil},
		{"a company's founding in the background", "ओपनएआई की स्थापना के समय एलन मस्क और सैम ऑल्टमैन साथ थे।", nil},
		{"presupposed before के बाद", "सॉफ्टबैंक और ओपनएआई के संयुक्त उपक्रम के गठन के बाद मासायोशी सन ने जापान में एक कार्यक्रम किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSilent37TieAgreed: a tie's extension agreed on ("करार को आगे
// बढ़ाने पर सहमति जताई/बनी") is decided, as one announced (doneOrDecided12,
// contrast12.go, session 37). The first rows give nothing without it;
// the controls (talks, an agreement that failed) read the same both ways.
func TestSilent37TieAgreed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"agreed by coordinated partners", "ओरेकल और ओपनएआई ने बुधवार को अपने क्लाउड करार का दायरा बढ़ाने पर सहमति जताई, जिससे स्टारगेट परियोजना को नई रफ्तार मिलेगी।",
			[]string{"openai>oracle:s", "oracle>openai:s"}},
		{"agreement reached between them", "सूत्रों के अनुसार लंबी बातचीत के बाद माइक्रोसॉफ्ट और ओपनएआई के बीच करार की अवधि बढ़ाने पर सहमति बन गई है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"term lengthened, headline", "गूगल-जियो करार पांच साल और चलेगा || मुंबई में सोमवार को गूगल और जियो प्लेटफॉर्म्स ने अपने क्लाउड करार को पांच साल के लिए आगे बढ़ाने पर सहमति जताई।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		// Controls.
		{"no agreement", "गूगल और जियो प्लेटफॉर्म्स के बीच करार को आगे बढ़ाने पर सहमति नहीं बन सकी।", nil},
		{"talks only", "गूगल और जियो प्लेटफॉर्म्स ने करार को आगे बढ़ाने पर बातचीत की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
