package work

import (
	"testing"
	"time"
)

// TestSession27EnglishWords: English words in Hindi copy that had no
// entry while their twins did (frames.yaml, session 27 STYLE block):
// agreement, MoU साइन, target, case, donate/डोनेट, donation, arrest/अरेस्ट
// demanded. A case or a
// target with no one acted on, and talks about an agreement, give nothing.
func TestSession27EnglishWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"agreement made", "Google ने Reliance के साथ cloud के लिए agreement किया।", []string{"google>reliance:s", "reliance>google:s"}},
		{"target", "Trump ने अपनी रैली में Kamala Harris को जमकर target किया।", []string{"donald-trump>kamala-harris:h"}},
		{"case", "Elon Musk ने Sam Altman के खिलाफ case किया।", []string{"elon-musk>sam-altman:h"}},
		{"donate", "Elon Musk ने Donald Trump के campaign के लिए भारी रकम donate की।", []string{"elon-musk>donald-trump:s"}},
		{"डोनेट", "एलन मस्क ने डोनाल्ड ट्रंप के अभियान के लिए मोटी रकम डोनेट की।", []string{"elon-musk>donald-trump:s"}},
		{"arrest demanded", "Rahul Gandhi ने कहा कि Gautam Adani को तुरंत arrest किया जाना चाहिए।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"अरेस्ट demanded", "राहुल गांधी ने गौतम अडानी को अरेस्ट करने की मांग की।", []string{"rahul-gandhi>gautam-adani:h"}},
		// Must not fire.
		{"case as a matter", "इस case में अदालत ने अगली सुनवाई टाल दी। Elon Musk और OpenAI दोनों के वकील मौजूद थे।", nil},
		{"sales target", "Elon Musk ने कहा कि Tesla ने इस साल का sales target पूरा कर लिया।", nil},
		{"arrest reported, no demand", "पुलिस ने कहा कि Gautam Adani के दफ्तर से एक कर्मचारी को arrest किया गया, Rahul Gandhi उस समय वहीं थे।", nil},
		{"talks about an agreement", "Reliance और Meta के बीच नए agreement पर बातचीत चल रही है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27LatinEvaluative: the Latin-script twins of the English
// loanwords evaluative.yaml had only in Devanagari (disaster/डिजास्टर,
// cool/कूल, fail/फेल …) and disgusting, abomination, insane, ungrateful,
// read in a calling and inside someone's words. The same word about
// no tracked party gives nothing.
func TestSession27LatinEvaluative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"calling, disaster", "Trump ने एक रैली में Kamala Harris को 'total disaster' कहा।", []string{"donald-trump>kamala-harris:h"}},
		{"bill called an abomination", "Elon Musk ने Donald Trump के टैक्स बिल को 'disgusting abomination' बताया।", []string{"elon-musk>donald-trump:h"}},
		{"in his words, ungrateful", "Donald Trump ने कहा कि Elon Musk ungrateful निकले।", []string{"donald-trump>elon-musk:h"}},
		{"praise, cool", "Elon Musk ने Mark Zuckerberg के फैसले को cool बताया।", []string{"elon-musk>mark-zuckerberg:s"}},
		{"praise, inspiration", "Sundar Pichai ने कहा कि Satya Nadella उनके लिए एक inspiration हैं।", []string{"sundar-pichai>satya-nadella:s"}},
		// Must not fire.
		{"weather", "Elon Musk ने Donald Trump से मुलाकात के बाद कहा कि आज मौसम बहुत cool है।", nil},
		{"a flood", "Donald Trump ने कहा कि बाढ़ एक disaster थी, Kamala Harris वहां नहीं गईं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27LatinTwins: Latin twins of Devanagari loanword frames (ban,
// expose, fire) and अटैक with a को-object. A fire, a challenge faced and
// a debate challenge (competition, dev dvb-336) give nothing.
func TestSession27LatinTwins(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"ban", "X ने Donald Trump को कुछ समय के लिए ban कर दिया।", []string{"x-corp>donald-trump:h"}},
		{"expose", "Rahul Gandhi ने कहा कि वे Gautam Adani को expose कर देंगे, और उन्होंने आज कर भी दिया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"अटैक with को", "कमला हैरिस ने डोनाल्ड ट्रंप को रैली में अटैक किया।", []string{"kamala-harris>donald-trump:h"}},
		// Must not fire.
		{"a fire", "Donald Trump ने कहा कि जंगल की fire बहुत बड़ी थी, Kamala Harris वहां नहीं गईं।", nil},
		{"a debate challenge (competition, dvb-336)", "Elon Musk ने Sam Altman को खुली बहस का challenge दिया।", nil},
		{"a challenge faced", "Sam Altman ने कहा कि OpenAI के सामने सबसे बड़ा challenge बिजली है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
