package work

import (
	"testing"
	"time"
)

// TestSession17Precision: stances the engine asserted on the blind dev
// files that the gold and SCHEMA do not have (session 17, PRECISION
// helper). Each rule has rows where it fires and rows where it must not.
func TestSession17Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// An attack on Y (Y को निशाना बनाना, Y पर हमले, Y की आलोचना करना,
		// Y के खिलाफ प्रदर्शन) condemned in someone's words, with no doer
		// named, is the speaker's defence of Y (SCHEMA: defending is
		// supportive), not an attack on Y.
		{"X ने कहा कि Y की आलोचना करना गलत है", "नाइजल फराज ने कहा कि एलन मस्क की आलोचना करना बिल्कुल गलत है।", []string{"nigel-farage>elon-musk:s"}},
		{"X ने कहा कि Y को निशाना बनाना शर्मनाक है", "सत्या नडेला ने कहा कि सैम ऑल्टमैन को इस तरह निशाना बनाना शर्मनाक है।", []string{"satya-nadella>sam-altman:s"}},
		{"X: Y महान हैं और उनकी कंपनी के खिलाफ हो रहे प्रदर्शन गलत हैं", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क मेहनती इंसान हैं और उनकी कंपनी के खिलाफ हो रहे प्रदर्शन गलत हैं।", []string{"donald-trump>elon-musk:s"}},
		{"X: Y …हैं और उन्हें निशाना बनाकर Z पर हमले करना शर्मनाक है", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क ईमानदार आदमी हैं और उन्हें निशाना बनाकर उनकी कंपनी पर हमले करना शर्मनाक है।", []string{"donald-trump>elon-musk:s"}},
		// Must not fire: Y is the doer (a genitive का on the verbal
		// noun, a ने, a bare subject), or nothing is condemned.
		{"X ने कहा कि Y का देश को बांटना शर्मनाक है stays hostile", "राहुल गांधी ने कहा कि नरेंद्र मोदी का देश को बांटना शर्मनाक है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने कहा कि Y का Z पर हमले करना शर्मनाक है: no defence of Z", "सैम ऑल्टमैन ने कहा कि एलन मस्क का ओपनएआई पर हमले करना शर्मनाक है।", []string{"sam-altman>elon-musk:h"}},
		// (Session 27, SCHEMA ruling rule 2: a denial; claims27.go.)
		{"X ने कहा कि Y गलत हैं is a denial", "रीड हॉफमैन ने कहा कि डोनाल्ड ट्रंप पूरी तरह गलत हैं।", nil},

		// "X या Y से": a या shares its postposition between both names
		// as और does; X is no bare subject of the act.
		{"X ने कहा कि उन्हें Y या Z से मिलने में कोई दिलचस्पी नहीं", "राहुल गांधी ने कहा कि उन्हें गौतम अडानी या मुकेश अंबानी से मिलने में कोई दिलचस्पी नहीं है।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>mukesh-ambani:h"}},
		{"X बोले- Y या Z से मिलने में मेरी दिलचस्पी नहीं", "राहुल गांधी ने कहा- अंबानी या अडानी से मिलने में मेरी कोई दिलचस्पी नहीं", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>mukesh-ambani:h"}},
		// "Y या Z का नाम लिए बिना": two candidates, neither singled out.
		{"X ने Y या Z का नाम लिए बिना कहा कि कुछ कंपनियां …", "सुंदर पिचाई ने माइक्रोसॉफ्ट या ओपनएआई का नाम लिए बिना कहा कि कुछ कंपनियां बस दूसरों के मॉडल किराए पर लेती हैं।", nil},
		{"X ने Y का नाम लिए बिना कहा कि कुछ कंपनियां … stays", "सुंदर पिचाई ने ओपनएआई का नाम लिए बिना कहा कि कुछ कंपनियां बस दूसरों के मॉडल किराए पर लेती हैं।", []string{"sundar-pichai>openai:h"}},

		// A quoted name or epithet under a postposition takes it: "X का
		// 'Y' पर वार" is X's attack on Y, as "X का Y पर वार" is.
		{"X का ‘epithet’ पर वार: … || body names Y", "मोदी का ‘कांग्रेस के शहजादे’ पर वार: अमेठी से भागकर रायबरेली पहुंचे || प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी पर तंज कसा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"X का Y पर वार (unquoted) stays", "मोदी का राहुल गांधी पर वार: अमेठी से भागकर रायबरेली पहुंचे || ", []string{"narendra-modi>rahul-gandhi:h"}},

		// A dispute that is the topic of a discussion (SCHEMA: discussing
		// a dispute is a neutral act) is no rivalry.
		{"दोनों नेताओं ने A, B विवाद और C पर चर्चा की", "नरेंद्र मोदी और डोनाल्ड ट्रंप ने फोन पर बात की। दोनों नेताओं ने व्यापार समझौते, दोनों देशों के बीच चल रहे शुल्क विवाद और ऊर्जा सहयोग पर चर्चा की।", nil},
		{"दोनों ने A, B विवाद और C को लेकर बातचीत की", "सत्या नडेला और सुंदर पिचाई ने मुलाकात की। दोनों ने निजता नियमों, कंपनियों के बीच पेटेंट विवाद और एआई सुरक्षा को लेकर बातचीत की।", nil},
		// विवाद never gives a stance, even with a verb (SCHEMA's
		// session-26 ruling, rule 7; session 27).
		{"दोनों के बीच … को लेकर विवाद गहरा गया", "नरेंद्र मोदी और डोनाल्ड ट्रंप ने फोन पर बात की। दोनों नेताओं के बीच व्यापार समझौते और शुल्क को लेकर विवाद गहरा गया।", nil},

		// Help told inside a charge is part of the charge (as a friend
		// word is, tieInCharge16): no support anyone asserts.
		{"X ने आरोप लगाया कि Y … और Z इसमें उनकी मदद कर रहा है", "राहुल गांधी ने आरोप लगाया कि नरेंद्र मोदी झूठ के सहारे सत्ता में हैं और चुनाव आयोग इसमें उनकी मदद कर रहा है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X का आरोप है कि Y भटक गई और Z ने इसमें उसकी मदद की", "एलन मस्क का आरोप है कि ओपनएआई अपने मकसद से भटक गई और माइक्रोसॉफ्ट ने इसमें उसकी मदद की।", []string{"elon-musk>microsoft:h", "elon-musk>openai:h"}},
		{"X ने कहा कि Z ने मुश्किल वक्त में Y की मदद की stays", "सैम ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट ने मुश्किल वक्त में ओपनएआई की मदद की।", []string{"microsoft>openai:s"}},

		// A headline label "निशाने पर X:" names X as the one under fire,
		// not the speaker of what follows the colon.
		{"निशाने पर X: Y ने जांच की मांग की", "चुनाव के महीनों बाद भी निशाने पर हैरिस: ट्रंप ने जांच की मांग की || ", nil},
		{"Y के निशाने पर X: '…' stays Y's", "एक्सियोस इंटरव्यू में ट्रंप के निशाने पर हैरिस: 'बहस में वह पूरी तरह बेनकाब हुईं' || ", []string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
