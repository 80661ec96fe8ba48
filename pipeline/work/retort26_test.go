package work

import (
	"testing"
	"time"
)

// TestSession26Retort: a reply that turns on its attacker is a
// counter-attack. The engine reads Y → X from the attack; the answerer's
// first reply after it ("X ने जवाब में लिखा कि Y …", "X ने पलटवार में कहा कि
// Y …"; after a headline attack, anywhere in the body) names Y in X's
// words (or the office the story gave Y, right after कि): X → Y hostile
// (retorts26, retort26.go). The first rows give only Y → X without the
// rule. Controls, unchanged: a reply word inside the words (a
// dismissal), a denial naming only Y's people or Y's office as a
// possessor, a reply that names no Y, no reply word.
func TestSession26Retort(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reply in the sentence after", "एलन मस्क ने एक्स पर सैम ऑल्टमैन को 'धोखेबाज' कहा। ऑल्टमैन ने जवाब में लिखा कि मस्क को दूसरों पर उंगली उठाने से पहले अपनी कंपनी का हाल देखना चाहिए।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a counter-attack", "डोनाल्ड ट्रंप ने मिशिगन की रैली में कमला हैरिस को 'कमजोर नेता' बताया। हैरिस ने पलटवार में कहा कि ट्रंप अपने पुराने भाषण ही दोहराते रहते हैं।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"a sentence between", "एलन मस्क ने रीड हॉफमैन को 'पाखंडी' कहा। हॉफमैन ने उस दिन एक कार्यक्रम में भाषण दिया था। अगले दिन हॉफमैन ने जवाब दिया कि मस्क हर बहस को निजी बना देते हैं।",
			[]string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		{"attack in the headline", "मस्क ने हॉफमैन को बताया 'पाखंडी' || चुनावी चंदे को लेकर बहस तेज हो गई है। रीड हॉफमैन ने जवाब में कहा कि मस्क खुद सबसे ज्यादा पैसा लगाने वाले व्यक्ति हैं।",
			[]string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		{"the office for the name", "राष्ट्रपति डोनाल्ड ट्रंप ने कमला हैरिस को 'नाकाम नेता' कहा। हैरिस ने जवाब में कहा कि राष्ट्रपति हर हफ्ते कोई नया मुद्दा उछाल देते हैं।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		// Controls.
		{"reply word inside the words", "एलन मस्क ने रीड हॉफमैन को 'पाखंडी' कहा। हॉफमैन ने कहा कि वे मस्क की बातों का जवाब देना जरूरी नहीं समझते।",
			[]string{"elon-musk>reid-hoffman:h"}},
		{"denial naming Y's people", "ट्विटर ने मेटा पर गोपनीय जानकारी चुराने का आरोप लगाया। मेटा ने जवाब दिया कि उसकी नई टीम में ट्विटर का कोई पूर्व कर्मचारी नहीं है।",
			[]string{"x-corp>meta:h"}},
		{"reply names no Y", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। ऑल्टमैन ने जवाब में लिखा कि लोग खुद इस्तेमाल करके फैसला कर लेंगे।",
			[]string{"elon-musk>sam-altman:h"}},
		{"the office as a possessor", "राष्ट्रपति डोनाल्ड ट्रंप ने कमला हैरिस को 'नाकाम नेता' कहा। हैरिस ने जवाब में कहा कि राष्ट्रपति के आरोपों में कोई दम नहीं है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"no reply word", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। ऑल्टमैन ने लिखा कि मस्क को दूसरों पर उंगली उठाने से पहले अपनी कंपनी का हाल देखना चाहिए।",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession26RetortObject: a reply whose words name the attacker only
// as an object ("वे Y से मिलकर बात करेंगे") only answers; it is no
// attack back (objectMarked26; SCHEMA, ruling of session 26, rule 1).
// The first two rows fail when any postposition after the name is taken
// as the subject's; the last is a control (the reply's own praise).
func TestSession26RetortObject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a meeting offered", "एलन मस्क ने सैम ऑल्टमैन पर धोखाधड़ी का आरोप लगाया। ऑल्टमैन ने जवाब दिया कि वे इस मुद्दे पर मस्क से जल्द मिलकर बात करेंगे।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a letter promised", "डोनाल्ड ट्रंप ने कमला हैरिस को 'नाकाम नेता' कहा। हैरिस ने जवाब में कहा कि उनकी टीम इस बारे में ट्रंप से लिखित में बात करेगी।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"respect in the reply", "एलन मस्क ने सैम ऑल्टमैन पर धोखाधड़ी का आरोप लगाया। ऑल्टमैन ने जवाब दिया कि मस्क से उनकी कोई निजी दुश्मनी नहीं है और वे आज भी उनका सम्मान करते हैं।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
