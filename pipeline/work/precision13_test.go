package work

import (
	"testing"
	"time"
)

// TestSession13Precision: stances the engine asserted on dev that the
// gold (and SCHEMA) does not have (session 13, PRECISION2 helper). Each
// rule has rows where it must not fire and rows where the stance stays.
func TestSession13Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// An argument (दलील, तर्क) is a charge like a claim: judging it
		// baseless rejects it (no stance, SCHEMA); calling it a lie still
		// attacks its author.
		{"Y की दलील को बेबुनियाद बताया", "गूगल ने सैम ऑल्टमैन की इस दलील को बेबुनियाद बताया कि उसका सर्च पुराना पड़ गया है।", nil},
		{"Y के तर्कों को निराधार बताया", "मेटा ने एलन मस्क के तर्कों को निराधार बताया।", nil},
		{"Y की दलील को झूठ बताया stays an attack", "एलन मस्क ने सैम ऑल्टमैन पर धोखे का आरोप लगाया। ओपनएआई ने मस्क की दलील को सरासर झूठ बताया।", []string{"elon-musk>sam-altman:h", "openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
