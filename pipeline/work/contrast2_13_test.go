package work

import (
	"testing"
	"time"
)

// TestSession13Contrast2Gap: a manner or venue adverbial ("सार्वजनिक
// रूप से", "हर मंच पर", "सार्वजनिक मंच से") or a comma parenthesis closed
// by a circumstance ("…, Z के कहने के बावजूद, …") between a genitive
// target and its act noun leaves the target the act's; a negation on
// the verb still denies it; a venue with no act noun after it does not.
func TestSession13Contrast2Gap(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y का हर मंच पर बचाव किया", "मार्क जुकरबर्ग ने सैम ऑल्टमैन का हर मंच पर बचाव किया।",
			[]string{"mark-zuckerberg>sam-altman:s"}},
		{"Y का हर मंच पर कभी बचाव नहीं किया: negated", "मार्क जुकरबर्ग ने सैम ऑल्टमैन का हर मंच पर कभी बचाव नहीं किया।", nil},
		{"Y का, Z के बावजूद, हर मंच पर बचाव किया", "मार्क जुकरबर्ग ने संकट के दौरान सैम ऑल्टमैन का, अपने साथियों की सलाह के बावजूद, हर मंच पर बचाव किया।",
			[]string{"mark-zuckerberg>sam-altman:s"}},
		{"Y का, Z के बावजूद, कभी बचाव नहीं किया: negated", "मार्क जुकरबर्ग ने संकट के दौरान सैम ऑल्टमैन का, अपने साथियों की सलाह के बावजूद, कभी बचाव नहीं किया।", nil},
		{"Y की नीति की सार्वजनिक मंच से निंदा खुलकर की", "नरेंद्र मोदी ने डोनाल्ड ट्रंप की टैरिफ नीति की सार्वजनिक मंच से निंदा खुलकर की।",
			[]string{"narendra-modi>donald-trump:h"}},
		{"Y की नीति की सार्वजनिक मंच से निंदा कभी नहीं की: negated", "नरेंद्र मोदी ने डोनाल्ड ट्रंप की टैरिफ नीति की सार्वजनिक मंच से निंदा कभी नहीं की।", nil},
		{"Y के मंच पर भाषण दिया: a venue, no act", "नरेंद्र मोदी ने डोनाल्ड ट्रंप के मंच पर भाषण दिया।", nil},
		// Lexicon: तीखी टिप्पणी takes के खिलाफ; कानूनी लड़ाई छेड़ना.
		{"Y के खिलाफ, जिस पर …, X ने तीखी टिप्पणी की", "गूगल के खिलाफ, जिस पर सरकार महीनों से सख्त है और जिसके शेयर गिर रहे हैं, एलन मस्क ने पहली बार तीखी टिप्पणी की।",
			[]string{"elon-musk>google:h"}},
		{"Y के खिलाफ, जिस पर …, X ने कोई बयान नहीं दिया", "गूगल के खिलाफ, जिस पर सरकार महीनों से सख्त है, एलन मस्क ने अब तक कोई बयान नहीं दिया।", nil},
		{"वह Y के खिलाफ कानूनी लड़ाई छेड़ चुके हैं: done", "सैम ऑल्टमैन ने कहा कि वह मेटा के खिलाफ कानूनी लड़ाई छेड़ चुके हैं।",
			[]string{"sam-altman>meta:h"}},
		{"वह Y के खिलाफ कानूनी लड़ाई छेड़ेंगे: a plan", "सैम ऑल्टमैन ने कहा कि वह मेटा के खिलाफ जल्द कानूनी लड़ाई छेड़ेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession13Contrast2Rejection: a plea (दलील) called baseless is denied,
// like a charge — no stance towards its maker; called a conspiracy it
// attacks the maker.
func TestSession13Contrast2Rejection(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y की दलील को बेबुनियाद बताया: a denial", "गूगल ने एलन मस्क की दलील को बेबुनियाद बताया।", nil},
		{"Y की इस दलील को निराधार बताया कि …: a denial", "मेटा ने सैम ऑल्टमैन की इस दलील को निराधार बताया कि वह बाजार पर कब्जा कर रही है।", nil},
		{"Y की दलील को साजिश बताया: an attack", "गूगल ने एलन मस्क की दलील को कंपनी को बदनाम करने की साजिश बताया।",
			[]string{"google>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession13Contrast2WhyQuestion: a why-question charging Y with hiding,
// fearing or running from something is the asker's charge; the same
// question put to Y, or asked by someone untracked, is no one's stance.
func TestSession13Contrast2WhyQuestion(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X ने पूछा, \"Y … से क्यों डर रहे हैं?\"", "राहुल गांधी ने पूछा, \"नरेंद्र मोदी जांच से क्यों डर रहे हैं?\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने पूछा, \"Y … क्यों छिपा रहे हैं?\"", "कमला हैरिस ने पूछा, \"ट्रंप अपने रिकॉर्ड क्यों छिपा रहे हैं?\"",
			[]string{"kamala-harris>donald-trump:h"}},
		{"X ने पूछा कि Y … से क्यों भाग रहे हैं", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप बहस से क्यों भाग रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"reporters ask X the question: no stance", "पत्रकारों ने कमला हैरिस से पूछा, \"ट्रंप अपने रिकॉर्ड क्यों छिपा रहे हैं?\"", nil},
		{"X is asked the question: no stance", "कमला हैरिस से एक इंटरव्यू में पूछा गया, \"ट्रंप बहस से क्यों भाग रहे हैं?\"", nil},
		{"a plain question: no stance", "एलन मस्क ने गूगल से पूछा, \"नया वर्जन कब आएगा?\"", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession13Contrast2Calling: calling words and frames of the dev
// minimal pairs' families (evaluative.yaml, frames.yaml, session 13): a
// firing row with a tracked target, a row without one or with the act
// negated.
func TestSession13Contrast2Calling(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y की योजना को जल्दबाजी भरा कदम बताया", "राहुल गांधी ने गौतम अडानी की योजना को जल्दबाजी भरा कदम बताया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"Y के रोबोट को महंगा खिलौना बताया", "सैम ऑल्टमैन ने एलन मस्क के रोबोट को महंगा खिलौना बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"an untracked startup's toy: no stance", "सैम ऑल्टमैन ने एक स्टार्टअप के रोबोट को महंगा खिलौना बताया।", nil},
		{"“Y इंसानियत के लिए वरदान है”", "एलन मस्क ने कहा, \"गूगल इंसानियत के लिए वरदान है।\"",
			[]string{"elon-musk>google:s"}},
		{"a boon that is no one: no stance", "नरेंद्र मोदी ने कहा कि सस्ती बिजली किसानों के लिए वरदान है।", nil},
		{"Y के साथ बातचीत को सकारात्मक बताया", "नरेंद्र मोदी ने डोनाल्ड ट्रंप के साथ बातचीत को बेहद सकारात्मक बताया।",
			[]string{"narendra-modi>donald-trump:s"}},
		{"बातचीत सकारात्मक, no partner: no stance", "नरेंद्र मोदी ने कहा कि बातचीत सकारात्मक रही।", nil},
		{"Y की परियोजनाओं को देश की ताकत बताया", "मुकेश अंबानी ने गौतम अडानी की परियोजनाओं को देश की ताकत बताया।",
			[]string{"mukesh-ambani>gautam-adani:s"}},
		{"Y की कंपनियां अमेरिका की ताकत हैं", "रीड हॉफमैन ने लिखा कि एलन मस्क की कंपनियां अमेरिका की ताकत हैं।",
			[]string{"reid-hoffman>elon-musk:s"}},
		{"Y के प्रति अपमानजनक लहजा अपनाया", "डोनाल्ड ट्रंप ने कमला हैरिस के प्रति अपमानजनक लहजा अपनाया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"संयमित लहजा: no stance", "डोनाल्ड ट्रंप ने कमला हैरिस के प्रति संयमित लहजा अपनाया।", nil},
		{"Y से बदला लेने की खुली चेतावनी दी", "मार्क जुकरबर्ग ने एलन मस्क से बदला लेने की खुली चेतावनी दी।",
			[]string{"mark-zuckerberg>elon-musk:h"}},
		{"Y से बातचीत की पेशकश: no stance", "मार्क जुकरबर्ग ने एलन मस्क से बातचीत की पेशकश की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession13Contrast2TieOffered: a tie noun heading an offer ("Y का
// साझेदारी प्रस्ताव") is only offered — declined or returned it forms no
// alliance; accepted it does.
func TestSession13Contrast2TieOffered(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y का साझेदारी प्रस्ताव लौटा दिया: none", "मेटा ने गूगल का साझेदारी प्रस्ताव लौटा दिया।", nil},
		{"Y का गठजोड़ प्रस्ताव विचाराधीन: none", "मेटा ने कहा कि गूगल का गठजोड़ प्रस्ताव विचाराधीन है।", nil},
		{"Y का साझेदारी प्रस्ताव स्वीकार कर लिया: alliance", "मेटा ने गूगल का साझेदारी प्रस्ताव स्वीकार कर लिया।",
			[]string{"google>meta:s", "meta>google:s"}},
		{"Y के साथ साझेदारी की: alliance", "मेटा ने गूगल के साथ साझेदारी की।",
			[]string{"google>meta:s", "meta>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession13Contrast2Court: the court's door knocked on against Y marked
// पर ("Y पर मानहानि के मामले में अदालत का दरवाजा खटखटाया") is a suit
// against Y, done when completive (चुका); only weighed, none.
func TestSession13Contrast2Court(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"वह Y पर … अदालत का दरवाजा खटखटा चुकी है", "मेटा ने कहा कि वह गूगल पर मानहानि के मामले में अदालत का दरवाजा खटखटा चुकी है।",
			[]string{"meta>google:h"}},
		{"Y पर … अदालत का दरवाजा खटखटाने पर विचार: none", "मेटा ने कहा कि वह गूगल पर मानहानि के मामले में अदालत का दरवाजा खटखटाने पर विचार करेगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession13Contrast2Feat: "Y ने कमाल कर दिया" in someone's words praises
// Y (like "Y ने गुड जॉब किया"); said of someone untracked, no one.
func TestSession13Contrast2Feat(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"“Y ने … कमाल कर दिया है”", "सुंदर पिचाई ने कहा, \"रिलायंस ने गांवों तक नेटवर्क पहुंचाकर कमाल कर दिया है।\"",
			[]string{"sundar-pichai>reliance:s"}},
		{"an untracked doer: none", "सुंदर पिचाई ने कहा, \"एक छोटे स्टार्टअप ने कमाल कर दिया है।\"", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
