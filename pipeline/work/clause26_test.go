package work

import (
	"testing"
	"time"
)

var clause26Date = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

// TestSession26OwnedSubject: a charge's, a criticism's or a jibe's words
// whose subject is a thing a tracked name owns ("… कि Y का प्लेटफॉर्म
// …") are about the owner (ownedSubject26, clause26.go). Every row fails
// without the rule.
func TestSession26OwnedSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, clause26Date, []stanceCase{
		{"a charge, the owner's platform", "कमला हैरिस ने आरोप लगाया कि एलन मस्क का सोशल मीडिया मंच चुनाव से पहले मतदाताओं को भरमा रहा है।",
			[]string{"kamala-harris>elon-musk:h"}},
		{"a criticism while aiming, the owner's product", "एलन मस्क ने निशाना साधते हुए कहा कि ओपनएआई का नया मॉडल हर दूसरे सवाल पर माफी मांगता रहता है।",
			[]string{"elon-musk>openai:h"}},
		{"a charge after a dash, owners coordinated", "राहुल गांधी का आरोप- नरेंद्र मोदी और गौतम अडानी की जुगलबंदी देश पर भारी पड़ रही है।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>narendra-modi:h"}},
	})
}

// TestSession26OwnerDoers: in someone's words with no doer of their own,
// the owner of the words' subject does a hostile act there, and the
// words are the speaker's charge against him (ownerDoers26). Every row
// fails without the rule.
func TestSession26OwnerDoers(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, clause26Date, []stanceCase{
		{"a product copies", "सत्या नडेला ने एक सम्मेलन में कहा कि गूगल का नया सहायक माइक्रोसॉफ्ट कोपायलट की नकल करता है।",
			[]string{"satya-nadella>google:h"}},
		{"a government hands over", "राहुल गांधी ने रैली में कहा कि नरेंद्र मोदी की सरकार बंदरगाह और हवाई अड्डे अपने उद्योगपति दोस्तों को सौंप रही है।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	})
}

// TestSession26ConjunctDoers: a conjunct of someone's words with no
// subject of its own continues the conjunct before; its hostile act is
// the speaker's charge against that subject (conjunctDoers26). Every
// row fails without the rule.
func TestSession26ConjunctDoers(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, clause26Date, []stanceCase{
		{"a genitive object after और", "राहुल गांधी ने लिखा कि मोदी सरकार ने उद्योगपतियों को खुश किया और छोटे किसानों की अनदेखी की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a genitive object after और, another first act", "राहुल गांधी ने कहा कि मोदी सरकार ने बजट में अमीरों को राहत दी और गरीबों की अनदेखी की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"one word after a comma, in quotes", "सैम ऑल्टमैन का दावा- 'एलन मस्क हार से घबराते हैं, इसीलिए चुप हैं'",
			[]string{"sam-altman>elon-musk:h"}},
	})
}

// TestSession26Controls: what the three rules leave alone.
func TestSession26Controls(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, clause26Date, []stanceCase{
		// A role noun: the chief, not the company. (Session 28: the
		// title with an adverb after it stands for its holder in force,
		// as the watchlist's epithets do when never named: titleStands28.)
		{"a role noun after the genitive", "एलन मस्क ने आरोप लगाया कि ओपनएआई के सीईओ बार-बार झूठ फैला रहे हैं।", []string{"elon-musk>sam-altman:h"}},
		// A compound postposition: no noun Y owns.
		{"के साथ after the name", "डोनाल्ड ट्रंप ने आरोप लगाया कि गूगल के साथ काम करने वाले अफसर चुप बैठे रहे।", nil},
		// The owned noun is the one acted on.
		{"the owner's thing is an object", "एलन मस्क ने आरोप लगाया कि ओपनएआई के दफ्तर को रातों-रात खाली करा दिया गया।", nil},
		// A pronoun subject opens the words: the name after it is no owner
		// (anger at protests against it is defence of it: againstAct26,
		// owner26.go; dev dvb-134).
		{"a pronoun first", "डोनाल्ड ट्रंप ने कहा कि वह टेस्ला के खिलाफ हो रहे प्रदर्शनों से नाराज हैं।", []string{"donald-trump>tesla:s"}},
		// A party is not its leader (actingBody14).
		{"a party", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप की पार्टी किसानों को भरमा रही है।", nil},
		// A condition of Y's is no thing of Y's that acts.
		{"a condition", "सत्या नडेला ने कहा कि सैम ऑल्टमैन की हालत अब गंभीर नहीं है।", nil},
		// A conjunct with a subject of its own (untracked).
		{"an untracked subject in the next conjunct", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने उद्योगपतियों को राहत दी और मीडिया इस मुद्दे पर चुप है।", nil},
	})
}

// TestSession26HeadlineTopic: a headline's praise or jibe with a
// ने-agent and no one tracked as its object is aimed at the one tracked
// entity the topic before the colon names (headlineTopic26). Every row
// fails without the rule; the controls after them give what they gave.
func TestSession26HeadlineTopic(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, clause26Date, []stanceCase{
		{"praise after the topic and a description", "स्टारगेट का ऐलान: अमेरिका में नए डेटा सेंटर बनेंगे, कमला हैरिस ने सराहा || परियोजना में कई कंपनियां शामिल हैं।",
			[]string{"kamala-harris>stargate:s"}},
		{"a jibe at a fine on the topic", "ओपनएआई पर भारी जुर्माना: एलन मस्क ने उड़ाया मज़ाक || यूरोप के नियामक ने जुर्माना लगाया।",
			[]string{"elon-musk>openai:h"}},
		{"a jibe at a platform's rule", "एक्स पर नया नियम: मार्क जुकरबर्ग ने उड़ाया मज़ाक || नियम सोमवार से लागू हुआ।",
			[]string{"mark-zuckerberg>x-corp:h"}},
		// Controls.
		{"the doer's own organisation's event", "गूगल सम्मेलन: सुंदर पिचाई ने किया स्वागत || सम्मेलन में हजारों लोग आए।", nil},
		{"a jibe with an object of its own", "गूगल पर अदालत का फैसला: एलन मस्क ने जजों पर कसा तंज || अदालत ने गूगल के खिलाफ फैसला दिया।", nil},
		{"two tracked names in the topic", "गूगल और मेटा पर जुर्माना: एलन मस्क ने उड़ाया मज़ाक || यूरोप के नियामक ने जुर्माना लगाया।", nil},
		{"a welcome of a tie the headline names", "गूगल का नया हब: रिलायंस के साथ साझेदारी, नरेंद्र मोदी ने किया स्वागत || हब अगले साल खुलेगा।", nil},
		{"a speaker before the colon", "एलन मस्क बोले: सैम ऑल्टमैन ने की तारीफ || दोनों की मुलाकात हुई।", nil},
	})
}
