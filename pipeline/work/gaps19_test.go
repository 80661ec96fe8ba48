package work

import (
	"testing"
	"time"
)

// TestSession19Gaps: gaps the session's round 1 helpers found and left
// (session 19, GAPS helper). Each rule has a row where it fires and a
// row where it must not.
func TestSession19Gaps(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// 1. A pronoun agent calling a report Y's made-up tale or plot:
		// "इस रिपोर्ट" is no act of the agent's own (ownAgentAct19).
		{"g1a", "कमला हैरिस ने शाम को रैली में भाषण दिया। उन्होंने इस रिपोर्ट को डोनाल्ड ट्रंप की गढ़ी हुई कहानी बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"g1b", "कमला हैरिस ने शाम को रैली में भाषण दिया। उन्होंने इस रिपोर्ट को डोनाल्ड ट्रंप की साजिश बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"g1d", "डोनाल्ड ट्रंप ने नई टैरिफ नीति का ऐलान किया। उन्होंने इस फैसले को ऐतिहासिक बताया।", nil},
		{"g1e", "एलन मस्क ने ट्रंप की नीति की आलोचना की। डोनाल्ड ट्रंप ने इस बयान को झूठ बताया।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"g1c", "कमला हैरिस ने शाम को रैली में भाषण दिया। उन्होंने इस रिपोर्ट को डोनाल्ड ट्रंप की कहानी बताया।", nil},
		// 4. A demonstrative act noun the clause's own agent acts on is
		// not an epithet of that agent ("उस मुकदमे", "इस रिपोर्ट").
		{"g4a", "एक्स कॉर्प ने नया नियम लागू किया। एक्स कॉर्प ने उस मुकदमे को निपटाने के लिए पैसे दिए, जो डोनाल्ड ट्रंप ने दायर किया था।", []string{"donald-trump>x-corp:h"}},
		{"g4b", "डोनाल्ड ट्रंप ने नया टैरिफ लगाया। कमला हैरिस ने इस फैसले की आलोचना की।", []string{"kamala-harris>donald-trump:h"}},
		// 2. A conjunctive participle of a vowel stem (…ाकर) before a
		// surname is no given name: "सम्मेलन बुलाकर अडानी की …" names
		// the tracked person (grounding.yaml verbs); a true given name
		// before the surname still makes another person.
		{"g2a", "अमेरिका में गौतम अडानी पर आरोप लगे। राहुल गांधी ने संवाददाता सम्मेलन बुलाकर अडानी की तुरंत गिरफ्तारी की मांग की।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"g2b", "अमेरिका में गौतम अडानी पर आरोप लगे। राहुल गांधी ने पोस्टर दिखाकर अडानी की आलोचना की।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"g2c", "अमेरिका में गौतम अडानी पर आरोप लगे। राहुल गांधी ने सुधाकर अडानी की आलोचना की।", nil},
		// 3. A tie that happened with Y, then a withdrawal from a third
		// thing: no rupture with Y (brokenWith skips the happened tie's
		// से/के साथ and reads the next one); the deal itself, presupposed,
		// stays an alliance.
		{"g3a", "मेटा ने रिलायंस के साथ हुए करार के बाद भी पुराने केंद्र से हाथ खींच लिया।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"g3b", "मेटा ने रिलायंस के साथ हुई बैठक के बाद भी पुराने केंद्र से हाथ खींच लिया।", nil},
		{"g3c", "मेटा ने रिलायंस के साथ हुई बैठक के बाद गूगल से नाता तोड़ लिया।", []string{"meta>google:h"}},
		{"g3e", "ओरेकल ने बताया कि उसने सॉफ्टबैंक के साथ हुई डेटा सेंटर डील से हाथ खींच लिया है।", []string{"oracle>softbank:h"}},
		{"g3d", "मेटा ने रिलायंस के साथ हुए करार से हाथ खींच लिया।", []string{"meta>reliance:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
