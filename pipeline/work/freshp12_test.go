package work

import (
	"testing"
	"time"
)

// TestSession12FreshP: constructions from the study of the misses on the
// file written blind for session 12 (dev-outlets-p). Sentences are our
// own. "head || body" splits a headline from its body.
func TestSession12FreshP(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// untrackedMember: a list with untracked members between two
		// tracked names keeps the first name in the list.
		{"X ने A, <role> और B पर हमला बोला", "राहुल गांधी ने नरेंद्र मोदी, सेबी प्रमुख और गौतम अडानी पर हमला बोला।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
		{"X ने A, <untracked name> और B की आलोचना की", "एलन मस्क ने डोनाल्ड ट्रंप, बराक ओबामा और कमला हैरिस की आलोचना की।",
			[]string{"elon-musk>donald-trump:h", "elon-musk>kamala-harris:h"}},
		{"two untracked members, subjects of the act", "सुंदर पिचाई, टिम कुक, जेन्सेन हुआंग और सत्या नडेला ने डोनाल्ड ट्रंप की तारीफ की।",
			[]string{"satya-nadella>donald-trump:s", "sundar-pichai>donald-trump:s"}},
		{"a relative clause after the comma is no list member", "राहुल गांधी ने कहा कि नरेंद्र मोदी, जिन्हें सब जानते हैं, और सरकार नाकाम रहे।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"a new clause after the comma is no list", "सैम ऑल्टमैन, कई निवेशकों से मिले और एलन मस्क ने ओपनएआई की आलोचना की।",
			[]string{"elon-musk>openai:h"}},
		// claimAbove: "R ने कहा कि T दावा करते हैं कि P, लेकिन Q": Q is R's
		// answer to T's claim, not more of T's claim.
		{"लेकिन after a claim reported in R's words is R's", "राहुल गांधी ने कहा कि डोनाल्ड ट्रंप बार-बार दावा करते हैं कि उन्होंने युद्ध रुकवाया, लेकिन नरेंद्र मोदी में इसका जवाब देने की हिम्मत नहीं है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"the same after a finite verb and comma", "कमला हैरिस ने कहा कि एलन मस्क दावा करते हैं कि वह आजादी के लिए लड़ रहे हैं, लेकिन डोनाल्ड ट्रंप झूठ फैला रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a claim that is the main clause keeps its लेकिन", "डोनाल्ड ट्रंप दावा करते हैं कि वह ईमानदार हैं, लेकिन कमला हैरिस झूठी हैं।",
			[]string{"donald-trump>kamala-harris:h"}},
		// epithetEndingAt: a quarrel presupposed with a partner written as
		// an office the story gave a name ("राष्ट्रपति के साथ झगड़े के बाद").
		{"office partner of a presupposed quarrel (के साथ)", "डोनाल्ड ट्रंप अमेरिका लौटे। राष्ट्रपति के साथ झगड़े के बाद एलन मस्क ने कहा कि वह खुश हैं।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"office partner of a presupposed quarrel (से, adjective)", "डोनाल्ड ट्रंप ने भाषण दिया। राष्ट्रपति से तीखी तकरार के बाद एलन मस्क ने एक्स छोड़ा।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"an office the story never gave is nobody", "राष्ट्रपति के साथ झगड़े के बाद एलन मस्क ने कहा कि वह खुश हैं।", nil},
		{"a meeting with the office holder is no quarrel", "प्रधानमंत्री नरेंद्र मोदी विदेश गए। प्रधानमंत्री के साथ बैठक के बाद राहुल गांधी ने रैली की।", nil},
		// genitiveMentionsOnly: a quoted label whose only name is the
		// owner of its head ("Y को 'Z का सबसे भरोसेमंद साथी' बताया") is a
		// label, as with no name in it: the को-object is judged.
		{"quoted label with a tracked owner inside (supportive)", "सुंदर पिचाई ने रिलायंस को 'गूगल का सबसे भरोसेमंद साथी' बताया।",
			[]string{"sundar-pichai>reliance:s"}},
		{"two objects, the owner a third party", "मुकेश अंबानी ने मेटा और गूगल को 'रिलायंस के सबसे भरोसेमंद साझेदार' बताया।",
			[]string{"mukesh-ambani>google:s", "mukesh-ambani>meta:s"}},
		{"quoted label with a tracked owner inside (hostile)", "डोनाल्ड ट्रंप ने एलन मस्क को 'ओपनएआई का सबसे घटिया दुश्मन' कहा।",
			[]string{"donald-trump>elon-musk:h"}},
		{"a neutral label with an owner inside is no stance", "एलन मस्क ने एक्सएआई को 'टेस्ला की बहन कंपनी' बताया।", nil},
		// quoteAfterCall: a headline's comma after a quote a calling or
		// speech verb introduces ends the predicate; a refusal after it is
		// another act and does not negate the first.
		{"headline: X ने Y को बताया 'Q', <refusal>", "मस्क ने ऑल्टमैन को कहा 'धोखेबाज', मुकदमा वापस लेने से इनकार || ",
			[]string{"elon-musk>sam-altman:h"}},
		{"headline: X बोले 'Y …', <refusal>", "मस्क बोले 'ट्रंप झूठे हैं', माफी मांगने से इनकार || ",
			[]string{"elon-musk>donald-trump:h"}},
		{"headline: the refusal before the quote still negates", "ट्रंप ने एक्सियोस को 'फेक न्यूज' बताने से इनकार किया || ", nil},
		// kiContinued: a charge's words go on after और; the one they say
		// gained, or who acts there, is accused as in the first part.
		{"charge's second conjunct names the one favoured", "राहुल गांधी ने आरोप लगाया कि नियम बदले गए और गौतम अडानी को ठेके दिए गए।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"charge's second conjunct with a tracked agent", "कमला हैरिस ने आरोप लगाया कि चुनाव के नियम तोड़े गए और एलन मस्क ने पैसे बांटे।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"the first part's untracked agent carries on: the shielded is no target", "राहुल गांधी ने आरोप लगाया कि सेबी ने जांच अधूरी छोड़ दी और गौतम अडानी को बचाने का काम किया।", nil},
		{"plain speech after और is no charge", "राहुल गांधी ने कहा कि नियम बदले गए और गौतम अडानी को ठेके दिए गए।", nil},
		// finiteQuoteBefore: an inline quote ending in a finite verb ends
		// its predicate in someone's words; the act after और is the
		// speaker's, not the quoted clause's subject's.
		{"कहा कि A 'Q है' और Y की तारीफ की (supportive)", "सत्या नडेला ने कहा कि ओपनएआई 'तेजी से आगे बढ़ी है' और सैम ऑल्टमैन के नेतृत्व की तारीफ की।",
			[]string{"satya-nadella>sam-altman:s"}},
		// Session 17 (WORDH): 'भटक गई है' said of A is itself criticism
		// (blind gold dvz-009); the split still gives Y's criticism.
		{"कहा कि A 'Q है' और Y की आलोचना की (hostile)", "एलन मस्क ने कहा कि ओपनएआई 'रास्ते से भटक गई है' और सैम ऑल्टमैन की आलोचना की।",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"a quote ending without a verb does not split", "सत्या नडेला ने कहा कि ओपनएआई 'तेजी से आगे बढ़ी' और सैम ऑल्टमैन उसके नेता हैं।", nil},
		// refusedContact12: refusing to meet, sit, talk, debate, share a
		// stage or shake hands with Y is a snub (SCHEMA), X → Y hostile.
		{"Y से मिलने नहीं जाएंगे (future)", "सैम ऑल्टमैन ने कहा कि वह एलन मस्क से मिलने नहीं जाएंगे।", []string{"sam-altman>elon-musk:h"}},
		{"Y के साथ बैठने में कोई रुचि नहीं", "कमला हैरिस ने कहा कि उन्हें डोनाल्ड ट्रंप के साथ बैठने में कोई रुचि नहीं है।", []string{"kamala-harris>donald-trump:h"}},
		{"Y के साथ दोबारा मंच साझा नहीं करेंगे", "नरेंद्र मोदी ने कहा कि वह राहुल गांधी के साथ दोबारा मंच साझा नहीं करेंगे।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"Y से बहस करने से इनकार (agent)", "कमला हैरिस ने डोनाल्ड ट्रंप से बहस करने से इनकार किया।", []string{"kamala-harris>donald-trump:h"}},
		{"Y से हाथ मिलाने से मना कर दिया", "मार्क जुकरबर्ग ने एलन मस्क से हाथ मिलाने से मना कर दिया।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"headline: मैं Y से नहीं मिलूंगा", "ऑल्टमैन बोले- मैं मस्क से नहीं मिलूंगा || ", []string{"sam-altman>elon-musk:h"}},
		{"past not speaking is no snub", "कमला हैरिस ने डोनाल्ड ट्रंप से बात नहीं की।", nil},
		{"not allowed to meet is no snub", "राहुल गांधी को गौतम अडानी से मिलने नहीं दिया गया।", nil},
		{"a question is no refusal", "क्या सैम ऑल्टमैन एलन मस्क से मिलने नहीं जाएंगे?", nil},
		{"a conditional is no refusal", "अगर जांच नहीं हुई तो राहुल गांधी गौतम अडानी से मिलने नहीं जाएंगे।", nil},
		{"receiving help is no contact", "राहुल गांधी ने कहा कि गौतम अडानी से मदद मिलने की उम्मीद नहीं है।", nil},
		// dativeSubject: a jibe's or charge's words whose subject is a
		// dative of duty ("कि Y को … चाहिए/पड़ेगा") are about Y.
		{"तंज कसते हुए कहा कि Y को … चाहिए", "डोनाल्ड ट्रंप ने तंज कसते हुए कहा कि कमला हैरिस को पहले अपना रिकॉर्ड देखना चाहिए।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"तंज कसा कि Y को … पड़ेगी", "एलन मस्क ने तंज कसा कि सैम ऑल्टमैन को माफी मांगनी पड़ेगी।",
			[]string{"elon-musk>sam-altman:h"}},
		{"आरोप लगाया कि Y को … चाहिए", "राहुल गांधी ने आरोप लगाया कि गौतम अडानी को जवाब देना चाहिए।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"plain advice in speech is no jibe", "सत्या नडेला ने कहा कि सैम ऑल्टमैन को जवाब देना चाहिए।", nil},
		// relationPhase: a pair's relation written as its phase or
		// series ("तकरार का दौर जारी") holds; a flipper still ends it.
		{"X और Y की तकरार का दौर जारी", "कमला हैरिस और डोनाल्ड ट्रंप की तकरार का दौर जारी है।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"X और Y के बीच जुबानी जंग का सिलसिला चला", "गूगल और मेटा के बीच जुबानी जंग का सिलसिला चला।",
			[]string{"google>meta:h", "meta>google:h"}},
		{"headline: X और Y में आरोप-प्रत्यारोप का दौर", "मस्क और ऑल्टमैन में आरोप-प्रत्यारोप का दौर जारी || ",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"a phase that has stopped is no quarrel", "एलन मस्क और डोनाल्ड ट्रंप के बीच तकरार का दौर अब थम गया है।", nil},
		{"a quarrel's phase someone wants ended names no pair", "कमला हैरिस ने कहा कि आरोप-प्रत्यारोप का दौर खत्म होना चाहिए।", nil},
		// behestCharge12: in someone's words, an act done at Y's behest
		// blames Y; the narrator's "Z ने Y के इशारे पर …" does not.
		{"कहा कि यह सब Y के इशारे पर हुआ", "कमला हैरिस ने कहा कि यह सब डोनाल्ड ट्रंप के इशारे पर हुआ।", []string{"kamala-harris>donald-trump:h"}},
		{"कहा कि Z, Y के इशारों पर नाच रहे हैं", "राहुल गांधी ने कहा कि कई अफसर गौतम अडानी के इशारों पर नाच रहे हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"कहा कि Z, Y की शह पर बोल रहे हैं", "सैम ऑल्टमैन ने कहा कि कुछ निवेशक एलन मस्क की शह पर बोल रहे हैं।", []string{"sam-altman>elon-musk:h"}},
		{"the narrator's behest is no stance", "भाजपा नेताओं ने नरेंद्र मोदी के इशारे पर रैली की।", nil},
		{"a denied behest is no charge", "राहुल गांधी ने कहा कि यह नरेंद्र मोदी के इशारे पर नहीं हुआ।", nil},
		{"an asked behest is no charge", "राहुल गांधी ने पूछा कि क्या यह सब नरेंद्र मोदी के इशारे पर हुआ?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
