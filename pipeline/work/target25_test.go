package work

import (
	"testing"
	"time"
)

// TestSession25DativeDoer: in someone's words, the one a need or duty
// falls on (a dative before चाहिए/पड़ेगा) is the doer of a hostile frame
// with no target of its own, and the words are the speaker's charge
// against him (dativeDoers25, target25.go). Without the rule each row
// gives nothing.
func TestSession25DativeDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"need of control", "सत्या नडेला ने एक इंटरव्यू में कहा कि एलन मस्क को हर बात पर नियंत्रण चाहिए।",
			[]string{"satya-nadella>elon-musk:h"}},
		{"need of control, an owner credited", "सैम ऑल्टमैन ने पोस्ट में लिखा कि एलन मस्क की कंपनी एक्स को हर मंच पर नियंत्रण चाहिए।",
			[]string{"sam-altman>elon-musk:h", "sam-altman>x-corp:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25DativeDoerControls: a dative no one tracked, a bare
// subject of the clause's own and a main clause (no one's words) give
// nothing new.
func TestSession25DativeDoerControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a dative no one tracked", "सत्या नडेला ने कहा कि बोर्ड को हर बात पर नियंत्रण चाहिए।", nil},
		{"a plain subject", "सत्या नडेला ने कहा कि उन्हें लगता है कि कंपनी का भविष्य उज्ज्वल है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25InvestorIn: "Y में (सबसे बड़ा) निवेशक X है" — the
// investor's में object is the one invested in, as its genitive is
// ("Y का निवेशक"); frames.yaml gives निवेशक* the role. Without it the
// rows give nothing (the subject-first "X, Y में निवेशक है" was read
// already and stays the control).
func TestSession25InvestorIn(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"investor in, the invested first", "ओपनएआई में पहले से सबसे बड़ा निवेशक माइक्रोसॉफ्ट है।",
			[]string{"microsoft>openai:s"}},
		{"investor in, the invested first, another word order", "ओपनएआई में इस समय सबसे अहम निवेशक सॉफ्टबैंक ही है।",
			[]string{"softbank>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25InvestorInControls: a में naming a place, not someone
// tracked, gives nothing; the subject-first order was read before and
// stays; a में after the investor noun (another clause's words, the
// target_before field) and a tracked deal invested in (membership in a
// joint project, the no_deal field; SCHEMA) give nothing — without
// those two fields the last two rows give the investor → Y.
func TestSession25InvestorInControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a country", "माइक्रोसॉफ्ट भारत में सबसे बड़ा विदेशी निवेशक है।", nil},
		{"subject first, read before", "माइक्रोसॉफ्ट ओपनएआई में सबसे बड़ा निवेशक है।", []string{"microsoft>openai:s"}},
		{"a में after the investor noun", "न्यूयॉर्क: मशहूर निवेशक रीड हॉफमैन ने कहा कि अगर कमला हैरिस अगले चुनाव में उतरती हैं तो वह सोचेंगे।", nil},
		{"a deal's members", "स्टारगेट में सॉफ्टबैंक और ओरेकल शुरुआती निवेशक हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25LetterTarget: the addressee of a letter written or sent
// just before a charge or a criticism with no target of its own is its
// target (letterTarget25, target25.go; wfix24.go read it only before
// "कि उसने …"). Without the rule each row gives nothing.
func TestSession25LetterTarget(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a charge after a letter", "एक्स कॉर्प के वकीलों ने पिछले साल मेटा को चिट्ठी भेजकर कर्मचारियों को तोड़ने का आरोप लगाया था।",
			[]string{"x-corp>meta:h"}},
		{"questions after an open letter", "राहुल गांधी ने मंगलवार को नरेंद्र मोदी को खुला पत्र लिखकर महंगाई पर कड़े सवाल पूछे।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession25LetterTargetControls: a charge with a target of its own
// after the letter is against that target, and so is a charge in the
// words after कि (the letter's clause is not the charged act's: without
// the clause check the last row also gives एलन मस्क → डोनाल्ड ट्रंप);
// the advice "Y को जवाब देना
// चाहिए" gives no dative doer (dativeDoers25 takes charges only; without
// that it gives सत्या नडेला → सैम ऑल्टमैन).
func TestSession25LetterTargetControls(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a target of its own", "राहुल गांधी ने नरेंद्र मोदी को पत्र लिखकर गौतम अडानी पर आरोप लगाया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"advice, no charge", "सत्या नडेला ने कहा कि सैम ऑल्टमैन को अब जवाब देना चाहिए।", nil},
		{"a charge in the content, the letter's clause before", "कमला हैरिस ने डोनाल्ड ट्रंप को चिट्ठी लिखकर आरोप लगाया कि एलन मस्क ने चुनाव में झूठी खबरें फैलाईं।",
			[]string{"kamala-harris>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
