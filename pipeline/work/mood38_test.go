package work

import (
	"testing"
	"time"
)

// TestMood38 (session 38, MOOD): the contrast families coordinated,
// platform and future, in outlet style. Each row but the controls fails
// without its change (coord38.go, future38.go, lexicon/evaluative.yaml
// "Session 38 (MOOD)").
func TestMood38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		// Coordinated: "ORG के X और ORG2 के Y ने" (orgOfPerson38).
		{"two named heads, each with his company", " || टेस्ला के एलन मस्क और मेटा के मार्क जुकरबर्ग ने बुधवार को बेंगलुरु के सम्मेलन में ओपनएआई की कड़ी आलोचना की।", []string{"elon-musk>openai:h", "mark-zuckerberg>openai:h"}},
		{"a bare name and a company's head", " || सत्य नडेला और गूगल के सुंदर पिचाई ने दिल्ली में प्रधानमंत्री नरेंद्र मोदी की डिजिटल इंडिया पहल की सराहना की।", []string{"satya-nadella>narendra-modi:s", "sundar-pichai>narendra-modi:s"}},
		{"a time word after the second head", " || ओरेकल के लैरी एलिसन और सॉफ्टबैंक के मासायोशी सोन ने बुधवार को टोक्यो में एलन मस्क की जमकर तारीफ की।", []string{"larry-ellison>elon-musk:s", "masayoshi-son>elon-musk:s"}},
		{"ctl two companies owning one head", " || रिलायंस और जियो के प्रमुख मुकेश अंबानी ने नरेंद्र मोदी की तारीफ की।", []string{"mukesh-ambani>narendra-modi:s"}},
		// Platform as the one judged (lexicon).
		{"platform as a stage of lies", " || डेमोक्रेटिक उम्मीदवार कमला हैरिस ने मिशिगन में कहा कि गूगल झूठ फैलाने का मंच बन गया है।", []string{"kamala-harris>google:h"}},
		{"platform as a den", " || एक पॉडकास्ट में मार्क जुकरबर्ग ने कहा कि एक्स नफरत फैलाने वालों का अड्डा बन गया है।", []string{"mark-zuckerberg>x-corp:h"}},
		{"platform praised", " || ट्रंप ने कहा कि एक्स अब अभिव्यक्ति की आजादी का सबसे बड़ा मंच है।", []string{"donald-trump>x-corp:s"}},
		{"ctl platform as the place", " || कमला हैरिस ने एक्स पर लिखा कि वे कल मिशिगन में रैली करेंगी।", nil},
		// Future: a headline's tie over a body that plans it (tieLabelFuture38).
		{"headline tie, signing to come", "गूगल-रिलायंस एआई करार || रिलायंस अगले हफ्ते गूगल के साथ एआई करार पर दस्तखत करेगी, सूत्रों ने बताया। इससे देश में नए डेटा सेंटर बनेंगे।", nil},
		{"ctl headline tie, its effect to come", "गूगल और रिलायंस का एआई करार || मुकेश अंबानी ने मुंबई में कहा कि गूगल के साथ एआई करार से देश में नौकरियां बढ़ेंगी।", []string{"google>reliance:s", "reliance>google:s"}},
		{"ctl headline tie, signed", "गूगल-रिलायंस एआई करार || रिलायंस ने मंगलवार को गूगल के साथ एआई करार पर दस्तखत किए। इससे देश में नए डेटा सेंटर बनेंगे।", []string{"google>reliance:s", "reliance>google:s"}},
	})
}
