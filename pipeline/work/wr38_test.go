package work

import (
	"testing"
	"time"
)

// TestOwnerApposed38 (session 38, WR): "X ने Y की Z के साथ करार तोड़ा",
// where Y leads Z: the genitive names Z's owner, not a party of the tie.
// Rows in outlet style; all fail without ownerApposed38 (they gave Z → Y
// or nothing). A rupture of a deal does not pass to the owner (SCHEMA,
// session 25 ruling). Controls: a genitive of someone who does not lead
// the company ("Y की ओपनएआई के साथ लड़ाई" stays Y's fight), the owned
// company as the doer, and an alliance with an owned company.
func TestOwnerApposed38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"break with an owned company", " || सर्च दिग्गज गूगल ने मंगलवार को एलन मस्क की टेस्ला के साथ चल रहा मैपिंग करार तोड़ दिया।", []string{"google>tesla:h"}},
		{"deal cancelled, owner by full name", " || अमेरिकी कंपनी गूगल ने सोमवार को मार्क जुकरबर्ग की मेटा के साथ हुआ विज्ञापन करार रद्द कर दिया।", []string{"google>meta:h"}},
		{"alliance broken", " || अहमदाबाद में जारी बयान में अडानी समूह ने बताया कि उसने मुकेश अंबानी की रिलायंस के साथ अपना गठबंधन तोड़ लिया है।", []string{"adani-group>reliance:h"}},
		{"stepping out of a tie", " || सॉफ्टबैंक सैम ऑल्टमैन की ओपनएआई के साथ साझेदारी से हट गया है, कंपनी के प्रवक्ता ने बताया।", []string{"softbank>openai:h"}},
		{"no more work with it", " || गौतम अडानी ने कहा कि वह मुकेश अंबानी की रिलायंस के साथ किसी भी परियोजना में काम नहीं करेंगे।", []string{"gautam-adani>reliance:h"}},
		{"ctl not the company's chief", " || एलन मस्क की ओपनएआई के साथ कानूनी लड़ाई अब अदालत में है।", nil},
		{"ctl the owned company as doer", " || मुकेश अंबानी की रिलायंस ने गूगल के साथ करार तोड़ दिया।", []string{"reliance>google:h"}},
		{"ctl alliance with an owned company", " || सैम ऑल्टमैन की ओपनएआई के साथ माइक्रोसॉफ्ट ने नया करार किया।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
	})
}
