package work

import (
	"testing"
	"time"
)

// Session 28 (REF): references to a tracked person by an organisation's
// title (refer28.go). Our own sentences. The first rows of each table
// fail without the rule named; the controls must stay as they are.

// TestSession28TitleStands: an organisation's title with an adverb
// after it stands alone as a subject (titleStands28), also when the
// story never names its holder.
func TestSession28TitleStands(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"title, only", "सैम ऑल्टमैन ने एक पॉडकास्ट में कहा कि टेस्ला प्रमुख सिर्फ सुर्खियां बटोरने के लिए झूठ बोलते हैं।",
			[]string{"sam-altman>elon-musk:h"}},
		{"title, again and again", "एलन मस्क ने कहा कि ओपनएआई के सीईओ बार-बार झूठ बोलते हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"title, openly", "डोनाल्ड ट्रंप ने कहा कि माइक्रोसॉफ्ट प्रमुख खुलकर झूठ फैलाते हैं।",
			[]string{"donald-trump>satya-nadella:h"}},
		{"title speaks", "टेस्ला प्रमुख बोले, ओपनएआई धोखेबाज है", []string{"elon-musk>openai:h"}},
		{"title says", "ओपनएआई के सीईओ कहते हैं कि एलन मस्क झूठे हैं।", []string{"sam-altman>elon-musk:h"}},
		// Controls: the role word qualifies a noun.
		{"main investors", "एलन मस्क ने कहा कि ओपनएआई के प्रमुख निवेशकों में माइक्रोसॉफ्ट सबसे खराब है।",
			[]string{"elon-musk>microsoft:h", "microsoft>openai:s"}},
		{"main products", "डोनाल्ड ट्रंप ने कहा कि टेस्ला के प्रमुख उत्पाद बेकार हैं।", []string{"donald-trump>tesla:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28OrgNounRole: "कंपनी के <role>" with the role taking the
// postposition as a possessed noun ("कंपनी के सीईओ को झूठा बताया") is the
// role's holder the story names (orgHead's possessed case); a holder
// never named is nobody (TestGroundingOrgHeads).
func TestSession28OrgNounRole(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"company's ceo called", "सैम ऑल्टमैन मंच पर थे। ओपनएआई ने नया मॉडल पेश किया। एलन मस्क ने कंपनी के सीईओ को झूठा बताया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"company's owner called", "एलन मस्क मंच पर थे। एक्स ने नया फीचर पेश किया। कमला हैरिस ने कंपनी के मालिक को झूठा कहा।",
			[]string{"kamala-harris>elon-musk:h"}},
		// Controls: the holder never named is nobody; no title with that
		// role; the role word qualifies a noun.
		{"never named", "गूगल ने नया मॉडल पेश किया। कंपनी के सीईओ ने माइक्रोसॉफ्ट की आलोचना की।", nil},
		{"company's adviser", "गूगल ने नया मॉडल पेश किया। डोनाल्ड ट्रंप ने कंपनी के सलाहकार की आलोचना की।", nil},
		{"company's main products", "गूगल ने नया मॉडल पेश किया। डोनाल्ड ट्रंप ने कंपनी के प्रमुख उत्पादों की आलोचना की।",
			[]string{"donald-trump>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28ParticipleBeforeSurname: a participle used as an
// adjective before a tracked surname (grounding.yaml verbs: खड़ी, बैठा
// …) is no given name of a namesake; the surname is the person.
func TestSession28ParticipleBeforeSurname(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"standing cars", "डोनाल्ड ट्रंप ने मैदान में खड़ी मस्क की कारों को बेकार बताया।",
			[]string{"donald-trump>elon-musk:h"}},
		{"seated son", "कमला हैरिस ने मंच पर बैठा ट्रंप का बेटा देखकर ट्रंप की नीतियों की आलोचना की।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Control: another person's given name before the surname.
		{"namesake", "डोनाल्ड ट्रंप ने किंबल मस्क की कारों को बेकार बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28OwnedPlatform: "P के प्लेटफॉर्म O" (an appos_kinds noun
// between the owner and the name) calls O P's, as "P की कंपनी O" does:
// a judging stance on O counts on P too (ownedKind28 in chiefTies25).
func TestSession28OwnedPlatform(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"platform praised", "सैम ऑल्टमैन ने मस्क के प्लेटफॉर्म एक्स को भरोसेमंद कहा।",
			[]string{"sam-altman>elon-musk:s", "sam-altman>x-corp:s"}},
		{"platform praised, full name", "रीड हॉफमैन ने एलन मस्क के प्लेटफॉर्म एक्स की तारीफ की।",
			[]string{"reid-hoffman>elon-musk:s", "reid-hoffman>x-corp:s"}},
		// Controls: an attack (withOwners read it already); a post on
		// the platform; the platform alone.
		{"platform attacked", "कमला हैरिस ने एलन मस्क के प्लेटफॉर्म एक्स की कड़ी आलोचना की।",
			[]string{"kamala-harris>elon-musk:h", "kamala-harris>x-corp:h"}},
		{"post on the platform", "मस्क के प्लेटफॉर्म एक्स पर सैम ऑल्टमैन ने गूगल की तारीफ की।",
			[]string{"sam-altman>google:s"}},
		{"platform alone", "सैम ऑल्टमैन ने एक्स को भरोसेमंद कहा।", []string{"sam-altman>x-corp:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28CommitteeProxy: a person's political committee (words.yaml
// proxy_nouns समिति, पैक) acts for him, as his campaign does.
func TestSession28CommitteeProxy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"committee's ads", "एलन मस्क की राजनीतिक समिति ने डोनाल्ड ट्रंप के समर्थन में विज्ञापन चलाए।",
			[]string{"elon-musk>donald-trump:s"}},
		{"PAC campaigns against", "रीड हॉफमैन के पैक ने डोनाल्ड ट्रंप के खिलाफ प्रचार किया।",
			[]string{"reid-hoffman>donald-trump:h"}},
		// Controls: an untracked body's committee; the person himself.
		{"parliament's committee", "संसद की समिति ने एलन मस्क को तलब किया।", nil},
		{"himself", "एलन मस्क ने डोनाल्ड ट्रंप के समर्थन में विज्ञापन चलाए।", []string{"elon-musk>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28PronounAfterTitle: a person referred to only by an
// organisation's title is one a pronoun after it may stand for, in the
// same sentence (nearestBefore) and in the next (remember:
// titledChunk28).
func TestSession28PronounAfterTitle(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"same sentence", "सत्या नडेला ने गूगल प्रमुख के साथ मंच साझा किया और उनकी दूरदर्शिता की सराहना की।",
			[]string{"satya-nadella>sundar-pichai:s"}},
		{"next sentence", "सत्या नडेला ने गूगल प्रमुख से मुलाकात की। उन्होंने उनकी दूरदर्शिता की सराहना की।",
			[]string{"satya-nadella>sundar-pichai:s"}},
		{"speaker in the headline", "टेस्ला प्रमुख का व्हाइट हाउस पर तंज || उन्होंने कहा कि डोनाल्ड ट्रंप को अर्थशास्त्र की समझ नहीं है।",
			[]string{"elon-musk>donald-trump:h"}},
		// Controls: the holder named; a pronoun for the speaker.
		{"named", "सत्या नडेला ने सुंदर पिचाई से मुलाकात की। उन्होंने उनकी दूरदर्शिता की सराहना की।",
			[]string{"satya-nadella>sundar-pichai:s"}},
		{"agent pronoun", "टेस्ला प्रमुख ने शुल्क पर बात की। उन्होंने कहा कि डोनाल्ड ट्रंप झूठे हैं।",
			[]string{"elon-musk>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28TitleAndName: a one-word title coordinated with a
// tracked name ("प्रधानमंत्री और अडानी") stands for its own holder
// (epithetAt: और after it is no part of a name).
func TestSession28TitleAndName(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"title and name, both", "राहुल गांधी ने कहा कि प्रधानमंत्री और अडानी दोनों मिलकर देश को लूट रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"title and name, objects", "राहुल गांधी ने प्रधानमंत्री और गौतम अडानी की आलोचना की।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		// Controls: another country's office; the title alone.
		{"another office", "राहुल गांधी ने ब्रिटेन के प्रधानमंत्री और गौतम अडानी की आलोचना की।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"title alone", "राहुल गांधी ने कहा कि प्रधानमंत्री देश को लूट रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 11, 21, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28UntrackedBoth: a tracked name coordinated with untracked
// words and summed up by ", दोनों" takes the postposition after दोनों
// (untrackedBoth28).
func TestSession28UntrackedBoth(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"both called", "एलन मस्क ने मार्क जुकरबर्ग और यूरोपीय नियमों, दोनों को आजादी का दुश्मन बताया।",
			[]string{"elon-musk>mark-zuckerberg:h"}},
		{"both, verb first", "एलन मस्क ने मार्क जुकरबर्ग और यूरोपीय नियमों, दोनों को बताया आजादी का दुश्मन।",
			[]string{"elon-musk>mark-zuckerberg:h"}},
		{"his own conjunct", "कमला हैरिस ने डोनाल्ड ट्रंप और उनके सलाहकारों, दोनों पर झूठ फैलाने का आरोप लगाया।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls: two tracked names; no comma.
		{"two tracked", "एलन मस्क ने सैम ऑल्टमैन और सत्या नडेला, दोनों की आलोचना की।",
			[]string{"elon-musk>sam-altman:h", "elon-musk>satya-nadella:h"}},
		{"no comma", "एलन मस्क ने मार्क जुकरबर्ग और यूरोपीय नियमों को आजादी का दुश्मन बताया।",
			[]string{"elon-musk>mark-zuckerberg:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 1, 9, 0, 0, 0, 0, time.UTC), cases)
}
