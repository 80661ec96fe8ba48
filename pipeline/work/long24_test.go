package work

import (
	"testing"
	"time"
)

// TestLong24ShieldedFrom: a charge of shielding Y from something ("X, Y को
// जांच से बचा रहे हैं") is the shielding charge of "X, Y को बचा रहे हैं"
// (readShield, shieldedFrom24): the speaker → the shielder hostile, the
// one shielded no target. Rows written for the rule; a rescue from a fate
// (an oblique infinitive before से) and "से" with a name are not read.
func TestLong24ShieldedFrom(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"probe", "कमला हैरिस ने रैली में कहा कि डोनाल्ड ट्रंप अपने अरबपति दोस्त एलन मस्क को हर जांच से बचा रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"action", "राहुल गांधी ने कहा कि नरेंद्र मोदी गौतम अडानी को कानूनी कार्रवाई से बचा रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Must not change.
		{"rescue from a fate", "डोनाल्ड ट्रंप ने कहा कि एलन मस्क टेस्ला को डूबने से बचा रहे हैं।", nil},
		{"plain shield kept", "राहुल गांधी ने कहा कि नरेंद्र मोदी गौतम अडानी को बचा रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLong24ShortMeans: in X's words, Y's means said to fall short of a
// sum ("Y के पास N से भी कम की रकम है", "N से ज्यादा का इंतजाम नहीं",
// "Y ने N से भी कम जुटाए") belittle Y (readShortMeans24). Having more
// than a sum, a speaker's own company and a sum with no means word are
// not read.
func TestLong24ShortMeans(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"less than, under के पास", "एलन मस्क ने दावा किया कि ओरेकल के पास पांच अरब डॉलर से भी कम की पक्की नकदी है।", []string{"elon-musk>oracle:h"}},
		{"no more than, negated", "सैम ऑल्टमैन ने लिखा कि एक्सएआई के पास दो अरब डॉलर से ज्यादा का इंतजाम नहीं है।", []string{"sam-altman>xai:h"}},
		{"raised less", "एलन मस्क ने एक्स पर लिखा कि ओपनएआई ने इस दौर में बीस अरब डॉलर से भी कम जुटाए हैं।", []string{"elon-musk>openai:h"}},
		{"less, a second content clause", "एलन मस्क ने लिखा कि यह योजना हवाई है और यह भी कि सॉफ्टबैंक के पास आठ अरब डॉलर से कम की व्यवस्था है।", []string{"elon-musk>softbank:h"}},
		// Must not fire.
		{"more than a sum", "मासायोशी सन ने कहा कि सॉफ्टबैंक के पास तीस अरब डॉलर से ज्यादा की नकदी है।", nil},
		{"own company", "एलन मस्क ने कहा कि टेस्ला के पास दस अरब डॉलर से कम नकदी है।", nil},
		{"no means word", "सत्या नडेला ने कहा कि ओपनएआई के पास दो साल से कम का समय है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLong24DealLack: the story's deal, named before, belittled by a noun
// that points back to it ("परियोजना के पास पैसा ही नहीं है", "परियोजना के
// साझेदारों के पास …") in someone's words: X → the deal hostile
// (readDealLack24). A plural pronoun (the parties), means had, and a story
// naming no deal are not read.
func TestLong24DealLack(t *testing.T) {
	a := shippedAnalyzer(t)
	const intro = "ओपनएआई, ओरेकल और सॉफ्टबैंक ने व्हाइट हाउस में स्टारगेट का ऐलान किया। "
	cases := []stanceCase{
		{"project lacks money", intro + "कुछ घंटे बाद एलन मस्क ने लिखा कि परियोजना के पास असल में पैसा है ही नहीं।", []string{"elon-musk>stargate:h"}},
		{"project's partners", intro + "नाइजल फराज ने एक रेडियो शो में कहा कि प्रोजेक्ट के साझेदारों के पास इतनी रकम नहीं है।", []string{"nigel-farage>stargate:h"}},
		// Must not fire.
		{"the parties (a pronoun)", intro + "एलन मस्क ने लिखा कि इनके पास असल में पैसा है ही नहीं।", nil},
		{"means had", intro + "डोनाल्ड ट्रंप ने कहा कि परियोजना के पास भरपूर पैसा है।", nil},
		{"no deal named", "एलन मस्क ने लिखा कि परियोजना के पास असल में पैसा है ही नहीं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLong24OfferRejected: Y's offer or bid turned down with खारिज, also
// "सर्वसम्मति से" between (a gap word). Session 27 (SCHEMA ruling rule 4;
// claims27.go): turned down with no attack it is no stance. A charge
// rejected unanimously stays no stance.
func TestLong24OfferRejected(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"unanimous, with को", "टेस्ला के निदेशक मंडल ने गूगल की साझेदारी की पेशकश को सर्वसम्मति से खारिज कर दिया।", nil},
		{"unanimous, ठुकरा-", "ओरेकल के बोर्ड ने मेटा की पेशकश सर्वसम्मति से ठुकरा दी।", nil},
		{"bid", "ओपनएआई ने एक्सएआई की बोली खारिज कर दी।", nil},
		// Must not change.
		{"charges rejected", "ओपनएआई के बोर्ड ने एलन मस्क के आरोपों को सर्वसम्मति से खारिज कर दिया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLong24ChargedDeeds: outcomes.yaml's session-24 entries (bribery,
// power resting on vote theft, control sought) charge the doer in someone's words; each
// entry's own sentence is in the YAML. Rows here are the controls: a
// denial, a narrator's line and a negated deed give nothing.
func TestLong24ChargedDeeds(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"bribery charged", "मुकेश अंबानी ने कहा कि गौतम अडानी ने ठेकों के लिए अफसरों को घूस दी।", []string{"mukesh-ambani>gautam-adani:h"}},
		{"control sought", "ओरेकल के वकील ने जूरी से कहा कि सैम ऑल्टमैन खुद पूरी परियोजना पर नियंत्रण चाहते थे।", []string{"oracle>sam-altman:h"}},
		{"vote theft, quoted word", "राहुल गांधी ने कहा कि नरेंद्र मोदी 'वोट चोरी' के दम पर सत्ता में लौटे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		// Must not fire.
		{"a narrator's line", "अमेरिका में गौतम अडानी पर अफसरों को रिश्वत देकर ठेके हासिल करने का आरोप लगा है।", nil},
		{"negated deed", "मुकेश अंबानी ने कहा कि गौतम अडानी ने कभी किसी को रिश्वत नहीं दी।", nil},
		{"control not sought", "मेटा के प्रवक्ता ने कहा कि एक्सएआई कभी बाजार पर नियंत्रण नहीं चाहती थी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLong24ConjunctParty: a later conjunct with no subject of its own
// whose tie frame names one partner takes the agent of the conjunct
// before ("X ने Y के साथ करार किया और Z के साथ साझेदारी की": X ↔ Z), also
// in someone's words, where the teller of his company's new deals is a
// party too (SCHEMA, session 19). A conjunct with its own subject, or
// with an owner of the tie noun (a tie described), is not read so.
func TestLong24ConjunctParty(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"main clauses", "ओरेकल ने सॉफ्टबैंक की तारीफ की और ओपनएआई के साथ क्लाउड साझेदारी की।", []string{"openai>oracle:s", "oracle>openai:s", "oracle>softbank:s"}},
		{"told in a that-clause", "मुकेश अंबानी ने निवेशकों को बताया कि रिलायंस ने मेटा के साथ करार किया है और गूगल के साथ भी साझेदारी की है।",
			[]string{"google>mukesh-ambani:s", "google>reliance:s", "meta>mukesh-ambani:s", "meta>reliance:s", "mukesh-ambani>google:s", "mukesh-ambani>meta:s", "reliance>google:s", "reliance>meta:s"}},
		// Must not change.
		{"a subject of its own", "मुकेश अंबानी ने कहा कि रिलायंस तेजी से बढ़ रही है और गूगल के साथ साझेदारी मजबूत है।", []string{"mukesh-ambani>google:s"}},
		{"a tie described", "सत्या नडेला ने कहा कि कंपनी ने नियमों का पालन किया और ओपनएआई के साथ उसकी साझेदारी पारदर्शी रही।", []string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestLong24TieMilestone: a person tied to one party of the story's last
// tie calls the tie, pointed back to by यह, a milestone ("… का नया अध्याय
// है", "… की नींव है"): his supportive stance towards the other party
// (readTieMilestone24); a person who made the tie stands for his company.
// A speaker tied to neither party and a negated clause give nothing.
func TestLong24TieMilestone(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"chief of one party", "गूगल और रिलायंस ने क्लाउड करार पर दस्तखत किए। सुंदर पिचाई ने कहा कि यह करार दोनों कंपनियों के रिश्ते का नया अध्याय है।",
			[]string{"google>reliance:s", "reliance>google:s", "sundar-pichai>reliance:s"}},
		{"foundation, the other chief", "ओरेकल और ओपनएआई ने डेटा सेंटर के नए करार पर दस्तखत किए। सैम ऑल्टमैन ने कहा कि यह करार हमारे अगले दशक की नींव है।",
			[]string{"openai>oracle:s", "oracle>openai:s", "sam-altman>oracle:s"}},
		// Must not fire.
		{"tied to neither party", "गूगल और रिलायंस ने क्लाउड करार पर दस्तखत किए। नरेंद्र मोदी ने कहा कि यह करार भारत के डिजिटल सफर का नया अध्याय है।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"negated", "गूगल और रिलायंस ने क्लाउड करार पर दस्तखत किए। सुंदर पिचाई ने कहा कि यह करार कोई नया अध्याय नहीं है।",
			[]string{"google>reliance:s", "reliance>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC), cases)
}
