package work

import (
	"testing"
	"time"
)

// TestInv2Title32Subject: a watchlist title of two words opened by a
// collective noun ("नेता प्रतिपक्ष") right before a tracked name, as the
// subject of someone's ki-clause, is the name's title, not an untracked
// group of leaders (titledPhrase32 in titledCollective31). INV's T9.
func TestInv2Title32Subject(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"title then name, lies", "अडानी समूह ने एक बयान में कहा कि नेता प्रतिपक्ष राहुल गांधी झूठ फैला रहे हैं।",
			[]string{"adani-group>rahul-gandhi:h"}},
		{"house, title, name", "नरेंद्र मोदी ने सभा में कहा कि लोकसभा में नेता प्रतिपक्ष राहुल गांधी देश को गुमराह कर रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"other title, name", "डोनाल्ड ट्रंप ने कहा कि नेता विपक्ष राहुल गांधी झूठ फैला रहे हैं।",
			[]string{"donald-trump>rahul-gandhi:h"}},
		// Controls: untracked leaders stay nobody's; a word that is no
		// title's between the noun and the name does not make one.
		{"some leaders", "नरेंद्र मोदी ने कहा कि कुछ नेता देश को गुमराह कर रहे हैं।", nil},
		{"leaders with the name", "नरेंद्र मोदी ने कहा कि नेता और राहुल गांधी के समर्थक देश को गुमराह कर रहे हैं।", nil},
		{"plain name", "अडानी समूह ने कहा कि राहुल गांधी झूठ फैला रहे हैं।",
			[]string{"adani-group>rahul-gandhi:h"}},
	})
}

// TestInv2Title32Conjunct: "X और <title with में/से/के> Y ने एक-दूसरे …":
// the bare name before और shares Y's agent marker (titledConjunct32).
// INV's T9 coordination.
func TestInv2Title32Conjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"house title, reciprocal blame", "प्रधानमंत्री नरेंद्र मोदी और लोकसभा में नेता प्रतिपक्ष राहुल गांधी ने एक-दूसरे को महंगाई के लिए जिम्मेदार ठहराया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"seat title, reciprocal charge", "नरेंद्र मोदी और रायबरेली से सांसद राहुल गांधी ने एक-दूसरे पर जनता को बरगलाने का आरोप लगाया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"genitive title, reciprocal praise", "गौतम अडानी और एशिया के सबसे अमीर व्यक्ति मुकेश अंबानी ने एक-दूसरे के काम की जमकर तारीफ की।",
			[]string{"gautam-adani>mukesh-ambani:s", "mukesh-ambani>gautam-adani:s"}},
		// Controls: a phrase that ends in another postposition is not a
		// title; the first name stays out of the act.
		{"co-owner of the role", "टेस्ला और स्पेसएक्स के मालिक एलन मस्क ने डोनाल्ड ट्रंप के नए कर कानून की आलोचना की।",
			[]string{"elon-musk>donald-trump:h"}},
		{"about the two", "डोनाल्ड ट्रंप और चीन के व्यापार युद्ध पर एलन मस्क ने चिंता जताई।", nil},
		{"plain conjunct", "नरेंद्र मोदी और राहुल गांधी ने एक-दूसरे पर जनता को बरगलाने का आरोप लगाया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
	})
}

// TestInv2Title32FrontedObject: "Y की/का <title> X ने <act noun> …" — a
// fronted object's genitive reaches past the agent's title of up to three
// words (titleBeforeAgent32 in Analyzer.genitive). INV's T9 on the
// fronted genitive object.
func TestInv2Title32FrontedObject(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"criticism, two-word title", "सैम ऑल्टमैन की स्पेसएक्स प्रमुख एलन मस्क ने खुलकर आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"mockery, role noun", "मासायोशी सन का अरबपति एलन मस्क ने सरेआम मजाक उड़ाया।",
			[]string{"elon-musk>masayoshi-son:h"}},
		{"defence, office", "लैरी एलिसन का अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने जोरदार बचाव किया।",
			[]string{"donald-trump>larry-ellison:s"}},
		// Controls: an owner of the role in the oblique (के) stays the
		// role's; a plain agent after the object as before.
		{"owner of the role", "ओपनएआई के सीईओ सैम ऑल्टमैन ने एलन मस्क की आलोचना की।",
			[]string{"sam-altman>elon-musk:h"}},
		{"no title", "सैम ऑल्टमैन की एलन मस्क ने खुलकर आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
	})
}

