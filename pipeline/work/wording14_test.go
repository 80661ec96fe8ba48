package work

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestWording14Probe prints what the engine reads in each line of the file
// named by KHABAR_PROBE (a development aid; skipped without it).
func TestWording14Probe(t *testing.T) {
	p := os.Getenv("KHABAR_PROBE")
	if p == "" {
		t.Skip("KHABAR_PROBE not set")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	a := shippedAnalyzer(t)
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		an := a.Analyze(pipeline.Story{ID: "probe", Body: l})
		t.Logf("%v  <= %s", referenceStances(an), l)
	}
}

// TestWording14 reads the session-14 wording entries where they must fire
// (in someone's words about Y) and where they must not (the narrator's own
// report, or a negated deed).
func TestWording14(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "नरेंद्र मोदी बोले- 'मुकेश अंबानी ने रिकॉर्ड समय में रिफाइनरी बनाई'", []string{"narendra-modi>mukesh-ambani:s"}},
		{"", "गौतम अडानी ने रिकॉर्ड समय में बंदरगाह बनाया, नरेंद्र मोदी ने उद्घाटन किया।", nil},
		{"", "डोनाल्ड ट्रंप बोले, एलन मस्क ने अमेरिका के लिए बहुत कुछ किया है।", []string{"donald-trump>elon-musk:s"}},
		{"", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने देश के लिए बहुत कुछ नहीं किया।", nil},
		{"", "सत्या नडेला बोले- 'सैम ऑल्टमैन जैसा साथी किस्मत से मिलता है'", []string{"satya-nadella>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestWording14Hostile: the hostile entries fire on the doer → the one drawn
// in or judged, and not where no one tracked is judged.
func TestWording14Hostile(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "राहुल गांधी ने भाषण में नरेंद्र मोदी को भी लपेटे में लिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "एलन मस्क ने तोहफे को कागज में लपेटा।", nil},
		{"", "कमला हैरिस बोलीं- 'डोनाल्ड ट्रंप ने मंच को नफरत का अड्डा बना दिया'", []string{"kamala-harris>donald-trump:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने निवेशकों को ठगा।", []string{"elon-musk>sam-altman:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन ने किसी को नहीं ठगा।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestWording14Closed: calling a company closed is hostile in someone's
// words or calling; a door closed is no one's verdict.
func TestWording14Closed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "सुंदर पिचाई बोले- 'ओपनएआई अब closed AI है'", []string{"sundar-pichai>openai:h"}},
		{"", "एलन मस्क ने कहा कि ओपनएआई क्लोज्ड एआई बन चुकी है।", []string{"elon-musk>openai:h"}},
		{"", "सत्या नडेला ने बंद दरवाजों वाली बैठक में सैम ऑल्टमैन से बात की।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestWording14Quoted: quoted verdicts judge the subject of someone's words;
// the same words in the narrator's report, or a distance that is not from
// the facts, judge no one.
func TestWording14Quoted(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "राहुल गांधी बोले- 'नरेंद्र मोदी की सरकार वॉशिंग मशीन बन गई है'", []string{"rahul-gandhi>narendra-modi:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन के आरोप तथ्यों से कोसों दूर हैं।", []string{"elon-musk>sam-altman:h"}},
		{"", "एलन मस्क ने कहा कि सैम ऑल्टमैन का दफ्तर यहां से कोसों दूर है।", nil},
		{"", "सत्या नडेला ने कहा कि सैम ऑल्टमैन उनके लिए छोटे भाई जैसे हैं।", []string{"satya-nadella>sam-altman:s"}},
		{"", "मेटा ने एक नई वॉशिंग मशीन जैसी मशीन का डेमो दिखाया, सैम ऑल्टमैन मौजूद थे।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}

// TestWording14Well: a role played well and a brave act praise the doer in
// someone's words, not in the narrator's.
func TestWording14Well(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"", "नरेंद्र मोदी बोले- 'मुकेश अंबानी ने जिम्मेदारी बखूबी निभाई'", []string{"narendra-modi>mukesh-ambani:s"}},
		{"", "सैम ऑल्टमैन ने कहा कि सत्या नडेला का फैसला बहादुरी भरा था।", []string{"sam-altman>satya-nadella:s"}},
		{"", "मुकेश अंबानी ने जिम्मेदारी बखूबी निभाई और नरेंद्र मोदी कार्यक्रम में आए।", nil},
	}
	checkStanceCases(t, a, time.Time{}, cases)
}
