package work

import (
	"testing"
	"time"
)

// Session 28 (FRESH-H): our own sentences. The first rows fail without
// the rule named; the controls must stay as they are.

// TestSession28FrontedRelative: a fronted relative whose doer is the
// host's ने-agent, closed by a comma and an object correlative with no
// doer of its own ("X ने Y के खिलाफ जो N किया था, उसे …"), is X's own
// act (frontedRel28, relfront28.go), also when the correlative clause
// settles or answers it; a relative with another doer after the comma,
// a subject correlative and a relative with no act at a name stay as
// they were.
func TestSession28FrontedRelative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"suit, then heard", "डोनाल्ड ट्रंप ने मेटा के खिलाफ जो मुकदमा दायर किया था, उस पर आज सुनवाई हुई।",
			[]string{"donald-trump>meta:h"}},
		{"suit against two, then settled", "डोनाल्ड ट्रंप ने मेटा और मार्क जुकरबर्ग के खिलाफ जो मुकदमा दायर किया था, उसे अब निपटा लिया गया है।",
			[]string{"donald-trump>mark-zuckerberg:h", "donald-trump>meta:h"}},
		{"charges, then rejected by others", "राहुल गांधी ने नरेंद्र मोदी पर जो आरोप लगाए थे, उन्हें कल खारिज कर दिया गया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"correlative with its own doer (praise of the doer)", "डोनाल्ड ट्रंप ने कहा कि सुंदर पिचाई ने निवेश का जो वादा किया था, उसे उन्होंने बखूबी निभाया है।",
			[]string{"donald-trump>sundar-pichai:s"}},
		{"subject correlative", "डोनाल्ड ट्रंप ने जो कहा वह कमला हैरिस के लिए बहुत अच्छा था।", nil},
		{"untracked object", "कमला हैरिस ने जो किताब लिखी थी, उसे लोगों ने खूब पढ़ा।", nil},
		{"plain suit", "डोनाल्ड ट्रंप ने मेटा के खिलाफ मुकदमा दायर किया था।",
			[]string{"donald-trump>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28SuitEnded: a suit named with its suer and ended by
// another with a suit_end_words flipper ("X की ओर से दायर मुकदमे को खत्म
// करने के लिए …") is a settlement: the suit stays the suer's
// (suitEnded28, settle28.go); a suit with no suer named, a break of a
// partnership and a settlement by निपटाने stay as they were.
func TestSession28SuitEnded(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"suit ended by the one sued", "गूगल ने एलन मस्क की ओर से दायर मुकदमे को खत्म करने के लिए भारी रकम देने पर सहमति दी।",
			[]string{"elon-musk>google:h"}},
		{"suit ended, समाप्त", "मेटा ने कमला हैरिस की ओर से दायर मुकदमे को समाप्त करने के लिए पैसे देने पर सहमति दी।",
			[]string{"kamala-harris>meta:h"}},
		// Controls.
		{"suit with no suer ended", "गूगल चुकाएगी जुर्माना, डोनाल्ड ट्रंप के साथ मुकदमा खत्म।", nil},
		{"partnership ended", "रिलायंस ने मेटा के साथ अपनी साझेदारी खत्म कर दी।",
			[]string{"reliance>meta:h"}},
		{"suit settled (निपटाने)", "मेटा ने डोनाल्ड ट्रंप की ओर से दायर मुकदमे को निपटाने के लिए पैसे दिए।",
			[]string{"donald-trump>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28CopulaAntecedent: "यह वही X हैं जो …" — a relative right
// after a copula whose subject is a tracked name has that name as its
// doer (copulaAntecedent28, antecedent28.go); an untracked antecedent and
// unnamed people stay as they were.
func TestSession28CopulaAntecedent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"threat by the antecedent", "यह वही डोनाल्ड ट्रंप हैं जो पिछले साल मार्क जुकरबर्ग को जेल भेजने की धमकी दे चुके हैं।",
			[]string{"donald-trump>mark-zuckerberg:h"}},
		// Controls (the label was read before the rule too).
		{"label by the antecedent", "ये वही एलन मस्क हैं जो सैम ऑल्टमैन को झूठा कह चुके हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"untracked antecedent", "यह वही कंपनी है जो मेटा की आलोचना करती रही है।", nil},
		{"unnamed people", "ये वही लोग हैं जो कमला हैरिस की आलोचना करते हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
