package work

import (
	"testing"
	"time"
)

// TestSession12Refer: an act or a party pointed back to by a definite or
// demonstrative noun — a suit, a petition, a report, an offer, a demand
// (grounding.yaml acts_said) is its maker's; a charge or a suit so
// pointed back to and judged baseless is denied (no stance); a label that
// names someone else takes the act off its maker.
func TestSession12Refer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// acts_said: मुकदमा, याचिका, रिपोर्ट, पेशकश, मांग.
		{"X ने मुकदमा दायर किया। Y ने इस मुकदमे को बकवास बताया", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। सैम ऑल्टमैन ने इस मुकदमे को बकवास बताया।",
			[]string{"elon-musk>openai:h", "sam-altman>elon-musk:h"}},
		{"X ने याचिका दायर की। Y ने इस याचिका को साजिश बताया", "रिलायंस ने अडानी समूह के खिलाफ अदालत में याचिका दायर की। गौतम अडानी ने इस याचिका को बदनाम करने की साजिश बताया।",
			[]string{"reliance>adani-group:h", "gautam-adani>reliance:h"}},
		{"X ने रिपोर्ट जारी की। Y ने इस रिपोर्ट को बकवास कहा", "गूगल ने एक रिपोर्ट जारी की। एलन मस्क ने इस रिपोर्ट को बकवास कहा।",
			[]string{"elon-musk>google:h"}},
		{"X ने रिपोर्ट प्रकाशित की थी। Y ने कहा कि यह रिपोर्ट झूठी है", "गूगल ने एक नई रिपोर्ट प्रकाशित की थी। मस्क ने कहा कि यह रिपोर्ट पूरी तरह झूठी है।",
			[]string{"elon-musk>google:h"}},
		{"X ने पेशकश की। Y ने इस पेशकश का मजाक उड़ाया", "एलन मस्क ने ओपनएआई को खरीदने की पेशकश की। सैम ऑल्टमैन ने इस पेशकश का मजाक उड़ाया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"X ने मांग की। Y ने इस मांग को गुमराह करने की कोशिश बताया", "राहुल गांधी ने जेपीसी की मांग की। नरेंद्र मोदी ने इस मांग को देश को गुमराह करने की कोशिश बताया।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
		// An untracked maker, or none before: no target.
		{"an untracked maker: no target", "एक अमेरिकी संस्था ने एक रिपोर्ट जारी की। एलन मस्क ने इस रिपोर्ट को बकवास कहा।", nil},
		{"no report before: no target", "एलन मस्क ने इस रिपोर्ट को बकवास कहा।", nil},
		// deniedAct: a suit judged baseless is denied.
		{"इस मुकदमे को निराधार बताया: a denial", "एलन मस्क ने ओपनएआई पर मुकदमा दायर किया। सैम ऑल्टमैन ने इस मुकदमे को निराधार बताया।",
			[]string{"elon-musk>openai:h"}},
		{"Y के मुकदमे को बेबुनियाद बताया: a denial", "सैम ऑल्टमैन ने एलन मस्क के मुकदमे को बेबुनियाद बताया।", nil},
		{"इस दावे को निराधार बताया: a denial", "एलन मस्क ने एक दावा किया। सैम ऑल्टमैन ने इस दावे को निराधार बताया।", nil},
		{"कहा कि यह मुकदमा निराधार है: a denial", "डोनाल्ड ट्रंप ने मेटा पर मुकदमा किया। मार्क जुकरबर्ग ने कहा कि यह मुकदमा निराधार है।",
			[]string{"donald-trump>meta:h"}},
		{"कहा कि यह मुकदमा साजिश है: an attack", "डोनाल्ड ट्रंप ने मेटा पर मुकदमा किया। मार्क जुकरबर्ग ने कहा कि यह मुकदमा बदले की साजिश है।",
			[]string{"donald-trump>meta:h", "mark-zuckerberg>donald-trump:h"}},
		{"Y के मुकदमे को झूठा और मनगढ़ंत बताया: an attack", "सैम ऑल्टमैन ने एलन मस्क के मुकदमे को झूठा और मनगढ़ंत बताया।",
			[]string{"sam-altman>elon-musk:h"}},
		// actRelabelled: the label names whom the act is held against.
		{"इस मुकदमे को Z की चाल बताया: Z, not the filer", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने इस मुकदमे को एलन मस्क की एक और चाल बताया।",
			[]string{"xai>openai:h", "openai>elon-musk:h"}},
		{"no label owner: the filer", "एक्सएआई ने ओपनएआई पर मुकदमा दायर किया। ओपनएआई ने इस मुकदमे को बकवास बताया।",
			[]string{"xai>openai:h", "openai>xai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12ReferQuoteTopic: a pronoun subject in words quoted before
// their tag is the one the tag says they are about ("“वह …” X ने Y के
// बारे में यह बात कही"), even when someone else was named before; with
// no topic in the tag it is no one.
func TestSession12ReferQuoteTopic(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"“वह …” X ने Y के बारे में यह बात कही: Y", "“वह भारत के सबसे बड़े दूरदर्शी हैं।” सुंदर पिचाई ने नरेंद्र मोदी के बारे में यह बात कही।",
			[]string{"sundar-pichai>narendra-modi:s"}},
		{"someone named before: still the topic", "सुंदर पिचाई ने सत्या नडेला से मुलाकात की। “वह एक महान नेता हैं।” सुंदर पिचाई ने नरेंद्र मोदी के बारे में यह बात कही।",
			[]string{"sundar-pichai>narendra-modi:s"}},
		{"hostile: the topic", "राहुल गांधी ने गौतम अडानी से जुड़े सवाल पूछे। “वह देश को बर्बाद कर रहे हैं।” राहुल गांधी ने नरेंद्र मोदी के बारे में यह बात कही।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"no topic in the tag: no one", "“वह एक महान नेता हैं।” सुंदर पिचाई ने यह बात कही।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12ReferBoth: दोनों and a plural pronoun as the pair named
// before. A pronoun agent before "दोनों की/को" is one person acting on the
// pair; "वे दोनों" stays the pair when judged; "कि दोनों …" opening
// someone's words is the pair as subject.
func TestSession12ReferBoth(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// bothObject
		{"उन्होंने दोनों की सराहना की: the agent before, the pair praised", "नरेंद्र मोदी ने सुंदर पिचाई और सत्या नडेला से मुलाकात की। उन्होंने दोनों की सराहना की।",
			[]string{"narendra-modi>satya-nadella:s", "narendra-modi>sundar-pichai:s"}},
		{"वे दोनों एक-दूसरे …: still the pair", "सैम ऑल्टमैन और सत्या नडेला ने साझेदारी की घोषणा की। वे दोनों एक-दूसरे की सराहना करते हैं।",
			[]string{"sam-altman>satya-nadella:s", "satya-nadella>sam-altman:s"}},
		// pairPron
		{"कहा कि वे दोनों झूठे हैं: both", "सैम ऑल्टमैन और सत्या नडेला ने साझेदारी की घोषणा की। एलन मस्क ने कहा कि वे दोनों झूठे हैं।",
			[]string{"elon-musk>sam-altman:h", "elon-musk>satya-nadella:h", "sam-altman>satya-nadella:s", "satya-nadella>sam-altman:s"}},
		{"कहा कि वह झूठे हैं: one", "सैम ऑल्टमैन ने सत्या नडेला से मुलाकात की। एलन मस्क ने कहा कि वह झूठे हैं।",
			[]string{"elon-musk>satya-nadella:h"}},
		// bothSubject
		{"कहा कि दोनों झूठ बोल रहे हैं: both", "सैम ऑल्टमैन और सत्या नडेला ने साझेदारी की घोषणा की। एलन मस्क ने कहा कि दोनों झूठ बोल रहे हैं।",
			[]string{"elon-musk>sam-altman:h", "elon-musk>satya-nadella:h", "sam-altman>satya-nadella:s", "satya-nadella>sam-altman:s"}},
		{"कहा कि दोनों देश को लूट रहे हैं: both", "राहुल गांधी ने मुकेश अंबानी और गौतम अडानी का नाम लिया। उन्होंने कहा कि दोनों देश को लूट रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h", "rahul-gandhi>mukesh-ambani:h"}},
		{"कहा कि दोनों देशों की सरकारें …: not the pair", "राहुल गांधी ने मुकेश अंबानी और गौतम अडानी का नाम लिया। उन्होंने कहा कि दोनों देशों की सरकारें झूठ बोल रही हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12ReferFellowDoer: in a headline, an attack with no object
// of its own whose agent did it too (ने भी) is not on the one who spoke
// in the clause before — she attacked alongside. Without भी it is not on
// her either (session 20, siblingDoer20): the dev gold has three such
// headlines (dag-063, dvb-447, dvo-065) and labels none of them an attack
// on the other clause's speaker or doer (what was mocked is in the body).
func TestSession12ReferFellowDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X बोलीं- '…', Y ने भी साधा निशाना: not X", "कटौती पर घमासान: कमला हैरिस बोलीं- 'अमीरों की लूट', रीड हॉफमैन ने भी साधा निशाना || कटौतियों पर बहस जारी है।", nil},
		{"X ने कहा- '…', Y ने भी उड़ाया मज़ाक: not X", "सैम ऑल्टमैन ने कहा- 'बेतुका फैसला', सत्या नडेला ने भी उड़ाया मज़ाक || फैसले पर बहस जारी है।", nil},
		{"X बोलीं- '…', Y ने उड़ाया मज़ाक: not X", "कमला हैरिस बोलीं- 'अमीरों की लूट', रीड हॉफमैन ने उड़ाया मज़ाक || कटौतियों पर बहस जारी है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12ReferProxy: a bare proxy noun as agent ("वकील ने",
// "प्रवक्ता ने") speaks for whom the story's last proxy of that noun
// spoke for ("X के वकील ने …"); with no such proxy before, or another
// noun, it is no one tracked.
func TestSession12ReferProxy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X के प्रवक्ता … । प्रवक्ता ने: X", "ओपनएआई के प्रवक्ता ने मुकदमे पर बयान जारी किया। प्रवक्ता ने कहा कि एलन मस्क झूठ बोल रहे हैं।",
			[]string{"openai>elon-musk:h"}},
		{"X के वकील … । वकील ने कहा, '…' उन्होंने: X", "अदालत में सुनवाई शुरू हुई। एलन मस्क के वकील ने जूरी से बात की। वकील ने कहा, \"मेरे मुवक्किल ने भरोसा किया था। सैम ऑल्टमैन ने उस भरोसे का सौदा कर लिया।\" उन्होंने माइक्रोसॉफ्ट पर भी धोखाधड़ी का आरोप लगाया।",
			[]string{"elon-musk>microsoft:h"}},
		{"no proxy before: no one", "अदालत में सुनवाई शुरू हुई। प्रवक्ता ने कहा कि एलन मस्क झूठ बोल रहे हैं।", nil},
		{"another proxy noun: no one", "ओपनएआई के वकील ने जूरी से बात की। प्रवक्ता ने कहा कि एलन मस्क झूठ बोल रहे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12ReferProxyGenitive: a proxy noun between a name and a
// genitive ("X के वकील का Y पर हमला") speaks for the name: the act is X's.
// A genitive with no proxy noun between stays a modifier.
func TestSession12ReferProxyGenitive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X के वकील का Y पर हमला: X", "अदालत में एलन मस्क के वकील का सैम ऑल्टमैन पर सीधा हमला || सुनवाई तीन हफ्ते चलेगी।",
			[]string{"elon-musk>sam-altman:h"}},
		{"X के प्रवक्ता का Y पर तंज: X", "ओपनएआई के प्रवक्ता का एलन मस्क पर तंज || कंपनी ने बयान जारी किया।",
			[]string{"openai>elon-musk:h"}},
		{"X के घर का Y पर …: not X", "अदालत में एलन मस्क के घर का सैम ऑल्टमैन पर सीधा असर || सुनवाई तीन हफ्ते चलेगी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12Regretted: trust or backing the speaker calls their own
// mistake ("…, यही मेरी सबसे बड़ी गलती थी") is regretted, not given; a
// trust called right, or a mistake that is not the speaker's, stays.
func TestSession12Regretted(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"…, यही मेरी सबसे बड़ी गलती थी: no support", "\"मैंने उन पर भरोसा किया, यही मेरी सबसे बड़ी गलती थी,\" एलन मस्क ने सैम ऑल्टमैन के बारे में कहा।", []string{"elon-musk>sam-altman:h"}},
		{"…, यह हमारी भूल थी: no support", "\"हमने उनका समर्थन किया, यह हमारी भूल थी,\" एलन मस्क ने डोनाल्ड ट्रंप के बारे में कहा।", nil},
		{"trust called right: support", "एलन मस्क ने कहा कि सैम ऑल्टमैन पर भरोसा करना सही फैसला था।", []string{"elon-musk>sam-altman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession12IncompleteWithout: something called incomplete without
// someone ("X के बिना Y अधूरी है") finds no fault in Y; called incomplete
// on its own it is judged.
func TestSession12IncompleteWithout(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"X के बिना Y अधूरी: no fault in Y", "सत्या नडेला ने कहा कि सैम ऑल्टमैन के बिना ओपनएआई अधूरी है।", nil},
		{"उनके बिना Y की कल्पना अधूरी: no fault in Y", "सत्या नडेला ने सैम ऑल्टमैन से मुलाकात की। उन्होंने कहा कि उनके बिना ओपनएआई की कल्पना अधूरी है।", nil},
		{"Y का काम अधूरा: judged", "सत्या नडेला ने कहा कि ओपनएआई का काम अधूरा है।", []string{"satya-nadella>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
