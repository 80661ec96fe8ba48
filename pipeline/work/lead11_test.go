package work

import (
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestSession11Lead: an organisation's act before a name is not that
// person's affiliation (affiliate, actBetween). "Y की घोषणा के बाद X ने
// Y की आलोचना की" read Y as X's organisation and dropped X's stance on
// it; a role noun between them still affiliates.
//
// Rows after the affiliation ones: a who-would question ("Y पर कौन भरोसा
// करेगा?") is the negated polarity, asserted (rhetoricalWho); the object
// first and the agent between its noun and verb (readObjectFirst).
func TestSession11Lead(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y की घोषणा के बाद X ने Y की आलोचना की", "ओपनएआई की घोषणा के बाद एलन मस्क ने ओपनएआई की आलोचना की।",
			[]string{"elon-musk>openai:h"}},
		{"Y के फैसले पर X ने … कंपनी पर निशाना साधा", "ओपनएआई के फैसले पर एलन मस्क ने कंपनी पर निशाना साधा।",
			[]string{"elon-musk>openai:h"}},
		{"इस घोषणा के तुरंत बाद (the act pointed back to)", "ओपनएआई ने करार की घोषणा की। इस घोषणा के तुरंत बाद एलन मस्क ने ओपनएआई पर हमला बोला।",
			[]string{"elon-musk>openai:h"}},
		{"Y के आरोपों के जवाब में X ने Y को झूठा कहा", "मेटा के आरोपों के जवाब में सैम ऑल्टमैन ने मेटा को झूठा बताया।",
			[]string{"sam-altman>meta:h"}},
		{"a role between: X is Y's officer (no stance on his own company)", "मेटा के सीईओ मार्क जुकरबर्ग ने मेटा की तारीफ की।", nil},
		// rhetoricalWho (FRESH helper's, wired in readFrame): a who-would
		// question says no one would.
		{"X ने कहा कि Y पर अब कौन भरोसा करेगा?", "राहुल गांधी ने कहा कि नरेंद्र मोदी पर अब कौन भरोसा करेगा?",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"X ने लिखा, 'Y पर कौन भरोसा करेगा?'", "एलन मस्क ने लिखा, 'सैम ऑल्टमैन पर कौन भरोसा करेगा?'",
			[]string{"elon-musk>sam-altman:h"}},
		{"a yes/no question stays a question", "क्या एलन मस्क डोनाल्ड ट्रंप पर भरोसा करेंगे?", nil},
		{"कौन-सा is no who-would", "एलन मस्क ने पूछा कि कौन-सा नेता डोनाल्ड ट्रंप पर भरोसा करेगा?", nil},
		// readObjectFirst (FRESH helper's, wired in readClause): the
		// object first, the agent between the noun and its verb.
		{"Y का प्रस्ताव X ने ठुकराया (headline)", "एलन मस्क का प्रस्ताव ओपनएआई ने ठुकराया || ",
			[]string{"openai>elon-musk:h"}},
		{"Y के प्रस्ताव को X ने ठुकरा दिया", "सैम ऑल्टमैन के प्रस्ताव को एलन मस्क ने ठुकरा दिया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y की पोल X ने खोली", "नरेंद्र मोदी की पोल राहुल गांधी ने खोली।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"negated: नहीं ठुकराया", "डोनाल्ड ट्रंप का प्रस्ताव एलन मस्क ने नहीं ठुकराया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11NoStaleFlippers: an evaluation read as an act (readFrame
// through o.alt) looked for flippers in s.occBefore, which only frames
// set: it held an earlier clause's — or an earlier story's — entries, so
// "गतिरोध खत्म" in one story turned "ट्रंप उनके पुराने दोस्त हैं" in the
// next into a rupture. The second story must read the same after the
// first as alone.
func TestSession11NoStaleFlippers(t *testing.T) {
	first := pipeline.Story{ID: "a", Body: "राहुल गांधी और नरेंद्र मोदी की मुलाकात में दोनों ने संसद में गतिरोध खत्म करने पर सहमति जताई।"}
	second := pipeline.Story{ID: "b", Title: "फराज बोले- ट्रंप मेरे दोस्त, पर ब्रिटेन पर टैरिफ गलत",
		Body: "रिफॉर्म यूके के नेता नाइजल फराज ने मंगलवार को कहा कि डोनाल्ड ट्रंप उनके पुराने दोस्त हैं और वह उनकी बहुत इज्जत करते हैं। लेकिन फराज ने साफ कहा कि ब्रिटिश सामान पर लगाए गए नए शुल्क गलत हैं।"}
	alone := referenceStances(shippedAnalyzer(t).Analyze(second))
	a := shippedAnalyzer(t)
	a.Analyze(first)
	if after := referenceStances(a.Analyze(second)); !slices.Equal(after, alone) {
		t.Fatalf("after another story: %v, alone: %v", after, alone)
	}
	if len(alone) == 0 {
		t.Fatal("the second story gives no stance at all")
	}
}