// TestInv2Title32BareConjunct: "X और <two-word title> Y एक-दूसरे …" with a
// bare (nominative) subject: X joins Y's group (titledBareConjunct32).
func TestInv2Title32BareConjunct(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"reciprocal charge, bare", "सैम ऑल्टमैन और स्पेसएक्स प्रमुख एलन मस्क इन दिनों एक-दूसरे पर धोखे का आरोप लगा रहे हैं।",
			[]string{"sam-altman>elon-musk:h", "elon-musk>sam-altman:h"}},
		{"reciprocal praise, office", "पिछले साल तक अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप और स्पेसएक्स प्रमुख एलन मस्क एक-दूसरे की तारीफ करते नहीं थकते थे।",
			[]string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
		// Controls: no title, as before; a name after a verb is no
		// conjunct.
		{"plain bare conjunct", "सैम ऑल्टमैन और एलन मस्क इन दिनों एक-दूसरे पर धोखे का आरोप लगा रहे हैं।",
			[]string{"sam-altman>elon-musk:h", "elon-musk>sam-altman:h"}},
		{"clause after और", "सैम ऑल्टमैन चुप रहे और स्पेसएक्स प्रमुख एलन मस्क ने मार्क जुकरबर्ग पर धोखे का आरोप लगाया।",
			[]string{"elon-musk>mark-zuckerberg:h"}},
	})
}

// TestInv2ConverbGap32: "Y की X ने <time/place> … <verb>ते हुए आलोचना की" —
// a fronted object's genitive reaches past a converb phrase after the
// agent to the act noun (converbGap32). INV's T1L.
func TestInv2ConverbGap32(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"rally converb, criticism", "सैम ऑल्टमैन की एलन मस्क ने शुक्रवार को टेक्सास में कर्मचारियों को संबोधित करते हुए तीखी आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"possessed noun, converb", "राहुल गांधी की योजनाओं की नरेंद्र मोदी ने रविवार को पटना में भाषण देते हुए कड़ी आलोचना की।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		{"defence after converb", "लैरी एलिसन का डोनाल्ड ट्रंप ने सोमवार को व्हाइट हाउस में भाषण देते हुए बचाव किया।",
			[]string{"donald-trump>larry-ellison:s"}},
		// Controls: an act inside the phrase is the phrase's own; the
		// short phrase as before.
		{"finite verb, not a converb", "सैम ऑल्टमैन की बात एलन मस्क ने मंगलवार को टेक्सास में कर्मचारियों को बताई और उनकी आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"short time phrase", "सैम ऑल्टमैन की एलन मस्क ने मंगलवार को आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
	})
}

// TestInv2TitleAfterKi32: "कि <title> Y <noun> पर …" — a name after a
// title at the head of a content clause is its subject, as right after
// कि (titleAfterKi32 in topicAfterSubject15). INV's T9.
func TestInv2TitleAfterKi32(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"office, lies on a topic", "मेटा ने एक बयान में कहा कि राष्ट्रपति डोनाल्ड ट्रंप अभिव्यक्ति की आजादी पर झूठ बोल रहे हैं।",
			[]string{"meta>donald-trump:h"}},
		{"two-word office", "कमला हैरिस ने कहा कि अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप महंगाई पर जनता को गुमराह कर रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"genitive title", "एलन मस्क ने आरोप लगाया कि लिंक्डइन के सह-संस्थापक रीड हॉफमैन डोनाल्ड ट्रंप के खिलाफ झूठे मुकदमों के पीछे पैसा लगा रहे हैं।",
			[]string{"elon-musk>reid-hoffman:h"}},
		// Controls: no title, as before; an adverb is no title.
		{"no title", "मेटा ने कहा कि डोनाल्ड ट्रंप अभिव्यक्ति की आजादी पर झूठ बोल रहे हैं।",
			[]string{"meta>donald-trump:h"}},
		{"an adverb is no title (left as before)", "मेटा ने कहा कि आज डोनाल्ड ट्रंप अभिव्यक्ति की आजादी पर झूठ बोल रहे हैं।",
			nil},
	})
}
