package work

import (
	"testing"
	"time"
)

// TestInv33BProgressiveDeed: a light-verb deed of the past ("पैसा दिया",
// "चंदा दिया", "आरोप लगाया") read in the progressive ("दे रहे हैं") and the
// continuative ("देते रहे हैं") as in the perfective and the completive
// (progressive33b beside completive22 in pattern.matchIn). INV5's V2/V4.
func TestInv33BProgressiveDeed(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"money, progressive", "गौतम अडानी इन दिनों नरेंद्र मोदी की पार्टी के अभियान को भारी पैसा दे रहे हैं।",
			[]string{"gautam-adani>narendra-modi:s"}},
		{"money, continuative", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को लगातार पैसा देते रहे हैं।",
			[]string{"larry-ellison>donald-trump:s"}},
		{"status, progressive", "डोनाल्ड ट्रंप लैरी एलिसन को सरकारी सलाहकार का दर्जा दे रहे हैं।",
			[]string{"donald-trump>larry-ellison:s"}},
		// Controls: a plan (रहेंगे, the future) and the future stay
		// unasserted; a progressive negated stays unasserted.
		{"plan, continuative future", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को पैसा देते रहेंगे।", nil},
		{"plan, future", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को पैसा देंगे।", nil},
		{"perfective unchanged", "लैरी एलिसन ने डोनाल्ड ट्रंप के अभियान को पैसा दिया।",
			[]string{"larry-ellison>donald-trump:s"}},
	})
}

// TestInv33BAnnounceCompound: "… का ऐलान कर दिया", "घोषणा कर दी" is an
// announcement as "ऐलान किया" is (announceVerb33b in announces,
// compoundAnnounce33b in formingAnnounced): its announcer is party to the
// partnership, and the members named after it formed it. INV5's V6.
func TestInv33BAnnounceCompound(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"announcer, कर दिया", "सत्या नडेला ने मंगलवार को गूगल के साथ माइक्रोसॉफ्ट की नई एआई साझेदारी का ऐलान कर दिया।",
			[]string{"satya-nadella>google:s", "google>satya-nadella:s", "google>microsoft:s", "microsoft>google:s"}},
		{"members after, घोषणा कर दी", "मासायोशी सन ने एक नई एआई परियोजना की घोषणा कर दी। इसमें मेटा, सॉफ्टबैंक और गूगल साझेदार हैं।",
			[]string{"meta>softbank:s", "softbank>meta:s", "meta>google:s", "google>meta:s", "softbank>google:s", "google>softbank:s"}},
		// Controls: the pluperfect compound is a look back; the simple
		// past reads as before.
		{"pluperfect compound", "मासायोशी सन ने एक नई एआई परियोजना की घोषणा कर दी थी। इसमें मेटा, सॉफ्टबैंक और गूगल साझेदार हैं।", nil},
		{"simple past unchanged", "मासायोशी सन ने एक नई एआई परियोजना की घोषणा की। इसमें मेटा, सॉफ्टबैंक और गूगल साझेदार हैं।",
			[]string{"meta>softbank:s", "softbank>meta:s", "meta>google:s", "google>meta:s", "softbank>google:s", "google>softbank:s"}},
	})
}
