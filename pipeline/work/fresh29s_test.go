package work

import "testing"

// TestSession29ItKind: a bare इसे called by a label headed by a company's
// noun (it_kinds) is the organisation named before it; by a venture's
// noun (formed_ventures), the deal (itkind29.go). Controls: a label with
// no such head, a kind noun that is not the head, a person named last,
// a venture's noun with no deal named.
func TestSession29ItKind(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"company label", " || ओपनएआई ने नया मॉडल पेश किया। डोनाल्ड ट्रंप ने इसे दुनिया की सबसे शानदार कंपनी बताया।", []string{"donald-trump>openai:s"}},
		{"company label, quoted, hostile", " || मेटा ने नया ऐप बाजार में उतारा। एलन मस्क ने इसे 'सबसे घटिया कंपनी' करार दिया।", []string{"elon-musk>meta:h"}},
		{"venture label, the deal", " || स्टारगेट का पहला डेटा सेंटर टेक्सास में बनकर तैयार हुआ। डोनाल्ड ट्रंप ने इसे 'सदी की सबसे बड़ी परियोजना' बताया।", []string{"donald-trump>stargate:s"}},
		{"ctl no kind head", " || ओपनएआई ने नया मॉडल पेश किया। डोनाल्ड ट्रंप ने इसे शानदार बताया।", nil},
		{"ctl kind noun not the head", " || मेटा ने नई नीति लागू की। सुंदर पिचाई ने इसे कंपनी के लिए अच्छा कदम बताया।", nil},
		{"ctl person named last", " || ओपनएआई के सैम ऑल्टमैन ने नया मॉडल पेश किया। सुंदर पिचाई ने इसे शानदार कंपनी बताया।", nil},
		{"ctl venture noun, no deal", " || ओरेकल ने टेक्सास में नई परियोजना शुरू की। डोनाल्ड ट्रंप ने इसे सबसे बड़ी परियोजना बताया।", nil},
	}
	checkStanceCases(t, a, when29, cases)
}
