package work

import (
	"testing"
	"time"
)

// TestLex33H (session 33, LEXH): hostile wording harvested from real
// outlets, read between two tracked names, and controls that must stay
// as they are (the same words about no one, or in a neutral sense).
func TestLex33H(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"failings counted", " || कमला हैरिस ने डोनाल्ड ट्रंप प्रशासन की गलतियां गिनाईं।", []string{"kamala-harris>donald-trump:h"}},
		{"account demanded", " || कमला हैरिस ने डोनाल्ड ट्रंप से चार साल का हिसाब मांगा।", []string{"kamala-harris>donald-trump:h"}},
		{"scorned", " || नरेंद्र मोदी ने राहुल गांधी को धिक्कारा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"protest lodged", " || एलन मस्क ने ओपनएआई पर कड़ा विरोध जताया।", []string{"elon-musk>openai:h"}},
		{"a show", " || नरेंद्र मोदी ने कहा कि राहुल गांधी गरीबों का हितैषी होने का ढोंग कर रहे हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"shamed", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने सैनिकों को अपमानित किया।", []string{"kamala-harris>donald-trump:h"}},
		{"cover-up", " || राहुल गांधी ने कहा कि नरेंद्र मोदी सच्चाई पर पर्दा डाल रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"u-turn", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने टैरिफ पर यू-टर्न ले लिया।", []string{"kamala-harris>donald-trump:h"}},
		{"meme", " || डोनाल्ड ट्रंप ने कमला हैरिस पर मीम पोस्ट किया।", []string{"donald-trump>kamala-harris:h"}},
		{"swords drawn", " || मुकेश अंबानी और गौतम अडानी के बीच तलवारें खिंच गईं।", []string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		{"tone sterner", " || डोनाल्ड ट्रंप ने मेटा के खिलाफ तेवर सख्त किए।", []string{"donald-trump>meta:h"}},
		{"glared", " || नरेंद्र मोदी ने राहुल गांधी को आंख तरेरी।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"wild statements", " || नरेंद्र मोदी ने कहा कि राहुल गांधी अनाप-शनाप बयान दे रहे हैं।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"after Y", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप मीडिया के पीछे पड़े हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"consequences", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप को इसके नतीजे भुगतने होंगे।", []string{"kamala-harris>donald-trump:h"}},
		{"stern reaction", " || एलन मस्क ने ओपनएआई के बयान पर सख्त प्रतिक्रिया दी।", []string{"elon-musk>openai:h"}},
		{"card cut", " || ओपनएआई ने एलन मस्क का पत्ता काट दिया।", []string{"openai>elon-musk:h"}},
		{"camp left", " || नाइजल फराज ने एलन मस्क का पाला छोड़ दिया।", []string{"nigel-farage>elon-musk:h"}},
		{"row of words", " || मुकेश अंबानी और गौतम अडानी के बीच कहासुनी हुई।", []string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		{"ctl limits crossed by prices", " || गौतम अडानी ने कहा कि महंगाई ने सारी हदें पार कर दीं।", nil},
		{"ctl doors open", " || सत्या नडेला ने कहा कि माइक्रोसॉफ्ट के दरवाजे सबके लिए खुले हैं।", nil},
		{"ctl row among staff", " || सत्या नडेला ने बताया कि दो कर्मचारियों के बीच कहासुनी हुई थी।", nil},
		// controls
		{"ctl staged act", " || राहुल गांधी ने नरेंद्र मोदी और गौतम अडानी के मुखौटे पहने साथियों का इंटरव्यू लेने का नाटक किया।", nil},
		{"ctl account read", " || मुकेश अंबानी ने कहा कि रिलायंस का हिसाब साफ है।", nil},
		{"ctl protest about no one", " || राहुल गांधी ने संसद के बाहर विरोध प्रदर्शन किया।", nil},
		{"ctl meme viral", " || एलन मस्क का एक पुराना मीम फिर वायरल हुआ।", nil},
		{"ctl show at fair", " || मुकेश अंबानी ने मेले में एक नाटक देखा।", nil},
		{"ctl account with partner", " || सत्या नडेला और सैम ऑल्टमैन ने साझेदारी का हिसाब किताब तय किया।", nil},
	})
}
