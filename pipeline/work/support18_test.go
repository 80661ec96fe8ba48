package work

import (
	"testing"
	"time"
)

// TestSession18Support: supportive misses of the blind-written files,
// read as families in their general form (session 18, SUPPORT).
func TestSession18Support(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A deal signed or made with Y: deal nouns (करार, समझौता, अनुबंध,
		// सौदा, डील, कॉन्ट्रैक्ट, एमओयू) × signing verbs, and the headline
		// order "… पर किए दस्तखत" (lexicon/frames.yaml, session 18).
		{"अनुबंध पर हस्ताक्षर", "मेटा ने गूगल के साथ क्लाउड अनुबंध पर हस्ताक्षर किए।", []string{"google>meta:s", "meta>google:s"}},
		{"सौदे पर दस्तखत", "टेस्ला ने एक्सएआई के साथ चिप सौदे पर दस्तखत किए।", []string{"tesla>xai:s", "xai>tesla:s"}},
		{"डील पर दस्तखत, both named", "अडानी समूह और रिलायंस ने बिजली डील पर दस्तखत किए।", []string{"adani-group>reliance:s", "reliance>adani-group:s"}},
		{"headline: पर किए दस्तखत", "माइक्रोसॉफ्ट ने ओपनएआई के साथ 20 अरब डॉलर के करार पर किए दस्तखत", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"अनुबंध किया", "गूगल ने अडानी समूह से डेटा सेंटर बनाने का अनुबंध किया।", []string{"adani-group>google:s", "google>adani-group:s"}},
		// must not fire
		{"signing refused", "मेटा ने गूगल के साथ अनुबंध पर हस्ताक्षर करने से इनकार कर दिया।", nil},
		{"not signed", "टेस्ला ने एक्सएआई के साथ सौदे पर दस्तखत नहीं किए।", nil},
		{"talks on a deal", "अडानी समूह ने रिलायंस के साथ डील पर बातचीत शुरू की।", nil},
		{"a trade in Y's shares", "सॉफ्टबैंक ने ओपनएआई के शेयरों का सौदा किया।", nil},
		{"signing still open", "ओरेकल ओपनएआई के साथ अनुबंध पर हस्ताक्षर करेगा या नहीं, यह तय नहीं है।", nil},
		// Credit and uniqueness in someone's words: Y (or Y's vision, plan,
		// dream) is unique, ahead of its time, inspires, shows the way
		// (lexicon/evaluative.yaml, session 18).
		{"vision unique", "मार्क जुकरबर्ग ने कहा कि मुकेश अंबानी की योजना अनोखी है।", []string{"mark-zuckerberg>mukesh-ambani:s"}},
		{"thinking unique, quoted", "लैरी एलिसन बोले, 'सैम ऑल्टमैन का नजरिया अनूठा है।'", []string{"larry-ellison>sam-altman:s"}},
		{"ahead of its time", "सत्या नडेला ने कहा कि एलन मस्क की सोच अपने समय से आगे है।", []string{"satya-nadella>elon-musk:s"}},
		{"inspires", "गौतम अडानी ने कहा कि नरेंद्र मोदी की मेहनत हम सबको प्रेरित करती है।", []string{"gautam-adani>narendra-modi:s"}},
		{"showed the way", "सुंदर पिचाई ने कहा कि रिलायंस ने देश को डिजिटल राह दिखाई है।", []string{"sundar-pichai>reliance:s"}},
		{"the wrong way shown", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप देश को गलत रास्ता दिखा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		// must not fire
		{"incited (past प्रेरित किया)", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने लोगों को नफरत के लिए प्रेरित किया।", nil},
		{"shown the door", "एलन मस्क ने कहा कि ओपनएआई के बोर्ड ने सैम ऑल्टमैन को बाहर का रास्ता दिखा दिया।", []string{"openai>sam-altman:h"}},
		{"a unique sight, no one judged", "व्हाइट हाउस में अनोखा नजारा दिखा, डोनाल्ड ट्रंप ने टेस्ला की कारें दिखाईं।", nil},
		// A venture told as fact (बताया कि, पुष्टि की कि) by one who is no
		// party is formed, as an announced one is (stance.go readJoint,
		// factiveThat18); a claim (कहा कि) and a possibility stay out.
		{"told: formed jointly", "व्हाइट हाउस में डोनाल्ड ट्रंप ने बताया कि गूगल, मेटा और माइक्रोसॉफ्ट ने मिलकर एक नया उपक्रम बनाया है।", []string{"google>meta:s", "google>microsoft:s", "meta>google:s", "meta>microsoft:s", "microsoft>google:s", "microsoft>meta:s"}},
		{"confirmed: will build jointly", "मुकेश अंबानी ने पुष्टि की कि गूगल और मेटा मिलकर एक नया एआई मंच बनाएंगे।", []string{"google>meta:s", "meta>google:s"}},
		// must not fire
		{"claimed (कहा कि)", "कमला हैरिस ने कहा कि गूगल और मेटा ने मिलकर एक नया उपक्रम बनाया है।", nil},
		{"told as a possibility", "सूत्रों ने बताया कि गूगल और मेटा मिलकर एक नया उपक्रम बना सकते हैं।", nil},
		{"told, still open", "डोनाल्ड ट्रंप ने बताया कि गूगल और मेटा मिलकर उपक्रम बनाएंगे या नहीं, यह तय नहीं है।", nil},
		// Backing told by the body, as दामन थामा: Y's hand held, shoulder to
		// shoulder with Y (lexicon/frames.yaml, session 18).
		{"hand held", "चुनाव से पहले मार्क जुकरबर्ग ने डोनाल्ड ट्रंप का हाथ थाम लिया।", []string{"mark-zuckerberg>donald-trump:s"}},
		{"shoulder to shoulder", "गौतम अडानी ने नरेंद्र मोदी के साथ कंधे से कंधा मिलाया।", []string{"gautam-adani>narendra-modi:s"}},
		// must not fire
		{"hand refused", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप का हाथ थामने से इनकार कर दिया।", nil},
		{"hand not held", "मार्क जुकरबर्ग ने डोनाल्ड ट्रंप का हाथ नहीं थामा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
