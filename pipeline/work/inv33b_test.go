package work

import (
	"testing"
	"time"
)

// TestInv33BProgressiveDeed: a light-verb deed of the past ("पैसा दिया",
// "चंदा दिया", "आरोप लगाया") read in the progressive ("दे रहे हैं") and the
// continuative ("देते रहे हैं") as in the perfective and the completive
// (progressive33b beside completive22 in pattern.matchIn). INV5's V2/V4.
func TestInv33BProgressiveDeed(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"money, progressive", "गौतम अडानी इन दिनों नरेंद्र मोदी की पार्टी के अभियान को भारी पैसा दे रहे हैं।",
			[]string{"gautam-adani>narendra-modi:s"}},
		{"money, continuative", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को लगातार पैसा देते रहे हैं।",
			[]string{"larry-ellison>donald-trump:s"}},
		{"status, progressive", "डोनाल्ड ट्रंप लैरी एलिसन को सरकारी सलाहकार का दर्जा दे रहे हैं।",
			[]string{"donald-trump>larry-ellison:s"}},
		// Controls: a plan (रहेंगे, the future) and the future stay
		// unasserted; a progressive negated stays unasserted.
		{"plan, continuative future", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को पैसा देते रहेंगे।", nil},
		{"plan, future", "लैरी एलिसन डोनाल्ड ट्रंप के अभियान को पैसा देंगे।", nil},
		{"perfective unchanged", "लैरी एलिसन ने डोनाल्ड ट्रंप के अभियान को पैसा दिया।",
			[]string{"larry-ellison>donald-trump:s"}},
	})
}

// TestInv33BAnnounceCompound: "… का ऐलान कर दिया", "घोषणा कर दी" is an
// announcement as "ऐलान किया" is (announceVerb33b in announces,
// compoundAnnounce33b in formingAnnounced): its announcer is party to the
// partnership, and the members named after it formed it. INV5's V6.
func TestInv33BAnnounceCompound(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"announcer, कर दिया", "सत्या नडेला ने मंगलवार को गूगल के साथ माइक्रोसॉफ्ट की नई एआई साझेदारी का ऐलान कर दिया।",
			[]string{"satya-nadella>google:s", "google>satya-nadella:s", "google>microsoft:s", "microsoft>google:s"}},
		{"members after, घोषणा कर दी", "मासायोशी सन ने एक नई एआई परियोजना की घोषणा कर दी। इसमें मेटा, सॉफ्टबैंक और गूगल साझेदार हैं।",
			[]string{"meta>softbank:s", "softbank>meta:s", "meta>google:s", "google>meta:s", "softbank>google:s", "google>softbank:s"}},
		// Controls: the pluperfect compound is a look back; the simple
		// past reads as before.
		{"pluperfect compound", "मासायोशी सन ने एक नई एआई परियोजना की घोषणा कर दी थी। इसमें मेटा, सॉफ्टबैंक और गूगल साझेदार हैं।", nil},
		{"simple past unchanged", "मासायोशी सन ने एक नई एआई परियोजना की घोषणा की। इसमें मेटा, सॉफ्टबैंक और गूगल साझेदार हैं।",
			[]string{"meta>softbank:s", "softbank>meta:s", "meta>google:s", "google>meta:s", "softbank>google:s", "google>softbank:s"}},
	})
}

// TestInv33BBareSubject: a person's name opening a body sentence with no
// ने after it is the bare subject of a progressive or completive clause,
// not the owner of the noun after it ("X फोन पर …", "X यूट्यूब पर …";
// bareSubject33b in topicAfterSubject15). INV5's V2/V3/V4.
func TestInv33BBareSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"phone, completive", "मुकेश अंबानी फोन पर गौतम अडानी को जन्मदिन की बधाई दे चुके हैं।",
			[]string{"mukesh-ambani>gautam-adani:s"}},
		{"video, progressive", "कमला हैरिस यूट्यूब पर जारी एक वीडियो में डोनाल्ड ट्रंप की आलोचना कर रही हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"title, phone", "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप फोन पर सत्या नडेला को धमकी दे रहे हैं।",
			[]string{"donald-trump>satya-nadella:h"}},
		// (A place noun was read before: "… मंच पर Y पर निशाना".)
		{"title, stage", "नेता प्रतिपक्ष राहुल गांधी मंच पर गौतम अडानी पर निशाना साध रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		// Controls: a name before a noun with a ने agent later stays
		// the noun's; a headline-like compound with no verb of the
		// name's judges nobody.
		{"compound before an agent", "ट्रंप टैरिफ पर राहुल गांधी ने नरेंद्र मोदी को घेरा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"compound, no act", "मस्क पैकेज पर टेस्ला के निवेशक बंटे हुए हैं।", nil},
	})
}

