package work

import (
	"testing"
	"time"
)

// TestSession21InterviewAnswers: in a question-and-answer interview
// ("सवाल: …" / "जवाब: …" paragraphs) every answer is the words of the
// person introduced before the first question, and a pronoun in the
// answer points to the one tracked party the question asked about
// (interview21.go). A question alone says nothing; a body with no
// interviewee named before the questions is left as it was.
func TestSession21InterviewAnswers(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"answer praises the one asked about", "कारोबार जगत से बातचीत || उद्योगपति मुकेश अंबानी ने मुंबई में हमारे संवाददाता से बात की।\nसवाल: गौतम अडानी के बारे में आपकी क्या राय है?\nजवाब: वे बहुत मेहनती उद्यमी हैं। मैं उनकी लगन की दिल से तारीफ करता हूं।", []string{"mukesh-ambani>gautam-adani:s"}},
		{"answer names the party", "एक खास मुलाकात || गूगल के प्रमुख सुंदर पिचाई इन दिनों दिल्ली में हैं।\nसवाल: आगे की योजना क्या है?\nजवाब: रिलायंस हमारा सबसे भरोसेमंद साझेदार है।", []string{"sundar-pichai>reliance:s"}},
		{"second answer paragraph keeps the speaker", " || पूर्व उपराष्ट्रपति कमला हैरिस से बातचीत के अंश:\nसवाल: मौसम कैसा है?\nजवाब: अच्छा है।\nसवाल: एलन मस्क के बारे में क्या कहेंगी?\nजवाब: मैं उनके काम की सराहना करती हूं।", []string{"kamala-harris>elon-musk:s"}},
		// Must not fire.
		{"question alone", " || उद्योगपति मुकेश अंबानी ने हमसे बात की।\nसवाल: क्या आप गौतम अडानी की तारीफ करते हैं?\nजवाब: अभी इस पर कुछ नहीं कहूंगा।", nil},
		{"no interviewee before the questions", " || एक पाठक ने हमें लिखा।\nसवाल: गौतम अडानी के बारे में राय?\nजवाब: वे बहुत मेहनती उद्यमी हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession21LabelFocusParticle: a quoted label with a focus particle
// between it and its calling verb ("Y को '…' भी करार दिया", "'…' ही
// बताया") is a label, as without the particle: its evaluative word judges
// Y. Without a calling verb after the particle it stays someone's words.
func TestSession21LabelFocusParticle(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"label, भी करार दिया", "कमला हैरिस ने मेटा को 'चुनाव में गड़बड़ी फैलाने वाली भ्रष्ट कंपनी' भी करार दिया।", []string{"kamala-harris>meta:h"}},
		{"label, ही बताया", "राहुल गांधी ने गौतम अडानी को 'सरकार की मदद से बढ़ने वाला मुनाफाखोर' ही बताया।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"label praising, भी बताया", "डोनाल्ड ट्रंप ने एलन मस्क को 'देश के लिए काम करने वाला अद्भुत इंसान' भी बताया।", []string{"donald-trump>elon-musk:s"}},
		// Must not fire.
		{"no calling verb", "सैम ऑल्टमैन ने कहा कि 'ओपनएआई हमेशा मुनाफाखोर नहीं रहेगा' भी एक सवाल है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession21PooledMoney: tracked parties that put money in together
// ("X और Y मिलकर … N डॉलर लगाएंगे", "… मिलकर लगाएंगे N करोड़") form a
// joint venture: supportive both ways for every pair, in the future too.
// A joint charge (आरोप लगाए) or a sum placed in a tracked third party is
// not one.
func TestSession21PooledMoney(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"sum before the verb", "माइक्रोसॉफ्ट और ओरेकल मिलकर यूरोप में 40 अरब डॉलर लगाएंगे।", []string{"microsoft>oracle:s", "oracle>microsoft:s"}},
		{"sum after the verb, headline", "गूगल और रिलायंस मिलकर गुजरात में लगाएंगे 900 करोड़ रुपये || ", []string{"google>reliance:s", "reliance>google:s"}},
		{"past, ने", "मेटा और गूगल ने मिलकर अफ्रीका में दो अरब डॉलर लगाए।", []string{"google>meta:s", "meta>google:s"}},
		// Must not fire.
		{"joint charge", "मेटा और गूगल ने मिलकर सरकार पर आरोप लगाए।", nil},
		{"no money", "मेटा और गूगल मिलकर अफ्रीका में पौधे लगाएंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession21ConjunctAfterRelative: a time or relative clause that
// interrupts a finished predicate ("X ने तब Y की मदद की जब …, और …")
// hands the "और" after its comma to a new conjunct of the host, so a
// negation in that conjunct or in the relative does not reach the host's
// predicate. A host with no verb yet ("X, जो …, और Y …") is unchanged.
func TestSession21ConjunctAfterRelative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"negated conjunct after a time clause", "रिलायंस ने तब गूगल का साथ दिया जब बाजार अनिश्चित था, और उसके बिना यह योजना पूरी नहीं होती।", []string{"reliance>google:s"}},
		{"negated time clause and conjunct", "कमला हैरिस ने लिखा कि एलन मस्क ने तब डोनाल्ड ट्रंप की तारीफ की जब कोई और तैयार नहीं था, और यह बात किसी को पसंद नहीं आई।", []string{"elon-musk>donald-trump:s"}},
		// Must not fire.
		{"negated host stays negated", "सुंदर पिचाई ने कहा कि रिलायंस ने तब गूगल का साथ नहीं दिया जब बाजार अनिश्चित था, और योजना रुक गई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession21SignedDeal: the code-mixed light verb साइन with a deal noun
// (Hindi or English) is a deal signed: both ways with a के साथ partner or
// between coordinated signers. Not a deal only planned or called off.
func TestSession21SignedDeal(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"English noun, coordinated", "ओरेकल और सॉफ्टबैंक ने बुधवार को एक लंबा agreement साइन किया।", []string{"oracle>softbank:s", "softbank>oracle:s"}},
		{"डील साइन, के साथ", "रिलायंस ने मेटा के साथ नई डील साइन की।", []string{"meta>reliance:s", "reliance>meta:s"}},
		{"पर साइन", "गूगल ने ओपनएआई के साथ क्लाउड समझौते पर साइन किए।", []string{"google>openai:s", "openai>google:s"}},
		// Must not fire.
		{"not signed", "रिलायंस और मेटा ने अभी कोई डील साइन नहीं की है।", nil},
		{"sign a petition", "एलन मस्क ने एक ऑनलाइन याचिका पर साइन किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession21PronounAfterUntrackedConjunct: a singular pronoun right
// after an untracked noun and और/व ("भाजपा और उसके नेताओं पर") is that
// noun's, not the last tracked name's. A pronoun after a tracked name and
// और, or with nothing coordinated before it, is resolved as before.
func TestSession21PronounAfterUntrackedConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"party and its leaders", "राहुल गांधी ने रैली में मुकेश अंबानी का नाम लिया। फिर राहुल गांधी ने भाजपा और उसके नेताओं पर तीखा हमला बोला।", nil},
		{"government and its policy", "कमला हैरिस ने टेस्ला के कारखाने का दौरा किया। उन्होंने सरकार व उसकी नीतियों की आलोचना की।", nil},
		// Still resolved.
		{"no coordination", "राहुल गांधी ने रैली में मुकेश अंबानी का नाम लिया और उसके कारोबार की आलोचना की।", []string{"rahul-gandhi>mukesh-ambani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
