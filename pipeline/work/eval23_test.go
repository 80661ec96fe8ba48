package work

import (
	"testing"
	"time"
)

// TestSession23InnovativeDisciplined: two praise adjectives the lexicon
// lacked — innovative (नवोन्मेषी, नवाचारी) and disciplined (अनुशासित),
// with their hostile opposite (अनुशासनहीन) — in a quoted label, a
// copula, a pronoun clause and a bare attribute. Rows written before the
// entries (evaluative.yaml); none is a dev wording. A method called
// disciplined (अनुशासित ढंग से) is no verdict on a person.
func TestSession23InnovativeDisciplined(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"innovative as a copula", "सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट आज भी बेहद नवोन्मेषी है।", []string{"sundar-pichai>microsoft:s"}},
		{"innovative, quoted label", "मुकेश अंबानी ने गूगल को 'हमारे समय की सबसे नवाचारी कंपनी' कहा।", []string{"mukesh-ambani>google:s"}},
		{"disciplined team", "मासायोशी सोन ने कहा कि सैम ऑल्टमैन की टीम बहुत अनुशासित है।", []string{"masayoshi-son>sam-altman:s"}},
		{"disciplined leader", "नरेंद्र मोदी ने मुकेश अंबानी को एक अनुशासित उद्योगपति बताया।", []string{"narendra-modi>mukesh-ambani:s"}},
		{"undisciplined", "डोनाल्ड ट्रंप ने कहा कि कमला हैरिस का अभियान पूरी तरह अनुशासनहीन है।", []string{"donald-trump>kamala-harris:h"}},
		// Must not fire.
		{"a disciplined manner", "गूगल और रिलायंस ने अनुशासित ढंग से परियोजना पूरी की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
