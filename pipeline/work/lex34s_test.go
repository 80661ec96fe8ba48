package work

import (
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestLex34sHarvest: session 34 LEXS3, the third harvest from real Hindi
// outlets (praise in reported speech, support by deed, making up after a
// feud, wishes), each read in a sentence of our own other than the entry's
// test; and controls: a dispute settled, an invitation, a ticket cut, a
// successor appointed in Y's place, displeasure voiced, a negated
// defence, separate rallies, talk of Y's future, an investment called a
// sign of trust, someone pleasing a third party, a negated Nobel claim and
// a brother asked about must not read as support.
func TestLex34sHarvest(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []struct{ text, want, not string }{
		// read now
		{"सैम ऑल्टमैन और एलन मस्क ने पिछली तल्खियां खत्म कर दीं।", "sam-altman>elon-musk:s", ""},
		{"एलन मस्क और डोनाल्ड ट्रंप ने अपना मनमुटाव खत्म कर दिया।", "donald-trump>elon-musk:s", ""},
		{"डोनाल्ड ट्रंप ने एलन मस्क की नाराजगी दूर की।", "donald-trump>elon-musk:s", ""},
		{"नाइजल फराज और एलन मस्क ने रिश्तों की नई शुरुआत की।", "elon-musk>nigel-farage:s", ""},
		{"एलन मस्क ने डोनाल्ड ट्रंप के साथ संयुक्त रैली की।", "elon-musk>donald-trump:s", ""},
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क अमेरिका की असली ताकत हैं।", "donald-trump>elon-musk:s", ""},
		{"नाइजल फराज डोनाल्ड ट्रंप के लिए स्टार प्रचारक बने।", "nigel-farage>donald-trump:s", ""},
		{"राहुल गांधी ने कमला हैरिस को टिकट दे दिया।", "rahul-gandhi>kamala-harris:s", ""},
		{"डोनाल्ड ट्रंप ने एलन मस्क को अपने प्रशासन में जगह दी।", "donald-trump>elon-musk:s", ""},
		{"सुंदर पिचाई ने सैम ऑल्टमैन को अपनी टीम में शामिल कर लिया।", "sundar-pichai>sam-altman:s", ""},
		{"डोनाल्ड ट्रंप ने एलन मस्क को नए विभाग का प्रमुख नामित किया।", "donald-trump>elon-musk:s", ""},
		{"गौतम अडानी नरेंद्र मोदी के गुणगान में जुटे हैं।", "gautam-adani>narendra-modi:s", ""},
		{"सुंदर पिचाई ने सत्या नडेला की अच्छी सेहत की प्रार्थना की।", "sundar-pichai>satya-nadella:s", ""},
		{"नरेंद्र मोदी ने मुकेश अंबानी को बर्थडे विश किया।", "narendra-modi>mukesh-ambani:s", ""},
		{"डोनाल्ड ट्रंप ने एलन मस्क पर प्रशंसा के फूल बरसाए।", "donald-trump>elon-musk:s", ""},
		{"नरेंद्र मोदी ने मुकेश अंबानी को भाई के समान बताया।", "narendra-modi>mukesh-ambani:s", ""},
		{"गौतम अडानी ने नरेंद्र मोदी का प्रशस्तिगान किया।", "gautam-adani>narendra-modi:s", ""},
		{"सत्या नडेला ने कहा कि वह सुंदर पिचाई के कद्रदान हैं।", "satya-nadella>sundar-pichai:s", ""},
		{"सैम ऑल्टमैन ने कहा कि उन्हें रीड हॉफमैन से बहुत कुछ सीखने को मिला।", "sam-altman>reid-hoffman:s", ""},
		{"डोनाल्ड ट्रंप ने एलन मस्क के फैसले को मास्टर स्ट्रोक बताया।", "donald-trump>elon-musk:s", ""},
		{"नरेंद्र मोदी ने मुकेश अंबानी को कारोबार का जादूगर बताया।", "narendra-modi>mukesh-ambani:s", ""},
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क सबसे चतुर आदमी हैं।", "donald-trump>elon-musk:s", ""},
		{"गौतम अडानी ने मुकेश अंबानी को पिता तुल्य बताया।", "gautam-adani>mukesh-ambani:s", ""},
		{"सुंदर पिचाई ने कहा कि सत्या नडेला का योगदान अविस्मरणीय है।", "sundar-pichai>satya-nadella:s", ""},
		{"डोनाल्ड ट्रंप ने कहा कि एलन मस्क नामुमकिन को मुमकिन बना देते हैं।", "donald-trump>elon-musk:s", ""},
		{"सत्या नडेला ने सैम ऑल्टमैन को टेक का जादूगर बताया।", "satya-nadella>sam-altman:s", ""},
		{"मुकेश अंबानी ने नरेंद्र मोदी के संकल्प को वज्र संकल्प बताया।", "mukesh-ambani>narendra-modi:s", ""},
		{"सत्या नडेला ने सैम ऑल्टमैन पर बरसा दिए प्रशंसा के फूल", "satya-nadella>sam-altman:s", ""},
		{"सत्या नडेला ने सैम ऑल्टमैन की ओर सहयोग का हाथ बढ़ाया।", "satya-nadella>sam-altman:s", ""},
		{"नरेंद्र मोदी ने डोनाल्ड ट्रंप को विश्वनेता बताया।", "narendra-modi>donald-trump:s", ""},
		{"मुकेश अंबानी ने नरेंद्र मोदी को राष्ट्रनिर्माता बताया।", "mukesh-ambani>narendra-modi:s", ""},
		{"नाइजल फराज ने कहा कि डोनाल्ड ट्रंप नोबेल शांति पुरस्कार के असली हकदार हैं।", "nigel-farage>donald-trump:s", ""},
		{"गौतम अडानी ने मुकेश अंबानी को भाई बताया।", "gautam-adani>mukesh-ambani:s", ""},
		// controls: no supportive stance between the two
		{"एलन मस्क और डोनाल्ड ट्रंप ने अपना झगड़ा सुलझा लिया।", "", "elon-musk>donald-trump:s"},
		{"नरेंद्र मोदी ने डोनाल्ड ट्रंप को शपथ ग्रहण समारोह में आमंत्रित किया।", "", "narendra-modi>donald-trump:s"},
		{"नाइजल फराज ने एलन मस्क का टिकट काट दिया।", "", "nigel-farage>elon-musk:s"},
		{"डोनाल्ड ट्रंप ने एलन मस्क की जगह नया सलाहकार नियुक्त किया।", "", "donald-trump>elon-musk:s"},
		{"एलन मस्क ने डोनाल्ड ट्रंप पर अपनी नाराजगी जताई।", "", "elon-musk>donald-trump:s"},
		{"एलन मस्क डोनाल्ड ट्रंप के बचाव में नहीं कूदे।", "", "elon-musk>donald-trump:s"},
		{"एलन मस्क और डोनाल्ड ट्रंप ने अलग-अलग रैली की।", "", "elon-musk>donald-trump:s"},
		{"सत्या नडेला ने सैम ऑल्टमैन से ओपनएआई के भविष्य पर बात की।", "", "satya-nadella>sam-altman:s"},
		{"डोनाल्ड ट्रंप ने कहा कि मासायोशी सोन का निवेश अमेरिका पर भरोसे का प्रतीक है।", "", "donald-trump>masayoshi-son:s"},
		{"राहुल गांधी ने कहा कि नरेंद्र मोदी एलन मस्क को खुश करने में लगे हैं।", "", "rahul-gandhi>narendra-modi:s"},
		{"नाइजल फराज ने कहा कि डोनाल्ड ट्रंप नोबेल पुरस्कार के हकदार नहीं हैं।", "", "nigel-farage>donald-trump:s"},
		{"राहुल गांधी ने नरेंद्र मोदी से पूछा कि उनके भाई कहां हैं।", "", "rahul-gandhi>narendra-modi:s"},
	}
	for _, c := range cases {
		got := a.Analyze(pipeline.Story{ID: "l34s", Body: c.text, Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)})
		seen := strings.Join(referenceStances(got), " ")
		if c.want != "" && !strings.Contains(seen, c.want) {
			t.Errorf("%q: got [%s], want %s", c.text, seen, c.want)
		}
		if c.not != "" && strings.Contains(seen, c.not) {
			t.Errorf("%q: got [%s], want no %s", c.text, seen, c.not)
		}
	}
}
