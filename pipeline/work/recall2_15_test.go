package work

import (
	"testing"
	"time"
)

// TestSession15Recall2: families of misses recurring across the blind
// files of sessions 14–15, round 2 (session 15, RECALL2 helper). Each
// rule has rows where it fires and rows where it must not.
func TestSession15Recall2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Superlative and bold-leader praise in callings
		// (lexicon/evaluative.yaml): महानतम, दिलेर, जिगरवाला, "सबसे बड़ी
		// वापसी" (only in a calling); a shop as a jibe.
		{"X ने Y को 'महानतम कारोबारियों में से एक' कहा", "डोनाल्ड ट्रंप ने मासायोशी सन को 'हमारे दौर के महानतम निवेशकों में से एक' कहा।", []string{"donald-trump>masayoshi-son:s"}},
		{"X बोले, Y दिलेर नेता हैं", "एलन मस्क बोले, निगेल फराज एक दिलेर नेता हैं।", []string{"elon-musk>nigel-farage:s"}},
		{"X ने Y की जीत को 'सबसे बड़ी वापसी' बताया", "निगेल फराज ने डोनाल्ड ट्रंप की जीत को 'राजनीति की सबसे बड़ी वापसी' बताया।", []string{"nigel-farage>donald-trump:s"}},
		{"सबसे बड़ी वापसी outside a calling", "डोनाल्ड ट्रंप ने कहा कि शेयर बाजार में सबसे बड़ी वापसी हुई है और एलन मस्क से मुलाकात की।", nil},
		{"X ने Y को 'झूठ की दुकान' कहा", "सैम ऑल्टमैन ने एक्सएआई को 'झूठ बेचने वाली दुकान' कहा।", []string{"sam-altman>xai:h"}},
		{"दुकान as a shop (no one judged)", "मुकेश अंबानी ने कहा कि रिलायंस की नई दुकान अगले महीने मुंबई में खुलेगी।", nil},
		// Theft charged in someone's words, a scam nickname, one's own
		// fief (lexicon/evaluative.yaml).
		{"X बोले- 'तुमने … चुरा लिया' (the one addressed)", "सैम ऑल्टमैन ने टेस्ला की बुकिंग रद्द की, एलन मस्क ने लिखा- 'तुमने मेरा विचार चुरा लिया'", []string{"elon-musk>sam-altman:h"}},
		{"X ने कहा कि Y ने … चुरा ली", "एलन मस्क ने कहा कि ओपनएआई ने एक गैर-लाभकारी संस्था चुरा ली।", []string{"elon-musk>openai:h"}},
		{"चुरा लिया with no one tracked as thief", "मार्क जुकरबर्ग ने कहा कि किसी ने दफ्तर से लैपटॉप चुरा लिया और पुलिस जांच कर रही है।", nil},
		{"X ने Y को 'स्कैम Y' कहा", "एलन मस्क ने सैम ऑल्टमैन को फिर 'स्कैम ऑल्टमैन' कहा।", []string{"elon-musk>sam-altman:h"}},
		{"Y … को अपनी जागीर समझते हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप संविधान को अपनी जागीर समझते हैं।", []string{"kamala-harris>donald-trump:h"}},
		// A को-object of an act told on the way to a calling is not the
		// one called; a list of objects, or a possessor sharing the
		// possessed thing's को, still is (recall2_15.go).
		{"X ने A को … देने का आरोप लगाते हुए Y को 'B' कहा", "एलन मस्क ने ऐपल पर ओपनएआई को तरजीह देने का आरोप लगाते हुए सैम ऑल्टमैन को 'धोखेबाज' कहा।", []string{"elon-musk>sam-altman:h"}},
		{"X ने A को और Y को 'B' कहा (a list)", "एलन मस्क ने ओपनएआई को और सैम ऑल्टमैन को 'धोखेबाज' कहा।", []string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"X ने Y की कंपनी Z के मॉडल को 'B' बताया (one को)", "सैम ऑल्टमैन ने एलन मस्क की कंपनी एक्सएआई के नए मॉडल को 'असुरक्षित' बताया।", []string{"sam-altman>elon-musk:h", "sam-altman>xai:h"}},
		// The most valuable company in someone's words; failure in the
		// loanword फेल (lexicon/evaluative.yaml).
		{"headline: X बोले- Y बनेगी दुनिया की सबसे कीमती कंपनी", "सॉफ्टबैंक प्रमुख मासायोशी सन बोले- ओपनएआई बनेगी दुनिया की सबसे मूल्यवान कंपनी", []string{"masayoshi-son>openai:s"}},
		{"सबसे मूल्यवान told by the narrator (no one's words)", "शेयर बाजार में उछाल के बाद माइक्रोसॉफ्ट दुनिया की सबसे मूल्यवान कंपनी बन गई।", nil},
		{"headline: X बोले- Y सरकार की नीति पूरी तरह फेल", "राहुल बोले- नरेंद्र मोदी सरकार की विदेश नीति पूरी तरह फेल", []string{"rahul-gandhi>narendra-modi:h"}},
		{"फेल of a machine, no one judged", "एलन मस्क ने कहा कि सर्वर फेल होने से एक्स ठप हुआ और डोनाल्ड ट्रंप का भाषण रुका।", nil},
		// An act called vendetta politics attacks its maker
		// (lexicon/evaluative.yaml, beside बदले की कार्रवाई).
		{"Y ने … किया। X की प्रवक्ता: यह फैसला बदले की राजनीति", "डोनाल्ड ट्रंप ने कमला हैरिस की सुरक्षा वापस ली। हैरिस की प्रवक्ता ने कहा कि यह फैसला बदले की राजनीति का एक और उदाहरण है।", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"बदले की राजनीति with no maker tracked", "राहुल गांधी ने कहा कि देश में बदले की राजनीति नहीं होनी चाहिए और नरेंद्र मोदी से मुलाकात की।", nil},
		// Idioms of a charge: crossing the line, fuel on the fire.
		{"X ने कहा कि Y 'हद पार' कर चुके हैं", "राहुल गांधी ने कहा कि नरेंद्र मोदी अब 'हद पार' कर चुके हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y की पोस्ट आग में घी डालने जैसी है", "कमला हैरिस ने कहा कि एलन मस्क की पोस्ट आग में घी डालने जैसी है।", []string{"kamala-harris>elon-musk:h"}},
		{"हद पार of a crowd, no one tracked judged", "डोनाल्ड ट्रंप ने कहा कि भीड़ ने हद पार की और एलन मस्क से बात की।", nil},
		// A calling in the habitual (कहती/कहता, बताता: words.yaml
		// calling_verbs), and a word inside a quoted label of any length
		// that a calling verb closes (recall2_15.go).
		{"X Y को L कहती हैं", "कमला हैरिस डोनाल्ड ट्रंप को तानाशाह कहती हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने Y को 'N की ओर बढ़ता नेता' कहा", "कमला हैरिस ने डोनाल्ड ट्रंप को 'तानाशाही की ओर बढ़ता नेता' कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"a quote after को closed by no calling verb", "कमला हैरिस ने डोनाल्ड ट्रंप को 'तानाशाही के दौर का इतिहास' नाम की किताब भेजी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
