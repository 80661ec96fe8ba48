package work

import (
	"testing"
	"time"
)

// TestWithdrawalWordings38 (session 38, WR): withdrawal and rupture
// wordings read on outlet pages that a probe of our own rows found
// silent: support no longer given, habitual or in the infinitive after
// अब (noLonger12: "अब Y को समर्थन न देने का फैसला", "अब Y का समर्थन न
// करने का ऐलान"; a future "नहीं करेंगे" stays a plan, TestSession12Contrast),
// not staying with Y ("Y के साथ न रहने का फैसला"), money
// refused ("और पैसा लगाने से इनकार"), a tie not extended ("करार नहीं
// बढ़ाने का फैसला"), stepping out of a tie (निकलने), a brake put on a
// tie, the plural संबंधों ended, रास्ते जुदा. Rows differ
// from the entries' own tests; all fail at base. Controls: a bare
// non-endorsement with no अब, a question, speculation, "अब तक", and a
// seat left on Y's board.
func TestWithdrawalWordings38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"no longer, infinitive देने", " || टेक्सास की एक सभा के बाद एलन मस्क ने अब डोनाल्ड ट्रंप को समर्थन न देने का फैसला किया।", []string{"elon-musk>donald-trump:h"}},
		{"no longer, infinitive", " || लिंक्डइन के सह-संस्थापक रीड हॉफमैन ने अब कमला हैरिस का समर्थन न करने का ऐलान किया है।", []string{"reid-hoffman>kamala-harris:h"}},
		{"not staying with Y, infinitive", " || नाइजल फराज ने लंदन में एलन मस्क के साथ न रहने का फैसला सुनाया।", []string{"nigel-farage>elon-musk:h"}},
		{"ctl no longer, future is a plan", "मस्क बोले- अब ट्रंप के साथ नहीं रहूंगा || टेस्ला के सीईओ एलन मस्क ने शनिवार को एक्स पर यह बात कही।", nil},
		{"more money refused", " || जापान के सॉफ्टबैंक समूह ने ओपनएआई में और पैसा लगाने से इनकार कर दिया है।", []string{"softbank>openai:h"}},
		{"a tie not extended", " || माइक्रोसॉफ्ट ने ओपनएआई के साथ अपना क्लाउड करार नहीं बढ़ाने का फैसला किया है।", []string{"microsoft>openai:h"}},
		{"stepping out of a venture", " || मेटा ने बुधवार को रिलायंस के साथ बने संयुक्त उद्यम से निकलने का ऐलान किया।", []string{"meta>reliance:h"}},
		{"a brake on a partnership", " || गूगल ने रिलायंस के साथ चल रही क्लाउड साझेदारी पर ब्रेक लगा दिया है।", []string{"google>reliance:h"}},
		{"relations ended, plural", " || नाइजल फराज ने पिछले हफ्ते एलन मस्क के साथ अपने संबंधों को खत्म कर दिया।", []string{"nigel-farage>elon-musk:h"}},
		{"ways parted, रास्ते जुदा", "मस्क-ट्रंप की दोस्ती पर विराम || टेस्ला प्रमुख एलन मस्क और राष्ट्रपति डोनाल्ड ट्रंप के रास्ते अब पूरी तरह जुदा हो चुके हैं।", []string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"ctl ways parting asked", " || क्या एलन मस्क और डोनाल्ड ट्रंप के रास्ते जुदा होंगे?", nil},
		{"ctl bare non-endorsement", " || एलन मस्क ने कहा कि वह नाइजल फराज की प्रस्तावित पार्टी का समर्थन नहीं करेंगे।", nil},
		{"ctl question", " || क्या एलन मस्क ने अब डोनाल्ड ट्रंप को समर्थन न देने का फैसला किया?", nil},
		{"ctl speculation", " || अटकलें हैं कि सॉफ्टबैंक ओपनएआई में और पैसा लगाने से इनकार कर सकता है।", nil},
		{"ctl until now", " || अब तक एलन मस्क ने डोनाल्ड ट्रंप का समर्थन नहीं किया है।", nil},
		{"ctl a seat on the board", " || एलन मस्क ने 2018 में ओपनएआई के बोर्ड से निकलने का फैसला किया था।", nil},
	})
}
