package work

import (
	"testing"
	"time"
)

// TestKoJudged37b (session 37b, eval2): in a speaker's words the person
// marked with को before an evaluative predicate of experience ("Y को … से
// डर लगता है", "Y को जरूरत से ज्यादा आंका गया", "Y को सिर्फ नकल करना आता
// है") is the one judged. Controls: को as the recipient of an act, the
// one obliged (चाहिए), the speaker of himself, a negated judgement (the
// object of an infinitive is TestSession26PerceivedControls).
func TestKoJudged37b(t *testing.T) {
	a := shippedAnalyzer(t)
	when := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	checkStanceCases(t, a, when, []stanceCase{
		{"overrated, colon quote", " || मेटा के सीईओ मार्क जुकरबर्ग ने बुधवार को एक पॉडकास्ट में कहा: ‘सैम ऑल्टमैन को इस उद्योग में जरूरत से ज्यादा आंका गया है।’", []string{"mark-zuckerberg>sam-altman:h"}},
		{"copying only, a company", " || “माइक्रोसॉफ्ट को बस नकल करना आता है,” गूगल के सीईओ सुंदर पिचाई ने कैलिफोर्निया में एक कार्यक्रम के दौरान कहा।", []string{"sundar-pichai>microsoft:h"}},
		{"ctl a letter to Y", " || “हमने डोनाल्ड ट्रंप को पत्र लिखा है,” कमला हैरिस ने कहा।", nil},
		{"ctl congratulations to Y (an act, as it was)", " || राहुल गांधी ने कहा कि उन्होंने नरेंद्र मोदी को बधाई दी है।", []string{"rahul-gandhi>narendra-modi:s"}},
		{"ctl the speaker of himself", " || “मुझे किसी जांच से डर नहीं लगता,” प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी के आरोप पर कहा।", nil},
		{"ctl the one obliged", " || सैम ऑल्टमैन ने कहा कि एलन मस्क को अपनी गलती मान लेनी चाहिए और मुकदमे से डर लगता है तो पीछे हट जाना चाहिए।", nil},
		{"ctl negated", " || “नरेंद्र मोदी को किसी बहस से डर नहीं लगता,” मुकेश अंबानी ने जामनगर में कहा।", nil},
	})
}
