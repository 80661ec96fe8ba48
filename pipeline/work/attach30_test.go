package work

import (
	"testing"
	"time"
)

// Session 30 (ATTACH): wording the engine has, attached to the right
// party (attach30.go). Our own sentences. The first rows of each test
// fail without the rule named; the controls must stay as they are.

// TestSession30AgainstOutburst: an outburst (बरसे, बरस पड़े, गरजे) at
// "Y के खिलाफ" is hostile to Y, also past a venue (venueAgainst30: no
// act against Y that the speaker would be defending Y from); anger at an
// act against Y still takes Y's side (actObjectAgainst30).
func TestSession30AgainstOutburst(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"khilaf, venue between", " || राहुल गांधी नरेंद्र मोदी के खिलाफ लोकसभा में जमकर बरसे।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"khilaf, plain", " || कमला हैरिस डोनाल्ड ट्रंप के खिलाफ खुलकर बरसीं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"khilaf, बरस पड़े", " || सैम ऑल्टमैन एलन मस्क के खिलाफ बरस पड़े।",
			[]string{"sam-altman>elon-musk:h"}},
		{"khilaf, गरजे after venue", " || नाइजल फराज संसद में कमला हैरिस के खिलाफ गरजे।",
			[]string{"nigel-farage>kamala-harris:h"}},
		// Controls.
		{"anger at a campaign against Y", " || एलन मस्क ने कहा कि वह डोनाल्ड ट्रंप के खिलाफ चल रहे अभियान पर बरसे थे।",
			[]string{"elon-musk>donald-trump:s"}},
		{"par target as before", " || डोनाल्ड ट्रंप सदन में एलन मस्क पर जमकर बरसे।",
			[]string{"donald-trump>elon-musk:h"}},
		{"suit filed in court", " || एलन मस्क ने ओपनएआई के खिलाफ अदालत में मुकदमा दायर किया।",
			[]string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30NominalSuit: "X का Y और Z पर मुकदमा" — the genitive
// before coordinated targets under a postposition is the doer, as with
// one target (coordThenPost30), also when a comma opens another's
// clause with a ने-agent after the act.
func TestSession30NominalSuit(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"two targets", "सॉफ्टबैंक का ओरेकल और माइक्रोसॉफ्ट पर मुकदमा || ",
			[]string{"softbank>oracle:h", "softbank>microsoft:h"}},
		{"two targets, reply past comma", "सैम ऑल्टमैन का एक्स कॉर्प और एक्सएआई पर नया मुकदमा, कंपनी ने भी दिया जवाब || ",
			[]string{"sam-altman>x-corp:h", "sam-altman>xai:h"}},
		{"one target, reply past comma", "मार्क जुकरबर्ग का सैम ऑल्टमैन पर हमला, ओपनएआई ने भी दिया जवाब || ",
			[]string{"mark-zuckerberg>sam-altman:h"}},
		// Controls.
		{"one target", "सॉफ्टबैंक का ओरेकल पर मुकदमा || ",
			[]string{"softbank>oracle:h"}},
		{"owned company, agent after", "एलन मस्क की एक्सएआई और टेस्ला पर ओपनएआई ने किया मुकदमा || ",
			[]string{"openai>xai:h", "openai>tesla:h", "openai>elon-musk:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30ChargedBreach: a deal noun broken in an infinitive under
// a suit's or charge's genitive ("अनुबंध तोड़ने का मुकदमा") is the
// charge's content, not a rupture between the coordinated defendants
// (chargedAct30).
func TestSession30ChargedBreach(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"breach in a suit, org and its chief", " || सॉफ्टबैंक ने ओपनएआई और उसके प्रमुख सैम ऑल्टमैन पर अनुबंध तोड़ने का मुकदमा किया।",
			[]string{"softbank>openai:h", "softbank>sam-altman:h"}},
		{"breach in a suit, two orgs", " || ओरेकल ने मेटा और गूगल पर अनुबंध तोड़ने का मुकदमा दायर किया।",
			[]string{"oracle>meta:h", "oracle>google:h"}},
		// Controls.
		{"breach as a deed", " || मेटा ने रिलायंस के साथ अपना अनुबंध तोड़ दिया।",
			[]string{"meta>reliance:h"}},
		{"breach planned", " || गूगल ने कहा कि वह रिलायंस के साथ अनुबंध तोड़ने की तैयारी में है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30AboutNoSubject: in the words after a charge, jibe or
// blunt remark, a name under "के बारे में" is what they are about, not
// the owner of their subject (ownedSubject26 skips mkAbout).
func TestSession30AboutNoSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"blunt, declined comment", " || लैरी एलिसन ने दो टूक कहा कि डोनाल्ड ट्रंप की चुनावी समिति के बारे में वह कोई टिप्पणी नहीं करेंगे।", nil},
		{"blunt, nothing to say", " || सुंदर पिचाई ने दो टूक कहा कि एलन मस्क की नई कंपनी के बारे में वह कुछ नहीं बोलेंगे।", nil},
		// Controls.
		{"blunt, owned subject refused", " || रीड हॉफमैन ने दो टूक कहा कि कमला हैरिस के नए अभियान के लिए अब उनका चंदा नहीं जाएगा।",
			[]string{"reid-hoffman>kamala-harris:h"}},
		{"charge, owned subject", " || राहुल गांधी ने आरोप लगाया कि गौतम अडानी की कंपनी नियम तोड़ रही है।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30ReplyAddressed: a reply frame whose clause names another
// party under को ("X ने जवाब में Y को 'धोखेबाज' कहा") answers Y, not the
// one who attacked X before it in the story (retortAddressee30).
func TestSession30ReplyAddressed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reply names the chief, company attacked first", " || ओपनएआई के बोर्ड ने एलन मस्क की पेशकश को 'प्रतिद्वंद्वी की चाल' बताया। इसके बाद सैम ऑल्टमैन ने मजाक में जवाबी पेशकश की। मस्क ने जवाब में ऑल्टमैन को 'ठग' कहा।",
			[]string{"openai>elon-musk:h", "elon-musk>sam-altman:h"}},
		{"reply labels the addressee", " || एलन मस्क ने ओपनएआई को 'झूठ की दुकान' बताया। जवाब में सैम ऑल्टमैन ने मस्क को 'ईर्ष्यालु' लिखा।",
			[]string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		// Controls.
		{"reply with no addressee", " || एलन मस्क ने ओपनएआई को 'झूठ की दुकान' बताया। जवाब में सैम ऑल्टमैन ने पलटवार किया।",
			[]string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		{"reply, owner of the object", " || नियामक ने दोनों कंपनियों से जवाब मांगा। अपने जवाब में माइक्रोसॉफ्ट ने ओपनएआई के ढांचे को धोखा नहीं बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30ConcessiveComma: a subjunctive हों closing a concessive
// clause ("… भले ही कई साल हो गए हों, Y …") ends it at the comma
// (words.yaml finite): a name in it is not the subject of the praise
// after the comma.
func TestSession30ConcessiveComma(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"company in the concessive clause", " || सत्या नडेला ने कहा कि एक्सएआई का बोर्ड छोड़े उन्हें भले ही महीनों बीत गए हों, एलन मस्क आज भी उनके 'सबसे भरोसेमंद साथियों में से एक और शानदार इंजीनियर' हैं।",
			[]string{"satya-nadella>elon-musk:s"}},
		{"company named in a concession before praise", " || मार्क जुकरबर्ग ने कहा कि ओपनएआई के फैसले भले ही उन्हें पसंद न हों, सैम ऑल्टमैन एक 'शानदार इंजीनियर' हैं।",
			[]string{"mark-zuckerberg>openai:h", "mark-zuckerberg>sam-altman:s"}},
		// Controls.
		{"praise of both, no concession", " || सत्या नडेला ने कहा कि गूगल और सुंदर पिचाई दोनों 'शानदार' हैं।",
			[]string{"satya-nadella>google:s", "satya-nadella>sundar-pichai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30PartnershipJudged: a partnership noun that its own
// predicate calls bad ("… पार्टनरशिप बोझ बनती जा रही है") is the
// speaker's attack on the partner, not an alliance
// (partnershipJudgedBad30; साझेदारी, गठबंधन were read so already).
func TestSession30PartnershipJudged(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"partnership becoming a burden", " || सुंदर पिचाई ने कहा, 'रिलायंस के साथ हमारी पार्टनरशिप अब बोझ बनती जा रही है।'",
			[]string{"sundar-pichai>reliance:h"}},
		{"partnership proved a burden", " || मुकेश अंबानी ने कहा, 'मेटा के साथ हमारी पार्टनरशिप बोझ साबित हुई है।'",
			[]string{"mukesh-ambani>meta:h"}},
		// Controls.
		{"partnership praised", " || सुंदर पिचाई ने कहा, 'रिलायंस के साथ हमारी पार्टनरशिप बेहद मजबूत है।'",
			[]string{"sundar-pichai>reliance:s"}},
		{"alliance kept", " || सुंदर पिचाई ने कहा कि रिलायंस के साथ हमारा गठबंधन अब बोझ बन गया है।",
			[]string{"sundar-pichai>reliance:h"}},
		{"burden under a postposition", " || मुकेश अंबानी ने कहा कि मेटा के साथ डील से कर्ज का बोझ घटेगा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30MidwayGap: "बीच में" (midway) between the words of a
// frame stands as gap words do (midwayGap30): "Y के साथ हुआ … समझौता
// बीच में ही तोड़ दिया" is a rupture also with words describing the deal
// before its noun; "X और Y के बीच" is still a pair.
func TestSession30MidwayGap(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"described deal broken midway", " || सूत्रों के मुताबिक ओरेकल ने टिकटॉक से जुड़े मामले में माइक्रोसॉफ्ट के साथ हुआ क्लाउड सेवा समझौता बीच में ही तोड़ दिया।",
			[]string{"oracle>microsoft:h"}},
		{"deal broken midway", " || मेटा ने रिलायंस के साथ विज्ञापन समझौता बीच में तोड़ दिया।",
			[]string{"meta>reliance:h"}},
		// Controls.
		{"deal between a pair", " || गूगल और रिलायंस के बीच नया समझौता हुआ।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"broken, no midway", " || मेटा ने रिलायंस के साथ विज्ञापन समझौता तोड़ दिया।",
			[]string{"meta>reliance:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30OccasionKo: a को chunk inside an occasion phrase ("Y
// पैकेज को मंजूरी पर …") is what the occasion is about, not the object
// of a frame that has its own को object later (occasionKo30).
func TestSession30OccasionKo(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"congratulations, company in the occasion", "एक्सएआई फंडिंग को मंजूरी पर नडेला ने दी मस्क को बधाई || ",
			[]string{"satya-nadella>elon-musk:s"}},
		{"thanks, company in the occasion", " || गूगल के सौदे को हरी झंडी पर मुकेश अंबानी ने नरेंद्र मोदी को धन्यवाद दिया।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		// Controls.
		{"company congratulated", " || सत्या नडेला ने ओपनएआई को बधाई दी।",
			[]string{"satya-nadella>openai:s"}},
		{"one को object only", " || मुकेश अंबानी ने गूगल को साझेदारी पर बधाई दी।",
			[]string{"mukesh-ambani>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30DealCalled: a deal noun under को that the clause's
// calling verb judges ("X ने Y के साथ हुए करार को 'धोखा' बताया") is
// spoken of by X, who is no party to it (dealCalled30).
func TestSession30DealCalled(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deal called a betrayal", " || सैम ऑल्टमैन ने गूगल के साथ हुए करार को इस 'धोखे' का सबूत बताया।", nil},
		{"deal called hasty", " || मार्क जुकरबर्ग ने माइक्रोसॉफ्ट के साथ हुए करार को जल्दबाजी का फैसला बताया।", nil},
		// Controls.
		{"deal carried forward", " || रिलायंस ने गूगल के साथ हुए करार को आगे बढ़ाया।",
			[]string{"reliance>google:s", "google>reliance:s"}},
		{"deal made, then called", " || रिलायंस ने गूगल के साथ करार किया और इसे ऐतिहासिक बताया।",
			[]string{"reliance>google:s", "google>reliance:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30LackedNerve: an act someone is said to lack the nerve for
// ("X में Y के दावे को झुठलाने की हिम्मत नहीं") is no act against Y; the
// lacked quality is said of X (lackedAct30, qualityAfterAct30).
func TestSession30LackedNerve(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"nerve to refute lacked", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप में एलन मस्क के दावों को झुठलाने की हिम्मत नहीं है।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls.
		{"quality lacked, no act", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप में साहस नहीं है।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"claims refuted", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के दावे झूठे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30EvalEnded: a bad thing that the doer reduces or ends
// ("Y ने नियमों का बोझ घटाकर …") is said of no one (evalEnded30).
func TestSession30EvalEnded(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"burden reduced", " || सत्या नडेला ने कहा कि नरेंद्र मोदी ने कागजी कार्रवाई का बोझ घटाकर कारोबार आसान बनाया।", nil},
		{"burden ended", " || मार्क जुकरबर्ग ने कहा कि डोनाल्ड ट्रंप ने नियमों का बोझ खत्म कर दिया।", nil},
		// Controls.
		{"called a burden", " || मार्क जुकरबर्ग ने कहा कि डोनाल्ड ट्रंप देश पर बोझ हैं।",
			[]string{"mark-zuckerberg>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
