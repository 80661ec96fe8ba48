package work

import (
	"testing"
	"time"
)

// TestSession9Quotes: session 9's rules for reported speech and for
// "दोनों"/"तीनों" as the target of an act.
func TestSession9Quotes(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "दोनों"/"तीनों" as a target: the pair or group of the kind its
		// noun names, never the source or the source's own organisation.
		{"X ने दोनों कंपनियों को … बताया: the two companies named", "मुकेश अंबानी ने बताया कि मेटा और गूगल के साथ नए करार हुए हैं। अंबानी ने दोनों कंपनियों को भरोसेमंद साझेदार बताया।",
			[]string{"mukesh-ambani>google:s", "mukesh-ambani>meta:s"}},
		{"दोनों कंपनियां leaves out the speaker's own company", "सत्या नडेला ने माइक्रोसॉफ्ट के मंच पर ओपनएआई और एक्सएआई के साथ करार की घोषणा की। नडेला ने दोनों कंपनियों की तारीफ की।",
			// (session 12: the announced deal with two partners binds the
			// announcer and his company with each, as with one partner.)
			[]string{"microsoft>openai:s", "microsoft>xai:s", "openai>microsoft:s", "openai>satya-nadella:s", "satya-nadella>openai:s", "satya-nadella>xai:s", "xai>microsoft:s", "xai>satya-nadella:s"}},
		{"X ने तीनों की सराहना की: the three people named", "नरेंद्र मोदी ने दिल्ली में एलन मस्क, सुंदर पिचाई और सत्या नडेला से मुलाकात की। बैठक के बाद मोदी ने तीनों की सराहना की।",
			[]string{"narendra-modi>elon-musk:s", "narendra-modi>satya-nadella:s", "narendra-modi>sundar-pichai:s"}},
		{"तीनों कंपनियों का आभार: the three companies", "डोनाल्ड ट्रंप ने गूगल, मेटा और ओपनएआई के प्रमुखों को बुलाया। बाद में ट्रंप ने तीनों कंपनियों का आभार जताया।",
			[]string{"donald-trump>google:s", "donald-trump>meta:s", "donald-trump>openai:s"}},
		// (Session 22: dividing the country is read as Kamala's charge
		// against both doers, outcomes.yaml; they stay the pair.)
		{"दोनों after a pair in someone's words", "कमला हैरिस ने रैली में कहा कि एलन मस्क और डोनाल्ड ट्रंप देश को बांट रहे हैं। राहुल गांधी ने भी दोनों की आलोचना की।",
			[]string{"kamala-harris>donald-trump:h", "kamala-harris>elon-musk:h", "rahul-gandhi>donald-trump:h", "rahul-gandhi>elon-musk:h"}},
		{"दोनों after two attacks on the source: the two attackers", "कमला हैरिस ने एलन मस्क पर निशाना साधा। रीड हॉफमैन ने भी मस्क पर निशाना साधा। मस्क ने दोनों को झूठा बताया।",
			[]string{"elon-musk>kamala-harris:h", "elon-musk>reid-hoffman:h", "kamala-harris>elon-musk:h", "reid-hoffman>elon-musk:h"}},
		{"दोनों with one other named is no one", "एलन मस्क ने नई कंपनी बनाई। राहुल गांधी ने दोनों की आलोचना की।", nil},
		{"तीनों with two others named is no one", "सुंदर पिचाई ने गूगल की नई योजना बताई। नरेंद्र मोदी ने तीनों की सराहना की।", nil},
		// A relation in someone's words: an organisation's genitive right
		// before a person's name says whose the person is; it is no party.
		{"X ने कहा कि <org> के Y उनके दोस्त हैं: X and Y", "सत्या नडेला ने कहा कि ओपनएआई के सैम ऑल्टमैन उनके अच्छे दोस्त हैं।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"two organisations' tie keeps both", "माइक्रोसॉफ्ट और ओपनएआई की साझेदारी मजबूत है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		// A genitive pronoun after another person the words name is that
		// person: the tie is between two others, a claim in X's words.
		{"X ने कहा कि Z चुप हैं क्योंकि Y उनके दोस्त हैं: no tie of X", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप चुप हैं क्योंकि एलन मस्क उनके पुराने दोस्त हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"X ने कहा कि Y उनके दोस्त हैं: X's tie", "कमला हैरिस ने कहा कि एलन मस्क उनके पुराने दोस्त हैं।",
			[]string{"kamala-harris>elon-musk:s"}},
		{"X ने कहा कि Y के साथ उनका रिश्ता खत्म: X's", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप के साथ उनका रिश्ता खत्म हो चुका है।",
			[]string{"elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), cases)
}
