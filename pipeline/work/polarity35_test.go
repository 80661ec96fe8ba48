package work

import (
	"testing"
	"time"
)

// Session 35 (POLARITY): our own sentences for polarity35.go. The first
// rows of each table fail without the reading; the controls must stay as
// they are.

// TestPolarity35DonorAmong: "X, Y के (सबसे बड़े) दानदाताओं में (शामिल) थे"
// states money given to Y in the past, supportive like "… में रहे हैं"; an
// investor role in the simple past stays unread (pastStake35).
func TestPolarity35DonorAmong(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"among the biggest donors, past", "पिछले चुनाव में एलन मस्क डोनाल्ड ट्रंप के सबसे बड़े दानदाताओं में थे।",
			[]string{"elon-musk>donald-trump:s"}},
		{"among the donors, शामिल थे", "रीड हॉफमैन कमला हैरिस के बड़े दानदाताओं में शामिल थे।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"one of the fund-givers, past", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान के बड़े चंदादाताओं में से एक थे।",
			[]string{"larry-ellison>donald-trump:s"}},

		// Controls.
		{"early investors, simple past: a stake once held", "रीड हॉफमैन ओपनएआई के शुरुआती निवेशकों में थे।", nil},
		{"donors, present (already read)", "रीड हॉफमैन कमला हैरिस के बड़े दानदाताओं में शामिल रहे हैं।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"donors of an untracked party", "रीड हॉफमैन डेमोक्रेटिक पार्टी के बड़े दानदाताओं में थे।", nil},
		{"unease among Y's donors: no predicate", "डोनाल्ड ट्रंप के दानदाताओं में बेचैनी थी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35MoneyGap: money given in a coordination that says the
// verb or the receiver once (moneyGap35): "X ने Y में A और Z ने B
// लगाए", "X ने Y में A लगाए, जबकि Z ने B का निवेश किया".
func TestPolarity35MoneyGap(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"जबकि, the second giver's receiver elided", "सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर लगाए, जबकि माइक्रोसॉफ्ट ने 13 अरब डॉलर का निवेश किया।",
			[]string{"softbank>openai:s", "microsoft>openai:s"}},
		{"और, the first giver's verb elided", "माइक्रोसॉफ्ट ने ओपनएआई में 13 अरब डॉलर और सॉफ्टबैंक ने 40 अरब डॉलर लगाए हैं।",
			[]string{"microsoft>openai:s", "softbank>openai:s"}},
		{"a giver with a former name in brackets", "गूगल ने पिछले साल जियो प्लेटफॉर्म्स में 30 हजार करोड़ रुपये डाले, जबकि मेटा (पहले फेसबुक) ने उसी दौरान 40 हजार करोड़ रुपये लगाए।",
			[]string{"google>reliance:s", "meta>reliance:s"}},

		// Controls.
		{"the second giver's own receiver, a country", "सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर लगाए, जबकि माइक्रोसॉफ्ट ने भारत में 3 अरब डॉलर का निवेश किया।",
			[]string{"softbank>openai:s"}},
		{"the second giver gave nothing", "सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर लगाए, जबकि माइक्रोसॉफ्ट ने कोई निवेश नहीं किया।",
			[]string{"softbank>openai:s"}},
		{"the second agent only commented", "सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर लगाए, जबकि माइक्रोसॉफ्ट ने इस पर कोई टिप्पणी नहीं की।",
			[]string{"softbank>openai:s"}},
		{"the first conjunct has a verb of its own", "माइक्रोसॉफ्ट ने 13 अरब डॉलर का मुनाफा कमाया और सॉफ्टबैंक ने ओपनएआई में 40 अरब डॉलर लगाए।",
			[]string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35ChargeAbout: a charge or claim called false attacks its
// author, never the one it is about (chargeAbout35): "Y पर लगाए जा रहे
// आरोप झूठे हैं", "Z के इस दावे को झूठा बताया कि Y …".
func TestPolarity35ChargeAbout(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"charges against Y called false", "रीड हॉफमैन ने कहा कि सैम ऑल्टमैन पर लगाए जा रहे आरोप झूठे हैं।", nil},
		{"charges against Y called lies while defending Y", "रीड हॉफमैन ने सैम ऑल्टमैन का बचाव करते हुए कहा कि उन पर लगाए जा रहे आरोप सरासर झूठ हैं।",
			[]string{"reid-hoffman>sam-altman:s"}},
		{"Y inside the content of Z's claim, इस … कि", "सैम ऑल्टमैन ने एलन मस्क के इस दावे को झूठा बताया कि सॉफ्टबैंक के पास पैसा नहीं है।",
			[]string{"sam-altman>elon-musk:h"}},
		{"Y inside the content of Z's claim, जिसमें कहा गया था कि", "सैम ऑल्टमैन ने एलन मस्क के उस दावे को झूठा बताया, जिसमें कहा गया था कि सॉफ्टबैंक के पास पैसा नहीं है।",
			[]string{"sam-altman>elon-musk:h"}},

		// Controls.
		{"the charges called made up, then the accuser attacked in a speech clause", "अडानी समूह ने इन आरोपों को मनगढ़ंत बताते हुए कहा कि राहुल गांधी झूठ फैला रहे हैं।",
			[]string{"adani-group>rahul-gandhi:h"}},
		{"the author's claim called false", "ओपनएआई ने एलन मस्क के दावे को झूठा बताया।",
			[]string{"openai>elon-musk:h"}},
		{"charges against Y upheld with a charge of one's own", "एलन मस्क ने कहा कि ओपनएआई पर लगे आरोप सही हैं और कंपनी ने धोखा दिया।",
			[]string{"elon-musk>openai:h"}},
		{"a probe asked into charges against Y (unchanged)", "राहुल गांधी ने गौतम अडानी पर लगे रिश्वत के आरोपों की जांच की मांग की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestPolarity35TurnedHelp: backing or help the speaker gave, turned
// against with "लेकिन/पर/मगर अब" or "पर इस बार" and a hostile word, is
// the ground of a reproach, no backing (turnedHelp35).
func TestPolarity35TurnedHelp(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"backed many times, but this time", "नाइजल फराज ने कहा कि वह कई मौकों पर डोनाल्ड ट्रंप का समर्थन करते रहे हैं, पर इस बार ट्रंप की नीति बेहद खराब है।",
			[]string{"nigel-farage>donald-trump:h"}},
		{"backed openly, but now lying", "एलन मस्क ने कहा कि उन्होंने डोनाल्ड ट्रंप का खुलकर समर्थन किया था, लेकिन अब ट्रंप झूठ बोल रहे हैं।",
			[]string{"elon-musk>donald-trump:h"}},
		{"helped a lot, but now a cheat", "डोनाल्ड ट्रंप ने कहा कि मैंने एलन मस्क की बहुत मदद की, मगर अब वह धोखेबाज निकले।",
			[]string{"donald-trump>elon-musk:h"}},

		// Controls.
		{"praise with a turn: both halves count", "नाइजल फराज ने कहा कि ट्रंप मेरे दोस्त हैं, लेकिन अब उनकी टैरिफ नीति नाकाम है।",
			[]string{"nigel-farage>donald-trump:h", "nigel-farage>donald-trump:s"}},
		{"a turn to now with nothing hostile", "एलन मस्क ने डोनाल्ड ट्रंप का समर्थन किया, लेकिन अब वह चुनाव प्रचार से दूर हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		{"backing still held", "एलन मस्क ने पहले डोनाल्ड ट्रंप का समर्थन किया और अब भी वह उनके साथ हैं।",
			[]string{"elon-musk>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
