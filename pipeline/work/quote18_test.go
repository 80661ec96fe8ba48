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
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
