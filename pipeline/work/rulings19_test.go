package work

import (
	"testing"
	"time"
)

// TestSession19ToldDeal: a person who tells as news (बताया कि) his own
// organisation's new deal is a party to it, both ways with the other
// party, as one who announces it (SCHEMA, ruled in session 19 from the
// blind-written files). His claim with कहा कि, a deal only presupposed
// in what he tells, and a teller who is not of the organisation give the
// organisations' alliance alone.
func TestSession19ToldDeal(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"chairman tells his company's partnership", "रिलायंस के चेयरमैन मुकेश अंबानी ने बताया कि रिलायंस ने गूगल के साथ नई क्लाउड साझेदारी की है।",
			[]string{"reliance>google:s", "google>reliance:s", "mukesh-ambani>google:s", "google>mukesh-ambani:s"}},
		{"chief tells a venture to be formed together", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने बताया कि माइक्रोसॉफ्ट और ओपनएआई मिलकर एक नया संयुक्त उपक्रम बनाएंगे।",
			[]string{"microsoft>openai:s", "openai>microsoft:s", "satya-nadella>openai:s", "openai>satya-nadella:s"}},
		{"claim with कहा कि: the companies only", "रिलायंस के चेयरमैन मुकेश अंबानी ने कहा कि रिलायंस ने गूगल के साथ नई क्लाउड साझेदारी की है।",
			[]string{"reliance>google:s", "google>reliance:s"}},
		{"deal presupposed in what is told", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने बताया कि माइक्रोसॉफ्ट और एक्सएआई के बीच हुए करार के तहत ग्रोक अब एज्योर पर मिलेगा।",
			[]string{"microsoft>xai:s", "xai>microsoft:s"}},
		{"teller not of the company", "गूगल के सीईओ सुंदर पिचाई ने बताया कि रिलायंस ने मेटा के साथ नई साझेदारी की है।",
			[]string{"reliance>meta:s", "meta>reliance:s"}},
	})
}

// TestSession19ReportFabricated: a report called made up (गढ़ी हुई
// कहानी, गढ़ा हुआ) attacks its outlet, as मनगढ़ंत does; called only
// wrong or misleading it is a denial (SCHEMA, session 19).
func TestSession19ReportFabricated(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"report called a made-up story", "मेटा ने एक्सियोस की ताजा रिपोर्ट को पूरी तरह गढ़ी हुई कहानी बताया।", []string{"meta>axios:h"}},
		{"article said to be made up", "एलन मस्क ने कहा कि एक्सियोस का यह लेख गढ़ा हुआ है।", []string{"elon-musk>axios:h"}},
		{"report called misleading", "मेटा ने एक्सियोस की ताजा रिपोर्ट को भ्रामक बताया।", nil},
		{"a carved statue is no judgment", "एलन मस्क ने कहा कि पत्थर से गढ़ी हुई मूर्ति डोनाल्ड ट्रंप को भेंट की जाएगी।", nil},
	})
}

// TestSession19NeitherMoney: money refused for the future in the
// correlative न … न is a withdrawal, as "पैसा नहीं देंगे" (SCHEMA,
// session 19); not a question, not "न सिर्फ … बल्कि", not a refusal to
// anyone in particular.
func TestSession19NeitherMoney(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"neither money nor support", "एलन मस्क ने कहा कि वे अब डोनाल्ड ट्रंप के किसी अभियान को न पैसा देंगे, न समर्थन।", []string{"elon-musk>donald-trump:h"}},
		{"neither … nor with तो", "रीड हॉफमैन ने कहा कि वे कमला हैरिस को न तो चंदा देंगे और न ही वोट।", []string{"reid-hoffman>kamala-harris:h"}},
		{"not only … but also", "एलन मस्क ने कहा कि वे डोनाल्ड ट्रंप को न सिर्फ पैसा देंगे, बल्कि समर्थन भी।", nil},
		{"a question", "क्या एलन मस्क अब डोनाल्ड ट्रंप को न पैसा देंगे, न समर्थन?", nil},
		{"nobody in particular", "एलन मस्क ने कहा कि वे इस चुनाव में किसी उम्मीदवार को न पैसा देंगे, न समर्थन।", nil},
	})
}

// TestSession19MadeUpTale: charges called Y's made-up tale (Y की
// गढ़ी हुई/मनगढ़ंत/झूठी कहानी) attack Y, as "Y की साजिश" does; also
// with a pronoun agent (उन्होंने). A tale of Y's with no hostile word
// is nobody's charge.
func TestSession19MadeUpTale(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"charges called Y's made-up tales", "कमला हैरिस ने इन आरोपों को डोनाल्ड ट्रंप की गढ़ी हुई कहानियां करार दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"charges called Y's false story", "राहुल गांधी ने आरोपों को नरेंद्र मोदी की झूठी कहानी बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"pronoun agent", "कमला हैरिस ने शाम को रैली में भाषण दिया। उन्होंने आरोपों को डोनाल्ड ट्रंप की मनगढ़ंत कहानी बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"Y's tale called inspiring", "डोनाल्ड ट्रंप ने कमला हैरिस की कहानी को प्रेरक बताया।", []string{"donald-trump>kamala-harris:s"}},
		{"a story of Y's struggle", "एलन मस्क ने कहा कि यह डोनाल्ड ट्रंप के संघर्ष की कहानी है।", nil},
		{"Y's sad story told", "डोनाल्ड ट्रंप ने कमला हैरिस की दर्दनाक कहानी सुनाई।", nil},
	})
}
