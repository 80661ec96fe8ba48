package work

import (
	"testing"
	"time"
)

// TestSession24EvasionCharge: the evasion charge in someone's words
// ("Y चर्चा से भाग रहे हैं", "Y सवालों से डरते हैं", "Y एक भी सवाल का जवाब
// नहीं दे रहे") and the free hand given to wrongdoers ("Y … को खुली छूट
// दे रहे हैं") attack Y (frames.yaml, WFIX). The unanswered question
// needs its emphasis (Emphatic, emphasisBefore24): narration's plain
// "X ने इस सवाल का जवाब नहीं दिया कि क्या …" is no charge. Rows written
// for this session; none is a dev wording.
func TestSession24EvasionCharge(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"runs from the debate in the house", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप सदन में खुली चर्चा से भाग रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"afraid of questions, quoted", "राहुल गांधी ने रैली में कहा, 'नरेंद्र मोदी संसद में विपक्ष के सवालों से डरते हैं।'", []string{"rahul-gandhi>narendra-modi:h"}},
		{"afraid of one question", "एलन मस्क ने लिखा कि सैम ऑल्टमैन इस एक सवाल से डरते हैं।", []string{"elon-musk>sam-altman:h"}},
		{"not a single question answered", "नाइजल फराज ने कहा कि कमला हैरिस ने बहस में एक भी सवाल का जवाब नहीं दिया।", []string{"nigel-farage>kamala-harris:h"}},
		{"free hand to wrongdoers", "नाइजल फराज ने कहा कि एलन मस्क अपने मंच पर नफरत फैलाने वालों को खुली छूट दे रहे हैं।", []string{"nigel-farage>elon-musk:h"}},
		{"free hand, pronoun by gender", "डोनाल्ड ट्रंप ने एक रैली की, जबकि कमला हैरिस ने मिशिगन में मतदाताओं से बात की।\nवह बोलीं कि मार्क जुकरबर्ग विदेशी दखल देने वालों को खुली छूट देते हैं।", []string{"kamala-harris>mark-zuckerberg:h"}},
		{"no question at all answered", "सत्या नडेला के बयान के बाद सुंदर पिचाई ने कहा कि माइक्रोसॉफ्ट किसी सवाल का जवाब नहीं दे रही।", []string{"sundar-pichai>microsoft:h"}},
		// Must not fire.
		{"reporter's question unanswered", "मुकेश अंबानी ने इस सवाल का जवाब नहीं दिया कि क्या गूगल रिलायंस में और पैसा लगाएगा।", nil},
		{"free hand given, told by the narrator", "डोनाल्ड ट्रंप ने एलन मस्क को सरकारी खर्च घटाने की खुली छूट दी।", nil},
		{"a question answered", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने आज एक सवाल का जवाब दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession24ThanksToACrowd: thanks with no tracked one thanked answers
// the story's last supporter of the thanker (supporter: "X ने Y का साथ
// दिया। Y ने शुक्रिया अदा किया"), but not when the thanks name a crowd by
// a plain noun ("समर्थकों का", "मतदाताओं को", "सबका"): thankedCrowd24.
// Rows written for this session; none is a dev wording.
func TestSession24ThanksToACrowd(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"supporters thanked", "नाइजल फराज ने चुनाव में एलन मस्क का समर्थन किया। मस्क ने रैली के बाद अपने समर्थकों का शुक्रिया अदा किया।", []string{"nigel-farage>elon-musk:s"}},
		{"voters thanked", "एलन मस्क ने डोनाल्ड ट्रंप के समर्थन का ऐलान किया। जीत के बाद ट्रंप ने पेंसिल्वेनिया के मतदाताओं को धन्यवाद दिया।", []string{"elon-musk>donald-trump:s"}},
		{"everyone thanked", "रीड हॉफमैन ने कमला हैरिस के अभियान को चंदा दिया। हैरिस ने मंच से सबका आभार जताया।", []string{"reid-hoffman>kamala-harris:s"}},
		// Control: thanks with no one thanked still answer the supporter.
		{"bare thanks answer the supporter", "नाइजल फराज ने चुनाव में एलन मस्क का समर्थन किया। मस्क ने अगले दिन शुक्रिया अदा किया।", []string{"nigel-farage>elon-musk:s", "elon-musk>nigel-farage:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession24DatelineBetweenQuoteAndTag: a quote-first lede whose tag
// ("X ने … यह बात कही") follows the dateline ("“…” शहर, 4 मार्च। X ने …
// यह बात कही"): the dateline sentence is passed over (datelineSentence24
// in attribution), so the quote is X's. Rows written for this session;
// none is a dev wording. A tag that names no tracked speaker still gives
// nobody's words.
func TestSession24DatelineBetweenQuoteAndTag(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quote paragraph, dateline, tag", "“सैम ऑल्टमैन पर भरोसा करना मेरी सबसे बड़ी भूल थी।”\nसैन फ्रांसिस्को, 4 मार्च। एलन मस्क ने मंगलवार को एक पॉडकास्ट में यह बात कही।", []string{"elon-musk>sam-altman:h"}},
		{"dateline with an agency", "“गौतम अडानी देश के संसाधन लूट रहे हैं।”\nनई दिल्ली, 9 जुलाई (एजेंसी)। राहुल गांधी ने संसद के बाहर पत्रकारों से यह बात कही।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"same paragraph", "\"सत्या नडेला एक दूरदर्शी नेता हैं।\" रेडमंड, 12 मई। सैम ऑल्टमैन ने एक सम्मेलन में यह बात कही।", []string{"sam-altman>satya-nadella:s"}},
		// Must not fire: the tag names an untracked speaker.
		{"untracked speaker", "“सैम ऑल्टमैन पर भरोसा करना सबसे बड़ी भूल थी।”\nसैन फ्रांसिस्को, 4 मार्च। एक पूर्व कर्मचारी ने मंगलवार को एक पॉडकास्ट में यह बात कही।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession24ChargeInALetter: "X ने Y को चिट्ठी भेजकर आरोप लगाया कि
// उसने …" — the content's subject pronoun is the one the letter went to
// (letterAddressee24). Rows written for this session; none is a dev
// wording. A named subject in the content is charged as before, and a
// letter with no charge is nothing.
func TestSession24ChargeInALetter(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"letter sent, it", "ओपनएआई ने एक्सएआई को चिट्ठी भेजकर आरोप लगाया कि उसने कंपनी के शोध की नकल की।", []string{"openai>xai:h"}},
		{"letter written, he", "मार्क जुकरबर्ग ने एलन मस्क को पत्र लिखकर आरोप लगाया कि वह मंच पर झूठ फैलाने वालों को बढ़ावा दे रहे हैं।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"email, they", "गूगल ने माइक्रोसॉफ्ट को ईमेल भेज कर आरोप लगाया कि उन्होंने करार की शर्तें तोड़ीं।", []string{"google>microsoft:h"}},
		// Stay as they were.
		{"named subject in the content", "एलन मस्क ने मेटा को चिट्ठी भेजकर आरोप लगाया कि ओपनएआई ने नियम तोड़े।", []string{"elon-musk>openai:h"}},
		{"letter with no charge", "सुंदर पिचाई ने सत्या नडेला को पत्र लिखकर कहा कि वह अगले महीने भारत जाएंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
