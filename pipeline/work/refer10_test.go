package work

import (
	"testing"
	"time"
)

// TestSession10Refer: reference across words inside a story — an act
// pointed back to by a demonstrative (इस निवेश, इस पहल), the one named
// right before someone's words ("X ने Y का नाम लेकर कहा कि वे …"), and
// respect said with कद्र (to a vocative addressee too).
func TestSession10Refer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// grounding.yaml acts_done: निवेश and पहल are acts a
		// demonstrative points back to, so to whoever made them.
		{"X ने निवेश किया। Y ने इस निवेश का स्वागत किया", "गूगल ने आंध्र प्रदेश में नए डेटा सेंटर के लिए भारी निवेश किया है। नरेंद्र मोदी ने इस निवेश का स्वागत किया।",
			[]string{"narendra-modi>google:s"}},
		{"Y ने इस निवेश की आलोचना की (hostile)", "अडानी समूह ने बंदरगाहों में बड़ा निवेश किया। राहुल गांधी ने इस निवेश की कड़ी आलोचना की।",
			[]string{"rahul-gandhi>adani-group:h"}},
		{"X ने पहल शुरू की। Y ने इस पहल की तारीफ की", "मेटा ने किसानों के लिए एक नई पहल शुरू की है। राहुल गांधी ने इस पहल की तारीफ की।",
			[]string{"rahul-gandhi>meta:s"}},
		{"no one's investment before: no target", "राहुल गांधी ने कहा कि इस निवेश से किसानों को कोई फायदा नहीं होगा।", nil},
		// namedTopic: "X ने Y का नाम लेकर/लेते हुए कहा कि वे/उन्होंने …":
		// the pronoun subject of the words is Y.
		{"X ने Y का नाम लेकर कहा कि वे … (hostile)", "एलन मस्क ने डोनाल्ड ट्रंप का नाम लेकर कहा कि वे देश को गुमराह कर रहे हैं।",
			[]string{"elon-musk>donald-trump:h"}},
		{"X ने Y का नाम लेते हुए कहा कि उन्होंने … (hostile)", "राहुल गांधी ने नरेंद्र मोदी का नाम लेते हुए कहा कि उन्होंने किसानों को धोखा दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Y का नाम लेकर कहा कि वे … (supportive)", "नरेंद्र मोदी ने डोनाल्ड ट्रंप का नाम लेकर कहा कि वे एक महान नेता हैं।",
			[]string{"narendra-modi>donald-trump:s"}},
		{"a second pronoun in the words: वे stays the speaker", "नरेंद्र मोदी ने डोनाल्ड ट्रंप का नाम लेकर कहा कि वे उनकी बहुत इज्जत करते हैं।",
			[]string{"narendra-modi>donald-trump:s"}},
		// frames.yaml कद्र: respect, to a vocative addressee too.
		{"X: \"Y, आपकी भावनाओं की मैं कद्र करता हूं\"", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को फोन किया। मोदी ने लिखा, \"राष्ट्रपति ट्रंप, आपकी भावनाओं की मैं गहराई से कद्र करता हूं।\"",
			[]string{"narendra-modi>donald-trump:s"}},
		// evaluative.yaml: हास्यास्पद and बकवास mock a charge's author
		// (attack), as वाहियात does; बेबुनियाद only denies.
		{"X ने Y के आरोपों को हास्यास्पद बताया", "ओपनएआई ने एलन मस्क के आरोपों को हास्यास्पद बताया।", []string{"openai>elon-musk:h"}},
		{"X ने Y के दावे को बकवास करार दिया", "सुंदर पिचाई ने एलन मस्क के दावे को बकवास करार दिया।", []string{"sundar-pichai>elon-musk:h"}},
		{"baseless only denies", "सुंदर पिचाई ने एलन मस्क के दावे को बेबुनियाद बताया।", nil},
		// itsActOwner: इसे/इसको points back to an act owned by a name
		// earlier in its sentence.
		{"X से Y के उस दावे के बारे में पूछा गया तो उन्होंने इसे …", "सुंदर पिचाई से जब एलन मस्क के उस दावे के बारे में पूछा गया, तो उन्होंने इसे बकवास बताया।",
			[]string{"sundar-pichai>elon-musk:h"}},
		{"Y के फैसले पर पूछे जाने पर X ने इसे ऐतिहासिक बताया", "सत्या नडेला से जब सैम ऑल्टमैन के फैसले के बारे में पूछा गया तो उन्होंने इसे ऐतिहासिक बताया।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"a name owning no act: इसे stays a thing", "एलन मस्क के साथ मंच पर बैठे सुंदर पिचाई ने इसे शानदार कार्यक्रम बताया।", nil},
		// ... or, with no one else named before it, to the last
		// sentence's claim or statement (acts_said) and its doer.
		{"X ने दावा किया कि …। Y ने इसे हास्यास्पद बताया", "एलन मस्क ने दावा किया कि एआई खतरनाक है। सुंदर पिचाई ने इसे हास्यास्पद बताया।",
			[]string{"sundar-pichai>elon-musk:h"}},
		{"X ने बयान दिया कि …। Y ने इसे शानदार सोच बताया", "सैम ऑल्टमैन ने बयान दिया कि एआई सबके लिए होगी। सत्या नडेला ने इसे शानदार सोच बताया।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"someone else named before इसे: not guessed", "एलन मस्क ने दावा किया कि एआई खतरनाक है। सुंदर पिचाई ने सैम ऑल्टमैन के साथ मिलकर इसे हास्यास्पद बताया।", nil},
		{"no act in the sentence: इसे is not the last sentence's doer", "मेटा ने नया ऐप उतारा। एलन मस्क ने इसे बेकार बताया।", nil},
		// afterSemicolon: words after a semicolon go on with the
		// sentence before; their subject does not take over उन्होंने.
		{"X ने कहा कि Y …; वे …। उन्होंने Z को … बताया", "नाइजल फराज ने कहा कि कमला हैरिस के पास कोई योजना नहीं है; वे बस भाषण पढ़ती हैं। उन्होंने डोनाल्ड ट्रंप को जुझारू नेता बताया।",
			[]string{"nigel-farage>donald-trump:s", "nigel-farage>kamala-harris:h"}}, // a plan lacked is an attack (hostile13.go)
		{"a new agent after the semicolon still takes over", "नाइजल फराज ने रैली की; कमला हैरिस ने भाषण दिया। उन्होंने डोनाल्ड ट्रंप को महान नेता बताया।",
			[]string{"kamala-harris>donald-trump:s"}},
		// meantFor: "Y के लिए प्रस्तावित/तय … का बचाव" is about Y's
		// own, as "Y के … का बचाव" is.
		{"X ने Y के लिए प्रस्तावित … का बचाव किया", "टेस्ला ने एलन मस्क के लिए प्रस्तावित नए बोनस का बचाव किया।", []string{"tesla>elon-musk:s"}},
		{"X ने Y के लिए तय … की आलोचना की", "राहुल गांधी ने अडानी समूह के लिए तय की गई शर्तों की आलोचना की।", []string{"rahul-gandhi>adani-group:h"}},
		// genAcrossGap (and gap words पुरजोर, गर्मजोशी, तहेदिल): an
		// adverb between the long phrase's genitive and the frame.
		{"X ने Y के लिए प्रस्तावित … का पुरजोर बचाव किया", "टेस्ला के बोर्ड ने निवेशकों को भेजे पत्र में एलन मस्क के लिए प्रस्तावित नए बोनस का पुरजोर बचाव किया।", []string{"tesla>elon-musk:s"}},
		{"X ने Y के … बनाने के ऐलान का गर्मजोशी से स्वागत किया", "नरेंद्र मोदी ने गूगल के चेन्नई में नया केंद्र बनाने के ऐलान का गर्मजोशी से स्वागत किया।", []string{"narendra-modi>google:s"}},
		{"X ने Y के … फैसले की एक बार फिर आलोचना की", "राहुल गांधी ने अडानी समूह के बंदरगाह बेचने के फैसले की एक बार फिर आलोचना की।", []string{"rahul-gandhi>adani-group:h"}},
		{"a place, not an adverb, before the frame: no owner", "नरेंद्र मोदी ने गूगल के दफ्तर के बाहर लोगों का स्वागत किया।", nil},
		{"made for Y is not Y's", "राहुल गांधी ने अडानी समूह के लिए बनाए गए नियमों की आलोचना की।", nil},
		{"respect owed, not given: no stance", "नरेंद्र मोदी ने कहा कि डोनाल्ड ट्रंप को भारत की भावनाओं की कद्र करनी चाहिए।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
