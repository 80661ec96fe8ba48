package work

import (
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestLex33s2Harvest: session 33 LEXS2, the second harvest from real Hindi
// outlets (support by deed, backing in business and politics, evaluatives
// said of a person in reported speech), each read in a sentence of our own
// other than the entry's test; and controls: land (जमीन से जुड़ा सौदा),
// a deal's negotiators, a rebuttal of Y's own charges, who stands behind a
// plot, and an infinitive (प्रेरणा लेने) must not read as support.
func TestLex33s2Harvest(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct{ text, want, not string }{
		// read now
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क जमीन से जुड़े इंसान हैं।", "donald-trump>elon-musk:s", ""},
		{"एलन मस्क ने कहा कि डोनाल्ड ट्रंप अमेरिका के लिए ईश्वर का दिया तोहफा हैं।", "elon-musk>donald-trump:s", ""},
		{"नरेंद्र मोदी ने मुकेश अंबानी को स्पष्ट विजन रखने वाला उद्योगपति बताया।", "narendra-modi>mukesh-ambani:s", ""},
		{"सत्या नडेला ने कहा कि सैम ऑल्टमैन बड़े सपने देखने वाले इंसान हैं।", "satya-nadella>sam-altman:s", ""},
		{"सुंदर पिचाई ने कहा कि सत्या नडेला भले आदमी हैं।", "sundar-pichai>satya-nadella:s", ""},
		{"डोनाल्ड ट्रंप ने नरेंद्र मोदी को सख्त वार्ताकार बताया।", "donald-trump>narendra-modi:s", ""},
		{"मुकेश अंबानी ने नरेंद्र मोदी को देश का भविष्य बताया।", "mukesh-ambani>narendra-modi:s", ""},
		{"डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी लोगों की नब्ज पकड़ते हैं।", "donald-trump>narendra-modi:s", ""},
		{"डोनाल्ड ट्रंप ने कहा कि कमला हैरिस बहुत कम बुद्धि वाली नेता हैं।", "donald-trump>kamala-harris:h", ""},
		{"एलन मस्क ने कहा कि डोनाल्ड ट्रंप अपना वादा भूल गए।", "elon-musk>donald-trump:h", ""},
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क अहसान भूल गए।", "donald-trump>elon-musk:h", ""},
		{"रीड हॉफमैन ने कमला हैरिस के समर्थन में अभियान चलाया।", "reid-hoffman>kamala-harris:s", ""},
		{"एलन मस्क ने डोनाल्ड ट्रंप को अपना प्लेटफॉर्म दिया।", "elon-musk>donald-trump:s", ""},
		{"सत्या नडेला ने सैम ऑल्टमैन को नौकरी की पेशकश की।", "satya-nadella>sam-altman:s", ""},
		{"नरेंद्र मोदी ने गौतम अडानी के नाम का प्रस्ताव रखा।", "narendra-modi>gautam-adani:s", ""},
		{"राहुल गांधी ने कहा कि वह कमला हैरिस को सम्मान की नजर से देखते हैं।", "rahul-gandhi>kamala-harris:s", ""},
		{"सैम ऑल्टमैन ने सत्या नडेला के पैर छुए।", "sam-altman>satya-nadella:s", ""},
		{"एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के पीछे पूरी ताकत से खड़े हैं।", "elon-musk>donald-trump:s", ""},
		// controls: no supportive stance between the two
		{"मुकेश अंबानी ने गौतम अडानी से जमीन से जुड़े सौदे पर बात की।", "", "mukesh-ambani>gautam-adani:s"},
		{"डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी के वार्ताकार जल्द वॉशिंगटन आएंगे।", "", "donald-trump>narendra-modi:s"},
		{"राहुल गांधी ने पूछा कि गौतम अडानी के पीछे कौन खड़ा है।", "", "rahul-gandhi>gautam-adani:s"},
	}
	for _, c := range cases {
		got := a.Analyze(pipeline.Story{ID: "l33s2", Body: c.text, Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)})
		seen := strings.Join(referenceStances(got), " ")
		if c.want != "" && !strings.Contains(seen, c.want) {
			t.Errorf("%q: got [%s], want %s", c.text, seen, c.want)
		}
		if c.not != "" && strings.Contains(seen, c.not) {
			t.Errorf("%q: got [%s], want no %s", c.text, seen, c.not)
		}
	}
}
