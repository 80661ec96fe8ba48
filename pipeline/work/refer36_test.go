package work

import (
	"testing"
	"time"
)

// Session 36 (REFER): references the grounding left open (refer36.go).
// Our own sentences. The first rows of each table fail without the rule
// named; the controls must stay as they are.

// TestRefer36FormerOffice: a former holder named with the office
// ("ब्रिटेन के पूर्व प्रधानमंत्री टोनी ब्लेयर") does not make the bare
// office nobody's (formerOffice36 in learnOffice and bodyOffices).
func TestRefer36FormerOffice(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"thanks to the office, a former foreign holder among the guests",
			"मुंबई के जियो वर्ल्ड सेंटर में हुए समारोह में ब्रिटेन के पूर्व प्रधानमंत्री टोनी ब्लेयर, कई फिल्मी सितारे और उद्योगपति पहुंचे। प्रधानमंत्री नरेंद्र मोदी ने शाम को मंच से नवदंपती को आशीर्वाद दिया। बाद में मुकेश अंबानी ने मीडिया से बातचीत में प्रधानमंत्री का आभार जताया।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"a charge at the office, a former holder spoke first",
			"दिल्ली के सम्मेलन में ऑस्ट्रेलिया के पूर्व प्रधानमंत्री स्कॉट मॉरिसन ने भी भाषण दिया। प्रधानमंत्री नरेंद्र मोदी ने उद्घाटन सत्र को संबोधित किया। शाम को कांग्रेस नेता राहुल गांधी ने जयपुर की सभा में आरोप लगाया कि प्रधानमंत्री देश को गुमराह कर रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},

		// Controls: a sitting foreign holder still makes the bare office
		// nobody's; "से पूर्व" is "before".
		{"a sitting foreign holder",
			"ब्रिटेन के प्रधानमंत्री कीर स्टार्मर ने दिल्ली में भाषण दिया। प्रधानमंत्री नरेंद्र मोदी भी मंच पर मौजूद थे। शाम को राहुल गांधी ने आरोप लगाया कि प्रधानमंत्री देश को गुमराह कर रहे हैं।",
			nil},
		{"से पूर्व: before",
			"बैठक से पूर्व प्रधानमंत्री स्टार्मर ने दिल्ली में भाषण दिया। प्रधानमंत्री नरेंद्र मोदी भी मंच पर मौजूद थे। शाम को राहुल गांधी ने आरोप लगाया कि प्रधानमंत्री देश को गुमराह कर रहे हैं।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2024, 7, 14, 0, 0, 0, 0, time.UTC), cases)
}

// TestRefer36PossessedOrgOpens: "उनकी कंपनी" opening a body sentence as
// its bare subject is the possessor's organisation, as "उनकी कंपनी ने" is
// (possessedOrgOpens36 in possessorsOrgChunks).
func TestRefer36PossessedOrgOpens(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"invested, perfect with चुकी",
			"सॉफ्टबैंक के संस्थापक मासायोशी सन जोखिम भरे दांवों के लिए जाने जाते हैं और टोक्यो के कई निवेशक उन्हें जुआरी तक कह चुके हैं। उनकी कंपनी ओपनएआई में अब तक 30 अरब डॉलर से ज्यादा लगा चुकी है।",
			[]string{"softbank>openai:s"}},
		{"criticises, habitual",
			"मेटा के सीईओ मार्क जुकरबर्ग ने सोमवार को कैलिफोर्निया के डेवलपर सम्मेलन में नए स्मार्ट चश्मे दिखाए। उनकी कंपनी लगातार गूगल की विज्ञापन नीतियों की खुलकर आलोचना करती रही है।",
			[]string{"meta>google:h"}},

		// Controls: the company's own work; not opening its sentence; a
		// possessor with no tracked organisation; "उनकी कंपनी ने"
		// (already read).
		{"own work", "सॉफ्टबैंक के संस्थापक मासायोशी सन टोक्यो में थे। उनकी कंपनी अब नए डेटा सेंटर पर काम कर रही है।", nil},
		{"not first in its sentence", "सॉफ्टबैंक के संस्थापक मासायोशी सन टोक्यो में थे। इस बीच उनकी कंपनी ओपनएआई में पैसा लगा चुकी है।", nil},
		{"no tracked organisation", "कांग्रेस नेता राहुल गांधी जयपुर में थे। उनकी पार्टी लगातार गौतम अडानी की आलोचना करती रही है।", nil},
		{"with ने (already read)", "सॉफ्टबैंक के संस्थापक मासायोशी सन टोक्यो में थे। उनकी कंपनी ने ओपनएआई में 30 अरब डॉलर लगाए हैं।",
			[]string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestRefer36DisputeOwner: a genitive pronoun owning a dispute noun whose
// other party is named under के साथ/से ("Y के साथ उनका झगड़ा") is the
// story's last agent (disputeOwner36 in resolve).
func TestRefer36DisputeOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"के साथ उनका झगड़ा, after an apology",
			"टेस्ला प्रमुख एलन मस्क ने बुधवार देर रात एक्स पर लंबी पोस्ट लिखकर अपनी कुछ टिप्पणियों के लिए खेद जताया। डोनाल्ड ट्रंप के साथ उनका तीखा झगड़ा पिछले हफ्ते सुर्खियों में रहा था।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"से उनकी तकरार",
			"मेटा के सीईओ मार्क जुकरबर्ग ने गुरुवार को कैलिफोर्निया में निवेशकों से मुलाकात की। एलन मस्क से उनकी तकरार कई महीनों से चल रही है।",
			[]string{"elon-musk>mark-zuckerberg:h", "mark-zuckerberg>elon-musk:h"}},

		// Controls: the partner is the last agent; someone untracked
		// spoke last; a meeting is no dispute; a tie (the stance reader's
		// own reading of the pronoun, unchanged); in someone's words.
		{"the partner is the last agent",
			"डोनाल्ड ट्रंप ने बुधवार को व्हाइट हाउस में पत्रकारों से बात की। डोनाल्ड ट्रंप के साथ उनका झगड़ा पिछले हफ्ते सुर्खियों में रहा था।", nil},
		{"someone untracked spoke last",
			"एलन मस्क मंगलवार को टेक्सस में थे। व्हाइट हाउस के एक प्रवक्ता ने बुधवार को बयान जारी किया। डोनाल्ड ट्रंप के साथ उनका झगड़ा पिछले हफ्ते सुर्खियों में रहा था।", nil},
		{"a meeting",
			"एलन मस्क ने बुधवार को एक्स पर लंबी पोस्ट लिखी। डोनाल्ड ट्रंप के साथ उनकी मुलाकात पिछले हफ्ते व्हाइट हाउस में हुई थी।", nil},
		{"a tie, not a dispute",
			"एलन मस्क ने बुधवार को एक्स पर लंबी पोस्ट लिखी। डोनाल्ड ट्रंप के साथ उनकी दोस्ती पिछले साल सुर्खियों में रही थी।", nil},
		{"in someone's words (the speaker's own)",
			"एलन मस्क मंगलवार को टेक्सस में थे। सैम ऑल्टमैन ने बुधवार को कहा कि माइक्रोसॉफ्ट के साथ उनका झगड़ा बढ़ता जा रहा है।",
			[]string{"microsoft>sam-altman:h", "sam-altman>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC), cases)
}

// TestRefer36RivalInWords: "उनका प्रतिद्वंद्वी" in a person's reported
// words is the one other person the story named (rivalInWords36).
func TestRefer36RivalInWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"वह बोलीं कि उनका प्रतिद्वंद्वी …, the pair named before",
			"कमला हैरिस और डोनाल्ड ट्रंप, दोनों ने शुक्रवार को पेंसिल्वेनिया में अलग-अलग सभाएं कीं। फिलाडेल्फिया की रैली में वह बोलीं कि उनका प्रतिद्वंद्वी अमेरिका को अराजकता में धकेल देगा।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"X ने कहा कि उनका प्रतिद्वंद्वी …",
			"डोनाल्ड ट्रंप ने शुक्रवार को मिशिगन में चुनावी सभा की। शाम को डेट्रॉयट में कमला हैरिस ने पत्रकारों से कहा कि उनका प्रतिद्वंद्वी देश को अराजकता में धकेल देगा।",
			[]string{"kamala-harris>donald-trump:h"}},

		// Controls: two other people named (nobody); a rival company;
		// the rival named only after the words.
		{"two other people", "डोनाल्ड ट्रंप और एलन मस्क ने शुक्रवार को मिशिगन में सभा की। शाम को कमला हैरिस ने कहा कि उनका प्रतिद्वंद्वी देश को अराजकता में धकेल देगा।",
			nil},
		{"a rival company", "सुंदर पिचाई ने मंगलवार को नया फोन पेश किया। सत्या नडेला ने कहा कि उनकी प्रतिद्वंद्वी कंपनी बाजार को अराजकता में धकेल देगी।", nil},
		{"the rival named after", "कमला हैरिस ने शुक्रवार को पेंसिल्वेनिया में सभा की और कहा कि उनका प्रतिद्वंद्वी देश को अराजकता में धकेल देगा। डोनाल्ड ट्रंप ने भी उसी दिन रैली की।", nil},
	}
	checkStanceCases(t, a, time.Date(2024, 10, 25, 0, 0, 0, 0, time.UTC), cases)
}
