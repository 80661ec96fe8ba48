package work

import (
	"testing"
	"time"
)

// TestSession18Precision: stances the engine asserted on the dev files
// that the gold and SCHEMA do not have (session 18, PRECISION helper),
// read by family. Each rule has rows where it fires and rows where it
// must not.
func TestSession18Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// Someone's report, statement or news item called only false
		// (गलत, भ्रामक, बेबुनियाद, निराधार) is denied, as a charge is:
		// no stance on its maker (SCHEMA: rejecting or denying a charge).
		{"X ने Y की रिपोर्ट को भ्रामक बताया", "मेटा ने एक्सियोस की ताजा रिपोर्ट को भ्रामक बताया।", nil},
		{"X ने Y के उस बयान को गलत बताया, जिसमें …", "गूगल ने डोनाल्ड ट्रंप के उस बयान को गलत बताया, जिसमें कंपनी पर पक्षपात की बात कही गई थी।", nil},
		{"X ने Y की खबरों को बेबुनियाद बताया", "ओपनएआई ने एक्सियोस की उन खबरों को बेबुनियाद बताया।", nil},
		{"X ने Y की टिप्पणी को निराधार करार दिया", "अडानी समूह ने राहुल गांधी की टिप्पणी को निराधार करार दिया।", nil},
		// Must not fire: the words judged, not called untrue; a lie
		// (an attack on the author); the maker himself called wrong.
		{"X ने Y के बयान को शर्मनाक बताया stays hostile", "गूगल ने डोनाल्ड ट्रंप के बयान को शर्मनाक बताया।", []string{"google>donald-trump:h"}},
		{"X ने Y की रिपोर्ट को झूठा बताया stays hostile", "मेटा ने एक्सियोस की रिपोर्ट को झूठा बताया।", []string{"meta>axios:h"}},
		{"X ने Y को गलत बताया stays hostile", "गूगल ने डोनाल्ड ट्रंप को गलत बताया।", []string{"google>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
