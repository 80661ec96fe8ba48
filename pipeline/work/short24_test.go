package work

import (
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestShort24InvestHeld: an investment presupposed as a noun phrase —
// its value or return, or money raised for it — is the investor's
// support (SCHEMA: investment asserted in background counts). Rows fail
// without readInvestHeld24; the controls stay as they were.
func TestShort24InvestHeld(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"value of the investment risen", "माइक्रोसॉफ्ट ने बताया कि ओपनएआई में निवेश का मूल्यांकन बढ़ने से उसकी आय सुधरी।", []string{"microsoft>openai:s"}},
		{"possessive, in a relative clause", "गूगल ने रिकॉर्ड तिमाही दर्ज की, जिसमें रिलायंस में उसके निवेश की कीमत में उछाल का बड़ा हाथ रहा।", []string{"google>reliance:s"}},
		{"a return from it", "मेटा ने कहा कि रिलायंस में निवेश से उसे अच्छा मुनाफा हुआ है।", []string{"meta>reliance:s"}},
		{"money borrowed for it", "ओरेकल ने ओपनएआई में निवेश के लिए बैंकों से भारी कर्ज लिया है।", []string{"oracle>openai:s"}},
		{"a person speaks: his company", "माइक्रोसॉफ्ट के नतीजे शानदार रहे। सत्या नडेला ने कहा कि ओपनएआई में निवेश की कीमत बढ़ने से कंपनी को फायदा हुआ।", []string{"microsoft>openai:s"}},
		// Must not fire.
		{"money to be raised, a purpose only", "गूगल ने अपनी इमारतें बेचीं ताकि रिलायंस में निवेश के लिए पैसा जुटाया जा सके।", nil},
		{"the investment noun alone", "माइक्रोसॉफ्ट ने कहा कि ओपनएआई में निवेश करने वालों की संख्या बढ़ी है।", nil},
		{"a stake sold, the seller's rupture as before", "मेटा ने रिलायंस में अपनी हिस्सेदारी बेच दी।", []string{"meta>reliance:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestShort24MadeInto: in X's words "Z ने Y को <hostile word> बना दिया"
// judges Y, made into it, as well as the maker Z; a puppet or pawn made
// of Y casts Y as the victim. Rows fail without madeInto24 (the maker
// row passed before and must stay).
func TestShort24MadeInto(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"den of lies, headline order", "कमला हैरिस बोलीं- मस्क ने एक्स को बना दिया 'झूठ का अड्डा' || ", []string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
		{"profit machine, maker elided", "मस्क का ऑल्टमैन पर हमला, बोले- 'ओपनएआई को मुनाफे की मशीन बना डाला' || ", []string{"elon-musk>sam-altman:h", "elon-musk>openai:h"}},
		{"turned into a den of hate", "रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप ने एक्स को नफरत के अड्डे में बदल दिया है।", []string{"reid-hoffman>donald-trump:h", "reid-hoffman>x-corp:h"}},
		// Must stay as before.
		{"a puppet made: the maker only", "सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट ने ओपनएआई को अपनी कठपुतली बना दिया है।", []string{"sundar-pichai>microsoft:h"}},
		{"the narrator's making, no speaker", "एलन मस्क ने ट्विटर को नफरत का अड्डा बना दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestShort24MeansLacked: in X's words, Y said to lack the money — the
// sum itself lacked, a purpose between, less than enough — is X's
// attack on Y (as readQuality reads "Y के पास पैसा नहीं"). Rows fail
// without readMeansLacked24; the controls stay unasserted.
func TestShort24MeansLacked(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"the sum not even secured", "सैम ऑल्टमैन ने लिखा कि ओरेकल के पास 5 अरब डॉलर भी पक्के नहीं हैं।", []string{"sam-altman>oracle:h"}},
		{"a purpose between", "एलन मस्क ने दावा किया कि ओपनएआई के पास इस डेटा सेंटर के लिए जरूरी पूंजी है ही नहीं।", []string{"elon-musk>openai:h"}},
		{"less than enough", "मार्क जुकरबर्ग ने कहा कि एक्सएआई के पास 2 अरब डॉलर से भी कम की नकद रकम है।", []string{"mark-zuckerberg>xai:h"}},
		{"arranged less than", "लैरी एलिसन ने दावा किया कि सॉफ्टबैंक ने 5 अरब डॉलर से कम का इंतजाम किया है।", []string{"larry-ellison>softbank:h"}},
		// Must not fire.
		{"money had", "एलन मस्क ने कहा कि ओपनएआई के पास 10 अरब डॉलर की पक्की रकम है।", nil},
		{"bought for less", "सैम ऑल्टमैन ने कहा कि गूगल ने 2 अरब डॉलर से कम में वह कंपनी खरीदी।", nil},
		{"the claim denied", "एलन मस्क ने कहा कि उन्होंने कभी नहीं कहा कि सॉफ्टबैंक के पास 10 अरब डॉलर भी नहीं हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestShort24TieElided: a headline that raises a split and then gives
// the answer affirming the tie, partner not named again, is the
// speaker's support of that partner. Rows fail without readTieElided24;
// the controls (two possible partners; the tie denied) stay unasserted.
func TestShort24TieElided(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"question, then the chief: we are partners", "क्या गूगल से नाता तोड़ेगी रिलायंस? मुकेश अंबानी बोले- हम पुराने साथी || ", []string{"mukesh-ambani>google:s"}},
		{"reports of strain, the chief: it holds", "मेटा से रिश्तों में खटास की खबरें, अंबानी बोले- साझेदारी बरकरार || ", []string{"mukesh-ambani>meta:s"}},
		// Must not fire.
		{"two parties besides the speaker", "गूगल और मेटा में तनाव की खबरें, मुकेश अंबानी बोले- साझेदारी मजबूत || ", nil},
		{"the tie denied", "क्या गूगल से नाता तोड़ेगी रिलायंस? मुकेश अंबानी बोले- हम अब साथी नहीं || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestShort24BetTitle: a verbless headline naming a bet or investment
// in Y with its holder (or in a chief's words) is the holder's support.
// Rows fail without readBetTitle24; the controls stay unasserted.
func TestShort24BetTitle(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"holder after the noun", "एक्सएआई में सबसे बड़ा दांव अब ओरेकल का || ", []string{"oracle>xai:s"}},
		{"holder before Y", "गूगल का रिलायंस पर नया दांव || ", []string{"google>reliance:s"}},
		{"in a chief's words: he and his company", "माइक्रोसॉफ्ट के नतीजे शानदार, सत्या नडेला बोले- ओपनएआई में 10 अरब का निवेश सबसे समझदारी भरा फैसला || ", []string{"microsoft>openai:s", "satya-nadella>openai:s"}},
		// Must not fire.
		{"the investment as a topic", "ओपनएआई में निवेश पर माइक्रोसॉफ्ट का रुख साफ || ", nil},
		{"a bet asked about", "क्या ओपनएआई पर दांव लगाएगा गूगल? || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestShort24TitleBrand: a company's bare brand in a headline before a
// case marker is the company (titleNounUse24); a hyphenated pair in a
// headline and the verb stay no one. The first two rows fail without
// the rule.
func TestShort24TitleBrand(t *testing.T) {
	a := shippedAnalyzer(t)
	rows := []struct {
		name, title string
		want        bool // reliance among the entities
	}{
		{"brand as agent, the chief named", "जियो ने गांव-गांव तक पहुंचाया सस्ता इंटरनेट, मुकेश अंबानी को मोदी ने दी बधाई", true},
		{"brand before के, the chief named", "राहुल का सवाल: मुकेश अंबानी जी, जियो के नए प्लान इतने महंगे क्यों?", true},
		{"brand before a case marker, no chief", "जियो से बदली कस्बों की तस्वीर", false},
		{"hyphenated pair stays dropped", "Starlink पर Jio-Musk साथ", false},
		{"the verb", "शान से जियो, खुलकर जियो: युवाओं के लिए नया अभियान", false},
	}
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			got := a.Analyze(pipeline.Story{ID: "b", Title: r.title, Published: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)})
			if has := slices.Contains(got.Entities, "reliance"); has != r.want {
				t.Fatalf("entities %v, want reliance %v", got.Entities, r.want)
			}
		})
	}
}
