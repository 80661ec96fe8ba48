package work

import (
	"testing"
	"time"
)

// TestSession12Fresh2: constructions from the study of the hostile misses
// on the outlet-style dev files (round 2). Sentences are our own.
func TestSession12Fresh2(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// ruinPrediction12: a harm foretold with the completive दे in
		// someone's words is the speaker's charge now.
		{"कहा कि Y देश को बर्बाद कर देगा", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप देश को बर्बाद कर देंगे।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"कहा कि Y कंपनी को तबाह कर देगा", "सैम ऑल्टमैन ने कहा कि एलन मस्क ट्विटर को तबाह कर देंगे।",
			[]string{"sam-altman>elon-musk:h"}},
		{"a harm planned without the completive stays future", "राहुल गांधी ने कहा कि नरेंद्र मोदी कल किसानों पर आरोप लगाएंगे।", nil},
		{"the narrator's prediction is no one's charge", "डोनाल्ड ट्रंप देश को बर्बाद कर देंगे।", nil},
		// possessedDoer12: a harm whose subject is Y's bill or plan at
		// the head of someone's words credits Y.
		{"कहा कि Y का बिल देश को दिवालिया कर देगा", "एलन मस्क ने कहा कि डोनाल्ड ट्रंप का नया बिल अमेरिका को दिवालिया कर देगा।",
			[]string{"elon-musk>donald-trump:h"}},
		{"कहा कि Y की योजना … बर्बाद कर रही है", "राहुल गांधी ने कहा कि नरेंद्र मोदी की नोटबंदी योजना छोटे व्यापारियों को बर्बाद कर रही है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"कहा कि Y <noun> को <harm>: the name is the subject", "एलन मस्क ने लिखा कि सैम ऑल्टमैन इतिहास को तोड़-मरोड़कर पेश कर रहे हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a compound under an agent of its own is the object's owner", "राहुल गांधी ने कहा कि सरकार ने अडानी करार को तबाह कर दिया।", nil},
		{"an agent of its own keeps the harm", "कमला हैरिस ने कहा कि अदालत डोनाल्ड ट्रंप की नीति को रद्द कर देगी।", nil},
		// chargeComplement12: the कि-clause of Y's charge pointed
		// forward with उस/इस is Y's claim, not X's words. Session 27:
		// when the claim is only what X answers or is asked about, it is
		// not reported as being made, so it gives no one (the lead's
		// decision on the session-26 ruling; claimAnswered27).
		{"X ने Y के उस आरोप को खारिज किया कि P", "सत्या नडेला ने एलन मस्क के उस आरोप को खारिज किया कि ओपनएआई भ्रष्ट है।", nil},
		{"X से Y के उस दावे के बारे में पूछा गया कि P", "सुंदर पिचाई से डोनाल्ड ट्रंप के उस दावे के बारे में पूछा गया कि गूगल बेईमान है।", nil},
		{"… Y के उस दावे को … जिसमें कहा गया था कि P", "सत्या नडेला ने एलन मस्क के उस दावे को खारिज कर दिया जिसमें कहा गया था कि माइक्रोसॉफ्ट ने ओपनएआई पर कब्जा कर लिया है।", nil},
		{"X's own words after और कहा stay X's", "सत्या नडेला ने एलन मस्क के उस दावे को खारिज कर दिया और कहा कि ओपनएआई भ्रष्ट है।",
			[]string{"satya-nadella>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
