package work

import (
	"testing"
	"time"
)

// TestSession16Precision: stances the engine asserted on dev that the
// gold and SCHEMA do not have (session 16, PRECISION helper). Each rule
// has rows where it fires and rows where the stance stays.
func TestSession16Precision(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// A court label "X बनाम Y: अदालत …" is a legal battle both ways
		// only over a body that tells the case; over no body, or a body
		// that never names it, the label speaks no words (SCHEMA).
		{"court label over no body", "ऑल्टमैन बनाम मस्क: अदालत में आमने-सामने होंगे दोनों || ", nil},
		{"court label, jury date, no body", "ओपनएआई बनाम मस्क: जूरी ट्रायल की तारीख तय, अगले महीने से सुनवाई || ", nil},
		{"court label over a body without the case", "मस्क बनाम ओपनएआई: अदालत में सुनवाई आज || एलन मस्क ने सोमवार को टेस्ला की नई कार दिखाई।", nil},
		// A body that tells the suit only as between the two carries
		// neither side's act (SCHEMA's session-26 ruling, rule 7).
		{"court label over a body that tells the suit between the two", "मस्क बनाम ओपनएआई: अदालत में सुनवाई आज || दोनों के बीच चल रहे मुकदमे में जज ने गवाहों की सूची मांगी।", nil},
		{"a suit told in the headline's own words stays", "मस्क बनाम ओपनएआई: मस्क ने ओपनएआई पर ठोका नया मुकदमा || ", []string{"elon-musk>openai:h"}},

		// A tie named as what an announcement presupposed before the
		// clause's act ("Y के साथ साझेदारी के ऐलान के बाद X ने …") binds
		// only the parties named before the बाद: who reacts after it is
		// no party.
		{"Y के साथ साझेदारी के ऐलान के बाद X ने प्रतिक्रिया दी", "गूगल के सम्मेलन में मेटा के साथ साझेदारी के ऐलान के कुछ ही घंटे बाद सत्या नडेला ने तीखी प्रतिक्रिया दी।", nil},
		{"करार की घोषणा के बाद X ने Y पर टिप्पणी की", "करार की घोषणा के बाद मुकेश अंबानी ने गूगल के कामकाज पर टिप्पणी की।", nil},
		{"Y और Z के उपक्रम के ऐलान के बाद X …: Y and Z stay", "सॉफ्टबैंक और ओपनएआई के संयुक्त उपक्रम के ऐलान के बाद एलन मस्क ने एक पोस्ट लिखी।", []string{"openai>softbank:s", "softbank>openai:s"}},
		{"X ने Y के साथ साझेदारी का ऐलान किया stays", "मुकेश अंबानी ने गूगल के साथ साझेदारी का ऐलान किया।", []string{"google>mukesh-ambani:s", "mukesh-ambani>google:s"}},

		// A tie noun (दोस्त, मित्र, साझेदार) inside a charge or a taunt
		// is part of the charge: no alliance or praise between anyone.
		{"X ने Y पर अपने दोस्त Z को बचाने का आरोप लगाया", "राहुल गांधी ने प्रधानमंत्री मोदी पर अपने दोस्त गौतम अडानी को बचाने का आरोप लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X का तंज: 'Y के दोस्त Z को …'", "राहुल गांधी का तंज: 'मोदी जी के दोस्त अडानी को विदेश में नोटिस, देश में इनाम' || ", nil},
		{"X ने आरोप लगाया कि … Y इसमें उनके साझेदार हैं", "राहुल गांधी ने आरोप लगाया कि नरेंद्र मोदी इस घोटाले में गौतम अडानी के साझेदार हैं।", []string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		// (session 27, ruling rule 1: a plain reply is no stance; what it answers is only presupposed)
		{"Y के तंज पर X का जवाब- 'हम साझेदार'", "मस्क के तंज पर नडेला का जवाब- 'ओपनएआई स्वतंत्र कंपनी, हम साझेदार' || ", []string{"satya-nadella>openai:s"}},
		{"X ने Y को अपना दोस्त बताया stays", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को अपना सच्चा दोस्त बताया।", []string{"donald-trump>narendra-modi:s"}},

		// A name that only owns a noun under से ("X की सभा से पहले") is
		// not the one asked; the untracked agent of that sentence is whom
		// a later उन्होंने means.
		{"X की सभा से पहले <untracked> ने …। उन्होंने …", "राहुल गांधी की अमेठी सभा से पहले जिला अध्यक्ष ने मंच संभाला। उन्होंने कहा कि नरेंद्र मोदी जनता से झूठ बोलते हैं।", nil},
		{"<untracked> ने X से पूछा। उन्होंने … stays", "एक पत्रकार ने राहुल गांधी से महंगाई पर सवाल पूछा। उन्होंने कहा कि नरेंद्र मोदी जनता से झूठ बोलते हैं।", []string{"rahul-gandhi>narendra-modi:h"}},

		// A title after "पूर्व" (former) is not its present holder's:
		// in 2025 "पूर्व अमेरिकी राष्ट्रपति" is not the one in office.
		{"पूर्व अमेरिकी राष्ट्रपति ने Y को … बताया (2025)", "डोनाल्ड ट्रंप प्रशासन ने नई नीति घोषित की। पूर्व अमेरिकी राष्ट्रपति ने गुरुवार को नरेंद्र मोदी को 'महान नेता' बताया।", nil},
		{"अमेरिकी राष्ट्रपति ने Y को … बताया (2025) stays", "डोनाल्ड ट्रंप प्रशासन ने नई नीति घोषित की। अमेरिकी राष्ट्रपति ने गुरुवार को नरेंद्र मोदी को 'महान नेता' बताया।", []string{"donald-trump>narendra-modi:s"}},
		{"चुनाव से पूर्व अमेरिकी राष्ट्रपति ने … stays", "डोनाल्ड ट्रंप प्रशासन ने नई नीति घोषित की। चुनाव से पूर्व अमेरिकी राष्ट्रपति ने नरेंद्र मोदी को 'महान नेता' बताया।", []string{"donald-trump>narendra-modi:s"}},

		// Talks on what to do to a tie are no tie.
		{"X और Y के बीच साझेदारी बढ़ाने की बातचीत", "गूगल और मेटा के बीच क्लाउड पर साझेदारी बढ़ाने की बातचीत || ", nil},
		{"X और Y के बीच करार करने पर चर्चा", "रिलायंस और गूगल के बीच नया करार करने पर चर्चा चल रही है।", nil},
		{"X और Y ने साझेदारी का ऐलान किया stays", "गूगल और मेटा ने क्लाउड साझेदारी का ऐलान किया।", []string{"google>meta:s", "meta>google:s"}},

		// An act held back from, with the agent and an adverb between
		// the से and the abstain word, is not done.
		{"X ने …, मगर Y पर हमला करने से उन्होंने हर बार परहेज किया", "इंटरव्यू में सत्या नडेला ने गूगल से जुड़े कई सवालों के जवाब दिए, मगर उस पर हमला करने से उन्होंने हर बार परहेज किया।", nil},
		{"Y की आलोचना करने से X हमेशा बचते रहे", "गूगल की आलोचना करने से सत्या नडेला हमेशा बचते रहे।", nil},
		{"X ने Y पर हमला किया stays", "सत्या नडेला ने गूगल पर तीखा हमला किया।", []string{"satya-nadella>google:h"}},

		// "<verb>ने जा रहा है" is an act about to be done: the future,
		// as "करेगा" is.
		{"X, Y के साथ करार करने जा रहा है", "रिलायंस गूगल के साथ नया करार करने जा रही है।", nil},
		{"X, Y के साथ करार करेगा (future) stays unasserted", "रिलायंस गूगल के साथ नया करार करेगी।", nil},
		{"X ने Y के साथ करार किया stays", "रिलायंस ने गूगल के साथ नया करार किया।", []string{"google>reliance:s", "reliance>google:s"}},
		{"X … जा रहे हैं (a motion verb) stays", "मुकेश अंबानी गूगल के दफ्तर जा रहे हैं और उन्होंने गूगल की तारीफ की।", []string{"mukesh-ambani>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
