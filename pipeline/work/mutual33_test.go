package work

import (
	"testing"
	"time"
)

// TestSession33SuitMotive: the sued answers a suit by its motive
// (suitMotives33, mutual33.go). The engine reads the suit, Y → X; X's
// words give the suit a motive (harassment, jealousy, a ploy to
// distract) and name no one else: X → Y hostile (SCHEMA, "Reply" rule
// 1(a)). The first rows give only Y → X without the rule. Controls,
// unchanged: the plaintiff's owner named in the answer (dev gold gives
// the motive to him, not to the company), a plain denial, a motive
// negated, a clarification with no suit noun, someone else's view of
// the suit.
func TestSession33SuitMotive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"suit called a ploy", "डोनाल्ड ट्रंप ने मेटा पर मुकदमा किया। मेटा ने मुकदमे को असली मुद्दों से ध्यान भटकाने की कोशिश बताया।",
			[]string{"donald-trump>meta:h", "meta>donald-trump:h"}},
		{"lawyers, jealousy", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया है। ओपनएआई के वकीलों ने अदालत में कहा कि यह पूरा मामला एक ईर्ष्यालु पूर्व साझेदार का है।",
			[]string{"elon-musk>openai:h", "openai>elon-musk:h"}},
		{"headline", "एक्सएआई ने गूगल पर ठोका मुकदमा, गूगल बोली- उत्पीड़न की नई मुहिम",
			[]string{"google>xai:h", "xai>google:h"}},
		// Controls.
		{"owner named", "एक्सएआई ने ओपनएआई के खिलाफ व्यापार रहस्य चुराने का मुकदमा दायर किया। ओपनएआई के एक प्रवक्ता ने कहा कि यह मुकदमा एलन मस्क की उत्पीड़न मुहिम की ताजा कड़ी है।",
			[]string{"openai>elon-musk:h", "xai>openai:h"}},
		{"plain denial", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई के प्रवक्ता ने कहा कि मुकदमा बेबुनियाद है और कंपनी अदालत में जवाब देगी।",
			[]string{"xai>openai:h"}},
		{"motive negated", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने कहा कि वह इस मुकदमे को किसी की साजिश नहीं मानती।",
			[]string{"xai>openai:h"}},
		{"clarification, no suit noun", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने सफाई दी कि उसके दफ्तर में किसी कर्मचारी का उत्पीड़न नहीं हुआ।",
			[]string{"xai>openai:h"}},
		{"someone else's view", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। कानून के जानकारों ने कहा कि यह मुकदमा उत्पीड़न जैसा दिखता है।",
			[]string{"xai>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession33ReplyOpener: a sentence opening with "इस पर" answers the
// attack before it, as a reply word would (replyOpener33, read by
// retorts26): "इस पर X ने कहा कि Y …" is X → Y hostile. The first rows
// give only Y → X without the rule. Controls, unchanged: an answer that
// names no Y, a clarification about a third party, "इस पर" after no
// attack.
func TestSession33ReplyOpener(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a retort", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। इस पर ऑल्टमैन ने कहा कि मस्क को पहले अपनी कंपनी का हाल देखना चाहिए।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a counter-attack", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। इस पर हैरिस ने कहा कि ट्रंप अपने पुराने भाषण ही दोहराते हैं।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		// Controls.
		{"names no Y", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। इस पर ऑल्टमैन ने कहा कि वे इस बारे में कुछ नहीं कहेंगे।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a third party", "एलन मस्क ने सैम ऑल्टमैन पर धोखाधड़ी का आरोप लगाया। इस पर ऑल्टमैन ने कहा कि माइक्रोसॉफ्ट के साथ उनका करार पूरी तरह पारदर्शी है।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>microsoft:s"}},
		{"after no attack", "सैम ऑल्टमैन ने नया मॉडल जारी किया। इस पर एलन मस्क ने कहा कि ऑल्टमैन की टीम ने अच्छा काम किया है।",
			[]string{"elon-musk>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
