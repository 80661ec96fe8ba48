package work

import (
	"testing"
	"time"
)

// TestSession26DeterminerYah: "… और यह <noun> <judgement>" judges the
// noun यह determines, not the doer of the conjunct before
// (determiner26 in conjunctDoer26, mend26.go). Every row fails without
// the check.
func TestSession26DeterminerYah(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"यह बाजार … कमजोर", "सुंदर पिचाई ने कहा कि रिलायंस तेजी से आगे बढ़ रही है और यह बाजार बेहद कमजोर है।", nil},
		{"यह शहर शानदार", "सत्या नडेला ने कहा कि गूगल ने बेंगलुरु में नया दफ्तर खोला है और यह शहर शानदार है।", nil},
		{"ये मजदूर … ईमानदार", "राहुल गांधी ने कहा कि गौतम अडानी ने नया बंदरगाह खरीदा है और ये मजदूर बेहद ईमानदार हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26DeterminerYahControls: यह standing alone as the subject
// (the judgement right after it, a gap word or a comparative between, a
// postposition after the next word) still judges the doer before.
func TestSession26DeterminerYahControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"यह शानदार", "सत्या नडेला ने कहा कि गूगल ने बेंगलुरु में नया दफ्तर खोला है और यह शानदार है।",
			[]string{"satya-nadella>google:s"}},
		{"यह बेहद शानदार: a gap word", "सत्या नडेला ने कहा कि गूगल ने बेंगलुरु में नया दफ्तर खोला है और यह बेहद शानदार है।",
			[]string{"satya-nadella>google:s"}},
		{"यह शहर के लिए: a postposition", "सत्या नडेला ने कहा कि गूगल ने बेंगलुरु में नया दफ्तर खोला है और यह शहर के लिए शानदार है।",
			[]string{"satya-nadella>google:s"}},
		{"यह बड़ी मिसाल: a comparative", "मुकेश अंबानी ने कहा कि नरेंद्र मोदी की सरकार ने गांवों तक इंटरनेट पहुंचाया है और यह बड़ी मिसाल है।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26BetterThanDenied: "Y से बेहतर <praise> … मुश्किल नहीं"
// denies the difficulty, so a better one than Y is easy to find: no
// praise of Y (betterThan26 reads a negator and a word of difficulty
// together as none). Every row fails without the check.
func TestSession26BetterThanDenied(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"मुश्किल नहीं", "मुकेश अंबानी ने कहा कि गूगल से बेहतर साझेदार ढूंढना मुश्किल नहीं है।", nil},
		{"नामुमकिन नहीं", "सत्या नडेला ने कहा कि ओपनएआई से अच्छा साझेदार मिलना नामुमकिन नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26BetterThanDeniedControls: a difficulty or a negator alone
// still praises Y.
func TestSession26BetterThanDeniedControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"मुश्किल alone", "मुकेश अंबानी ने कहा कि गूगल से बेहतर साझेदार ढूंढना मुश्किल है।",
			[]string{"mukesh-ambani>google:s"}},
		{"नहीं alone", "सत्या नडेला ने कहा कि ओपनएआई से अच्छा साझेदार उन्हें आज तक नहीं मिला।",
			[]string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
