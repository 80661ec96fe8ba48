package work

import (
	"testing"
	"time"
)

// Session 31 (FRESH3-H): our own sentences for the hostile errors read in
// dev-outlets-be and dev-contrast-dc. The first rows of each test fail
// without the change named; the controls must stay as they are.

// TestFresh3h31SwallowOngoing: "पैसा डकार रहे/रही हैं", the ongoing form
// of the theft verb (outcomes.yaml).
func TestFresh3h31SwallowOngoing(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"ration swallowed", "नरेंद्र मोदी ने कहा कि राहुल गांधी गरीबों का राशन डकार रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"person swallowing", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप करदाताओं का पैसा डकार रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"his companies swallowing", "एलन मस्क ने लिखा कि सैम ऑल्टमैन की कंपनियां दान का पैसा डकार रही हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"owner's firms", "सत्या नडेला ने कहा कि सुंदर पिचाई की कंपनी छोटे डेवलपरों की कमाई डकार रही है।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		// Controls: no tracked target; a denial.
		{"no one named", "राहुल गांधी ने कहा कि कुछ लोग बैंकों का पैसा डकार रहे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3h31DeliberateDistraction: a complaint or charge called "a
// deliberate attempt/ploy to divert attention" (with "एक सोची-समझी"
// inside) attacks its author (evaluative.yaml).
func TestFresh3h31DeliberateDistraction(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"complaint, deliberate attempt", "मेटा ने एक्स की शिकायत को ध्यान भटकाने की एक सोची-समझी कोशिश करार दिया।",
			[]string{"meta>x-corp:h"}},
		{"charges, deliberate ploy", "अडानी समूह ने राहुल गांधी के आरोपों को ध्यान भटकाने की सोची-समझी चाल बताया।",
			[]string{"adani-group>rahul-gandhi:h"}},
		{"claims, deliberate attempt", "ओरेकल ने गूगल के दावों को ध्यान भटकाने की सोची-समझी कोशिश बताया।",
			[]string{"oracle>google:h"}},
		// Control: the plain entry is unchanged.
		{"plain attempt", "ओपनएआई ने एलन मस्क के आरोपों को ध्यान भटकाने की कोशिश बताया।",
			[]string{"openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3h31CopyOfOthers: "X के प्रोडक्ट दूसरों की नकल हैं" judges the
// owner (evaluative.yaml, like सस्ती नकल).
func TestFresh3h31CopyOfOthers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"products copies of others", "सैम ऑल्टमैन ने कहा कि गूगल के मॉडल बस दूसरों की नकल हैं।",
			[]string{"sam-altman>google:h"}},
		{"in a post's quote", "एलन मस्क ने एक्स पर लिखा, \"मेटा के सारे फीचर दूसरों की नकल हैं।\"",
			[]string{"elon-musk>meta:h"}},
		{"called copies", "सत्या नडेला ने सुंदर पिचाई के नए उत्पादों को दूसरों की नकल बताया।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		// Control: copying others praised as a habit of learning is no
		// named target.
		{"no named owner", "सुंदर पिचाई ने कहा कि शुरुआत में हर स्टार्टअप दूसरों की नकल करता है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh3h31TitledCollective: a collective noun that opens a watchlist
// epithet ("नेता प्रतिपक्ष", "नेता विपक्ष") as the subject of someone's
// ki-clause is that person, not an untracked group of leaders
// (titledCollective31 in untrackedSubject).
func TestFresh3h31TitledCollective(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"epithet subject, misleading", "नरेंद्र मोदी ने कहा कि नेता प्रतिपक्ष देश को गुमराह कर रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"epithet subject, lies", "डोनाल्ड ट्रंप ने कहा कि नेता प्रतिपक्ष झूठ फैला रहे हैं।",
			[]string{"donald-trump>rahul-gandhi:h"}},
		{"other epithet", "नरेंद्र मोदी ने कहा कि नेता विपक्ष विदेश में देश को गुमराह कर रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"named earlier, epithet later", "लोकसभा में नेता प्रतिपक्ष राहुल गांधी ने महंगाई पर सवाल उठाए। नरेंद्र मोदी ने जवाब में कहा कि नेता प्रतिपक्ष सदन ठप कराकर देश का नुकसान कर रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"party title right before the name", "नरेंद्र मोदी ने कहा कि कांग्रेस नेता राहुल गांधी झूठ फैला रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		// Controls: untracked leaders stay nobody's.
		{"some leaders", "नरेंद्र मोदी ने कहा कि कुछ नेता देश को गुमराह कर रहे हैं।", nil},
		{"party's leaders", "नरेंद्र मोदी ने कहा कि कांग्रेस के नेता देश को गुमराह कर रहे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
	// Control: before the watchlist gives him the office, nobody's.
	checkStanceCases(t, a, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"before the office", "नरेंद्र मोदी ने कहा कि नेता प्रतिपक्ष देश को गुमराह कर रहे हैं।", nil},
	})
}

// TestFresh3h31NeverSeenSuch: "Y जैसा/ऐसा <adj> <noun> कभी नहीं देखा" is a
// superlative that asserts the judgement (neverSeenSuch31 in
// negationExcepted).
func TestFresh3h31NeverSeenSuch(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"like-Y, country never saw", "राहुल गांधी ने कहा कि नरेंद्र मोदी जैसा झूठा प्रधानमंत्री देश ने पहले कभी नहीं देखा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"like-Y in a post", "एलन मस्क ने लिखा, \"सैम ऑल्टमैन जैसा धोखेबाज इंसान मैंने कभी नहीं देखा।\"",
			[]string{"elon-musk>sam-altman:h"}},
		{"such-a after the deed, quote first", "\"कमला हैरिस ने मजदूरों को धोखा दिया, ऐसी नाकारा नेता इस देश ने पहले कभी नहीं देखी,\" डोनाल्ड ट्रंप ने कहा।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"such praise", "सुंदर पिचाई ने कहा कि सत्या नडेला जैसा अच्छा दोस्त उन्होंने कभी नहीं देखा।",
			[]string{"sundar-pichai>satya-nadella:s"}},
		// Controls: a plain negation stays a negation.
		{"never called", "एलन मस्क ने कहा कि उन्होंने सैम ऑल्टमैन को कभी धोखेबाज नहीं कहा।", nil},
		{"never saw him lie", "सत्या नडेला ने कहा कि उन्होंने सुंदर पिचाई को कभी झूठ बोलते नहीं देखा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
