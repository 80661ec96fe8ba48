package work

import (
	"testing"
	"time"
)

// TestSession20Prec: false pairs of the blind-written files, read as
// constructions (session 20, PREC helper). Each rule has rows where it
// must not fire and rows where the real stance still fires.
func TestSession20Prec(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "दोनों कंपनियां/कंपनियों" names two organisations: a pair of
		// people whose companies the story does not name is not it.
		{"दोनों कंपनियों के रिश्ते after a charge between two people", "सैम ऑल्टमैन ने सत्या नडेला पर वादे से मुकरने का आरोप लगाया। उन्होंने कहा कि दोनों कंपनियों के रिश्ते मजबूत हैं।", []string{"sam-altman>satya-nadella:h"}},
		{"दोनों कंपनियों ने गठजोड़ after two people quarrel", "एलन मस्क और सैम ऑल्टमैन के बीच तीखी बहस हुई। याचिका में आरोप है कि दोनों कंपनियों ने आपस में गठजोड़ कर बाजार को दबाया है।", []string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"दोनों कंपनियों with the people's companies named stays the companies", "ओपनएआई के सैम ऑल्टमैन और माइक्रोसॉफ्ट के सत्या नडेला ने बैठक की। दोनों कंपनियों ने नई साझेदारी का ऐलान किया।", []string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"bare दोनों stays the two people", "सैम ऑल्टमैन और सत्या नडेला ने बैठक की। दोनों ने नई साझेदारी का ऐलान किया।", []string{"sam-altman>satya-nadella:s", "satya-nadella>sam-altman:s"}},

		// Support done as an act (an infinitive subject) and judged a
		// mistake however long the predicate: regretted, hostile.
		{"Y पर भरोसा करना उनकी जिंदगी की सबसे बड़ी भूल थी", "बैठक के बाद एलन मस्क ने कहा कि सैम ऑल्टमैन पर भरोसा करना उनकी जिंदगी की सबसे बड़ी भूल थी।", []string{"elon-musk>sam-altman:h"}},
		{"Y का समर्थन करना … राजनीतिक जीवन की सबसे बड़ी गलती थी", "नाइजल फराज ने कहा कि एलन मस्क का समर्थन करना उनके राजनीतिक जीवन की सबसे बड़ी गलती थी।", []string{"nigel-farage>elon-musk:h"}},
		{"quote first: Y पर भरोसा करना मेरी ज़िंदगी की सबसे बड़ी भूल थी", "\"सैम ऑल्टमैन पर भरोसा करना मेरी ज़िंदगी की सबसे बड़ी भूल थी\" — एलन मस्क ने एक पॉडकास्ट में यह बात कही।", []string{"elon-musk>sam-altman:h"}},
		{"a mistake of another clause leaves the support", "नाइजल फराज ने कहा कि एलन मस्क का समर्थन करना उनके लिए गर्व की बात है और पुरानी गलती सुधारना जरूरी है।", []string{"nigel-farage>elon-musk:s"}},
		{"Y का समर्थन करना … गलती नहीं थी is no regret asserted", "नाइजल फराज ने कहा कि एलन मस्क का समर्थन करना उनके राजनीतिक जीवन की सबसे बड़ी गलती नहीं थी।", nil},

		// A name inside the act a charge tells ("Y पर [Z …]-ने का
		// आरोप") is part of the charge, not its target.
		{"Y पर Z की स्थापना के समय किए गए वादे तोड़ने का आरोप", "एलन मस्क ने सैम ऑल्टमैन पर ओपनएआई की स्थापना के समय किए गए वादे तोड़ने का आरोप लगाया।", []string{"elon-musk>sam-altman:h"}},
		{"Y और Z पर … का आरोप stays both", "राहुल गांधी ने नरेंद्र मोदी और गौतम अडानी पर देश को लूटने का आरोप लगाया।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"Z पर … का आरोप with no one else stays", "एलन मस्क ने ओपनएआई पर अपने संस्थापक वादे तोड़ने का आरोप लगाया।", []string{"elon-musk>openai:h"}},

		// Competition called good judges the rivalry, not the rival.
		{"Y से मुकाबला पूरे उद्योग के लिए अच्छा है", "सत्या नडेला ने कहा कि गूगल जैसी कंपनी से कड़ा मुकाबला पूरे उद्योग के लिए अच्छा है।", nil},
		{"Y को लेकर कहा- प्रतिस्पर्धा अच्छी है", "सुंदर पिचाई ने ओपनएआई को लेकर कहा- प्रतिस्पर्धा अच्छी है, हम अपने रास्ते पर हैं।", nil},
		{"मुकाबले के बावजूद Y की तारीफ stays praise", "सुंदर पिचाई ने मुकाबले के बावजूद ओपनएआई की तारीफ की।", []string{"sundar-pichai>openai:s"}},
		{"Y की तारीफ … और कहा कि मुकाबला अच्छा है keeps the praise", "सुंदर पिचाई ने ओपनएआई की तारीफ की और कहा कि मुकाबला अच्छा है।", []string{"sundar-pichai>openai:s"}},

		// A question answered was put to the one who answers: no
		// question raised about Y, no retort on Y.
		{"फिर Y पर सवाल का जवाब दिया", "सत्या नडेला ने पहले नतीजों की बात की, फिर ओपनएआई पर सवाल का जवाब दिया।", nil},
		{"Y पर सवालों के जवाब दिए", "सुंदर पिचाई ने एक सम्मेलन में ओपनएआई पर सवालों के जवाब दिए।", nil},
		{"Y पर सवाल उठाए stays", "सत्या नडेला ने ओपनएआई पर सवाल उठाए।", []string{"satya-nadella>openai:h"}},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"Y की धमकी पर X का जवाब is no retort", "डोनाल्ड ट्रंप की धमकी पर एलन मस्क का जवाब।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
