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
