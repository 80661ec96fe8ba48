package work

import (
	"testing"
	"time"
)

// Session 34 round 2 (GENITIVE2): our own sentences for genitive34b.go.
// The first rows fail without it; the controls must stay as they are.

// TestGenitive34bPlaceObject: a place noun of Y's under को is Y's thing
// judged, not where the act happens.
func TestGenitive34bPlaceObject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y's app called a cheap copy", "एलन मस्क ने मेटा के थ्रेड्स ऐप को सस्ती नकल बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's new app called useless", "एलन मस्क ने मेटा के नए ऐप को बेकार बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's platform called dangerous", "एलन मस्क ने मेटा के प्लेटफॉर्म को खतरनाक बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's platform praised", "सत्या नडेला ने गूगल के प्लेटफॉर्म को शानदार बताया।",
			[]string{"satya-nadella>google:s"}},

		// Controls.
		{"Y's app as the place of a post", "एलन मस्क ने मेटा के ऐप पर लिखा कि सैम ऑल्टमैन झूठे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y's app as the place of a criticism of Z", "एलन मस्क ने मेटा के ऐप पर सैम ऑल्टमैन की आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"aimed at Y's platform (already read)", "एलन मस्क ने मेटा के प्लेटफॉर्म पर निशाना साधा।",
			[]string{"elon-musk>meta:h"}},
		{"Y's app called a cheap copy in quotes", "एलन मस्क ने मेटा के ऐप को 'सस्ती नकल' बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's app under को, no judgement", "एलन मस्क ने मेटा के ऐप को डाउनलोड किया।", nil},
		{"Y's office under को, a deed in a charge, no judgement", "सैम ऑल्टमैन ने आरोप लगाया कि गूगल के दफ्तर को खाली करा दिया गया।", nil},
		{"Y's app under को, negated", "एलन मस्क ने मेटा के ऐप को बेकार नहीं बताया।", nil},
		{"Y's app under को, a question", "क्या एलन मस्क ने मेटा के ऐप को बेकार बताया?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestGenitive34bPlaceApposition: a place noun of Y's with its own name
// after it ("Y के नए ऐप थ्रेड्स पर/को/की") is Y's thing as without the name.
func TestGenitive34bPlaceApposition(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"aimed at Y's new app by name", "एलन मस्क ने मेटा के नए ऐप थ्रेड्स पर निशाना साधा।",
			[]string{"elon-musk>meta:h"}},
		{"Y's new app by name criticised", "एलन मस्क ने मेटा के नए ऐप थ्रेड्स की आलोचना की।",
			[]string{"elon-musk>meta:h"}},
		{"Y's app by name called useless", "एलन मस्क ने मेटा के ऐप थ्रेड्स को बेकार बताया।",
			[]string{"elon-musk>meta:h"}},
		{"Y's new platform by name praised", "सत्या नडेला ने गूगल के नए प्लेटफॉर्म जेमिनी की तारीफ की।",
			[]string{"satya-nadella>google:s"}},

		// Controls.
		{"Y's app by name as the place of a post", "एलन मस्क ने मेटा के नए ऐप थ्रेड्स पर लिखा कि सैम ऑल्टमैन झूठे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y's app by name, users post there", "मेटा के नए ऐप थ्रेड्स पर लोगों ने खूब पोस्ट किया।", nil},
		{"Y's app by name, negated criticism", "एलन मस्क ने मेटा के नए ऐप थ्रेड्स की आलोचना नहीं की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
