package work

import (
	"testing"
	"time"
)

// TestFresh3sQuotedPredicate: a quoted predicate of more than seven
// words after a possessed noun ("Y का भाषण '… सबसे शानदार भाषणों में से
// एक' था") is walked past as a shorter one is (chunk.go genitive: the
// quote window is thirteen words), so its evaluative word judges Y.
// Every row fails without the wider window.
func TestFresh3sQuotedPredicate(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"speech, long quote", "एलन मस्क ने कहा कि नरेंद्र मोदी का भाषण 'मैंने पिछले कई सालों में सुने सबसे शानदार भाषणों में से एक' था।",
			[]string{"elon-musk>narendra-modi:s"}},
		{"book, long quote", "मुकेश अंबानी ने कहा कि सत्या नडेला की किताब 'इस दशक में पढ़ी सबसे शानदार किताबों में से एक' है।",
			[]string{"mukesh-ambani>satya-nadella:s"}},
		{"step, long quote", "सुंदर पिचाई ने कहा कि सैम ऑल्टमैन का फैसला 'हमारे उद्योग में अब तक देखे सबसे बहादुरी भरे कदमों में से एक' था।",
			[]string{"sundar-pichai>sam-altman:s"}},
		{"hostile word, long quote", "एलन मस्क ने कहा कि नरेंद्र मोदी का भाषण 'मैंने पिछले कई सालों में सुने सबसे उबाऊ भाषणों में से एक' था।",
			[]string{"elon-musk>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sQuotedPredicateControls: a long quote with no evaluative
// word judges no one; a short quote reads as before.
func TestFresh3sQuotedPredicateControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no judgement in the quote", "एलन मस्क ने कहा कि नरेंद्र मोदी का भाषण 'मैंने पिछले कई सालों में अपने घर पर टीवी पर सुना' था।", nil},
		{"short quote", "मुकेश अंबानी ने कहा कि सत्या नडेला की किताब 'सबसे प्रेरक किताबों में से एक' है।",
			[]string{"mukesh-ambani>satya-nadella:s"}},
		{"plain predicate", "मुकेश अंबानी ने कहा कि गौतम अडानी की नीतियां अच्छी हैं।", []string{"mukesh-ambani>gautam-adani:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sNewsPraise: a praise word between a name's genitive and a
// noun of news ("Y की अच्छी खबरें") judges the news, not Y
// (newsAdjective31, news31.go). Every row fails without the rule.
func TestFresh3sNewsPraise(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"papers print", "एलन मस्क ने कहा कि अखबार केवल सैम ऑल्टमैन की अच्छी खबरें छापते हैं।", nil},
		{"channels show", "कमला हैरिस ने कहा कि चैनल सिर्फ डोनाल्ड ट्रंप की अच्छी खबरें दिखाते हैं।", nil},
		{"sites print", "सत्या नडेला बोले, कुछ वेबसाइटें केवल सुंदर पिचाई की अच्छी खबरें छापती हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sNewsPraiseControls: news called good as a predicate is
// praise; a hostile word before news, and praise of a name's thing,
// read as before.
func TestFresh3sNewsPraiseControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"predicate", "निगेल फराज ने कहा कि डोनाल्ड ट्रंप की जीत सबसे अच्छी खबर है।", []string{"nigel-farage>donald-trump:s"}},
		{"hostile word before news", "कमला हैरिस ने कहा कि मार्क जुकरबर्ग का यह फैसला झूठी खबरों के लिए दरवाजे खोल देगा।", []string{"kamala-harris>mark-zuckerberg:h"}},
		{"policies", "राहुल गांधी ने कहा कि नरेंद्र मोदी की नीतियां अच्छी हैं।", []string{"rahul-gandhi>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sChiefRepeat: a body sentence that criticises O and praises
// its chief P sets P apart even when the headline said the praise first
// (the stance list keeps the headline's sentence; repeatApart31): the
// criticism of O is not passed on to P. Fails without the rule.
func TestFresh3sChiefRepeat(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"headline then body", "नडेला बोले- गूगल के फोन महंगे, पर पिचाई काबिल || माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने एक कार्यक्रम में एआई पर बात की। उन्होंने कहा कि गूगल के उत्पाद \"जरूरत से ज्यादा धीमे और भरोसे के लायक नहीं\" हैं, लेकिन गूगल प्रमुख सुंदर पिचाई \"एक काबिल नेता\" हैं।",
			[]string{"satya-nadella>google:h", "satya-nadella>sundar-pichai:s"}},
		{"another pair", "अंबानी बोले- अडानी समूह के बंदरगाह महंगे, पर गौतम अडानी मेहनती || रिलायंस के चेयरमैन मुकेश अंबानी ने एक सम्मेलन में कारोबार पर बात की। उन्होंने कहा कि अडानी समूह के बंदरगाह \"जरूरत से ज्यादा महंगे और भरोसे के लायक नहीं\" हैं, लेकिन समूह के चेयरमैन गौतम अडानी \"एक मेहनती इंसान\" हैं।",
			[]string{"mukesh-ambani>adani-group:h", "mukesh-ambani>gautam-adani:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sChiefRepeatControls: with no praise of P in the body's
// sentence, the criticism of O still passes to its chief (chief25.go).
func TestFresh3sChiefRepeatControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"body criticism only", "नडेला बोले- गूगल के फोन महंगे, पर पिचाई काबिल || माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने एक कार्यक्रम में एआई पर बात की। उन्होंने कहा कि गूगल के उत्पाद \"जरूरत से ज्यादा धीमे और भरोसे के लायक नहीं\" हैं। गूगल प्रमुख सुंदर पिचाई ने कोई टिप्पणी नहीं की।",
			[]string{"satya-nadella>google:h", "satya-nadella>sundar-pichai:h", "satya-nadella>sundar-pichai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sRestGiven: "बाकी/शेष रकम Z ने दी" after a sum given to Y in
// the same or the sentence before: Z funds Y too (readRestGiven31,
// rest31.go). Every row fails without the rule.
func TestFresh3sRestGiven(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"same sentence, others too", "सॉफ्टबैंक ने ओपनएआई में 30 अरब डॉलर लगाए हैं, बाकी रकम माइक्रोसॉफ्ट और कुछ दूसरे निवेशकों ने दी है।",
			[]string{"softbank>openai:s", "microsoft>openai:s"}},
		{"next sentence", "ओरेकल ने स्टारगेट में 10 अरब डॉलर लगाए। बाकी पैसा सॉफ्टबैंक ने दिया।",
			[]string{"oracle>stargate:s", "softbank>stargate:s"}},
		{"a campaign, शेष", "रीड हॉफमैन ने कमला हैरिस के अभियान को दस लाख डॉलर दिए, शेष राशि एलन मस्क ने दी।",
			[]string{"reid-hoffman>kamala-harris:s", "elon-musk>kamala-harris:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3sRestGivenControls: the rest given by people untracked, after
// no sum given, or three sentences after the sum, gives no stance.
func TestFresh3sRestGivenControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"untracked givers", "रीड हॉफमैन ने कमला हैरिस के अभियान को दस लाख डॉलर दिए। बाकी राशि दूसरे दानदाताओं ने जुटाई।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"no sum before", "एलन मस्क ने सैम ऑल्टमैन की आलोचना की। बाकी रकम माइक्रोसॉफ्ट ने दी।",
			[]string{"elon-musk>sam-altman:h"}},
		{"too far", "सॉफ्टबैंक ने ओपनएआई में 30 अरब डॉलर लगाए हैं। ओपनएआई ने नया मॉडल जारी किया। कंपनी ने बताया कि पैसा रिसर्च पर खर्च होगा। बाकी रकम माइक्रोसॉफ्ट ने दी है।",
			[]string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
