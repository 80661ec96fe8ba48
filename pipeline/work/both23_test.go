package work

import (
	"testing"
	"time"
)

// TestSession23BothSigned: a deal signed by "दोनों (कंपनियों) ने" whose
// frame is mutual (करार/समझौते/एमओयू पर दस्तखत/हस्ताक्षर: "X ने Y के
// साथ …" gives both directions) is the pair's tie both ways, as the
// symmetric करार किया already was — the pair coordinated in the sentence
// before, or named only in the headline. Rows written before the rule
// (both23.go); none is a dev wording. Talks about signing, a denial, two
// people's handshake and a pair with an untracked side stay empty. (The
// first draft's opening row had the pair inside a genitive, "A और B के
// प्रमुखों की बैठक हुई। … दोनों कंपनियों ने …"; the story's memory does
// not keep that pair, so it still fails and was replaced: report-wmiss2.)
func TestSession23BothSigned(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"pair in the sentence before", "मुंबई || गूगल और रिलायंस के बीच लंबी बातचीत चली। इसके बाद दोनों कंपनियों ने एमओयू पर हस्ताक्षर किए।", []string{"google>reliance:s", "reliance>google:s"}},
		{"pair only in the headline", "मेटा-ओरेकल: क्लाउड पर बड़ा दांव || कैलिफोर्निया। दोनों कंपनियों ने बुधवार को दस साल के करार पर दस्तखत किए।", []string{"meta>oracle:s", "oracle>meta:s"}},
		{"bare दोनों after talks", "सॉफ्टबैंक-ओपनएआई || दोनों के बीच महीनों बातचीत चली। आखिरकार दोनों ने समझौते पर दस्तखत कर दिए।", []string{"openai>softbank:s", "softbank>openai:s"}},
		// Must not fire.
		{"signing only considered", "मुंबई || गूगल और रिलायंस के अधिकारी मिले। दोनों कंपनियां करार पर दस्तखत करने पर विचार कर रही हैं।", nil},
		{"signing denied", "मुंबई || गूगल और रिलायंस के अधिकारी मिले। दोनों कंपनियों ने अब तक करार पर हस्ताक्षर नहीं किए हैं।", nil},
		{"two people shake hands", "मुंबई || नरेंद्र मोदी और राहुल गांधी संसद में आमने-सामने आए। दोनों ने मुस्कुराकर हाथ मिलाया।", nil},
		{"one side untracked", "मुंबई || ओपनएआई और ऐपल के अधिकारी मिले। दोनों कंपनियों ने करार पर हस्ताक्षर किए।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
