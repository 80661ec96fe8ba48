package work

import (
	"testing"
	"time"
)

// TestSession14PlaceNounJudged: a place noun after a genitive (प्लेटफॉर्म,
// मंच, खाते) is the possessor's thing when an act frame judges or acts on
// it ("Y के प्लेटफॉर्म की तारीफ", "Y के खाते निलंबित किए"); it stays a place
// before पर/में/से, and a passive verbal noun ("निलंबित किए जाने को लेकर")
// asserts no act.
func TestSession14PlaceNounJudged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y के प्लेटफॉर्म की तारीफ की", "सुंदर पिचाई ने माइक्रोसॉफ्ट के क्लाउड प्लेटफॉर्म की खुलकर तारीफ की।",
			[]string{"sundar-pichai>microsoft:s"}},
		{"Y के मंच की आलोचना की", "सैम ऑल्टमैन ने मेटा के नए मंच की कड़ी आलोचना की।",
			[]string{"sam-altman>meta:h"}},
		{"Y के खाते निलंबित कर दिए", "गूगल ने कमला हैरिस के यूट्यूब खाते निलंबित कर दिए।",
			[]string{"google>kamala-harris:h"}},
		{"Y के मंच पर Z की आलोचना: a venue", "माइक्रोसॉफ्ट के मंच पर सुंदर पिचाई ने कमला हैरिस की आलोचना की।",
			[]string{"sundar-pichai>kamala-harris:h"}},
		{"Y के प्लेटफॉर्म पर बोले: a venue, no act", "सत्या नडेला मेटा के प्लेटफॉर्म पर एक कार्यक्रम में बोले।", nil},
		{"Y के खाते निलंबित किए जाने पर सुनवाई: no act", "कमला हैरिस के खाते निलंबित किए जाने को लेकर गूगल के खिलाफ सुनवाई शुरू हुई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
