package work

import (
	"testing"
	"time"
)

// TestSession14Proxy: proxies speaking for their principals, targets
// reached through a pronoun or a possession (session 14, PROXY helper).
// Sentences are our own. "head || body" splits a headline from its body.
func TestSession14Proxy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// sidedProxy14: "X की ओर से पेश वकील ने …" makes a later bare
		// "वकील ने" X's.
		{"X की ओर से पेश वकील … वकील ने कहा", "एलन मस्क की ओर से पेश वकील ने जज के सामने लंबी दलीलें रखीं। वकील ने कहा कि सैम ऑल्टमैन ने भरोसा तोड़ा।",
			[]string{"elon-musk>sam-altman:h"}},
		{"X की ओर से उपस्थित वकीलों … वकीलों ने", "ओपनएआई की ओर से उपस्थित वकीलों ने सुनवाई टालने की अर्जी दी। वकीलों ने कहा कि एलन मस्क झूठ फैला रहे हैं।",
			[]string{"openai>elon-musk:h"}},
		{"X की ओर से बयान: no proxy noun, a bare वकील is nobody's", "एलन मस्क की ओर से एक बयान जारी हुआ। वकील ने कहा कि सैम ऑल्टमैन ने भरोसा तोड़ा।", nil},
		// shieldedPronoun14: "X उन्हें बचा रहे हैं" is a charge of
		// shielding against X.
		{"X उन्हें बचा रहे हैं", "राहुल गांधी ने गौतम अडानी की गिरफ्तारी की मांग की। उन्होंने कहा कि नरेंद्र मोदी उन्हें बचा रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"X उन्हें नहीं बचा रहे: negated", "राहुल गांधी ने गौतम अडानी की गिरफ्तारी की मांग की। उन्होंने कहा कि नरेंद्र मोदी उन्हें नहीं बचा रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		// actingBody14: "Y की सरकार / का अभियान <act>" with no
		// postposition after the body is Y acting.
		{"Y की सरकार झूठ बोल रही है", "राहुल गांधी ने कहा कि नरेंद्र मोदी की सरकार झूठ बोल रही है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Y का अभियान झूठ फैला रहा है", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप का अभियान झूठ फैला रहा है।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"Y की पार्टी: a party is not its leader", "राहुल गांधी ने कहा कि नरेंद्र मोदी की पार्टी झूठ फैला रही है।", nil},
		{"Y का प्रशासन Z के साथ खड़ा है: the possessed reading stays", "मार्क जुकरबर्ग ने कहा कि डोनाल्ड ट्रंप का प्रशासन अमेरिकी कंपनियों के साथ मजबूती से खड़ा है।",
			[]string{"mark-zuckerberg>donald-trump:s"}},
		// directGenitive14: a person's title with के also in the
		// direct का.
		{"दुनिया का सबसे अमीर व्यक्ति (का for के)", "एलन मस्क ने डोनाल्ड ट्रंप का समर्थन किया। कमला हैरिस ने कहा कि दुनिया का सबसे अमीर व्यक्ति चुनाव खरीदने की कोशिश कर रहा है।",
			[]string{"elon-musk>donald-trump:s", "kamala-harris>elon-musk:h"}},
		// Session 18: a watchlist title stands for its holder also when
		// the story never names them (the blind dev gold: dvz-112,
		// dcj-039a, dce-003a).
		{"a title refers to its holder the story does not name", "कमला हैरिस ने कहा कि दुनिया का सबसे अमीर व्यक्ति चुनाव खरीदने की कोशिश कर रहा है।", []string{"kamala-harris>elon-musk:h"}},
		// meansPhrase14: "X पैसों के दम पर …": X is the subject.
		{"X पैसों के दम पर चुनाव खरीद रहे हैं", "कमला हैरिस ने कहा कि एलन मस्क पैसों के दम पर चुनाव खरीदने की कोशिश कर रहे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"a name before a noun still owns it: Y करार पर", "डोनाल्ड ट्रंप ने कहा कि ओपनएआई करार पर भरोसा नहीं किया जा सकता।",
			[]string{"donald-trump>openai:h"}},
		// campaignNoun14: "X के चुनाव अभियान ने …" makes a later bare
		// "अभियान ने" / "अभियान की प्रवक्ता ने" X's.
		{"X का अभियान … अभियान की प्रवक्ता ने", "कमला हैरिस के चुनाव अभियान ने नया विज्ञापन जारी किया। अभियान की प्रवक्ता ने कहा कि एलन मस्क झूठ फैला रहे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"X का अभियान … अभियान ने", "कमला हैरिस के चुनाव अभियान ने नया विज्ञापन जारी किया। अभियान ने कहा कि एलन मस्क झूठ फैला रहे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"a bare सरकार ने is no one's", "नरेंद्र मोदी की सरकार ने बजट पेश किया। सरकार ने कहा कि राहुल गांधी झूठ फैला रहे हैं।", nil},
		// placeParticiple14: "Y की एक्स पर हुई बातचीत का मजाक": Y's
		// talk, mocked.
		{"Y और Z की एक्स पर हुई बातचीत का मजाक", "कमला हैरिस ने एलन मस्क और डोनाल्ड ट्रंप की एक्स पर हुई बातचीत का मजाक उड़ाया।",
			[]string{"kamala-harris>donald-trump:h", "kamala-harris>elon-musk:h"}},
		{"Y की एक्स पर हुई बातचीत: no act on it", "एलन मस्क की एक्स पर हुई बातचीत में डोनाल्ड ट्रंप शामिल थे।", nil},
		// readDescribedAuthor14: "खासकर उस आदमी की ओर से जो …": a
		// jibe at the claim's author.
		{"उस आदमी की ओर से जो …", "एलन मस्क ने ओपनएआई पर धोखाधड़ी का आरोप लगाया। सैम ऑल्टमैन ने कहा कि यह अजीब दावा है, खासकर उस आदमी की ओर से जो अपने फायदे के लिए नियम बदलता रहता है।",
			[]string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		{"उस व्यक्ति की ओर से with no relative clause: no jibe", "एलन मस्क ने ओपनएआई पर धोखाधड़ी का आरोप लगाया। सैम ऑल्टमैन ने कहा कि यह दावा उस व्यक्ति की ओर से आया है।",
			[]string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
	// datedAffil14: before the owner's title begins, the person and
	// the organisation are two parties.
	owner := "एलन मस्क के वकीलों ने आरोप लगाया कि ट्विटर ने फर्जी खातों पर भ्रामक जानकारी दी।"
	checkStanceCases(t, a, time.Date(2022, 7, 10, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"not yet the owner: Musk → Twitter", owner, []string{"elon-musk>x-corp:h"}},
	})
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"the owner takes no stance on his company", owner, nil},
	})
	checkStanceCases(t, a, time.Date(2023, 11, 19, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"a gap between two periods keeps the tie", "सैम ऑल्टमैन ने कहा कि ओपनएआई का बोर्ड गलत है।", nil},
	})
}
