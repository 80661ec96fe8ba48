package work

import (
	"testing"
	"time"
)

// TestSession36DeedJudged: the answer that judges the attacker's deed
// (deedJudged36, mutual36.go). The engine reads Y → X; X's answer calls
// a deed named with no owner (a statement, a claim, a record, a demand)
// a hostile word with a calling verb: the deed is the attack just told,
// X → Y hostile. The rows give only Y → X without the rule. Controls,
// unchanged: a denial word only, a hostile word negated, a thing that is
// no deed, a third party named, someone else acting in between.
func TestSession36DeedJudged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"complaint called a ploy", "वॉशिंगटन। सर्च कंपनी गूगल ने पिछले महीने अमेरिकी नियामकों के पास अर्जी देकर दावा किया था कि माइक्रोसॉफ्ट अपने ऑफिस सॉफ्टवेयर के दम पर ग्राहकों को बांधकर रखती है। माइक्रोसॉफ्ट ने गुरुवार को जारी बयान में इस शिकायत को गूगल की ओर से अपनी गड़बड़ियों पर पर्दा डालने की कोशिश बताया।",
			[]string{"google>microsoft:h", "microsoft>google:h"}},
		{"a record called lies", "टेस्ला के सीईओ एलन मस्क पर ओपनएआई ने मंगलवार देर रात एक लंबे ब्लॉग में पुराने संदेश छापकर दोहरे मापदंड अपनाने का आरोप लगाया। अगले दिन सैन फ्रांसिस्को में पत्रकारों से बात करते हुए मस्क ने इस ब्लॉग को 'झूठ का पुलिंदा' बताया।",
			[]string{"openai>elon-musk:h", "elon-musk>openai:h"}},
		// Controls.
		{"a denial word only", "एलन मस्क ने पिछले हफ्ते एक पॉडकास्ट में ओपनएआई पर दानदाताओं को धोखा देने का आरोप लगाया। ओपनएआई ने शुक्रवार को इन आरोपों को पूरी तरह बेबुनियाद बताया।",
			[]string{"elon-musk>openai:h"}},
		{"no deed", "एलन मस्क ने पिछले हफ्ते एक पॉडकास्ट में ओपनएआई पर दानदाताओं को धोखा देने का आरोप लगाया। ओपनएआई ने शुक्रवार को मौजूदा बाजार को निवेशकों के लिए खतरनाक बताया।",
			[]string{"elon-musk>openai:h"}},
		{"a third party's deed", "एलन मस्क ने पिछले हफ्ते एक पॉडकास्ट में ओपनएआई पर दानदाताओं को धोखा देने का आरोप लगाया। ओपनएआई ने शुक्रवार को सुंदर पिचाई के बयान को झूठ का पुलिंदा बताया।",
			[]string{"elon-musk>openai:h", "openai>sundar-pichai:h"}},
		{"someone else in between", "डोनाल्ड ट्रंप ने रैली में कमला हैरिस पर सीमा खुली छोड़ने का आरोप लगाया। एरिजोना के अटॉर्नी जनरल ने भी मंगलवार को इसी मुद्दे पर अदालत में याचिका दायर की। हैरिस ने मंगलवार शाम बयान को शर्मनाक बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession36ProxyAgent: who answers for X (proxyAgent36, agentIn25).
// X's lawyer with his own untracked name, or the lawyer "on X's side",
// answers for X as "X के वकील ने" does. The rows give only Y → X without
// the reading. Controls, unchanged: a former spokesperson, a board
// member who speaks for himself, a conditional after a headline's
// counter-suit (titleAnswered25 takes no such words as the act).
func TestSession36ProxyAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"lawyer named", "ओपनएआई ने शुक्रवार को अपनी वेबसाइट पर कुछ पुराने संदेश जारी कर एलन मस्क पर दोहरा रवैया अपनाने का आरोप लगाया। मस्क के वकील मार्क टोबेरॉफ ने ब्लॉग को झूठ का पुलिंदा बताया।",
			[]string{"openai>elon-musk:h", "elon-musk>openai:h"}},
		{"spokesperson named", "डोनाल्ड ट्रंप ने शनिवार को पेंसिल्वेनिया की रैली में कमला हैरिस को 'कट्टर वामपंथी' कहा। हैरिस के प्रवक्ता माइकल टायलर ने रविवार सुबह जवाब दिया कि यह वही पुरानी घटिया और विभाजनकारी राजनीति है।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		// Controls.
		{"a former spokesperson", "ओपनएआई ने शुक्रवार को अपनी वेबसाइट पर कुछ पुराने संदेश जारी कर एलन मस्क पर दोहरा रवैया अपनाने का आरोप लगाया। मस्क के पूर्व प्रवक्ता जेम्स ने ब्लॉग को झूठ का पुलिंदा बताया।",
			[]string{"openai>elon-musk:h"}},
		{"a conditional after a counter-suit", "ओपनएआई का मस्क पर जवाबी मुकदमा || सैन फ्रांसिस्को। ओपनएआई ने अदालत से एलन मस्क को कंपनी के खिलाफ गैरकानूनी कार्रवाई से रोकने की मांग की है। मस्क के वकील मार्क टोबेरॉफ ने कहा कि अगर ओपनएआई का बोर्ड पेशकश पर गंभीरता से सोचता, तो ऐसी नौबत नहीं आती।",
			[]string{"openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession36DamnedHead: a damning word before a praising head
// (damnedHead36, readStances). "एक ईर्ष्यालु पूर्व साझेदार" runs Y down;
// without the reading the head साझेदार gave praise. Controls,
// unchanged: praise with a praising word before the head, a damning word
// far from the head, a head with no damning word.
func TestSession36DamnedHead(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"jealous former partner", "ओकलैंड की अदालत में बुधवार को जिरह के दौरान ओपनएआई के वकील ने कहा कि एलन मस्क एक ईर्ष्यालु पूर्व साझेदार हैं, जो कंपनी की कामयाबी से परेशान हैं।",
			[]string{"openai>elon-musk:h"}},
		{"treacherous partner", "मुंबई में शेयरधारकों की बैठक के बाद मुकेश अंबानी ने कहा कि गूगल एक धोखेबाज साझेदार साबित हुआ है।",
			[]string{"mukesh-ambani>google:h"}},
		// Controls.
		{"praise before the head", "मुंबई में शेयरधारकों की बैठक के बाद मुकेश अंबानी ने कहा कि गूगल एक भरोसेमंद साझेदार है।",
			[]string{"mukesh-ambani>google:s"}},
		{"head alone", "मुंबई में शेयरधारकों की बैठक के बाद मुकेश अंबानी ने गूगल को रिलायंस का साझेदार बताया।",
			[]string{"mukesh-ambani>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
