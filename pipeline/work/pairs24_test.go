package work

import (
	"testing"
	"time"
)

// TestPairs24TieMade: tieMadeInFrame24 (pairs24.go). A deal told by its
// own maker in a content clause, the making verb inside the frame ("करार
// किया है", "समझौता कर लिया है", "टाई-अप कर चुका है"), binds both sides;
// controls: a deal only weighed, a tie affirmed with no maker, and an
// investment deal (में, no के साथ) stay one way or nothing.
func TestPairs24TieMade(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"maker pronoun, deal with verb in frame", "ओरेकल ने मंगलवार को बताया कि उसने मेटा के साथ क्लाउड सेवाओं के लिए करार किया है।", []string{"oracle>meta:s", "meta>oracle:s"}},
		{"maker pronoun, completive", "गूगल ने एक बयान में कहा कि उसने रिलायंस के साथ डेटा केंद्रों के लिए समझौता कर लिया है।", []string{"google>reliance:s", "reliance>google:s"}},
		{"named maker under a passive telling", "माइक्रोसॉफ्ट के बोर्ड ने बुधवार को एक बयान जारी किया। बयान में बताया गया कि माइक्रोसॉफ्ट ने ओपनएआई के साथ अनुबंध किया है।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"bare subject, perfect with चुका", "मेटा ने बताया कि वह एक्सियोस के साथ खबरों के लिए टाई-अप कर चुका है।", []string{"meta>axios:s", "axios>meta:s"}},
		{"control: a tie-up only weighed", "मेटा ने बताया कि वह एक्सियोस के साथ टाई-अप पर विचार करेगा।", nil},
		{"control: tie affirmed, no maker", "ओरेकल ने कहा कि मेटा के साथ उसका करार पहले जितना मजबूत है।", []string{"oracle>meta:s"}},
		{"control: an investment deal is one way", "सॉफ्टबैंक ने बताया कि उसने ओपनएआई में दस अरब डॉलर लगाने का करार किया है।", []string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPairs24RelNeg: relNegStart24 (pairs24.go). Inside quoted words, a
// negator in a relative clause opened after the host's verb negates the
// relative only; controls: the host negated itself, and a comma-closed
// relative (already its own scope).
func TestPairs24RelNeg(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"relative after the copula", "सैम ऑल्टमैन ने कहा, \"मस्क एक दुखी इंसान हैं जो खुद कुछ नहीं बना पाते।\"", []string{"sam-altman>elon-musk:h"}},
		{"relative agent after the copula", "हैरिस बोलीं, \"ट्रंप एक झूठे इंसान हैं जिन्होंने जीवन में कुछ नहीं बनाया।\"", []string{"kamala-harris>donald-trump:h"}},
		{"nested relative", "राहुल गांधी ने कहा, \"अडानी एक दुखी इंसान हैं जो हर उस चीज पर कब्जा चाहते हैं जिसे उन्होंने खुद नहीं बनाया।\"", []string{"rahul-gandhi>gautam-adani:h"}},
		{"control: the host negated", "हैरिस बोलीं, \"ट्रंप कोई कमजोर नेता नहीं हैं जो हार मान लें।\"", nil},
		{"control: comma-closed relative", "मस्क ने लिखा, \"फराज एक कमजोर नेता हैं, जिनमें हिम्मत नहीं है।\"", []string{"elon-musk>nigel-farage:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPairs24Sealed: the frames.yaml entry "करार|समझौते|… पर मुहर लगा*"
// (session 24): a deal sealed by its parties is made, both ways, also
// when "दोनों" stands for the pair of the sentence before; controls: a
// regulator's seal on someone's deal, and the old endorsement of a
// decision.
func TestPairs24Sealed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"दोनों कंपनियों after a pair", "गूगल और अडानी समूह के बीच कई महीने बातचीत चली। सोमवार को दोनों कंपनियों ने बिजली खरीद के समझौते पर मुहर लगा दी।", []string{"google>adani-group:s", "adani-group>google:s"}},
		{"दोनों persons after a pair", "सुंदर पिचाई और मुकेश अंबानी मुंबई में मिले। दोनों ने अपनी कंपनियों के नए सौदे पर मुहर लगा दी।", []string{"sundar-pichai>mukesh-ambani:s", "mukesh-ambani>sundar-pichai:s"}},
		{"control: a regulator's seal", "गूगल और रिलायंस के करार पर नियामक ने मुहर लगा दी।", nil},
		{"control: a decision endorsed", "नाइजल फराज ने डोनाल्ड ट्रंप के फैसले पर मुहर लगाई।", []string{"nigel-farage>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPairs24Instalment: frames.yaml "किस्त जारी" takes a target marked
// में as well (session 24): an instalment released into Y's funding is
// money into Y, also with a sum before the noun; control: a future
// instalment stays unasserted.
func TestPairs24Instalment(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"में, a sum before the noun", "माइक्रोसॉफ्ट ने ओपनएआई में दस अरब डॉलर के निवेश की दूसरी किस्त जारी कर दी।", []string{"microsoft>openai:s"}},
		{"में, a purpose phrase between", "ओरेकल ने स्टारगेट में अपनी हिस्सेदारी के लिए दो अरब डॉलर की किस्त जारी की है।", []string{"oracle>stargate:s"}},
		{"control: a future instalment", "माइक्रोसॉफ्ट ने कहा कि ओपनएआई में निवेश की अगली किस्त अगले साल जारी होगी।", nil},
		{"control: a future instalment, no investment named", "माइक्रोसॉफ्ट ने कहा कि ओपनएआई में अगली किस्त अगले साल जारी की जाएगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPairs24ParenGen: parenGen24 and genRelAside24 (pairs24.go). A
// genitive whose frame noun comes after an aside set off by commas still
// names the target; an oblique relative right after "Y की," interrupts
// the clause instead of closing it. Controls: the act negated after the
// aside, and an aside followed by no frame.
func TestPairs24ParenGen(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"aside of manner", "कमला हैरिस ने डोनाल्ड ट्रंप की आव्रजन नीति की, पूरी बहस में कई बार, तीखी आलोचना की।", []string{"kamala-harris>donald-trump:h"}},
		{"aside of a relative", "सुंदर पिचाई ने मुकेश अंबानी की, जिनसे वह पिछले साल मुंबई में मिले थे, खुलकर तारीफ की।", []string{"sundar-pichai>mukesh-ambani:s"}},
		{"control: negated after the aside", "कमला हैरिस ने डोनाल्ड ट्रंप की आव्रजन नीति की, पूरी बहस में एक बार भी, आलोचना नहीं की।", nil},
		{"control: no frame after the aside", "नरेंद्र मोदी ने अडानी समूह की, जिसकी परियोजनाएं कई राज्यों में हैं, एक पुरानी रिपोर्ट पढ़ी।", nil},
		{"control: a light verb closed the clause", "डोनाल्ड ट्रंप ने नरेंद्र मोदी की तारीफ की, जिनसे वह पिछले महीने मिले थे, और कहा कि दोनों देश करीब आएंगे।", []string{"donald-trump>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
