package work

import (
	"testing"
	"time"
)

// TestJudgedThing38 (session 38, DEEDPOSS): a thing of someone's — plan,
// policy, bill, decision, dream — judged by a calling-only label inside a
// speaker's words (readJudgedThing38; words.yaml judged_things38), and the
// words outlets use for someone's bill, plan or policy (lexicon/
// evaluative.yaml "Session 38 (DEEDPOSS)"). Rows are written in outlet
// style, in wordings the entries' own test sentences do not use. Controls:
// the label of a thing with no owner named, of a person (still calling
// only), negated, and of a government's body.
func TestJudgedThing38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"label of a policy, a genitive phrase between", " || नई दिल्ली में गुरुवार को पत्रकारों से बातचीत में कांग्रेस नेता राहुल गांधी ने कहा कि नरेंद्र मोदी की नई कर नीति आम आदमी की जेब पर सीधी चोट है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a dream proved a waste", " || सैम ऑल्टमैन ने एक पॉडकास्ट में कहा कि मार्क जुकरबर्ग का आभासी दुनिया का सपना अरबों डॉलर की बर्बादी साबित हुआ है।", []string{"sam-altman>mark-zuckerberg:h"}},
		{"government's decision, owner by सरकार", " || राहुल गांधी ने वायनाड की सभा में कहा कि मोदी सरकार का यह फैसला किसानों के लिए एक त्रासदी है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a bill called a disaster, quote first", " || “डोनाल्ड ट्रंप का यह खर्च विधेयक देश के लिए आपदा है,” टेस्ला प्रमुख एलन मस्क ने मंगलवार को एक्स पर लिखा।", []string{"elon-musk>donald-trump:h"}},
		{"a plan on paper only", " || नाइजल फराज ने लंदन के एक रेडियो कार्यक्रम में कहा कि कमला हैरिस की सीमा सुरक्षा योजना महज कागजी है।", []string{"nigel-farage>kamala-harris:h"}},
		{"an arbitrary decision, calling", " || एलन मस्क ने डोनाल्ड ट्रंप प्रशासन के आयात शुल्क के फैसले को पूरी तरह मनमाना करार दिया।", []string{"elon-musk>donald-trump:h"}},
		{"ctl no owner named", " || राहुल गांधी ने कहा कि सरकार की नई कर नीति आम आदमी के लिए एक आपदा है।", nil},
		{"ctl a person, calling only", " || राहुल गांधी ने कहा कि नरेंद्र मोदी देश के लिए एक आपदा नहीं, अवसर हैं।", nil},
		{"ctl a disaster of no one", " || डोनाल्ड ट्रंप ने कहा कि कैलिफोर्निया की आग एक आपदा है।", nil},
		{"ctl negated", " || एलन मस्क ने कहा कि डोनाल्ड ट्रंप का खर्च विधेयक कोई आपदा नहीं है।", nil},
	})
}

// TestOrderedAndDemanded38 (session 38, DEEDPOSS): hostile acts told as an
// order or a demand (lexicon/frames.yaml "Session 38 (DEEDPOSS)"): a probe
// ordered against Y, a demand to withdraw or cancel Y's decision. Controls:
// a probe ordered by an untracked body, a demand aimed at no one's thing.
func TestOrderedAndDemanded38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"probe ordered against an org", " || अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने शुक्रवार को व्हाइट हाउस में मेटा के खिलाफ अविश्वास जांच के आदेश दिए।", []string{"donald-trump>meta:h"}},
		{"probe of an outlet ordered, genitive", " || सत्ता संभालने के दो दिन बाद डोनाल्ड ट्रंप ने एक्सियोस की जांच का आदेश दे दिया।", []string{"donald-trump>axios:h"}},
		{"demand to withdraw a decision", " || कांग्रेस नेता राहुल गांधी ने जयपुर में नरेंद्र मोदी के इस फैसले को फौरन वापस लेने की मांग की।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"appeal to cancel a policy", " || टेस्ला प्रमुख एलन मस्क ने सांसदों से डोनाल्ड ट्रंप की टैरिफ नीति को रद्द करने की अपील की।", []string{"elon-musk>donald-trump:h"}},
		{"ctl probe ordered by a court", " || दिल्ली की एक अदालत ने बुधवार को मामले की जांच के आदेश दिए। राहुल गांधी ने फैसले का स्वागत नहीं किया।", nil},
		{"ctl demand with no owner", " || राहुल गांधी ने सरकार से तीनों कृषि कानूनों को वापस लेने की मांग की।", nil},
	})
}

// TestRescueLabel38 (session 38, DEEDPOSS): a budget or plan mocked as a
// rescue of allies, friends or tycoons ("<beneficiary> बचाओ बजट";
// lexicon/evaluative.yaml), read before सहयोगी/दोस्त alone (praise).
// Controls: an ally named, a rescue march of one's own.
func TestRescueLabel38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"allies' rescue budget, curly quotes", " || कांग्रेस नेता राहुल गांधी ने शनिवार को नरेंद्र मोदी सरकार के नए बजट को ‘सहयोगी बचाओ बजट’ करार दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"the rich's rescue bill", " || डेट्रायट की सभा में कमला हैरिस ने डोनाल्ड ट्रंप के कर विधेयक को 'अमीर बचाओ विधेयक' बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"ctl an ally named, no rescue", " || डोनाल्ड ट्रंप ने कहा कि एलन मस्क उनके पुराने सहयोगी हैं।", nil},
		{"ctl a rescue of no one's thing", " || राहुल गांधी ने नरेंद्र मोदी से मुलाकात के बाद 'किसान बचाओ' यात्रा शुरू की।", nil},
	})
}
