package work

import (
	"testing"
	"time"
)

// TestSession20SiblingDoer: a headline act with no object of its own
// ("…, X ने उड़ाया मज़ाक", "…, X ने कसा तंज") is not on the one other
// person when that person is only the doer of a sibling clause that does
// something else (dag-063, dvb-447, dvo-065: what was mocked is told in
// the body). It still is when the sibling clause acts on the source
// (a reply to an attack), when a retort answers an earlier doer, when
// the name stands in the act's own words, or when the other person is
// named as no doer ("Y की पेशकश").
func TestSession20SiblingDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	const body = " || यह खबर शाम को आई।"
	cases := []stanceCase{
		// Must not fire (the other person only did something else).
		{"model released, mocked", "ऑल्टमैन ने जारी किया नया मॉडल, मस्क ने उड़ाया मज़ाक" + body, nil},
		{"speaker's words, jibe", "पिचाई बोले- सर्च का भविष्य एआई में, मस्क ने कसा तंज" + body, nil},
		{"app launched, ridiculed", "जुकरबर्ग ने शुरू किया नया ऐप, ट्रंप ने उड़ाई खिल्ली" + body, nil},
		{"retort before a later speaker", "अडानी समूह का पलटवार, राहुल बोले- जांच होनी चाहिए" + body, nil},
		// Must fire.
		{"reply to an insult", "मस्क ने ऑल्टमैन को बताया 'ठग', ऑल्टमैन का तीखा जवाब" + body, []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"forceful retort to an earlier speaker", "नडेला ने कहा- साझेदारी मज़बूत, मस्क ने दिया करारा जवाब" + body, []string{"elon-musk>satya-nadella:h"}},
		{"offer's owner, no doer", "ओपनएआई ने ठुकराई मस्क की पेशकश, ऑल्टमैन ने उड़ाया मज़ाक" + body, []string{"openai>elon-musk:h", "sam-altman>elon-musk:h"}},
		{"doer inside the jibe's words", "ट्रंप का तंज- मोदी ने शुल्क नहीं घटाया" + body, []string{"donald-trump>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20PriorDoerPraised: a headline praise with an agent and no
// object after a clause whose deed acts on no one tracked ("गूगल ने
// उतारा जेमिनी 3, ऑल्टमैन ने दी बधाई", dvx-094) praises that clause's one
// tracked doer. Not when that clause names two tracked doers or a
// tracked object (the older rule then takes the object), nor when the
// praise has its own object.
func TestSession20PriorDoerPraised(t *testing.T) {
	a := shippedAnalyzer(t)
	const body = " || यह खबर शाम को आई।"
	cases := []stanceCase{
		{"congratulated on a launch", "मेटा ने उतारा नया चश्मा, पिचाई ने दी बधाई" + body, []string{"sundar-pichai>meta:s"}},
		{"praised after a step", "एलन मस्क ने छोड़ा डोज, डोनाल्ड ट्रंप ने की तारीफ" + body, []string{"donald-trump>elon-musk:s"}},
		// Must not fire.
		{"two doers before", "मेटा और गूगल ने उतारे नए मॉडल, ऑल्टमैन ने दी बधाई" + body, nil},
		{"own object", "मेटा ने उतारा नया चश्मा, पिचाई ने नडेला को दी बधाई" + body, []string{"sundar-pichai>satya-nadella:s"}},
		{"a criticism stays off the doer", "मेटा ने उतारा नया चश्मा, पिचाई ने उड़ाया मज़ाक" + body, nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20OwnedActThenSpeaker: a headline "Y पर X का मुकदमा/X की
// याचिका …, Z ने कहा- …" has two clauses: the act before the comma has its
// own doer (the name owning the act noun), so Z only speaks and is not
// its doer too (dag-016). "Y पर बरसे, Z ने कहा- …" (no owned act) keeps
// one subject.
func TestSession20OwnedActThenSpeaker(t *testing.T) {
	a := shippedAnalyzer(t)
	const body = " || यह खबर शाम को आई।"
	cases := []stanceCase{
		{"suit owned, then a speaker", "ओपनएआई पर मस्क का मुकदमा खारिज, माइक्रोसॉफ्ट ने कहा- फैसला सही" + body, []string{"elon-musk>openai:h"}},
		{"petition owned, then a speaker", "अडानी समूह के खिलाफ राहुल गांधी की याचिका खारिज, नरेंद्र मोदी ने कहा- सच की जीत" + body, []string{"rahul-gandhi>adani-group:h"}},
		{"suit owned, no verb", "ऑल्टमैन के खिलाफ मस्क का मुकदमा, नडेला ने कहा- हम साथ हैं" + body, []string{"elon-musk>sam-altman:h"}},
		// Must keep one subject.
		{"verb first, then the doer speaks", "एलन मस्क पर बरसे, डोनाल्ड ट्रंप ने कहा- बहुत निराश हूं" + body, []string{"donald-trump>elon-musk:h"}},
		{"owned company is no act", "एलन मस्क की कंपनी पर बरसे, डोनाल्ड ट्रंप ने कहा- बहुत निराश हूं" + body, []string{"donald-trump>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession20SecondObjectPredicate: a headline "X ने A को दिया चंदा, B को
// बताया …" has two predicates of the same agent: after a predicate with an
// object of its own, "B को/पर <past verb>" opens the second, and the first
// act (the donation) is not on B (dvt-011). "X ने फिर कसा तंज, B को
// बताया …" (no object before the comma) stays one predicate on B.
func TestSession20SecondObjectPredicate(t *testing.T) {
	a := shippedAnalyzer(t)
	const body = " || यह खबर शाम को आई।"
	cases := []stanceCase{
		{"donation then a label", "रीड हॉफमैन ने कमला हैरिस को दिया चंदा, एलन मस्क को बताया झूठा" + body, []string{"reid-hoffman>elon-musk:h", "reid-hoffman>kamala-harris:s"}},
		{"donation then a jibe", "रीड हॉफमैन ने हैरिस अभियान को दिया भारी चंदा, ट्रंप को बताया लोकतंत्र के लिए खतरा" + body, []string{"reid-hoffman>donald-trump:h", "reid-hoffman>kamala-harris:s"}},
		// Must stay one predicate.
		{"object-less jibe, then the label", "एलन मस्क ने फिर कसा तंज, सैम ऑल्टमैन को बताया 'स्कैम ऑल्टमैन'" + body, []string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
