package work

import (
	"os"
	"slices"
	"testing"
	"time"
)

// TestSession28QuoteProbe counts how many of our own quote / reported
// speech sentences (varied outlet shapes) the engine reads exactly. It
// only logs (KHABAR_PROBE28=1): rows it reads are kept as rule rows in
// quote28_test.go.
func TestSession28QuoteProbe(t *testing.T) {
	logProbes28(t, "quote probes", quoteProbe28, func(int) time.Time { return time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC) })
}

// logProbes28 reads each probe (published at when(i)) and logs every
// miss and how many it reads exactly; it never fails, and is skipped
// unless KHABAR_PROBE28 is set (the quote, break and ref probe files).
func logProbes28(t *testing.T, label string, probes []stanceCase, when func(i int) time.Time) {
	t.Helper()
	if os.Getenv("KHABAR_PROBE28") == "" {
		t.Skip("KHABAR_PROBE28 not set")
	}
	a := shippedAnalyzer(t)
	ok := 0
	for i, c := range probes {
		got, want := caseStances(a, "probe", c.text, when(i), c.want)
		if slices.Equal(got, want) {
			ok++
			continue
		}
		t.Logf("MISS %s: got %v want %v", c.name, got, want)
	}
	t.Logf("%s: %d/%d read exactly", label, ok, len(probes))
}

