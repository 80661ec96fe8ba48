package work

import (
	"testing"
	"time"
)

// TestSession9StructureC: the third structure pass of session 9. Each
// rule has positive rows and rows it must leave alone. "head || body"
// splits a headline from its body.
func TestSession9StructureC(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A genitive speech tag before the words: "X का सवाल: '…'".
		{"X का सवाल: '…?'", "हैरिस का सवाल: 'ट्रंप झूठ क्यों बोलते हैं?' || ", []string{"kamala-harris>donald-trump:h"}},
		{"X की चेतावनी- …", "राहुल की चेतावनी- मोदी देश को गुमराह कर रहे हैं || ", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X का नरम रुख: '…'", "अंबानी का नरम रुख: 'मोदी दूरदर्शी नेता हैं' || ", []string{"mukesh-ambani>narendra-modi:s"}},
		{"X का दो टूक जवाब: '…'", "फराज का दो टूक जवाब: 'हैरिस एक कमजोर उम्मीदवार हैं' || ", []string{"nigel-farage>kamala-harris:h"}},
		{"a tag noun not before the words says nothing", "हैरिस के सवाल पर ट्रंप चुप रहे || ", nil},
		// Quote first, the genitive tag after it.
		{"'…': X का दो टूक जवाब", "'ट्रंप सबसे बड़े झूठे हैं': हैरिस का दो टूक जवाब || ", []string{"kamala-harris>donald-trump:h"}},
		{"'…': X का भरोसा", "'ऑल्टमैन शानदार लीडर हैं': नडेला का भरोसा || ", []string{"satya-nadella>sam-altman:s"}},
		{"'…': X की तीखी प्रतिक्रिया", "'मोदी ने देश को धोखा दिया': राहुल गांधी की तीखी प्रतिक्रिया || ", []string{"rahul-gandhi>narendra-modi:h"}},
		{"'…': a tag with a verb of its own is not a tag", "'ऑल्टमैन शानदार लीडर हैं': नडेला का भरोसा टूटा || ", nil},
		// A condition with no अगर: "… लगाया तो … होगा".
		{"headline: … लगाया तो … के साथ खड़ी होगी Z", "ट्रंप बोले- यूरोप ने जुर्माना लगाया तो गूगल के साथ खड़ी होगी सरकार || ", nil},
		{"body: Y जीतीं तो X … आलोचक होंगे", "हैरिस जीतीं तो मस्क उनके सबसे बड़े आलोचक होंगे।", nil},
		{"body: कि … हुआ तो … साझेदार होगा", "अंबानी ने कहा कि करार हुआ तो गूगल उनका सबसे भरोसेमंद साझेदार होगा।", nil},
		{"body: without the condition it is asserted", "अंबानी ने कहा कि गूगल उनका सबसे भरोसेमंद साझेदार होगा।", []string{"mukesh-ambani>google:s"}},
		{"तो with a past after it is no condition", "हैरिस हारीं तो मस्क ने उनका मजाक उड़ाया।", []string{"elon-musk>kamala-harris:h"}},
		{"तो after a name (as for) is no condition", "हैरिस ने कहा कि ट्रंप तो झूठे हैं।", []string{"kamala-harris>donald-trump:h"}},
		// A quote right after a calling verb with its को object is the
		// label, even with a speech tag after it.
		{"X ने Y को बताया \"…\", कहा- …", "राहुल ने मोदी को बताया \"देश का सबसे बड़ा झूठा\", कहा- जनता सब देख रही है || ", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने Y को बताया '…', बोलीं- …", "हैरिस ने ट्रंप को बताया 'लोकतंत्र के लिए खतरा', बोलीं- चुनाव में जवाब मिलेगा || ", []string{"kamala-harris>donald-trump:h"}},
		{"a quote after बताया with no को object stays words", "मस्क ने बताया \"हम ओपनएआई से बेहतर हैं\", कहा- जल्द लॉन्च || ", nil},
		// A long quote inside the sentence that a copula or a calling
		// verb closes is a label, not words of their own.
		{"कि Y \"…\" हैं (long label)", "मस्क ने कहा कि हैरिस \"इस दौर की सबसे कमजोर और सबसे नाकाम उम्मीदवारों में से एक\" हैं।", []string{"elon-musk>kamala-harris:h"}},
		{"Y को \"…\" बताया (long label)", "ट्रंप ने अंबानी को \"भारत के सबसे बेहतरीन और दूरदर्शी कारोबारियों में से एक\" बताया।", []string{"donald-trump>mukesh-ambani:s"}},
		{"a quote with a verb of its own stays words", "मस्क ने कहा, \"ओपनएआई ने अपने मूल उद्देश्य के साथ धोखा किया है\" और चले गए।", []string{"elon-musk>openai:h"}},
		// Praise in someone's words with a later future verb of another
		// subject: a prediction credited to Y now, not a plan.
		{"कहा कि Y के नेतृत्व में भारत … दिखाएगा", "पिचाई ने कहा कि मोदी के नेतृत्व में भारत जल्द ही पूरी दुनिया को नई दिशा दिखाएगा।", []string{"sundar-pichai>narendra-modi:s"}},
		{"कहा कि Y के नेतृत्व में अमेरिका … बनेगा", "सन ने कहा कि ट्रंप के नेतृत्व में अमेरिका एआई की दौड़ में सबसे आगे निकलेगा।", []string{"masayoshi-son>donald-trump:s"}},
		{"a plan to praise stays a plan", "नडेला ने कहा कि वह अगले हफ्ते मोदी की तारीफ करेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
