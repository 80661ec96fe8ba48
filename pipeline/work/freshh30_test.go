package work

import (
	"testing"
	"time"
)

// Session 30 (FRESH-H): our own sentences for the hostile errors of
// dev-outlets-ba and dev-contrast-c. The first rows of each test fail
// without the change named; the controls must stay as they are.

// TestFreshH30LikeOblique: names given as examples of a class under a
// postposition ("Y जैसे चंद उद्योगपतियों को/के हवाले") are not the bare
// subject of the act when a tracked subject stands before them
// (likeOblique30, like30.go); the subject is charged, the examples are
// not.
func TestFreshH30LikeOblique(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"examples under को", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप सरकारी जमीनें एलन मस्क जैसे अरबपतियों को सौंप रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"coordinated examples under के हवाले", "राहुल गांधी ने कहा कि नरेंद्र मोदी रेलवे स्टेशन गौतम अडानी और मुकेश अंबानी जैसे चंद उद्योगपतियों के हवाले कर रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls: no tracked subject before the examples — the class,
		// and the one named with it, is the subject.
		{"class as subject, direct plural", "कमला हैरिस ने कहा कि एलन मस्क जैसे अरबपति लोकतंत्र को बर्बाद कर रहे हैं।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"class as subject, oblique noun later", "राहुल गांधी ने कहा कि गौतम अडानी जैसे उद्योगपति किसानों की जमीनें लूट रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"the subject named, no examples", "राहुल गांधी ने कहा कि नरेंद्र मोदी खदानें अरबपतियों को सौंप रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30Wording: wordings added to the lexicon (a held-back
// instalment, land handed over to industrialists, a bundle of lies or
// waste, done without any responsibility), with the controls that keep
// their neighbours as they were.
func TestFreshH30Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"instalment held back", "सॉफ्टबैंक ने ओपनएआई की तीसरी किस्त रोक दी है।",
			[]string{"softbank>openai:h"}},
		{"instalment for Y held back", "मासायोशी सन ने स्टारगेट के लिए तय किस्तें रोकने का ऐलान किया।",
			[]string{"masayoshi-son>stargate:h"}},
		{"handed over to industrialists", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने राष्ट्रीय उद्यान पूंजीपतियों के हवाले कर दिए।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"bundle of empty promises", "कमला हैरिस ने डोनाल्ड ट्रंप के घोषणापत्र को वादों का पुलिंदा बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"without any responsibility", "सत्या नडेला ने कहा कि गूगल का नया फीचर बिना किसी जिम्मेदारी के शुरू किया गया।",
			[]string{"satya-nadella>google:h"}},
		// Controls.
		{"bundle of lies still attacks the charge's author", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को झूठों का पुलिंदा करार दिया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"instalment not held back (future, negated)", "सॉफ्टबैंक ने कहा कि वह ओपनएआई की अगली किस्त नहीं रोकेगा।", nil},
		{"instalment released", "सॉफ्टबैंक ने ओपनएआई के लिए अपनी दूसरी किस्त जारी कर दी।",
			[]string{"softbank>openai:s"}},
		{"funding in Y held back (flipper)", "माइक्रोसॉफ्ट ने कहा कि उसने ओपनएआई में आगे की फंडिंग रोक दी है।",
			[]string{"microsoft>openai:h"}},
		{"waste as a policy noun", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क सरकारी फिजूलखर्ची घटाने का रास्ता तैयार करेंगे।", nil},
		{"without any condition", "सैम ऑल्टमैन ने कहा कि एक्सएआई बिना किसी शर्त के बातचीत को तैयार है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30LabelOwnerNoun: a calling whose label is owned through an
// owner noun ("Z को X प्रशासन/सरकार का <label> बताया") judges X, as "Z को
// X का <label> बताया" does (labelOwner22, eval22.go).
func TestFreshH30LabelOwnerNoun(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"administration's decision called unfair", "कमला हैरिस ने नए वीजा नियमों को ट्रंप प्रशासन का अनुचित फैसला बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"government's blunder", "राहुल गांधी ने नोटबंदी को मोदी सरकार की ऐतिहासिक भूल करार दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"plain owner", "कमला हैरिस ने नए वीजा नियमों को डोनाल्ड ट्रंप का अनुचित फैसला बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"untracked owner", "कमला हैरिस ने नए वीजा नियमों को पिछले प्रशासन का अनुचित फैसला बताया।", nil},
		{"owner noun, object not called", "कमला हैरिस ने ट्रंप प्रशासन के फैसले पर चर्चा की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30ArrestSubjunctive: a demand that Y be arrested in the
// subjunctive ("मांग की कि Y को गिरफ्तार किया जाए") is hostile to Y, as
// "गिरफ्तार किया जाना चाहिए" is.
func TestFreshH30ArrestSubjunctive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"arrest demanded", "नाइजल फराज ने मांग की कि एलन मस्क को ब्रिटेन आते ही गिरफ्तार किया जाए।",
			[]string{"nigel-farage>elon-musk:h"}},
		// Controls: the mood rules hold.
		{"arrest in a condition", "नाइजल फराज ने कहा कि अगर एलन मस्क को गिरफ्तार किया जाए तो बवाल होगा।", nil},
		{"arrest asked about", "नाइजल फराज ने पूछा कि क्या एलन मस्क को गिरफ्तार किया जाए?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30TitleHonorific: a title with an honorific before another
// tracked name ("प्रधानमंत्री जी अडानी को …") stands for its holder, as
// "प्रधानमंत्री अडानी को …" does (honorific30, epithetAt).
func TestFreshH30TitleHonorific(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"title + जी before a name", "राहुल गांधी ने आरोप लगाया कि प्रधानमंत्री जी गौतम अडानी को बचा रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"title before a name", "राहुल गांधी ने आरोप लगाया कि प्रधानमंत्री गौतम अडानी को बचा रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"another country's title + जी", "राहुल गांधी ने कहा कि ब्रिटेन के प्रधानमंत्री जी झूठे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30BoughtInTag: in a headline tag "X का तंज- '…'" the thing
// the words offer to buy — also for a price, or "taken" for one — is no
// target of the jibe (boughtObject24 in tagAbout; buying is no stance).
func TestFreshH30BoughtInTag(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"offer to buy for a price", "नडेला का तंज- 'चाहें तो हम गूगल 50 अरब डॉलर में खरीद लें'", nil},
		{"taken for a price", "नडेला का तंज- 'चाहें तो हम गूगल 50 अरब में ले लेंगे'", nil},
		// Controls: the jibe's one name that is not bought is its
		// target; a name that buys is the one mocked.
		{"one name, not bought", "नडेला का तंज- 'गूगल की हालत खराब'", []string{"satya-nadella>google:h"}},
		{"the buyer is named", "नडेला का तंज- 'गूगल सब कुछ खरीदना चाहती है'", []string{"satya-nadella>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30JibePredicateOwner: in a jibe's words "O (अब) Z की <noun>
// (भर) है", Z owns the predicate noun O is reduced to; the jibe is at O
// alone (predicateOwner30, mockery only).
func TestFreshH30JibePredicateOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reduced to Z's unit", "नडेला का तंज: 'गूगल अब मेटा की एक शाखा भर रह गई है'",
			[]string{"satya-nadella>google:h"}},
		// Controls.
		{"the owner's state mocked", "नडेला का तंज: 'मेटा की हालत खस्ता'",
			[]string{"satya-nadella>meta:h"}},
		{"a charge, not a jibe", "सत्या नडेला ने आरोप लगाया कि गूगल ने मेटा की योजना चुरा ली।",
			[]string{"satya-nadella>google:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30NegCommaPart: a verbless break before a comma, and after it
// a part with its own "कोई … नहीं" ("Y से नाता खत्म, कोई अफसोस नहीं"): the
// negation is the later part's (negCommaPart30).
func TestFreshH30NegCommaPart(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"break, then no regret", "मुकेश अंबानी बोले- गौतम अडानी से रिश्ता खत्म, कोई अफसोस नहीं",
			[]string{"mukesh-ambani>gautam-adani:h"}},
		// Controls.
		{"break, then a part with its own object (read before too)", "सत्या नडेला बोले- ओपनएआई से रिश्ता खत्म, इसे सुधारने की कोई योजना नहीं",
			[]string{"satya-nadella>openai:h"}},
		{"the break itself negated", "मुकेश अंबानी बोले- गौतम अडानी से रिश्ता खत्म नहीं, कोई मतभेद नहीं", nil},
		{"one part, no comma", "मुकेश अंबानी बोले- गौतम अडानी से बात करने का कोई इरादा नहीं",
			[]string{"mukesh-ambani>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30PlatformMocked: "<platform> पर तंज कसा" with nothing after
// the mockery and no other name after the platform mocks the platform
// (platformMocked30); with words or another name after it the platform
// stays the place.
func TestFreshH30PlatformMocked(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"platform mocked", "सुंदर पिचाई ने शुक्रवार को एक्स पर तंज कसा।",
			[]string{"sundar-pichai>x-corp:h"}},
		// Controls.
		{"words posted after the jibe", "सुंदर पिचाई ने एक्स पर तंज कसते हुए लिखा कि सर्च का भविष्य उज्ज्वल है।", nil},
		{"a quote after the jibe", "सुंदर पिचाई ने एक्स पर चुटकी ली, 'धन्यवाद, पर नहीं।'", nil},
		{"another name mocked on the platform", "सुंदर पिचाई ने एक्स पर सत्या नडेला पर तंज कसा।",
			[]string{"sundar-pichai>satya-nadella:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshH30ObjectionNotObjectionable: the objection frame (आपत्ति, a
// retort) reads the noun and its plurals, not the adjective आपत्तिजनक
// ("objectionable") said of a thing in someone's words.
func TestFreshH30ObjectionNotObjectionable(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"own product judged after an attack", "एलन मस्क ने गूगल पर हमला बोला। सुंदर पिचाई ने कहा कि कुछ तस्वीरें आपत्तिजनक थीं।",
			[]string{"elon-musk>google:h"}},
		// Controls: the objection itself, in its noun forms.
		{"objection raised", "सत्या नडेला ने सुंदर पिचाई की टिप्पणी पर कड़ी आपत्ति जताई।",
			[]string{"satya-nadella>sundar-pichai:h"}},
		{"objections lodged", "सत्या नडेला ने सुंदर पिचाई की टिप्पणियों पर आपत्तियां दर्ज कराईं।",
			[]string{"satya-nadella>sundar-pichai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
