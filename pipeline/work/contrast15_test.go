package work

import (
	"testing"
	"time"
)

// TestSession15Contrast: the causes that recur among the wrong items of
// the dev contrast files (session 15, CONTRAST helper). Each rule has a
// row where it fires and a row where it must not.
func TestSession15Contrast(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "Y मामले पर": a name written before मामले owns it and takes its
		// postposition, so an accusing question's subject is the one
		// asked about, not the case's name.
		{"X ने पूछा कि Y, Z मामले पर चुप क्यों हैं", "कमला हैरिस ने पूछा कि डोनाल्ड ट्रंप एलन मस्क मामले पर चुप क्यों हैं?", []string{"kamala-harris>donald-trump:h"}},
		{"Z मामले की जांच से क्यों डरते हैं", "नाइजल फराज ने पूछा कि एलन मस्क ओपनएआई मामले की जांच से आखिर क्यों डरते हैं।", []string{"nigel-farage>elon-musk:h"}},
		{"X पहले की तरह: पहले is no noun the name owns", "रीड हॉफमैन ने कहा कि कमला हैरिस पहले की तरह आज भी ईमानदार हैं।", []string{"reid-hoffman>kamala-harris:s"}},

		// A platform under पर charged by a charge noun (आरोप) is the
		// accused, past a long object too; a content clause with a
		// named subject, or another पर, keeps it the place of the words.
		{"X ने एक्स पर आरोप लगाया कि वह …", "नाइजल फराज ने एक्स पर आरोप लगाया कि वह उनकी पोस्ट लोगों से छिपा रहा है।", []string{"nigel-farage>x-corp:h"}},
		{"X ने एक्स पर N का आरोप लगाया", "डोनाल्ड ट्रंप ने एक्स पर चुनाव में धांधली का आरोप लगाया।", []string{"donald-trump>x-corp:h"}},
		{"X ने एक्स पर <long object> V-ने का आरोप लगाया", "कमला हैरिस ने एक्स पर चुनाव से पहले प्रवासियों के बारे में झूठी खबरों को बढ़ावा देने का आरोप लगाया।", []string{"kamala-harris>x-corp:h"}},
		{"X ने एक्स पर आरोप लगाया कि <named> … keeps the place", "एलन मस्क ने एक्स पर आरोप लगाया कि कमला हैरिस देश से झूठ बोल रही हैं।", []string{"elon-musk>kamala-harris:h"}},
		{"X ने एक्स पर <untracked> पर आरोप keeps the place", "कमला हैरिस ने एक्स पर राज्य सरकार पर धांधली का आरोप लगाया।", nil},

		// "The charges" called lies or a conspiracy attack their author
		// when the charge was named earlier only as what the speaker
		// answers ("Y के आरोपों पर X ने जवाब दिया"), or was laid against
		// the speaker's own chief; a denial alone stays no stance.
		{"Y के आरोपों पर X ने बयान जारी किया। X ने आरोपों को 'मनगढ़ंत' बताया", "कमला हैरिस के आरोपों पर एलन मस्क ने बयान जारी किया। मस्क ने आरोपों को 'पूरी तरह मनगढ़ंत' बताया।", []string{"elon-musk>kamala-harris:h"}},
		{"… X ने आरोपों को '… साजिश' करार दिया", "एलन मस्क के आरोपों पर ओपनएआई ने शाम को जवाब दिया। ओपनएआई ने आरोपों को 'निवेशकों को डराने की एक साजिश' करार दिया।", []string{"openai>elon-musk:h"}},
		{"Y accused X's chief; X's spokesperson calls the charges lies", "एलन मस्क ने सैम ऑल्टमैन पर धोखाधड़ी का आरोप लगाया। ओपनएआई के प्रवक्ता ने इन आरोपों को मनगढ़ंत बताया।", []string{"elon-musk>sam-altman:h", "openai>elon-musk:h"}},
		{"… X ने आरोपों को बेबुनियाद बताया: a denial only", "कमला हैरिस के आरोपों पर एलन मस्क ने बयान जारी किया। मस्क ने आरोपों को बेबुनियाद बताया।", nil},
		{"Y के आरोपों पर X ने जवाब दिया: no stance", "कमला हैरिस के आरोपों पर एलन मस्क ने शाम को जवाब दिया।", nil},

		// A headline "X-Y: '…'" is a label naming a pair, not the
		// words' speakers (SCHEMA: a label gives no stance by itself;
		// precision15's ownSpeakers): a charge with no doer named in the
		// words charges no one, and one with a doer named is that doer's
		// act, charged by neither of the pair.
		{"X-Y: 'N' पर सवाल (no doer in the words)", "मोदी-राहुल: 'बजट' पर सवाल || ", nil},
		{"X-Y: 'Z ने … झूठ बोला': the label charges no one", "ट्रंप-मस्क: 'कमला हैरिस ने जनता से झूठ बोला' || ", nil},

		// "X, Y और Z ने मिलकर <deal> परियोजना का ऐलान किया": the deal
		// named with its venture word is the venture they form, every
		// pair allied; a deal's site visited together is no venture.
		{"X, Y और Z ने मिलकर <deal> परियोजना … का ऐलान किया", "ओरेकल, माइक्रोसॉफ्ट और ओपनएआई ने मिलकर स्टारगेट परियोजना शुरू करने का ऐलान किया।", []string{"microsoft>openai:s", "microsoft>oracle:s", "openai>microsoft:s", "openai>oracle:s", "oracle>microsoft:s", "oracle>openai:s"}},
		{"X और Y ने मिलकर <deal> साइट का दौरा किया", "ओरेकल और ओपनएआई ने मिलकर स्टारगेट साइट का दौरा किया।", nil},

		// A platform under पर with a lawsuit in its clause is sued.
		{"X ने ट्विटर पर मुकदमा किया", "मार्क जुकरबर्ग ने पिछले साल ट्विटर पर मुकदमा किया था।", []string{"mark-zuckerberg>x-corp:h"}},
		{"X ने एक्स पर दायर किया … मुकदमा (headline)", "मेटा ने एक्स पर दायर किया कॉपीराइट मुकदमा || ", []string{"meta>x-corp:h"}},
		{"X ने एक्स पर Y पर मुकदमा किया: Y is sued", "मेटा ने एक्स पर गूगल पर मुकदमा किया।", []string{"meta>google:h"}},

		// "यह कहना गलत होगा कि …" denies the words after it.
		{"यह कहना गलत होगा कि …", "यह कहना गलत होगा कि मेटा ने गूगल की आलोचना की है।", nil},
		{"यह कहना सही होगा कि … stays", "यह कहना सही होगा कि मेटा ने गूगल की आलोचना की है।", []string{"meta>google:h"}},

		// A company named as a party to a tie ("X और Y के बीच") is the
		// one a later bare कंपनी means; "एक कंपनी" is some company.
		{"X और Y के बीच …। कंपनी ने Y के साथ हुआ समझौता तोड़ दिया", "गूगल और डोनाल्ड ट्रंप के बीच रिश्ते कई बार बदले हैं। कंपनी ने ट्रंप के साथ हुआ समझौता तोड़ दिया।", []string{"google>donald-trump:h"}},
		{"… एक कंपनी ने … तोड़ दिया: some company", "गूगल और डोनाल्ड ट्रंप के बीच रिश्ते कई बार बदले हैं। एक कंपनी ने ट्रंप के साथ हुआ समझौता तोड़ दिया।", nil},

		// A snub worded as readiness denied ("Y से बात करने को/के लिए
		// तैयार नहीं"), also in a quote tagged after it; readiness said
		// is no snub.
		{"X ने कहा कि वह Y से बात करने को तैयार नहीं", "कमला हैरिस ने कहा कि वह डोनाल्ड ट्रंप से बात करने को तैयार नहीं हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"“मैं Y से मिलने के लिए तैयार नहीं हूं,” X ने कहा", "“मैं सैम ऑल्टमैन से मिलने के लिए तैयार नहीं हूं,” एलन मस्क ने कहा।", []string{"elon-musk>sam-altman:h"}},
		{"X ने कहा कि वह Y से बात करने को तैयार हैं: no snub", "कमला हैरिस ने कहा कि वह डोनाल्ड ट्रंप से बात करने को तैयार हैं।", nil},

		// A frame that turns hostile when negated ("Y पर भरोसा नहीं")
		// inside a denied saying ("X ने कभी नहीं कहा कि …") is no stance,
		// as a negated praise there is not; said plainly it stays.
		{"X ने कहा कि उन्होंने कभी नहीं कहा कि Y पर भरोसा नहीं किया जा सकता", "कमला हैरिस ने कहा कि उन्होंने कभी नहीं कहा कि डोनाल्ड ट्रंप पर भरोसा नहीं किया जा सकता।", nil},
		{"X ने कहा कि Y पर भरोसा नहीं किया जा सकता stays", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप पर भरोसा नहीं किया जा सकता।", []string{"kamala-harris>donald-trump:h"}},

		// The speaker's own rival in her words is the other person the
		// story named; the verb's gender picks the speaker. Words about
		// someone named speak of that one's rival.
		{"X और Y …। वह बोलीं कि उनका प्रतिद्वंद्वी … झूठ बोलता है", "कमला हैरिस और डोनाल्ड ट्रंप ने अलग-अलग सभाएं कीं। वह बोलीं कि उनका प्रतिद्वंद्वी जनता से झूठ बोलता है।", []string{"kamala-harris>donald-trump:h"}},
		{"X और Y …। वह बोले कि उनकी प्रतिद्वंद्वी ने … झूठ बोला", "कमला हैरिस और डोनाल्ड ट्रंप ने अलग-अलग सभाएं कीं। अगले दिन वह बोले कि उनकी प्रतिद्वंद्वी ने सिर्फ झूठ बोला।", []string{"donald-trump>kamala-harris:h"}},
		{"X ने Y के बारे में कहा कि उनके प्रतिद्वंद्वी …: Y's rival", "कमला हैरिस ने डोनाल्ड ट्रंप के बारे में कहा कि उनके प्रतिद्वंद्वी झूठ बोल रहे हैं।", nil},

		// A respect phrase after the possessed noun ("N के मामले में")
		// leaves the noun the judged subject; with no judgement after
		// it, no one is judged.
		{"X ने कहा कि Y का N सुरक्षा के मामले में लापरवाह है", "सुंदर पिचाई ने कहा कि ओपनएआई का मॉडल निजता के मामले में लापरवाह है।", []string{"sundar-pichai>openai:h"}},
		{"X ने कहा कि Y का N … के मामले में खतरनाक है", "सत्या नडेला ने कहा कि गूगल का सर्च इंजन प्रतिस्पर्धा के मामले में खतरनाक है।", []string{"satya-nadella>google:h"}},
		{"X ने कहा कि Y का N … के मामले में पेश हुआ: no judgement", "सुंदर पिचाई ने कहा कि ओपनएआई का वकील कॉपीराइट के मामले में अदालत में पेश हुआ।", nil},

		// Harmful content said to spread on a platform, in someone's
		// words, criticises the platform; the platform the words are
		// posted on, content that is not harmful, or a denial do not.
		{"X ने लिखा कि एक्स पर अफवाहें … फैल रही हैं", "कमला हैरिस ने लिखा कि एक्स पर चुनाव के बारे में अफवाहें बेरोकटोक फैल रही हैं।", []string{"kamala-harris>x-corp:h"}},
		{"X ने कहा कि एक्स पर भ्रामक सूचनाएं फैलती हैं", "सुंदर पिचाई ने कहा कि एक्स पर भ्रामक सूचनाएं बहुत तेजी से फैलती हैं।", []string{"sundar-pichai>x-corp:h"}},
		{"X ने एक्स पर लिखा कि गलत सूचनाएं फैल रही हैं: the place of posting", "कमला हैरिस ने एक्स पर लिखा कि गलत सूचनाएं तेजी से फैल रही हैं।", nil},
		{"X ने लिखा कि एक्स पर उनकी पोस्ट फैल रही है: nothing harmful", "कमला हैरिस ने लिखा कि एक्स पर उनकी पोस्ट तेजी से फैल रही है।", nil},
		{"X ने लिखा कि एक्स पर गलत सूचनाएं नहीं फैल रहीं: denied", "कमला हैरिस ने लिखा कि एक्स पर गलत सूचनाएं नहीं फैल रहीं।", nil},

		// A quote of two sentences whose tag opens with its agent and
		// closes with the speech verb is that agent's, even when the tag
		// runs long; a long tag that does not open with its agent names
		// no speaker.
		{"“… । …,” X ने <long circumstance> कहा", "“मैं कमला हैरिस से मिलने के लिए तैयार नहीं हूं। उनसे कोई बात नहीं होगी,” डोनाल्ड ट्रंप ने मंगलवार को फ्लोरिडा में अपने घर पर पत्रकारों से बातचीत में एक सवाल के जवाब में कहा।", []string{"donald-trump>kamala-harris:h"}},
		{"“… । …,” <long circumstance> X ने कहा: no speaker", "“मैं कमला हैरिस से मिलने के लिए तैयार नहीं हूं। उनसे कोई बात नहीं होगी,” मंगलवार को फ्लोरिडा में अपने घर पर पत्रकारों से लंबी बातचीत के दौरान एक सवाल के जवाब में डोनाल्ड ट्रंप ने कहा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
