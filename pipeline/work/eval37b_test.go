package work

import (
	"testing"
	"time"
)

// TestQuotedEvaluation37b (session 37b, eval): whole predicates of
// evaluation that outlets quote about a person (lexicon/evaluative.yaml,
// "Session 37b (EVAL)"): talk without deeds, word and deed apart,
// flip-flopping, holding oneself above the law, a public thing as one's
// pocket, fear of an inquiry or a debate; praise for a feat and for rare
// courage. Rows are written in outlet style (quote first, a time and
// place between the speaker and the verb) in wordings the entries' own
// test sentences do not use. Controls: the same words negated, said of
// the speaker himself, or told by the reporter.
func TestQuotedEvaluation37b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"talk without deeds, reported", " || वाराणसी में मंगलवार को एक जनसभा में प्रधानमंत्री नरेंद्र मोदी ने कहा कि राहुल गांधी केवल बातें बनाते हैं, काम कुछ नहीं करते।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"word and deed apart, quote first", " || “गौतम अडानी की कथनी और करनी में बहुत फर्क है,” कांग्रेस नेता राहुल गांधी ने रविवार को जयपुर की एक सभा में कहा।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"flip-flop with लेना", " || “एलन मस्क हर बड़े फैसले के बाद पलटी मार लेते हैं,” ओपनएआई के सीईओ सैम ऑल्टमैन ने बुधवार को एक पॉडकास्ट में कहा।", []string{"sam-altman>elon-musk:h"}},
		{"above the law, about-phrase", " || “यह आदमी खुद को कानून से ऊपर समझता है,” डेमोक्रेटिक उम्मीदवार कमला हैरिस ने शनिवार रात अटलांटा में डोनाल्ड ट्रंप के बारे में कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"a public thing as one's pocket", " || कांग्रेस नेता राहुल गांधी ने सोमवार को संसद के बाहर कहा कि नरेंद्र मोदी संसद को अपनी बपौती समझते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"afraid of a debate", " || “डोनाल्ड ट्रंप बहस से डरते हैं, इसलिए मंच पर नहीं आए,” कमला हैरिस ने गुरुवार को फीनिक्स में कहा।", []string{"kamala-harris>donald-trump:h"}},
		{"a feat, a company by its brand", " || गूगल के सीईओ सुंदर पिचाई ने बुधवार को एक पोस्ट में लिखा, “जियो ने करोड़ों लोगों तक इंटरनेट पहुंचाकर कमाल कर दिखाया है।”", []string{"sundar-pichai>reliance:s"}},
		{"rare courage", " || “नरेंद्र मोदी जैसा हौसला बहुत कम नेताओं में दिखता है,” अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने ह्यूस्टन में कहा।", []string{"donald-trump>narendra-modi:s"}},
		{"ctl fearless, negated", " || “नरेंद्र मोदी किसी से नहीं डरते,” रिलायंस के चेयरमैन मुकेश अंबानी ने जामनगर में कहा।", nil},
		{"ctl not afraid of an inquiry, negated after", " || “नरेंद्र मोदी जांच से डरते नहीं,” मुकेश अंबानी ने कहा।", nil},
		{"ctl the speaker of himself", " || “मैं खुद को भगवान नहीं समझता,” प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी के आरोप पर कहा।", nil},
		{"ctl the reporter's words", " || राहुल गांधी ने सोमवार को नरेंद्र मोदी से मुलाकात की। कई लोग कहते हैं कि नेता सिर्फ बातें बनाते हैं।", nil},
	})
}
