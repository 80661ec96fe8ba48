package work

import (
	"testing"
	"time"
)

// TestSession18Quote: praise or blame said inside someone's words
// (session 18, QUOTE helper). Each family has rows where it fires and
// rows where it must not.
func TestSession18Quote(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Deserving praise or blame as one family (praise or blame noun
		// × के पात्र/हकदार/काबिल/लायक/योग्य), quote first or after.
		{"'Y बधाई के पात्र हैं,' X ने लिखा", "\"इस बिल के लिए नरेंद्र मोदी बधाई के पात्र हैं, इससे रफ्तार मिलेगी,\" मुकेश अंबानी ने शुक्रवार को लिखा।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"X बोले, 'Y श्रेय के हकदार हैं'", "सत्या नडेला बोले, \"इस कामयाबी के लिए सैम ऑल्टमैन श्रेय के हकदार हैं।\"", []string{"satya-nadella>sam-altman:s"}},
		{"X ने कहा कि Y निंदा के पात्र हैं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप अपने बयान के लिए निंदा के पात्र हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"X ने Y को सराहना के योग्य बताया", "नरेंद्र मोदी ने राहुल गांधी को सराहना के योग्य बताया।", []string{"narendra-modi>rahul-gandhi:s"}},
		{"no one's words: Y बधाई के पात्र बने (a narrator's line)", "मुकेश अंबानी के बयान के बाद नरेंद्र मोदी बधाई के पात्र बन गए।", nil},
		{"said not deserving: as 'समर्थन के लायक नहीं'", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप बधाई के पात्र नहीं हैं।", []string{"elon-musk>donald-trump:h"}},
		{"untracked one deserving: कर्मचारी बधाई के पात्र", "मुकेश अंबानी ने कहा, \"हमारे कर्मचारी इस कामयाबी के लिए बधाई के पात्र हैं।\"", nil},

		// A headline "Y पर X: '…'" whose words are the judgement alone
		// keeps a negator after the word ("ईमानदार नहीं": negated praise
		// attacks) and what the one judged is fit for before it ("देश
		// चलाने के काबिल नहीं"); a negated attack stays nothing, and a
		// thing judged names no one.
		{"Y पर X: 'ईमानदार नहीं'", "नरेंद्र मोदी पर राहुल गांधी: \"ईमानदार नहीं\" || सोमवार को रैली हुई।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"Y पर X: 'इस देश को चलाने के काबिल नहीं'", "हैरिस पर ट्रंप: \"इस देश को चलाने के काबिल नहीं\" || पेंसिल्वेनिया में सोमवार को डोनाल्ड ट्रंप और कमला हैरिस की रैलियां हुईं।", []string{"donald-trump>kamala-harris:h"}},
		{"Y पर X: 'भरोसे के लायक नहीं'", "सैम ऑल्टमैन पर एलन मस्क: 'भरोसे के लायक नहीं' || सम्मेलन में सवाल पूछा गया।", []string{"elon-musk>sam-altman:h"}},
		{"Y पर X: 'इस पद के योग्य'", "नरेंद्र मोदी पर मुकेश अंबानी: \"इस पद के योग्य\" || सोमवार को बैठक हुई।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"Y पर X: 'तानाशाह नहीं' (a negated attack)", "नरेंद्र मोदी पर राहुल गांधी: \"तानाशाह नहीं\" || सोमवार को रैली हुई।", nil},
		{"Y पर X: 'कंपनी तोड़ना गलत नहीं' (a thing judged)", "नरेंद्र मोदी पर राहुल गांधी: \"कंपनी तोड़ना गलत नहीं\" || सोमवार को रैली हुई।", nil},
		{"Y पर X: 'देश के लिए सही नहीं' (no fit-for complement)", "नरेंद्र मोदी पर राहुल गांधी: \"देश के लिए सही नहीं\" || सोमवार को रैली हुई।", nil},

		// Criticism said in words (frames with report: true) told in
		// another's words with no object tracked is a report of the
		// doer's speech, not the teller's charge; aimed at the teller it
		// is the doer's. Deeds charged in words stay charges.
		{"X ने कहा, 'Y ने आज कई सवाल उठाए'", "नरेंद्र मोदी ने कहा, \"राहुल गांधी ने आज कई सवाल उठाए।\"", nil},
		{"'Y ने सदन में कई सवाल उठाए,' X ने कहा", "“राहुल गांधी ने आज सदन में कई सवाल उठाए,” नरेंद्र मोदी ने कहा।", nil},
		// (आलोचना and सवाल पूछे: kept by the report flag alone, not by
		// questionRaised18, which reads सवाल उठाए/खड़े.)
		{"X ने कहा, 'Y ने आज सदन में जमकर आलोचना की'", "नरेंद्र मोदी ने कहा, \"राहुल गांधी ने आज सदन में जमकर आलोचना की।\"", nil},
		{"X ने कहा कि Y ने बैठक में कई सवाल पूछे", "सत्या नडेला ने कहा कि सैम ऑल्टमैन ने बैठक में कई सवाल पूछे।", nil},
		{"X ने कहा कि Y ने उनकी आलोचना की", "नरेंद्र मोदी ने कहा कि राहुल गांधी ने उनकी आलोचना की है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y सरकार ने निष्पक्षता पर सवाल खड़े कर दिए (a charge)", "राहुल गांधी ने कहा कि मोदी सरकार ने चुनाव प्रक्रिया की निष्पक्षता पर सवाल खड़े कर दिए हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y सवालों से भाग रहे हैं (a charge)", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप सवालों से भाग रहे हैं।", []string{"kamala-harris>donald-trump:h"}},

		// A perfective speech verb with no subject (no ने, no name, no
		// pronoun) in a sentence's first clause goes on with the one who
		// spoke just before (quote18.go); not a passive, an untracked
		// speaker or a conjunct after another subject.
		{"X ने कहा …। फिर हंसते हुए जोड़ा, '…'", "सैम ऑल्टमैन ने कहा कि प्रतिस्पर्धा अच्छी है। फिर हंसते हुए जोड़ा, \"मार्क जुकरबर्ग बेहतरीन नेता हैं।\"", []string{"sam-altman>mark-zuckerberg:s"}},
		{"X ने कहा …। आगे कहा, '…'", "सैम ऑल्टमैन ने कहा कि प्रतिस्पर्धा अच्छी है। आगे कहा, \"मार्क जुकरबर्ग झूठे हैं।\"", []string{"sam-altman>mark-zuckerberg:h"}},
		{"X ने कहा …। साथ ही कहा कि …", "सैम ऑल्टमैन ने कहा कि प्रतिस्पर्धा अच्छी है। साथ ही कहा कि मार्क जुकरबर्ग झूठे हैं।", []string{"sam-altman>mark-zuckerberg:h"}},
		{"passive: रिपोर्ट में कहा गया कि …", "सैम ऑल्टमैन ने कहा कि प्रतिस्पर्धा अच्छी है। रिपोर्ट में कहा गया कि मार्क जुकरबर्ग झूठे हैं।", nil},
		{"hearsay: बताया जा रहा है कि …", "सैम ऑल्टमैन ने कहा कि प्रतिस्पर्धा अच्छी है। बताया जा रहा है कि मार्क जुकरबर्ग झूठे हैं।", nil},
		{"an untracked speaker: एक विश्लेषक ने कहा", "सैम ऑल्टमैन ने कहा कि प्रतिस्पर्धा अच्छी है। एक विश्लेषक ने कहा कि मार्क जुकरबर्ग झूठे हैं।", nil},
		{"a conjunct: Z ने … हमला बोला और कहा कि …", "राहुल गांधी रैली से लौटे। दिल्ली पहुंचकर पार्टी के प्रभारी ने गौतम अडानी पर हमला बोला और कहा कि उद्योगपति को जेल में होना चाहिए।", nil},

		// A subject pronoun in someone's words that no person grounds
		// means the one tracked doer (ने) of the clause just before in
		// the same words (wordsDoer18); an untracked doer or two doers
		// give no one.
		{"'Y ने हमारी मदद की, वे सच्चे साथी हैं,' X बोले", "\"गूगल ने हमारी मदद की, वे सच्चे साथी हैं,\" मुकेश अंबानी बोले।", []string{"mukesh-ambani>google:s"}},
		{"X ने कहा, 'Y ने …, वह भरोसेमंद कंपनी है'", "मुकेश अंबानी ने कहा, \"गूगल ने हर काम समय पर किया, वह भरोसेमंद कंपनी है।\"", []string{"mukesh-ambani>google:s"}},
		{"an untracked doer: 'सरकार ने …, वे …'", "\"सरकार ने हमारी मदद की, वे सच्चे साथी हैं,\" मुकेश अंबानी बोले।", nil},
		{"two doers are not guessed between", "\"गूगल और मेटा ने हमारी मदद की, वे सच्चे साथी हैं,\" मुकेश अंबानी बोले।", nil},

		// Stubborn as a family (अड़ जाता, हठ पर अड़ा, हठी, हठधर्मी):
		// said of Y in someone's words; a narrator's "अड़ गए" is no one's.
		{"'Y हर बात पर अड़ जाते हैं,' X ने लिखा", "\"मासायोशी सन के साथ काम करना आसान नहीं, वह हर बात पर अड़ जाते हैं,\" सैम ऑल्टमैन ने लिखा।", []string{"sam-altman>masayoshi-son:h"}},
		{"X ने कहा कि Y हठधर्मी हैं", "नाइजल फराज ने कहा कि कमला हैरिस हठधर्मी हैं।", []string{"nigel-farage>kamala-harris:h"}},
		{"narration: Y अपनी मांग पर अड़ गए", "सैम ऑल्टमैन से बातचीत में मासायोशी सन अपनी मांग पर अड़ गए।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
