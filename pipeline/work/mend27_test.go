package work

import (
	"testing"
	"time"
)

// TestMend27SuitCall: a person's calling of Y's suit ("X ने Y के मुकदमे
// को … बताया") is a bystander's judgement even when an answer word
// follows in another clause (after और, कि, a comma): answeredSuit27's
// calling test stops where answeredAt27 stops (answerStop27). The first
// row gives Y → X without that stop. Control: the answer word in the
// noun's own clause still makes X the defendant.
func TestMend27SuitCall(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"calling, answer word after और", "रीड हॉफमैन ने एलन मस्क के मुकदमे को जलन से उपजा बताया और अदालत से मामले को खारिज करने को कहा।", nil},
		// Control.
		{"answer word in the noun's clause", "ओपनएआई ने एलन मस्क के मुकदमे को खारिज करने की मांग की।", []string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestMend27WeakBeside: a weak word that calls Y's claim false
// (claim_weak, SCHEMA ruling rule 2) is a denial, not an attack, for
// every "is there a hostile word here" question hostileAt answers. A
// worded reply whose words only deny Y's charge gives no X → Y, in a
// clause or a tag (hostileBeside27, wordedTagSilent27; Y's charge noun
// in the words is what is answered); a frame that holds unless the
// sentence is hostile (unless_hostile: sharing Y's post) still holds
// beside a denial; a credit to Z in someone's words (creditPraise13)
// still holds beside a denial. The first rows fail without the skip
// in hostileAt (or, the tag rows, without wordedTagSilent27). Controls:
// the same frames with an attack word.
func TestMend27WeakBeside(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"tag reply, weak word", "सत्या नडेला का जवाब: एलन मस्क के आरोप निराधार हैं।", nil},
		{"tag reply, claim weak word", "सत्या नडेला का जवाब: एलन मस्क की बात गलत है।", nil},
		{"reply in a clause, weak word", "एलन मस्क के ट्वीट पर सत्या नडेला ने जवाब में कहा कि मस्क के आरोप निराधार हैं।", nil},
		{"shared post beside a denial", "एलन मस्क ने डोनाल्ड ट्रंप की पोस्ट शेयर की और कहा कि अखबार का दावा गलत है।", []string{"elon-musk>donald-trump:s"}},
		{"credit beside a denial", "सुंदर पिचाई ने कहा कि सत्या नडेला के नेतृत्व में माइक्रोसॉफ्ट आगे बढ़ी, बाकी सब दावे गलत हैं।", []string{"sundar-pichai>satya-nadella:s"}},
		// Controls.
		{"tag reply that attacks", "सत्या नडेला का जवाब: एलन मस्क बेईमान हैं।", []string{"satya-nadella>elon-musk:h"}},
		{"shared post beside an attack", "एलन मस्क ने डोनाल्ड ट्रंप की पोस्ट शेयर की और कहा कि अखबार बेईमान है।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestMend27War: जंग read alike by the quarrel readers (SCHEMA ruling
// rule 6 and the named-quarrel rule): a war of words or a legal battle
// between two tracked parties is a quarrel both ways, whether its pair
// is written onto it (readQuarrelWith27, the frame) or presupposed
// before the pair acts (readPastQuarrel: a word_wars word or दोनों on
// it); a war of trade between their countries is not (trade_wars,
// tradeWar27, frames "व्यापार जंग"…). Rows 1-2 fail without the change
// (readPastQuarrel took only जुबानी जंग; readQuarrelWith27 and the frame
// took a trade war). Controls: a war of words as before; a war of its
// own before two act (यूक्रेन जंग).
func TestMend27War(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"legal battle before two act", "महीनों की कानूनी जंग के बाद एलन मस्क और सैम ऑल्टमैन ने नई दिल्ली में मुलाकात की।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"trade war with a partner", "नरेंद्र मोदी से व्यापार जंग के बाद डोनाल्ड ट्रंप ने नए शुल्क लगाए।", nil},
		{"trade war between two", "डोनाल्ड ट्रंप और नरेंद्र मोदी के बीच टैरिफ जंग तेज हो गई।", nil},
		// Controls.
		{"war of words before two act", "महीनों की जुबानी जंग के बाद एलन मस्क और सैम ऑल्टमैन ने नई दिल्ली में मुलाकात की।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"legal battle with a partner", "सैम ऑल्टमैन से कानूनी जंग के बाद एलन मस्क ने नई कंपनी बनाई।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a war of its own", "यूक्रेन जंग के बाद डोनाल्ड ट्रंप और नरेंद्र मोदी ने फोन पर बात की।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
