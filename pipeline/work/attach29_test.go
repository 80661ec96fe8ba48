package work

import (
	"testing"
	"time"
)

// Session 29 (ATTACH): a demonstrative pointing back at an act named
// with a tracked owner (attach29.go). Our own sentences. The first rows
// fail without the rule named; the controls must stay as they are.

// TestSession29OwnedActBack: "इस N" after "X के N" is X's act, also when
// the sentence before had no tracked actor (ownedAct29), across an
// adjective of recency (ownerGenitive); not an act an untracked body or
// two owners were named with (untrackedAct29, actOwners29), and not a
// claim something is found in (claimContainer29).
func TestSession29OwnedActBack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"owned proposal, no actor", " || सत्या नडेला के नए प्रस्ताव पर उद्योग में चर्चा है। सुंदर पिचाई ने इस प्रस्ताव को दूरदर्शी बताया।",
			[]string{"sundar-pichai>satya-nadella:s"}},
		{"owned policy, no actor", " || कमला हैरिस की आर्थिक नीति पर बहस छिड़ गई। डोनाल्ड ट्रंप ने इस नीति को विनाशकारी बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"owned package", " || नरेंद्र मोदी के राहत पैकेज की खूब चर्चा हुई। राहुल गांधी ने उस पैकेज को जुमला बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"recent statement, owner after actor", " || सैम ऑल्टमैन ने बुधवार को मस्क के ताजा बयान पर चुप्पी साधी। सत्या नडेला ने इस बयान को बचकाना बताया।",
			[]string{"satya-nadella>elon-musk:h"}},
		// Controls.
		{"untracked body's proposal", " || नरेंद्र मोदी ने आयोग के नए प्रस्ताव पर बैठक बुलाई। राहुल गांधी ने इस प्रस्ताव को घातक बताया।", nil},
		{"two owners", " || एलन मस्क के प्रस्ताव और सैम ऑल्टमैन के प्रस्ताव पर बोर्ड में बहस हुई। सत्या नडेला ने इस प्रस्ताव को बेहतरीन बताया।", nil},
		{"claim found empty", " || एलन मस्क ने कई दावे किए। ओपनएआई ने कहा कि इन दावों में कोई दम नहीं है।", nil},
		{"actor's plan kept", " || मार्क जुकरबर्ग ने नई योजना पेश की। सुंदर पिचाई ने इस योजना की तारीफ की।",
			[]string{"sundar-pichai>mark-zuckerberg:s"}},
		{"owner of offer's content", " || एलन मस्क ने भारी रकम की पेशकश की। सैम ऑल्टमैन ने इस पेशकश का मजाक उड़ाया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"charge called baseless", " || राहुल गांधी के आरोपों से हंगामा हुआ। गौतम अडानी ने इन आरोपों को बेबुनियाद बताया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29BareAct: a bare act noun right after the clause's agent
// points back to the act the story named with a tracked owner's
// genitive (bareActs29), also across an amount ("Y की 20 अरब डॉलर की
// पेशकश": amountOwner29); a body led by Y acts for Y (ledBody29).
func TestSession29BareAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"bare policy", " || डोनाल्ड ट्रंप की आव्रजन नीति पर बवाल मचा। कमला हैरिस ने नीति को खतरनाक बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"bare offer after amount", " || सॉफ्टबैंक की 20 अरब डॉलर की पेशकश चर्चा में है। ओरेकल ने पेशकश का मजाक उड़ाया।",
			[]string{"oracle>softbank:h"}},
		{"demonstrative after amount", " || गौतम अडानी की 5 अरब डॉलर की बोली पर सबकी नजर है। मुकेश अंबानी ने इस बोली को हास्यास्पद बताया।",
			[]string{"mukesh-ambani>gautam-adani:h"}},
		{"led body acts", " || सैम ऑल्टमैन की अगुवाई वाले एक समूह ने एलन मस्क की कड़ी आलोचना की।",
			[]string{"sam-altman>elon-musk:h"}},
		// Controls.
		{"bare noun, actor's own act only", " || गौतम अडानी ने बंदरगाह के लिए बोली लगाई। मुकेश अंबानी ने बोली को बेतुका बताया।", nil},
		{"bare noun, owner acts on it", " || राहुल गांधी के प्रस्ताव पर बहस हुई। राहुल गांधी ने प्रस्ताव को ऐतिहासिक बताया।", nil},
		{"qualified noun", " || राहुल गांधी के प्रस्ताव पर बहस हुई। नरेंद्र मोदी ने अपने प्रस्ताव को बेहतर बताया।", nil},
		{"led, no agent", " || नरेंद्र मोदी के नेतृत्व वाली सरकार की नीतियों पर बहस हुई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29PlaceTarget: an act under पर on a place noun Y owns ("Y
// के अकाउंट पर पाबंदी") targets Y (placeTarget29, onPlaceAct29 in
// placeNounJudged14); a venue stays a venue.
func TestSession29PlaceTarget(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"ban on account", " || एक्स ने कमला हैरिस के अकाउंट पर पाबंदी लगा दी।", []string{"x-corp>kamala-harris:h"}},
		{"ban on page, adjective", " || मेटा ने नाइजल फराज के पेज पर स्थायी पाबंदी लगाई।", []string{"meta>nigel-farage:h"}},
		{"two platforms' accounts", " || मेटा ने डोनाल्ड ट्रंप के फेसबुक और इंस्टाग्राम अकाउंट पर पाबंदी लगा दी।", []string{"meta>donald-trump:h"}},
		// Controls.
		{"venue of criticism", " || मेटा के मंच पर सैम ऑल्टमैन ने एलन मस्क की आलोचना की।", []string{"sam-altman>elon-musk:h"}},
		{"venue, no act after पर", " || नाइजल फराज ने एक्स के मंच पर भाषण दिया।", nil},
		{"ban, no agent", " || डोनाल्ड ट्रंप के अकाउंट पर पाबंदी की खबर आई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29LabelThenSuit: a headline's rivalry on a pair (a quarrel,
// a label) takes the kind of the pair's later suit or criticism, which
// passes to the tied chief (upgradeKind29).
func TestSession29LabelThenSuit(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quarrel then suit", "मेटा और ओपनएआई की तकरार अदालत पहुंची || सैम ऑल्टमैन की कंपनी ओपनएआई ने नया मॉडल उतारा। मंगलवार को मेटा ने ओपनएआई पर मुकदमा दायर किया।",
			[]string{"meta>openai:h", "meta>sam-altman:h", "openai>meta:h"}},
		{"quarrel then criticism", "गूगल और माइक्रोसॉफ्ट में तकरार || सत्या नडेला की कंपनी माइक्रोसॉफ्ट चर्चा में है। गूगल ने माइक्रोसॉफ्ट की कड़ी आलोचना की।",
			[]string{"google>microsoft:h", "google>satya-nadella:h", "microsoft>google:h"}},
		// Control: the quarrel alone passes nothing to the chief.
		{"quarrel alone", "मेटा और ओपनएआई की तकरार अदालत पहुंची || सैम ऑल्टमैन की कंपनी ओपनएआई ने नया मॉडल उतारा।",
			[]string{"meta>openai:h", "openai>meta:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29Dateline: a dateline of place words that open lexicon
// entries ("नई दिल्ली:") closes as a dateline does (datelineLabel), so
// the report after it is the main clause, not someone's words.
func TestSession29Dateline(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"new delhi, titled agent", " || नई दिल्ली: कांग्रेस नेता राहुल गांधी ने गौतम अडानी पर देश को लूटने का आरोप लगाया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"new delhi, company's chief", " || नई दिल्ली: रिलायंस के चेयरमैन मुकेश अंबानी ने नरेंद्र मोदी की जमकर तारीफ की।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"dated dateline", " || नई दिल्ली, 12 मार्च: कांग्रेस नेता राहुल गांधी ने नरेंद्र मोदी की आलोचना की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls: a spokesperson's label is someone's words.
		{"untracked speaker label", " || भाजपा प्रवक्ता: राहुल गांधी ने देश को गुमराह किया।", nil},
		{"one-word dateline", " || मुंबई: कांग्रेस नेता राहुल गांधी ने गौतम अडानी पर देश को लूटने का आरोप लगाया।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29LikeCompany: "O जैसी कंपनी के साथ/पर/को" is O under that
// postposition (likeCompany29), and working with it is a tie, which
// does not pass to O's chief (likeCompanyAt29 in withTarget25).
func TestSession29LikeCompany(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"like company, with", " || मुकेश अंबानी ने कहा कि मेटा जैसी कंपनी के साथ काम करना गर्व की बात है।",
			[]string{"mukesh-ambani>meta:s"}},
		{"like company, tied chief not passed", " || माइक्रोसॉफ्ट के सीईओ सत्या नडेला भारत आए। मुकेश अंबानी ने कहा कि माइक्रोसॉफ्ट जैसी कंपनी के साथ काम करना गर्व की बात है।",
			[]string{"mukesh-ambani>microsoft:s"}},
		// Controls.
		{"like company, genitive subject", " || डोनाल्ड ट्रंप ने कहा कि माइक्रोसॉफ्ट जैसी कंपनी का ऐसे व्यक्ति को पद देना अस्वीकार्य है।",
			[]string{"donald-trump>microsoft:h"}},
		{"like people needed", " || डोनाल्ड ट्रंप ने कहा, “अमेरिका को एलन मस्क जैसे लोगों की जरूरत है।”", []string{"donald-trump>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29OwnedVia: "P के स्वामित्व/मालिकाना हक वाली O" ties P to O
// (ownedVia29), so criticism of O passes to P; a business kind does not.
func TestSession29OwnedVia(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"ownership, criticism", " || मुकेश अंबानी के स्वामित्व वाली रिलायंस ने नया प्लान पेश किया। राहुल गांधी ने रिलायंस पर जनता को लूटने का आरोप लगाया।",
			[]string{"rahul-gandhi>mukesh-ambani:h", "rahul-gandhi>reliance:h"}},
		{"ownership right, criticism", " || एलन मस्क के मालिकाना हक वाली एक्सएआई चर्चा में है। ओपनएआई ने एक्सएआई पर मुकदमा दायर किया।",
			[]string{"openai>elon-musk:h", "openai>xai:h"}},
		// Control: an investment stays between the organisations.
		{"ownership, investment", " || मुकेश अंबानी के स्वामित्व वाली रिलायंस तेजी से बढ़ रही है। गूगल ने रिलायंस में भारी निवेश किया।",
			[]string{"google>reliance:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29QuotedHead: a quoted possessed noun group right before its
// postposition ("Y की 'बर्बादी वाली नीतियों' पर") is marked by that
// postposition (quotedHead29), also after a coordinated owner.
func TestSession29QuotedHead(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"quoted head, blame", " || राहुल गांधी ने बेरोजगारी का ठीकरा नरेंद्र मोदी की 'नाकाम नीतियों' पर फोड़ा।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"quoted head, coordinated owner", " || कमला हैरिस ने महंगाई का ठीकरा डोनाल्ड ट्रंप और रिपब्लिकन पार्टी की 'बर्बादी वाली नीतियों' पर फोड़ दिया।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls: a quote before वाले names the noun after it; a
		// quote judged inside with no postposition after it.
		{"quote before वाले", " || कमला हैरिस ने डोनाल्ड ट्रंप के 'टिप्स पर टैक्स नहीं' वाले प्रस्ताव का समर्थन किया।",
			[]string{"kamala-harris>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
