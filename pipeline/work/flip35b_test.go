package work

import (
	"testing"
	"time"
)

// TestFlipWindUp35b (session 35, contrast2): a tie wound up (समेटने, समेट
// लिया/दिया) ends it, the winder → the other (flippers.yaml). Controls:
// "समेटे" gathering awards does not flip a praise; a tie kept (read as
// nothing, as before).
func TestFlipWindUp35b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"decision to wind up a venture made with Y", " || अडानी समूह ने गूगल के साथ बना अपना डेटा उपक्रम समेटने का फैसला किया है।", []string{"adani-group>google:h"}},
		{"partnership wound up", " || ओरेकल ने सॉफ्टबैंक के साथ अपनी साझेदारी समेट ली।", []string{"oracle>softbank:h"}},
		{"ctl awards gathered after a praise", " || सत्या नडेला ने सैम ऑल्टमैन की तारीफ के पुल बांधे और कई पुरस्कार समेटे।", []string{"satya-nadella>sam-altman:s"}},
		{"ctl venture kept", " || अडानी समूह ने गूगल के साथ बना अपना डेटा उपक्रम जारी रखने का फैसला किया है।", nil},
	})
}
