package work

import (
	"testing"
	"time"
)

var words30Day = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// TestWords30Litotes: "nothing less than" a boon or a miracle is praise,
// and nothing less than a scam is an attack: the negator after "से कम"
// belongs to the comparison (words30.go litotes30). A plain negated
// praise word stays hostile; the miracle of an event, a figure "less
// than" expected, a bare "चमत्कार से कम" and a question give nothing.
func TestWords30Litotes(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"boon, no article", "गौतम अडानी ने कहा कि नरेंद्र मोदी का फैसला देश के लिए वरदान से कम नहीं है।", []string{"gautam-adani>narendra-modi:s"}},
		{"boon, calling", "मुकेश अंबानी ने नरेंद्र मोदी की नीतियों को उद्योग के लिए किसी वरदान से कम नहीं बताया।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"miracle", "गौतम अडानी ने कहा कि नरेंद्र मोदी का यह काम किसी चमत्कार से कम नहीं है।", []string{"gautam-adani>narendra-modi:s"}},
		{"charisma of a company", "सुंदर पिचाई ने कहा कि जियो का सफर किसी करिश्मे से कम नहीं रहा।", []string{"sundar-pichai>reliance:s"}},
		{"scam", "राहुल गांधी ने कहा कि गौतम अडानी का यह फैसला देश के लिए किसी घोटाले से कम नहीं है।", []string{"rahul-gandhi>gautam-adani:h"}},
		// Must not change.
		{"plain negated praise", "गौतम अडानी ने कहा कि नरेंद्र मोदी का फैसला देश के लिए वरदान नहीं है।", []string{"gautam-adani>narendra-modi:h"}},
		{"miracle of an event", "गौतम अडानी ने कहा कि बाढ़ के बाद गांव का बच जाना किसी चमत्कार से कम नहीं था।", nil},
		{"profit less than expected", "मुकेश अंबानी ने कहा कि रिलायंस का मुनाफा उम्मीद से कम नहीं रहा।", nil},
		{"less than a miracle", "गौतम अडानी ने कहा कि नरेंद्र मोदी का यह काम चमत्कार से कम है।", nil},
		{"asked", "क्या नरेंद्र मोदी का यह फैसला किसी चमत्कार से कम नहीं है, गौतम अडानी ने पूछा।", nil},
	}
	checkStanceCases(t, a, words30Day, cases)
}
