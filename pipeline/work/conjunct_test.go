package work

import (
	"testing"
	"time"
)

// TestSession9Conjuncts: a name marked by its own postposition and
// followed by a noun ends a noun phrase of its own; a relation frame
// owned by a name after "और" does not take it as a party.
func TestSession9Conjuncts(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"A का B पर दांव और C की तकरार: B is no party", "विचार: हॉफमैन का हैरिस पर दांव और मस्क की तकरार || ", []string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		{"B पर दांव और C की तकरार: no pair", "हैरिस पर दांव और मस्क की तकरार || ", nil},
		{"B और C की तकरार: coordinated, both", "हैरिस और मस्क की तकरार || ", []string{"elon-musk>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"C की B से तकरार: the partner stays", "मस्क की हैरिस से तकरार || ", []string{"elon-musk>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"a hyphen is no coordinator", "मेटा ने अपने ओपन-सोर्स मॉडल के लिए माइक्रोसॉफ्ट के साथ साझेदारी की।", []string{"meta>microsoft:s", "microsoft>meta:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
