package work

import (
	"testing"
	"time"
)

// TestMood38 (session 38, MOOD): the contrast families platform,
// future, conditional and coordinated, in outlet style. Each row but
// the controls fails without its change (coord38.go, plan38.go,
// cond38.go, lexicon/evaluative.yaml "Session 38 (MOOD)").
func TestMood38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		// Coordinated: "ORG के X और ORG2 के Y ने" (orgOfPerson38).
		{"two named heads, each with his company", " || बेंगलुरु में बुधवार को हुए सम्मेलन में टेस्ला के एलन मस्क और मेटा के मार्क जुकरबर्ग ने ओपनएआई की कड़ी आलोचना की।", []string{"elon-musk>openai:h", "mark-zuckerberg>openai:h"}},
		{"a bare name and a company's head", " || सत्य नडेला और गूगल के सुंदर पिचाई ने दिल्ली में प्रधानमंत्री नरेंद्र मोदी की डिजिटल इंडिया पहल की सराहना की।", []string{"satya-nadella>narendra-modi:s", "sundar-pichai>narendra-modi:s"}},
		{"a time word after the second head", " || ओरेकल के लैरी एलिसन और सॉफ्टबैंक के मासायोशी सोन ने बुधवार को टोक्यो में एलन मस्क की जमकर तारीफ की।", []string{"larry-ellison>elon-musk:s", "masayoshi-son>elon-musk:s"}},
		{"ctl two companies owning one head", " || रिलायंस और जियो के प्रमुख मुकेश अंबानी ने नरेंद्र मोदी की तारीफ की।", []string{"mukesh-ambani>narendra-modi:s"}},
		// Coordinated: "X के अलावा Y पर भी" (besides38).
		{"besides, the target", " || अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने शनिवार की रैली में एलन मस्क के अलावा मार्क जुकरबर्ग पर भी निशाना साधा।", []string{"donald-trump>elon-musk:h", "donald-trump>mark-zuckerberg:h"}},
		{"besides, the speaker", " || सुंदर पिचाई के अलावा सत्य नडेला ने भी प्रधानमंत्री मोदी की डिजिटल नीतियों की प्रशंसा की।", []string{"sundar-pichai>narendra-modi:s", "satya-nadella>narendra-modi:s"}},
		{"besides, under को", " || राहुल गांधी ने गौतम अडानी के अलावा मुकेश अंबानी को भी आड़े हाथों लिया।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>mukesh-ambani:h"}},
		{"ctl instead of", " || ट्रंप ने मस्क के बजाय जुकरबर्ग पर निशाना साधा।", []string{"donald-trump>mark-zuckerberg:h"}},
		// Future: a deed only weighed (weighed38).
		{"thinking about suing", " || एलन मस्क ने कहा कि वे ओपनएआई पर दोबारा मुकदमा करने के बारे में सोच रहे हैं।", nil},
		{"making up one's mind", " || एलन मस्क ओपनएआई के खिलाफ नया मुकदमा करने का मन बना रहे हैं।", nil},
		{"an intention voiced", " || व्हाइट हाउस में ट्रंप ने गूगल पर मुकदमा करने का इरादा जताया।", nil},
		{"ctl a threat", " || ट्रंप ने गूगल पर मुकदमा करने की धमकी दी।", []string{"donald-trump>google:h"}},
		{"ctl the suit filed", " || एलन मस्क ने ओपनएआई पर दोबारा मुकदमा कर दिया।", []string{"elon-musk>openai:h"}},
		// Conditional: "तभी … जब" (onlyWhen38).
		{"only when, partner", " || सैम ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट हमारा साझेदार तभी रहेगा जब वह हमें पर्याप्त कंप्यूट देगा।", nil},
		{"only when, deal", " || सुंदर पिचाई ने कहा कि रिलायंस के साथ करार तभी होगा जब नियामकों की मंजूरी मिल जाएगी।", nil},
		{"ctl ever since", " || ट्रंप ने कहा कि मस्क तभी से परेशान हैं जब से उनकी सब्सिडी छिनी, वे पूरी तरह पागल हो गए हैं।", []string{"donald-trump>elon-musk:h"}},
		{"ctl partner said plainly", " || सैम ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट हमारा सबसे भरोसेमंद साझेदार है।", []string{"sam-altman>microsoft:s"}},
		// Platform as the one judged (lexicon).
		{"platform as a stage of lies", " || डेमोक्रेटिक उम्मीदवार कमला हैरिस ने मिशिगन में कहा कि गूगल झूठ फैलाने का मंच बन गया है।", []string{"kamala-harris>google:h"}},
		{"platform as a den", " || एक पॉडकास्ट में मार्क जुकरबर्ग ने कहा कि एक्स नफरत फैलाने वालों का अड्डा बन गया है।", []string{"mark-zuckerberg>x-corp:h"}},
		{"platform praised", " || ट्रंप ने कहा कि एक्स अब अभिव्यक्ति की आजादी का सबसे बड़ा मंच है।", []string{"donald-trump>x-corp:s"}},
		{"ctl platform as the place", " || कमला हैरिस ने एक्स पर लिखा कि वे कल मिशिगन में रैली करेंगी।", nil},
	})
}
