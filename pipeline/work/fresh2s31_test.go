package work

import (
	"testing"
	"time"
)

// Session 31 (FRESH2-S): our own sentences for the supportive errors of
// dev-outlets-bc and dev-contrast-db, written in the same shapes with other
// names and other words. The first rows of each test fail without the
// change named; the controls must stay as they are.

// TestFresh2s31Wording: praise wordings added to evaluative.yaml (a great
// or old friend said of Y, the architect of a change, code-mixed
// "pro-business" in a calling), with controls.
func TestFresh2s31Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// महान दोस्त/मित्र in X's words (ddb-012a's shape).
		{"great friend and tough bargainer", "नाइजल फराज ने लंदन में कहा कि डोनाल्ड ट्रंप एक महान दोस्त और बेहद सख्त सौदेबाज हैं।",
			[]string{"nigel-farage>donald-trump:s"}},
		{"great friend, welcome", "नरेंद्र मोदी ने उनके स्वागत में कहा कि मुकेश अंबानी देश के महान मित्र हैं।",
			[]string{"narendra-modi>mukesh-ambani:s"}},
		{"great friend, quote first", "\"सत्या नडेला एक महान दोस्त हैं,\" सैम ऑल्टमैन ने कहा।",
			[]string{"sam-altman>satya-nadella:s"}},
		// An old friend of one's family or of us (dbc-056's shape).
		{"old friend of the family", "गौतम अडानी ने कहा कि नरेंद्र मोदी अडानी परिवार के पुराने मित्र हैं और उनकी सलाह हमेशा काम आई है।",
			[]string{"gautam-adani>narendra-modi:s"}},
		{"our old friend", "लैरी एलिसन बोले, एलन मस्क हमारे पुराने मित्र हैं।",
			[]string{"larry-ellison>elon-musk:s"}},
		{"my good friend", "नरेंद्र मोदी ने कहा कि डोनाल्ड ट्रंप मेरे अच्छे मित्र हैं।",
			[]string{"narendra-modi>donald-trump:s"}},
		{"our close friend", "मासायोशी सन ने कहा कि सैम ऑल्टमैन हमारे करीबी दोस्त हैं।",
			[]string{"masayoshi-son>sam-altman:s"}},
		// The architect of a change (ddb-054a's shape).
		{"real architect of a change, quote first", "\"नरेंद्र मोदी भारत के बैंकिंग बदलाव के असली सूत्रधार हैं,\" मुकेश अंबानी ने कहा।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"architect of a revolution", "सत्या नडेला ने कहा कि सैम ऑल्टमैन एआई क्रांति के सूत्रधार हैं।",
			[]string{"satya-nadella>sam-altman:s"}},
		{"main architect of success", "मार्क जुकरबर्ग बोले, सुंदर पिचाई एंड्रॉयड की सफलता के मुख्य सूत्रधार हैं।",
			[]string{"mark-zuckerberg>sundar-pichai:s"}},
		// Code-mixed pro-business in a calling (dbc-019's shape).
		{"pro-business, pro-innovation leader, quoted", "सत्या नडेला ने नरेंद्र मोदी को \"प्रो-बिजनेस, प्रो-इनोवेशन नेता\" बताया।",
			[]string{"satya-nadella>narendra-modi:s"}},
		{"pro-growth candidate", "रीड हॉफमैन ने कमला हैरिस को प्रो-ग्रोथ उम्मीदवार करार दिया।",
			[]string{"reid-hoffman>kamala-harris:s"}},

		// Controls.
		{"two old friends: the friendship frame, both ways", "मुकेश अंबानी और गौतम अडानी पुराने दोस्त हैं।",
			[]string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},
		{"mastermind of a scam stays hostile", "राहुल गांधी ने गौतम अडानी को इस घोटाले का असली सूत्रधार बताया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"narrator's architect: no speaker, no stance", "सुंदर पिचाई एंड्रॉयड की सफलता के सूत्रधार रहे हैं और गूगल में बीस साल से हैं।", nil},
		{"bare friend stays calling only", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क के दोस्त अब उनसे दूर हैं।", nil},
		{"pro-business policy named by the narrator", "डोनाल्ड ट्रंप की प्रो-बिजनेस नीतियों पर एलन मस्क और सैम ऑल्टमैन ने चर्चा की।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2s31LeadLabel: a live blog's lead label before a dash or colon
// ("बड़ा ऐलान —") leaves the line after it its own main clause
// (leadLabel31, label31.go), so the person who tells his organisation's
// new deal is still its party; controls: a label owned by a speaker or a
// named speaker before the mark keeps the words after it as content.
func TestFresh2s31LeadLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"big announcement, told", "बड़ा ऐलान — मुकेश अंबानी ने बताया कि रिलायंस और गूगल मिलकर एक नया डेटा सेंटर उपक्रम बनाएंगे।",
			[]string{"google>mukesh-ambani:s", "google>reliance:s", "mukesh-ambani>google:s", "reliance>google:s"}},
		{"stamp, latest update, announced", "10:45 AM: ताजा अपडेट — लैरी एलिसन ने ऐलान किया कि ओरेकल ने ओपनएआई के साथ साझेदारी की है।",
			[]string{"larry-ellison>openai:s", "openai>larry-ellison:s", "openai>oracle:s", "oracle>openai:s"}},
		{"big decision, told as news", "अहम फैसला — सत्या नडेला ने बताया कि माइक्रोसॉफ्ट ने ओपनएआई के साथ नया करार किया है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s", "openai>satya-nadella:s", "satya-nadella>openai:s"}},
		{"big news, colon", "बड़ी खबर: मासायोशी सन ने बताया कि सॉफ्टबैंक और ओपनएआई मिलकर जापान में संयुक्त उपक्रम बनाएंगे।",
			[]string{"masayoshi-son>openai:s", "openai>masayoshi-son:s", "openai>softbank:s", "softbank>openai:s"}},

		// Controls.
		{"no label: the announcer as before", "मुकेश अंबानी ने बताया कि रिलायंस और गूगल मिलकर एक नया डेटा सेंटर उपक्रम बनाएंगे।",
			[]string{"google>mukesh-ambani:s", "google>reliance:s", "mukesh-ambani>google:s", "reliance>google:s"}},
		{"a speaker's claim label keeps its content", "मस्क का दावा — सैम ऑल्टमैन ने निवेशकों को धोखा दिया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"a named speaker before the dash", "राहुल गांधी — नरेंद्र मोदी ने देश को गुमराह किया है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2s31RecentForming: a pluperfect announcement of a forming
// that its sentence dates to the last few days ("एक दिन पहले … का ऐलान
// हुआ था, जिसमें X, Y और Z साझेदार हैं") reports the forming
// (recentForming31, recent31.go, in formingAnnounced); controls: a look
// back dated by a month or a year, or undated, stays background.
func TestFresh2s31RecentForming(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"two days before, relative", "ओरेकल के शेयर गुरुवार को उछले। दो दिन पहले टेक्सास में स्टारगेट परियोजना का ऐलान हुआ था, जिसमें ओरेकल, सॉफ्टबैंक और ओपनएआई साझेदार हैं।",
			[]string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"yesterday, relative", "मुंबई में कल एक नए एआई उपक्रम का ऐलान हुआ था, जिसमें रिलायंस और गूगल साझेदार हैं।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"a weekday, next sentence", "मंगलवार को व्हाइट हाउस में स्टारगेट परियोजना की घोषणा की गई थी। इसमें ओपनएआई, ओरेकल और सॉफ्टबैंक साझेदार हैं।",
			[]string{"openai>oracle:s", "openai>softbank:s", "oracle>openai:s", "oracle>softbank:s", "softbank>openai:s", "softbank>oracle:s"}},
		{"lately", "हाल ही में एक नए डेटा सेंटर उपक्रम का ऐलान हुआ था, जिसमें माइक्रोसॉफ्ट और ओपनएआई साझेदार हैं।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},

		// Controls.
		{"a month's look back stays background", "जनवरी में स्टारगेट परियोजना का ऐलान हुआ था, जिसमें ओपनएआई, ओरेकल और सॉफ्टबैंक साझेदार हैं।", nil},
		{"last year's look back stays background", "पिछले साल एक नए उपक्रम का ऐलान हुआ था, जिसमें रिलायंस और गूगल साझेदार हैं।", nil},
		{"undated pluperfect stays background", "स्टारगेट परियोजना का ऐलान किया गया था, जिसमें ओपनएआई और ओरेकल साझेदार हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2s31SilenceOwn: the narrator telling what X left unsaid ("X ने
// … Y की नीति पर एक शब्द भी नहीं कहा", a main clause outside anyone's
// words) is no stance (silenceNarrated31 in precisionVeto);
// controls: silence held against Y in someone's words stays hostile.
func TestFresh2s31SilenceOwn(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"narrated silence on Y's policy", "कमला हैरिस ने डेट्रॉयट की रैली में डोनाल्ड ट्रंप की आव्रजन नीति पर एक शब्द भी नहीं कहा।", nil},
		{"narrated silence, long relative", "नाइजल फराज ने अपने भाषण में, जो करीब एक घंटा चला और जिसमें कर, आव्रजन और ऊर्जा के मुद्दे उठे, डोनाल्ड ट्रंप की टैरिफ नीति पर एक शब्द भी नहीं कहा।", nil},
		{"narrated silence, बोला", "सत्या नडेला ने सम्मेलन में सुंदर पिचाई की एआई रणनीति पर एक शब्द भी नहीं बोला।", nil},

		// Controls.
		{"silence held in someone's words", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने गर्भपात कानून पर एक शब्द भी नहीं कहा।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"silence held, plain", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने किसानों की मौत पर एक शब्द नहीं कहा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2s31PronounCorrelative: "…और उन्होंने जो किया वह बहुत बुरा
// था" inside X's words — the वह after a relative opened by जो right
// after an agent pronoun is the correlative of the pronoun's deed
// (correlativeDeed31; the merge kept that one reader of the two written
// for it), so वह is no person judged and the pronoun's referent is no
// speaker; controls as before.
func TestFresh2s31PronounCorrelative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"what he did was bad", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप घबरा गए हैं और उन्होंने जो किया वह बेहद शर्मनाक था।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"what he said was a lie", "राहुल गांधी ने कहा कि नरेंद्र मोदी डर गए हैं और उन्होंने जो कहा वह सरासर झूठ था।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"what he wrote was shoddy", "सैम ऑल्टमैन ने कहा कि एलन मस्क अपना आपा खो चुके हैं और उन्होंने जो लिखा वह घटिया था।",
			[]string{"sam-altman>elon-musk:h"}},

		// Controls.
		{"named agent before जो, as before", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने जो किया वह बेहद शर्मनाक था।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a pronoun subject judged, no जो", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क ने भरोसा तोड़ा और वह बेहद स्वार्थी इंसान हैं।",
			[]string{"donald-trump>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFresh2s31NamelessOwnBody: "Y का नाम लिए बिना कहा कि … उनकी सरकार/
// उनका प्रशासन …" with no hostile word is the speaker's own body praised,
// no jibe at Y (ownBodyPron31 in namelessNeutral15);
// controls: a hostile word, or a pointer at people, still attacks.
func TestFresh2s31NamelessOwnBody(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"own government's hallmark", "डोनाल्ड ट्रंप ने कमला हैरिस का नाम लिए बिना कहा कि रोजगार ही उनके प्रशासन की सबसे बड़ी उपलब्धि है।", nil},
		{"own campaign's strength", "कमला हैरिस ने डोनाल्ड ट्रंप का नाम लिए बिना कहा कि युवा मतदाता ही उनके अभियान की ताकत हैं।", nil},
		{"own government, headline order", "राहुल गांधी का नाम लिए बिना नरेंद्र मोदी बोले- गरीबों की सेवा ही उनकी सरकार का मकसद है।", nil},

		// Controls.
		{"a hostile word still attacks", "नरेंद्र मोदी ने राहुल गांधी का नाम लिए बिना कहा कि उनकी पार्टी ने देश को बर्बाद कर दिया।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"pointing at some people still attacks", "कमला हैरिस ने डोनाल्ड ट्रंप का नाम लिए बिना कहा कि कुछ लोग सिर्फ डर बेचते हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
