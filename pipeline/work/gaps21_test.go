package work

import (
	"testing"
	"time"
)

// TestSession21Gaps: structural gaps (session 21, GAPS helper). Each rule
// has a row where it fires and a row where it must not.
func TestSession21Gaps(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// 2. "Y का नाम लेते हुए कहा": the words decide. A plain plan or
		// invitation while naming Y is no attack (namedWordsHostile21);
		// words with an edge (a pointer, a negation, a question, a
		// habit ascribed) still are; praise is praise.
		{"n1", "“वह अगले महीने हमारे नए दफ्तर आएंगे, हम उन्हें पूरी टीम से मिलवाएंगे,” सैम ऑल्टमैन ने एलन मस्क का नाम लेते हुए कहा।", nil},
		{"n2", "“जो आदमी हर हफ्ते अपनी बात बदल दे, उस पर कौन भरोसा करेगा,” सैम ऑल्टमैन ने एलन मस्क का नाम लेते हुए कहा।", []string{"sam-altman>elon-musk:h"}},
		{"n3", "डोनाल्ड ट्रंप ने एलन मस्क का नाम लेकर कहा कि उन्हें हर चीज सरकार से मुफ्त लेने की आदत हो गई है।", []string{"donald-trump>elon-musk:h"}},
		{"n5", "“नवाचार की बातें सिर्फ मंच तक रह गई हैं,” सुंदर पिचाई ने सैम ऑल्टमैन का नाम लेते हुए कहा।", []string{"sundar-pichai>sam-altman:h"}},
		{"n4", "सत्या नडेला ने सैम ऑल्टमैन का नाम लेते हुए कहा कि कल दोनों टीमें साथ बैठकर नई योजना पर काम शुरू करेंगी।", nil},
		// 3. "Y का जिक्र आने पर उन्होंने कहा, “Y के शुल्कों ने …, यह
		// फैसला गलत है”": the speaker is the pronoun subject (read
		// right already); "यह फैसला" is the act named earlier in the
		// same quote, not the story's last actor (sameWordsActOwner21,
		// acts_done शुल्क/टैरिफ).
		{"j1", "निगेल फराज ने मैनचेस्टर में सभा की। अमेरिकी राष्ट्रपति का जिक्र आने पर उन्होंने कहा, \"डोनाल्ड ट्रंप के शुल्कों से हमारे कारखाने बंद हो रहे हैं, यह फैसला बेहद गलत है।\"", []string{"nigel-farage>donald-trump:h"}},
		{"j2", "राहुल गांधी ने पटना में सभा की। प्रधानमंत्री की बात उठने पर उन्होंने कहा, \"वह हर मंच पर किसानों को गुमराह करते हैं।\"", []string{"rahul-gandhi>narendra-modi:h"}},
		{"j3", "निगेल फराज ने मैनचेस्टर में सभा की। उन्होंने कहा, \"हमारे कारखाने बंद हो रहे हैं, यह फैसला बेहद गलत है।\"", nil},
		// 1. "X बनाम Y: अदालत …" over a body that tells the case: each
		// side only where the body carries its words or act
		// (versusLabel21, sideActs21); a settlement is no act.
		{"v1", "मस्क बनाम ओपनएआई: अदालत में सुनवाई से पहले तीखी बहस || सुनवाई से पहले एलन मस्क ने ओपनएआई पर जनता को धोखा देने का आरोप लगाया। अदालत ने अगली तारीख तय की।", []string{"elon-musk>openai:h"}},
		// session 36 ruling: a stance told inside a critic's charge is
		// not asserted; and (SCHEMA) a plain denial ("… की शिकायतें
		// बेबुनियाद हैं") is no stance, also under a "X बनाम Y:" label.
		{"v2", "मस्क बनाम ओपनएआई: अदालत में सुनवाई से पहले तीखी बहस || सुनवाई से पहले एलन मस्क ने ओपनएआई पर जनता को धोखा देने का आरोप लगाया। ओपनएआई के वकीलों ने अदालत में कहा कि मस्क की शिकायतें बेबुनियाद हैं।", []string{"elon-musk>openai:h"}},
		// A case between the two over a schedule: neither side acts
		// (SCHEMA's session-26 ruling, rule 7; session 27).
		{"v4", "मस्क बनाम ओपनएआई: अदालत में सुनवाई आगे बढ़ी || एलन मस्क और ओपनएआई के बीच चल रहे मुकदमे में जज ने नई तारीख दी।", nil},
		{"v3", "ट्रंप बनाम मेटा: अदालत के बाहर मामला खत्म || डोनाल्ड ट्रंप ने 2021 में मेटा पर मुकदमा किया था। अब मेटा ने इस मामले को निपटाने के लिए पैसे देने पर हामी भरी है।", []string{"donald-trump>meta:h"}},
		// 4. Hearsay of a wrong: a tracked speaker telling that Y did a
		// wrong to tracked Z is also his charge against Y
		// (wrongdoing21); telling Y's criticism of or charge against Z
		// is news relayed: Y → Z only.
		// session 36 ruling: a stance told inside a critic's charge is not asserted (the
		// wrong told is the teller's charge against its doer only).
		{"h1", "कमला हैरिस ने बताया कि डोनाल्ड ट्रंप ने मेटा के साथ विश्वासघात किया।", []string{"kamala-harris>donald-trump:h"}},
		{"h2", "एलन मस्क ने लिखा कि ओपनएआई ने माइक्रोसॉफ्ट को धोखा दिया है।", []string{"elon-musk>openai:h"}},
		{"h3", "कमला हैरिस ने बताया कि डोनाल्ड ट्रंप ने मेटा पर धोखाधड़ी का आरोप लगाया।", []string{"donald-trump>meta:h"}},
		{"h4", "कमला हैरिस ने बताया कि डोनाल्ड ट्रंप ने मेटा की आलोचना की।", []string{"donald-trump>meta:h"}},
		{"h5", "कमला हैरिस ने बताया कि डोनाल्ड ट्रंप ने मेटा को नुकसान के लिए जिम्मेदार ठहराया।", []string{"donald-trump>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
