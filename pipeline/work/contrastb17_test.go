package work

import (
	"testing"
	"time"
)

// TestSession17ContrastB: the contrast families read on dev-contrast-j's
// misses (session 17, CONTRASTB helper). Each rule has a row where it
// fires and a row where it must not.
func TestSession17ContrastB(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A break in the progressive or told as done (lexicon: अलग हो
		// रह-/चुक-, हट रह-/चुक-); negated or with no से/साथ, nothing.
		{"X Y से अलग हो रही है", "रिलायंस ने कहा कि वह गूगल से अलग हो रही है।", []string{"reliance>google:h"}},
		{"X Y के साथ परियोजना से हट रहे हैं", "मासायोशी सन ने कहा कि वह ओपनएआई के साथ परियोजना से हट रहे हैं।", []string{"masayoshi-son>openai:h"}},
		{"X Y से अलग नहीं हो रही", "रिलायंस ने कहा कि वह गूगल से अलग नहीं हो रही है।", nil},
		{"X के कर्मचारी हट रहे हैं (no Y)", "गूगल ने कहा कि पुराने कर्मचारी धीरे-धीरे हट रहे हैं।", nil},

		// A decision not to speak to Y is a snub; a decision to speak,
		// nothing.
		{"X ने Y से बात न करने का फैसला किया", "कमला हैरिस ने डोनाल्ड ट्रंप से बात न करने का फैसला किया है।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने Y से बात करने का फैसला किया", "कमला हैरिस ने डोनाल्ड ट्रंप से बात करने का फैसला किया है।", nil},

		// No work of any kind with Y; work of some kind, nothing.
		{"X Y के साथ किसी तरह का काम नहीं करेंगे", "सुंदर पिचाई ने कहा कि वे सैम ऑल्टमैन के साथ किसी तरह का काम नहीं करेंगे।", []string{"sundar-pichai>sam-altman:h"}},
		{"X Y के साथ कोई काम नहीं करेगी", "मेटा ने कहा कि वह एक्सएआई के साथ कोई काम नहीं करेगी।", []string{"meta>xai:h"}},
		{"X का कोई काम नहीं रुका (no साथ)", "मेटा ने कहा कि एक्सएआई के कारण उसका कोई काम नहीं रुका।", nil},
		// पूरा/गहरा between a frame's words as पूरी/पूरे already stand
		// (gap words): "मन में पूरा सम्मान"; not a frame of its own.
		{"X: Y के लिए मेरे मन में पूरा सम्मान है", "सैम ऑल्टमैन ने कहा, 'मार्क जुकरबर्ग के लिए मेरे मन में पूरा सम्मान है।'", []string{"sam-altman>mark-zuckerberg:s"}},
		{"X ने Y का पूरा भाषण सुना", "सैम ऑल्टमैन ने मार्क जुकरबर्ग का पूरा भाषण सुना।", nil},

		// Corruption or a fraud charged as a deed (भ्रष्टाचार कर-,
		// घपला); corruption as a topic, nothing.
		{"X: Y भ्रष्टाचार करके भी बचे हुए हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप भ्रष्टाचार करके भी बचे हुए हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने कहा कि Y ने घपला किया", "राहुल गांधी ने कहा कि गौतम अडानी ने बिजली सौदों में घपला किया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"X ने भ्रष्टाचार के खिलाफ कानून पर Y से बात की", "राहुल गांधी ने भ्रष्टाचार के खिलाफ कानून पर नरेंद्र मोदी से बात की।", nil},
		// Stories made up and spread (बातें/कहानियां फैला-, कहानी गढ़-):
		// the speaker → the doer; talk that spread by itself, nothing.
		{"X: Y मनगढ़ंत बातें फैला रहे हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप डर के मारे मनगढ़ंत बातें फैला रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X: Y की बातें फैल गईं", "राहुल गांधी ने कहा कि नरेंद्र मोदी की बातें सोशल मीडिया पर फैल गईं।", nil},
		// Misinformation spread (सूचना(एं) फैला-, फर्जी खबरें फैला-,
		// प्रोपेगेंडा फैला-/चला-): the speaker → the doer; news that
		// spread by itself, nothing.
		{"X: Y गलत सूचनाएं फैला रहे हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप गलत सूचनाएं फैला रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X: Y के बारे में सूचनाएं फैल गईं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के बारे में कई सूचनाएं फैल गईं।", nil},
		// A frame that qualifies a noun through वाला/वाली/वाले ("Y के
		// समर्थन वाली समितियों") is ended with what is done to that noun
		// a few words on (framedProxyB17); money still given, support.
		{"X ने Y के समर्थन वाली समितियों को पैसा देना बंद किया", "रीड हॉफमैन ने कहा कि उन्होंने कमला हैरिस के समर्थन वाली राजनीतिक समितियों को पैसा देना बंद कर दिया है।", []string{"reid-hoffman>kamala-harris:h"}},
		{"X ने Y के समर्थन वाली समिति को चंदा दिया", "रीड हॉफमैन ने कमला हैरिस के समर्थन वाली एक राजनीतिक समिति को चंदा दिया है।", []string{"reid-hoffman>kamala-harris:s"}},
		// समय/वक्त/पहले as gap words ("समय से पहले", prematurely):
		// "Y से नाता समय से पहले तोड़ लिया"; negated, nothing.
		{"X ने Y से नाता समय से पहले तोड़ लिया", "मेटा ने रिलायंस से नाता समय से पहले तोड़ लिया।", []string{"meta>reliance:h"}},
		{"X ने Y से नाता समय से पहले नहीं तोड़ा", "मेटा ने रिलायंस से नाता समय से पहले नहीं तोड़ा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