var quoteProbe28 = []stanceCase{
	{"quote-first ने कहा", " || “राहुल गांधी देश के युवाओं को गुमराह कर रहे हैं,” नरेंद्र मोदी ने बुधवार को कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
	{"quote-first बोले", " || “सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता,” मस्क बोले।", []string{"elon-musk>sam-altman:h"}},
	{"colon headline speaker first", "मोदी: राहुल गांधी ने देश को धोखा दिया || प्रधानमंत्री ने बिहार की एक सभा को संबोधित किया।", []string{"narendra-modi>rahul-gandhi:h"}},
	{"indirect over sentences", " || सत्या नडेला ने गुरुवार को निवेशकों से बात की। उन्होंने कहा कि क्लाउड कारोबार तेजी से बढ़ रहा है। उन्होंने यह भी कहा कि ओपनएआई माइक्रोसॉफ्ट का सबसे भरोसेमंद साझेदार है।", []string{"satya-nadella>openai:s"}},
	{"evaluative in quote", " || एलन मस्क ने रविवार को लिखा, “नाइजल फराज एक ईमानदार और साहसी नेता हैं।”", []string{"elon-musk>nigel-farage:s"}},
	{"denied quote", " || एक अखबार ने दावा किया कि मस्क ने ट्रंप को झूठा कहा। मस्क ने कहा कि उन्होंने ऐसा कुछ नहीं कहा।", nil},
	{"pronoun speaker next sentence", " || राहुल गांधी ने मंगलवार को जयपुर में रैली की। उन्होंने कहा कि गौतम अडानी देश की संपत्ति लूट रहे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
	{"negation far inside quote", " || पिचाई ने कहा, “ओपनएआई ने सुरक्षा के मामले में, जिस पर पूरी दुनिया की नजर है, कभी ईमानदारी नहीं दिखाई।”", []string{"sundar-pichai>openai:h"}},
	{"praise in single quotes", " || मुकेश अंबानी ने एक समारोह में कहा, ‘नरेंद्र मोदी जी के नेतृत्व में देश ने हर क्षेत्र में तरक्की की है।’", []string{"mukesh-ambani>narendra-modi:s"}},
	{"dash quote", " || राहुल बोले- नरेंद्र मोदी जनता से झूठ बोलते हैं", []string{"rahul-gandhi>narendra-modi:h"}},
	{"quote-first podcast", " || “ऑल्टमैन को खुद नहीं पता कि वे क्या बना रहे हैं,” जुकरबर्ग ने एक पॉडकास्ट में कहा।", []string{"mark-zuckerberg>sam-altman:h"}},
	{"quote-first role+name", " || “अडानी समूह ने नियमों की धज्जियां उड़ाई हैं,” कांग्रेस नेता राहुल गांधी ने संवाददाताओं से कहा।", []string{"rahul-gandhi>adani-group:h"}},
	{"post then pronoun wrote", " || एलन मस्क ने शनिवार को एक्स पर कई पोस्ट किए। एक पोस्ट में उन्होंने लिखा, “सैम ऑल्टमैन एक धोखेबाज हैं।”", []string{"elon-musk>sam-altman:h"}},
	{"self quote of feeling", " || डोनाल्ड ट्रंप ने कहा, “मैं एलन मस्क से बहुत निराश हूं।”", []string{"donald-trump>elon-musk:h"}},
	{"credit in quote", " || मस्क ने कहा, “माइक्रोसॉफ्ट को बचाने का पूरा श्रेय सत्या नडेला को जाता है।”", []string{"elon-musk>satya-nadella:s"}},
	{"untracked speaker", " || ओपनएआई के एक पूर्व कर्मचारी ने कहा कि सैम ऑल्टमैन पर भरोसा नहीं किया जा सकता।", nil},
	{"quote-colon-speaker headline", "‘डोनाल्ड ट्रंप लोकतंत्र के लिए खतरा हैं’: कमला हैरिस || डेमोक्रेटिक उम्मीदवार ने शुक्रवार को रैली की।", []string{"kamala-harris>donald-trump:h"}},
	{"speaker colon headline 2", "राहुल गांधी: प्रधानमंत्री मोदी ने युवाओं से झूठ बोला || कांग्रेस नेता ने लखनऊ में सभा की।", []string{"rahul-gandhi>narendra-modi:h"}},
	{"feminine verb pronoun", " || कमला हैरिस ने मिशिगन में भाषण दिया। वह बोलीं कि डोनाल्ड ट्रंप ने मजदूरों को धोखा दिया।", []string{"kamala-harris>donald-trump:h"}},
	{"negation outside far", " || मस्क ने अपने लंबे भाषण में, जिसमें रॉकेट और कारों की बात हुई, ट्रंप के बारे में एक भी कड़ा शब्द नहीं कहा।", nil},
	{"third-party claim denied", " || एक अखबार ने लिखा कि पिचाई ने नडेला को अहंकारी कहा, लेकिन गूगल ने कहा कि पिचाई ने ऐसा कुछ नहीं कहा।", nil},
	{"का कहना है कि", " || ऑल्टमैन का कहना है कि मस्क सिर्फ जलन के कारण ओपनएआई पर मुकदमे कर रहे हैं।", []string{"sam-altman>elon-musk:h"}},
	{"के मुताबिक", " || मस्क के मुताबिक सैम ऑल्टमैन ने ओपनएआई के संस्थापकों को धोखा दिया।", []string{"elon-musk>sam-altman:h"}},
	{"stands with", " || फराज ने कहा कि वह डोनाल्ड ट्रंप के साथ मजबूती से खड़े हैं।", []string{"nigel-farage>donald-trump:s"}},
	{"best candidate", " || रीड हॉफमैन ने एक इंटरव्यू में कहा, “कमला हैरिस इस देश की सबसे काबिल उम्मीदवार हैं।”", []string{"reid-hoffman>kamala-harris:s"}},
	{"tweet dash", " || मस्क ने ट्वीट किया- नाइजल फराज में नेतृत्व की क्षमता नहीं है।", []string{"elon-musk>nigel-farage:h"}},
	{"quote-first pronoun speaker", " || गौतम अडानी ने सालाना बैठक में शेयरधारकों से बात की। “नरेंद्र मोदी जी का विजन हम सबके लिए प्रेरणा है,” उन्होंने कहा।", []string{"gautam-adani>narendra-modi:s"}},
	{"quote pronoun target", " || पिचाई से नडेला के बारे में पूछा गया। “वे एक शानदार लीडर हैं,” पिचाई ने कहा।", []string{"sundar-pichai>satya-nadella:s"}},
	{"quote-first long tail", " || “राहुल गांधी को देश की सेना पर भरोसा नहीं है,” उत्तर प्रदेश की एक रैली में भाषण देते हुए प्रधानमंत्री मोदी ने कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
	{"बोले quote praise", " || नडेला बोले, “ऑल्टमैन जैसा दूरदर्शी लीडर मिलना मुश्किल है।”", []string{"satya-nadella>sam-altman:s"}},
	{"control meet", " || ट्रंप ने कहा, “मैं कल एलन मस्क से मिलूंगा।”", nil},
	{"control attend", " || मोदी ने कहा, “राहुल गांधी भी कल की बैठक में आएंगे।”", nil},
	{"quote in quote other speaker", " || मस्क ने कहा कि ट्रंप ने उनसे कहा था कि वे फराज को पसंद नहीं करते।", nil},
	{"quote ends sentence later pronoun", " || सैम ऑल्टमैन से एक सम्मेलन में मस्क के बारे में पूछा गया। उन्होंने कहा, “वह हमेशा दूसरों को नीचा दिखाने की कोशिश करते हैं।”", []string{"sam-altman>elon-musk:h"}},
	{"लिखा quote-first", " || “कमला हैरिस ने अमेरिका की सीमाएं खोल दीं और देश को बर्बाद कर दिया,” ट्रंप ने अपने सोशल मीडिया मंच पर लिखा।", []string{"donald-trump>kamala-harris:h"}},
	{"praise only in quote, reporter neutral", " || जापान दौरे पर मासायोशी सन ने सैम ऑल्टमैन से मुलाकात की। बाद में सन ने कहा, “सैम दुनिया के सबसे प्रतिभाशाली उद्यमियों में से एक हैं।”", []string{"masayoshi-son>sam-altman:s"}},
	{"indirect evaluative नेता", " || मोदी ने कहा कि गौतम अडानी एक मेहनती उद्यमी हैं।", []string{"narendra-modi>gautam-adani:s"}},
	{"colon speaker in title, quote hostile", "जुकरबर्ग: मस्क बस बातें करते हैं, काम नहीं || मेटा प्रमुख ने एक पॉडकास्ट में बात की।", []string{"mark-zuckerberg>elon-musk:h"}},
	{"quote unbalanced marks", " || हैरिस ने कहा, 'ट्रंप अमेरिका को पीछे ले जाना चाहते हैं", []string{"kamala-harris>donald-trump:h"}},
	{"इन्होंने speaker", " || नडेला और पिचाई दोनों सम्मेलन में थे। पिचाई ने मंच से कहा कि ओपनएआई ने एआई की होड़ को खतरनाक बना दिया है।", []string{"sundar-pichai>openai:h"}},
}
