package work

import (
	"testing"
	"time"
)

// TestSession25RetortRejectsCharge: a retort ("जवाब में …") whose act is
// rejecting the charge as baseless or denying it answers no one (SCHEMA:
// rejecting or denying a charge is no stance; rejectsCharge25). The first
// rows give the replier → the accuser without the guard. Controls,
// unchanged: the charge called lies (an attack on its author), a retort
// that calls the accuser names, a rejection with no retort word.
func TestSession25RetortRejectsCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"baseless, in reply", "सुंदर पिचाई ने आरोप लगाया कि माइक्रोसॉफ्ट ने सर्च बाजार में मनमानी की। जवाब में माइक्रोसॉफ्ट ने पिचाई के आरोपों को बेबुनियाद बताया।",
			[]string{"sundar-pichai>microsoft:h"}},
		{"baseless while asking dismissal", "कमला हैरिस ने मुकदमे में आरोप लगाया है कि एक्स कॉर्प ने चुनाव से जुड़ी झूठी खबरें फैलाईं। जवाब में कंपनी ने हैरिस के दावों को निराधार बताते हुए मुकदमा खारिज करने की मांग की।",
			[]string{"kamala-harris>x-corp:h"}},
		// Controls.
		{"charge called lies", "सुंदर पिचाई ने आरोप लगाया कि माइक्रोसॉफ्ट ने सर्च बाजार में मनमानी की। जवाब में माइक्रोसॉफ्ट ने पिचाई के आरोपों को मनगढ़ंत बताया।",
			[]string{"microsoft>sundar-pichai:h", "sundar-pichai>microsoft:h"}},
		{"retort calling names", "सुंदर पिचाई ने आरोप लगाया कि माइक्रोसॉफ्ट ने सर्च बाजार में मनमानी की। जवाब में सत्या नडेला ने पिचाई को हताश कहा।",
			// (Pichai's charge against Nadella's company counts against him
			// too: SCHEMA; answeredAttacks25.)
			[]string{"satya-nadella>sundar-pichai:h", "sundar-pichai>microsoft:h", "sundar-pichai>satya-nadella:h"}},
		{"rejection, no retort word", "सुंदर पिचाई ने आरोप लगाया कि माइक्रोसॉफ्ट ने सर्च बाजार में मनमानी की। माइक्रोसॉफ्ट ने पिचाई के आरोपों को बेबुनियाद बताया।",
			[]string{"sundar-pichai>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
