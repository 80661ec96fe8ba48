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

// TestSession29RelOwnAgent: a relative clause with its own untracked agent
// ("जिन N ने …") holds that agent's act, not the speaker's (relown29.go).
// Controls: a relative agent pronoun naming a tracked one, the speaker's
// own act outside the relative.
func TestSession29RelOwnAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"lawmakers backed Y", " || एलन मस्क ने कहा कि जिन सांसदों ने डोनाल्ड ट्रंप का समर्थन किया, वे अगला चुनाव हारेंगे।", nil},
		{"ctl lawmakers attacked Y (already none)", " || कमला हैरिस ने कहा कि जिन सांसदों ने एलन मस्क पर हमला बोला, उन्हें पूरी जानकारी नहीं थी।", nil},
		{"ctl relative agent pronoun", " || एलन मस्क ने डोनाल्ड ट्रंप की तारीफ की, जिन्होंने कमला हैरिस की आलोचना की थी।", []string{"elon-musk>donald-trump:s", "donald-trump>kamala-harris:h"}},
		{"ctl speaker's own act", " || एलन मस्क ने कहा कि वे डोनाल्ड ट्रंप का समर्थन करते हैं।", []string{"elon-musk>donald-trump:s"}},
	}
	checkStanceCases(t, a, when29, cases)
}
