package work

import (
	"testing"
	"time"
)

// TestLex33H2 (session 33, LEXH2): the second hostile harvest (withdrawal,
// rupture, snubs, lawsuits, tech feuds, political retorts) read between two
// tracked names, and controls that must stay as they are (the same words
// about no one, or in another sense).
func TestLex33H2(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"funds refused", " || रीड हॉफमैन ने कमला हैरिस को फंड देने से इनकार कर दिया।", []string{"reid-hoffman>kamala-harris:h"}},
		{"left alone", " || नाइजल फराज ने एलन मस्क को अकेले छोड़ दिया।", []string{"nigel-farage>elon-musk:h"}},
		{"talks stopped", " || गूगल ने ओपनएआई से बातचीत बंद कर दी।", []string{"google>openai:h"}},
		{"eyes not met", " || कमला हैरिस ने डोनाल्ड ट्रंप से नजर तक नहीं मिलाई।", []string{"kamala-harris>donald-trump:h"}},
		{"no heed", " || कमला हैरिस ने डोनाल्ड ट्रंप को कोई तवज्जो नहीं दी।", []string{"kamala-harris>donald-trump:h"}},
		{"not let near", " || मार्क जुकरबर्ग ने एलन मस्क को मुंह नहीं लगाया।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"door shown", " || ओपनएआई ने सैम ऑल्टमैन को बाहर का दरवाजा दिखा दिया।", []string{"openai>sam-altman:h"}},
		{"countersuit", " || मेटा ने एलन मस्क पर काउंटरसूट किया।", []string{"meta>elon-musk:h"}},
		{"litigation", " || मुकेश अंबानी और गौतम अडानी के बीच मुकदमेबाजी शुरू हो गई।", []string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		{"hostile attitude", " || डोनाल्ड ट्रंप ने मेटा के साथ दुश्मनाना बर्ताव किया।", []string{"donald-trump>meta:h"}},
		{"place told", " || कमला हैरिस ने डोनाल्ड ट्रंप को उनकी औकात बता दी।", []string{"kamala-harris>donald-trump:h"}},
		{"place recalled", " || कमला हैरिस ने डोनाल्ड ट्रंप को उनकी औकात याद दिलाई।", []string{"kamala-harris>donald-trump:h"}},
		{"retaliation", " || मेटा ने गूगल के खिलाफ जवाबी कार्रवाई की।", []string{"meta>google:h"}},
		{"mentally bankrupt", " || कमला हैरिस ने डोनाल्ड ट्रंप को मानसिक रूप से दिवालिया कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"drunk on power", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ताकत के नशे में हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"handful of water", " || डोनाल्ड ट्रंप ने कहा कि कमला हैरिस को चुल्लू भर पानी में डूब जाना चाहिए।", []string{"donald-trump>kamala-harris:h"}},
		{"ousted from power", " || कमला हैरिस ने डोनाल्ड ट्रंप को सत्ता से बेदखल करने की अपील की।", []string{"kamala-harris>donald-trump:h"}},
		{"answer summoned", " || कमला हैरिस ने डोनाल्ड ट्रंप से जवाब तलब किया।", []string{"kamala-harris>donald-trump:h"}},
		{"no-confidence", " || राहुल गांधी ने नरेंद्र मोदी के खिलाफ अविश्वास प्रस्ताव पेश किया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"poster war", " || डोनाल्ड ट्रंप और कमला हैरिस के बीच पोस्टर वॉर शुरू हो गया।", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		// controls
		{"ctl way shown", " || नरेंद्र मोदी ने कहा कि योग ने दुनिया को रास्ता दिखाया है।", nil},
		{"ctl firm bankrupt", " || मुकेश अंबानी ने कहा कि एक पुरानी कंपनी दिवालिया हो गई।", nil},
		{"ctl market hostile", " || सत्या नडेला ने कहा कि बाजार का रुख शत्रुतापूर्ण है।", nil},
		{"ctl staff left alone", " || सैम ऑल्टमैन ने कहा कि कर्मचारियों को अकेला नहीं छोड़ा जाएगा।", nil},
		{"ctl talks in closed room", " || सत्या नडेला और सुंदर पिचाई की बातचीत बंद कमरे में हुई।", nil},
		{"ctl no heed to idea", " || मुकेश अंबानी ने कहा कि रिलायंस ने उस अफवाह को कोई तवज्जो नहीं दी।", nil},
	})
}
