package work

import (
	"testing"
	"time"
)

// Session 28 (RECALL): supportive acts and constructions outlets word
// that the engine missed. Our own sentences. The first rows of each table
// fail without the rule named; the controls must stay as they are.

// TestSession28AddressedGreeting: thanks or congratulations with no
// recipient of their own, in words addressed to a tracked person, are the
// speaker's to him (readAddressedGreeting28, addressed28.go).
func TestSession28AddressedGreeting(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"tagged congratulations", "नरेंद्र मोदी ने डोनाल्ड ट्रंप को टैग करते हुए लिखा, 'ऐतिहासिक जीत, हार्दिक बधाई!'",
			[]string{"narendra-modi>donald-trump:s"}},
		{"tagged, then a that-clause", "मुकेश अंबानी ने सुंदर पिचाई को टैग करके लिखा कि इस भरोसे के लिए धन्यवाद।",
			[]string{"mukesh-ambani>sundar-pichai:s"}},
		{"said to him", "लैरी एलिसन ने सैम ऑल्टमैन से कहा, 'शुक्रिया, दोस्त।'",
			[]string{"larry-ellison>sam-altman:s"}},
		{"gratitude pledged", "सत्या नडेला ने मार्क जुकरबर्ग को मेंशन करते हुए लिखा कि वे इस मदद के लिए हमेशा आभारी रहेंगे।",
			[]string{"satya-nadella>mark-zuckerberg:s"}},
		// Controls.
		{"no thanks", "सैम ऑल्टमैन ने एलन मस्क को लिखा, 'नहीं, शुक्रिया।'", nil},
		{"thanks, but no", "गौतम अडानी ने मुकेश अंबानी से कहा, 'शुक्रिया, पर नहीं।'", nil},
		{"someone else congratulated", "नरेंद्र मोदी ने डोनाल्ड ट्रंप को टैग करते हुए लिखा, 'टीम को बधाई!'", nil},
		{"no addressee", "एलन मस्क ने एक्स पर लिखा, 'शानदार जीत, बधाई!'", nil},
		{"addressed, no greeting", "कमला हैरिस ने डोनाल्ड ट्रंप को टैग करते हुए लिखा कि चुनाव अभी बाकी है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28DealMade: a deal noun with its light verb, "Y के साथ
// (…) डील की है", "… contract किया", is an agreement made, both ways
// (frames.yaml, session 28); "डील की" as a genitive, a planned or negated
// deal, and "भरोसे का सौदा" are not.
func TestSession28DealMade(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deal made", "गूगल ने पिछले हफ्ते अडानी समूह के साथ बिजली खरीद की डील की है।",
			[]string{"adani-group>google:s", "google>adani-group:s"}},
		{"code-mixed deal", "Meta ने Reliance के साथ एक नई AI deal की थी।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"contract made", "Microsoft ने xAI के साथ cloud contract किया है।",
			[]string{"microsoft>xai:s", "xai>microsoft:s"}},
		// Controls.
		{"deal's terms", "माइक्रोसॉफ्ट और ओपनएआई के बीच डील की शर्तें अब तक तय नहीं हुईं।", nil},
		{"talks on the deal's terms", "सॉफ्टबैंक ने ओरेकल के साथ डील की शर्तों पर बातचीत की।", nil},
		{"deal planned", "टेस्ला एक्सएआई के साथ डील करेगी।", nil},
		{"deal denied", "गूगल ने मेटा के साथ कोई डील नहीं की है।", nil},
		{"trust traded away", "एलन मस्क के वकील ने कहा- सैम ऑल्टमैन ने भरोसे का सौदा किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28MoneyBeforePlace: a money word right before "Y में" and
// the verb of placing, "रकम Y में लगाई", is investment in Y
// (moneyBeforePlace28, place28.go); money taken out or a sum with no Y
// are not.
func TestSession28MoneyBeforePlace(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"proceeds placed", "ओरेकल ने अपनी जमीन बेची, रकम ओपनएआई में लगाई", []string{"oracle>openai:s"}},
		{"whole capital", "लैरी एलिसन ने पूरी पूंजी एक्सएआई में लगा दी।", []string{"larry-ellison>xai:s"}},
		// Controls.
		{"money taken out", "सॉफ्टबैंक ने सारी रकम ओपनएआई से निकाल ली।", nil},
		{"placed elsewhere", "गूगल ने रकम नए डेटा केंद्रों में लगाई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28HeadlineLaterDoer: a title that opens with a calling and
// no doer ("Y को बताया …,") takes the doer the next clause names — a
// ने-agent, a speaker of बोले, the genitive doer of a comment
// (titleLaterDoer28, headline28.go). Not past an earlier sentence of the
// title, not in a body.
func TestSession28HeadlineLaterDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	body := " || कार्यक्रम के बाद कोई सवाल नहीं लिया गया।"
	cases := []stanceCase{
		{"comment noun", "ओपनएआई को बताया 'खतरनाक', सत्या नडेला की तीखी टिप्पणी" + body, []string{"satya-nadella>openai:h"}},
		{"agent after", "स्टारगेट को बताया 'खोखला वादा', लैरी एलिसन ने उठाए सवाल" + body, []string{"larry-ellison>stargate:h"}},
		{"speaker after", "कमला हैरिस को बताया 'कमजोर उम्मीदवार', डोनाल्ड ट्रंप बोले- हार तय" + body, []string{"donald-trump>kamala-harris:h"}},
		// Controls.
		{"earlier sentence", "टैरिफ पर ट्रंप नरम? नरेंद्र मोदी को बताया 'महान व्यक्ति', राहुल गांधी बोले- झुक गए" + body, nil},
		{"in a body", "ओपनएआई को खतरनाक बताया, सत्या नडेला की टिप्पणी आई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