// TestInv33BPassiveAgent: the passive with a द्वारा agent reads as the
// active with ने: a charge noun owned by another name is the object
// ("X द्वारा Y के दावों को … करार दिया गया"; chargeOfOther33b in isAct),
// and an attack about Y ("Y को लेकर मोर्चा खोल दिया गया") is aimed at Y
// (aboutTarget12). INV5's V1.
func TestInv33BPassiveAgent(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"claims called lies", "कमला हैरिस द्वारा डोनाल्ड ट्रंप के दावों को झूठ का पुलिंदा करार दिया गया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"front opened about", "रीड हॉफमैन द्वारा एलन मस्क को लेकर मोर्चा खोल दिया गया।",
			[]string{"reid-hoffman>elon-musk:h"}},
		// Controls: the act noun right after द्वारा stays the act; a
		// statement about Y given by X is no attack.
		{"act after agent", "राहुल गांधी द्वारा नरेंद्र मोदी की आलोचना से भाजपा नाराज है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"statement about", "एलन मस्क को लेकर रीड हॉफमैन द्वारा दिए गए बयान पर चर्चा हुई।", nil},
	})
}

// TestInv33BGivenBeforeName: a tracked person's given name alone right
// before another tracked person's full name is the first person, the bare
// subject ("मासायोशी मार्क जुकरबर्ग को … बता चुके हैं"), not a stranger
// sharing the given name (trackedFullAfter33b in ground). INV5's V2/V3.
func TestInv33BGivenBeforeName(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"standalone given name", "मासायोशी मार्क जुकरबर्ग को सबसे भरोसेमंद साथी बता चुके हैं।",
			[]string{"masayoshi-son>mark-zuckerberg:s"}},
		{"given name after a full one", "सत्या नडेला ने मंगलवार को निवेशकों से बात की। सत्या सुंदर पिचाई को भरोसेमंद साथी बता चुके हैं।",
			[]string{"satya-nadella>sundar-pichai:s"}},
		{"female given name", "कमला हैरिस ने मंगलवार को एक रैली की। कमला डोनाल्ड ट्रंप को झूठा बता चुकी हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls: a given name before an untracked surname is
		// another person.
		{"namesake, untracked surname", "सैम करन ने एलन मस्क की तारीफ की।", nil},
		{"namesake, cricketer", "राहुल द्रविड़ ने नरेंद्र मोदी की तारीफ की।", nil},
	})
}

// TestInv33BVerbFirstFlip: a headline's verb-first flipper ("X ने रद्द
// किया Y के साथ … का करार") reaches a tie noun up to ten tokens on
// (verbFirstReach33b in readFrame): the break, not the deal. INV5's V7.
func TestInv33BVerbFirstFlip(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"cancelled, long deal noun", "गूगल ने रद्द किया मेटा के साथ एशिया क्लाउड डेटा सेंटर का करार || कंपनी ने बुधवार को यह जानकारी दी।",
			[]string{"google>meta:h"}},
		{"broken, long deal noun", "माइक्रोसॉफ्ट ने तोड़ा ओरेकल के साथ यूरोप डेटा सेंटर का करार || कंपनी ने बुधवार को यह जानकारी दी।",
			[]string{"microsoft>oracle:h"}},
		// Controls: the short one read before; a verb-first deal with
		// no flipper stays a deal; in a body the cap stays at six.
		{"cancelled, short", "गूगल ने रद्द किया मेटा के साथ करार || कंपनी ने बुधवार को यह जानकारी दी।",
			[]string{"google>meta:h"}},
		{"signed, verb first", "गूगल और मेटा ने की एशिया डेटा सेंटर के लिए साझेदारी || कंपनियों ने बुधवार को यह जानकारी दी।",
			[]string{"google>meta:s", "meta>google:s"}},
	})
}
