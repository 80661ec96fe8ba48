package work

import (
	"testing"
	"time"
)

// TestReject37 (session 37, reject): the attack inside a rebuttal as
// outlets word it (reject37.go) — a bare label that is all of someone's
// words in a headline, a bid by a group its leader is said to lead, with
// the sum between, a charge's owner across a long "से जुड़े" matter, and
// the doer of a plot in the relative clause after it, and इसे pointing
// back at Y's act named several words after Y — and controls: a
// weak label, a label with a subject of its own, a bid called too low, a
// group led by no one tracked, weak words, a plot against Y, a plain
// claim Y made, a weak word, a demand of no one tracked.
func TestReject37(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		// a bare label that is all of the words (labelOwner37)
		{"headline label after the charge", "राहुल गांधी का आरोप: ‘अडानी ने देश को लूटा’, अडानी समूह ने कहा- झूठा प्रचार || ", []string{"rahul-gandhi>gautam-adani:h", "adani-group>rahul-gandhi:h"}},
		{"ctl headline weak label", "कमला हैरिस के दावे पर टेस्ला ने कहा- 'गलत' || ", nil},
		{"ctl headline words with a subject", "कमला हैरिस के दावे पर टेस्ला ने कहा- कंपनी कभी झूठ नहीं बोलती || ", nil},
		// a group led by Y, a sum between (ledGroup37, sumWord37)
		{"led group's bid called a ploy", " || ओरेकल के बोर्ड ने लैरी एलिसन के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को ध्यान भटकाने की चाल बताते हुए ठुकरा दिया।", []string{"oracle>larry-ellison:h"}},
		{"led group's bid called a ploy, no converb", " || ओरेकल के बोर्ड ने लैरी एलिसन के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को प्रतिस्पर्धा कमजोर करने का हथकंडा बताया।", []string{"oracle>larry-ellison:h"}},
		{"ctl led group's bid called too low", " || ओरेकल के बोर्ड ने लैरी एलिसन के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को अपर्याप्त बताते हुए ठुकरा दिया।", nil},
		{"ctl group led by no one tracked", " || ओरेकल के बोर्ड ने एक अज्ञात कारोबारी के नेतृत्व वाले निवेशक समूह की 30 अरब डॉलर की बोली को ध्यान भटकाने की चाल बताते हुए ठुकरा दिया।", nil},
		// a charge's owner across a matter linked by "से जुड़े" (ownerBack34's walk)
		{"owner across a long linked matter, spokesperson next", " || टेस्ला ने गुरुवार को एक बयान जारी कर डेमोक्रेटिक उम्मीदवार कमला हैरिस के बैटरी कारखानों के ठेकों से जुड़े आरोपों पर अपना पक्ष रखा। कंपनी के प्रवक्ता ने कहा कि ये आरोप सरासर झूठे हैं।", []string{"tesla>kamala-harris:h"}},
		{"ctl owner across a long linked matter, weak words", " || टेस्ला ने गुरुवार को एक बयान जारी कर डेमोक्रेटिक उम्मीदवार कमला हैरिस के बैटरी कारखानों के ठेकों से जुड़े आरोपों पर अपना पक्ष रखा। कंपनी के प्रवक्ता ने कहा कि ये आरोप तथ्यों से परे हैं।", nil},
		// the doer of the plot in a relative clause after it (relDoer37)
		{"plot run by Y, relative after a comma", " || गूगल ने मंगलवार को कहा कि यह पूरा विवाद कंपनी को बदनाम करने की एक सोची-समझी साजिश है, जिसे डोनाल्ड ट्रंप अपने समर्थकों के जरिए हवा दे रहे हैं।", []string{"google>donald-trump:h"}},
		{"propaganda Y spread, relative with ने", " || मेटा के प्रवक्ता ने बुधवार देर शाम कहा कि यह सरासर दुष्प्रचार है जो कमला हैरिस ने चुनाव से ठीक पहले फैलाया है।", []string{"meta>kamala-harris:h"}},
		{"ctl plot against Y", " || नरेंद्र मोदी ने कहा कि यह एक गहरी साजिश है जो राहुल गांधी के खिलाफ रची गई है।", nil},
		{"ctl plain claim Y made", " || गूगल ने कहा कि यह एक पुराना दावा है, जिसे डोनाल्ड ट्रंप कई बार दोहरा चुके हैं।", nil},
		// इसे pointing back at Y's act several words after Y's genitive (actAhead37)
		{"Y's demand turned down, इसे a ploy", " || गूगल ने मंगलवार को डोनाल्ड ट्रंप की नई संसदीय जांच की मांग ठुकराते हुए इसे ध्यान भटकाने की चाल बताया।", []string{"google>donald-trump:h"}},
		{"Y's audit demand rejected, इसे motivated", " || टेस्ला ने कमला हैरिस की कंपनी के ऑडिट की मांग खारिज करते हुए इसे राजनीति से प्रेरित करार दिया।", []string{"tesla>kamala-harris:h"}},
		{"ctl Y's demand turned down, इसे unneeded", " || गूगल ने मंगलवार को डोनाल्ड ट्रंप की नई संसदीय जांच की मांग ठुकराते हुए इसे गैरजरूरी बताया।", nil},
		{"ctl untracked owners' demand, इसे a ploy", " || गूगल ने मंगलवार को कुछ सांसदों की नई संसदीय जांच की मांग ठुकराते हुए इसे ध्यान भटकाने की चाल बताया।", nil},
	})
}
