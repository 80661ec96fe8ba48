package work

import (
	"testing"
	"time"
)

// Session 29 (REFERENCE): our own sentences. The first rows of each
// table fail without the rule named; the controls must stay as they are.

// TestReference29BothAttributive: "दोनों (देश/पक्ष)" before an
// evaluative word that only qualifies the noun of an oblique phrase
// ("एक शानदार समझौते पर/के करीब") judges no one (evalAttributive29,
// ref29.go). The pair judged by a predicate stays.
func TestReference29BothAttributive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"countries near a historic deal", "नरेंद्र मोदी ने डोनाल्ड ट्रंप से फोन पर बात की। बाद में उन्होंने कहा कि दोनों देश एक ऐतिहासिक समझौते के करीब हैं।", nil},
		{"sides work on a balanced deal", "नरेंद्र मोदी ने डोनाल्ड ट्रंप से फोन पर बात की। बातचीत के बाद प्रधानमंत्री ने लिखा कि दोनों पक्ष एक संतुलित व्यापार समझौते पर काम कर रहे हैं।", nil},
		{"countries work on a great deal", "डोनाल्ड ट्रंप ने नरेंद्र मोदी से मुलाकात की। ट्रंप ने कहा कि दोनों देश एक शानदार व्यापार करार पर काम कर रहे हैं।", nil},
		{"companies on a historic step", "सत्या नडेला ने सैम ऑल्टमैन के साथ मंच साझा किया। नडेला ने कहा कि दोनों कंपनियां एक ऐतिहासिक कदम की ओर बढ़ रही हैं।", nil},
		// Controls.
		{"the pair judged by a predicate", "डोनाल्ड ट्रंप ने एलन मस्क और मार्क जुकरबर्ग से मुलाकात की। ट्रंप ने कहा कि ये दोनों शानदार लोग हैं।",
			[]string{"donald-trump>elon-musk:s", "donald-trump>mark-zuckerberg:s"}},
		{"the evaluative right after दोनों, read as a noun", "डोनाल्ड ट्रंप ने एलन मस्क और विवेक रामास्वामी को नया विभाग सौंपा। ट्रंप ने कहा कि ये दोनों शानदार सरकारी फिजूलखर्ची को खत्म करेंगे।",
			[]string{"donald-trump>elon-musk:s"}},
		{"a named person judged by a predicate", "नरेंद्र मोदी ने डोनाल्ड ट्रंप से फोन पर बात की। बाद में उन्होंने कहा कि ट्रंप एक संतुलित नेता हैं।",
			[]string{"narendra-modi>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestReference29ParticipleObject: an object pronoun right after a
// participle ("… की तारीफ करते हुए उन्हें", "… पर निशाना साधते हुए
// उन्हें", "… की आलोचना कर उन्हें") is the participle's own object; when
// that is an untracked noun, not someone named earlier
// (participleObjUntracked29, ref29.go). A tracked object, and a pronoun
// with no participle before it, stay.
func TestReference29ParticipleObject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"praise of a young entrepreneur", "एलन मस्क ने हाल में कई पोस्ट किए हैं। कमला हैरिस ने एक युवा उद्यमी की तारीफ करते हुए उन्हें देश का भविष्य बताया।", nil},
		{"a local reporter called a liar", "एलन मस्क ने हाल में कई पोस्ट किए हैं। डोनाल्ड ट्रंप ने एक स्थानीय पत्रकार की आलोचना करते हुए उन्हें झूठा बताया।", nil},
		{"a judge targeted", "सैम ऑल्टमैन ने मुकदमे पर बयान जारी किया। एलन मस्क ने एक जज पर निशाना साधते हुए उन्हें पक्षपाती करार दिया।", nil},
		{"a rich man of another country", "एलन मस्क ने हाल में ब्रिटेन की राजनीति पर कई पोस्ट किए हैं। नाइजल फराज ने ब्रिटेन के सबसे अमीर व्यक्ति की तारीफ करते हुए उन्हें योद्धा बताया।", nil},
		{"the -कर participle", "गौतम अडानी ने नया बंदरगाह खोला। राहुल गांधी ने एक मंत्री की आलोचना कर उन्हें नाकाम बताया।", nil},
		// Controls.
		{"a tracked object of the participle", "एलन मस्क ने हाल में कई पोस्ट किए हैं। नाइजल फराज ने एलन मस्क की तारीफ करते हुए उन्हें योद्धा बताया।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"a thing of a tracked owner", "डोनाल्ड ट्रंप ने कमला हैरिस के दावों को खारिज करते हुए उन्हें मनगढ़ंत कहानी बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"no participle before the pronoun", "एलन मस्क ने हाल में कई पोस्ट किए हैं। डोनाल्ड ट्रंप ने एक सभा में उन्हें झूठा बताया।",
			[]string{"donald-trump>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestReference29PlatformPlace: a measure pointed back to ("इस घोषणा",
// "इस फैसले") announced by someone who posted it on a platform is that
// person's, not the platform's: the platform named only as a place ("एक्स
// पर") is not his company (platformOnly29, ref29.go). A platform named
// as an organisation stays.
func TestReference29PlatformPlace(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a party announced on the platform", "एलन मस्क ने एक्स पर नई पार्टी बनाने का ऐलान किया। डोनाल्ड ट्रंप ने इस घोषणा को हास्यास्पद बताया।",
			[]string{"donald-trump>elon-musk:h"}},
		{"words written on the platform", "एलन मस्क ने एक्स पर लिखा कि नई पार्टी उन लोगों के लिए है जो तंग आ चुके हैं। डोनाल्ड ट्रंप ने इस घोषणा को हास्यास्पद बताया।",
			[]string{"donald-trump>elon-musk:h"}},
		{"a long post on the platform", "एलन मस्क ने एक्स पर एक लंबी पोस्ट में नई पार्टी का ऐलान किया। कमला हैरिस ने इस फैसले की आलोचना की।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"a company welcomed", "एलन मस्क ने एक्स पर लिखा कि वह नई कंपनी बनाएंगे। सैम ऑल्टमैन ने इस घोषणा का स्वागत किया।",
			[]string{"sam-altman>elon-musk:s"}},
		// Controls.
		{"the platform itself announces", "एक्स ने नई नीति का ऐलान किया। डोनाल्ड ट्रंप ने इस फैसले की आलोचना की।",
			[]string{"donald-trump>x-corp:h"}},
		{"the platform named as his company", "एक्स के मालिक एलन मस्क ने नई नीति का ऐलान किया। डोनाल्ड ट्रंप ने इस फैसले की आलोचना की।",
			[]string{"donald-trump>elon-musk:h", "donald-trump>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
