package work

import (
	"testing"
	"time"
)

// TestTieKept38 (session 38, WR): the supportive side of a withdrawal
// pair. A tie said to be kept going ("Y के साथ साझेदारी जारी रखने की बात
// दोहराई", tieKeptSaid38: not talk of a plan) and support reaffirmed or
// kept with the से a withdrawal takes ("Y से अपना समर्थन फिर से
// दोहराया", "Y से समर्थन बरकरार रखा"), pride in a tie with a pronoun
// experiencer and a degree word ("Y के साथ गठबंधन पर उन्हें काफी गर्व
// है"). Rows fail at base. Controls: talk
// of making a tie, talks about keeping it, support asked of Y.
func TestTieKept38(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"partnership kept, said again", " || मुंबई में सोमवार को जारी बयान में गूगल ने रिलायंस के साथ अपनी क्लाउड साझेदारी जारी रखने की बात दोहराई।", []string{"google>reliance:s", "reliance>google:s"}},
		{"work with Y kept, said", " || सत्या नडेला की माइक्रोसॉफ्ट ने ओपनएआई के साथ काम जारी रखने की बात कही।", []string{"microsoft>openai:s"}},
		{"support reaffirmed with से", " || अटकलों के बीच अरबपति रीड हॉफमैन ने कमला हैरिस से अपना समर्थन फिर से दोहराया।", []string{"reid-hoffman>kamala-harris:s"}},
		{"support kept with से", " || टेक्सास की एक सभा में एलन मस्क ने डोनाल्ड ट्रंप से अपना समर्थन बरकरार रखा।", []string{"elon-musk>donald-trump:s"}},
		{"pride in a tie, pronoun and degree word", " || मेटा के सीईओ मार्क जुकरबर्ग ने मुंबई में कहा कि रिलायंस के साथ गठबंधन पर उन्हें काफी गर्व है।", []string{"mark-zuckerberg>reliance:s"}},
		{"ctl pride in his own firm", " || मार्क जुकरबर्ग ने मुंबई में मुकेश अंबानी से मुलाकात के बाद कहा कि उन्हें अपनी टीम पर बेहद गर्व है।", nil},
		{"ctl talk of making a tie", " || गूगल और रिलायंस ने साझेदारी करने की बात कही।", nil},
		{"ctl talks about keeping it", " || गूगल ने रिलायंस के साथ साझेदारी जारी रखने पर बातचीत की।", nil},
		{"ctl support asked of Y", " || रीड हॉफमैन ने कमला हैरिस से समर्थन मांगा।", nil},
	})
}
