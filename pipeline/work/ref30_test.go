package work

import (
	"testing"
	"time"
)

// Session 30 (REF): who a title, role noun, pronoun or alias points to.
// Our own sentences. The first rows of each test fail without the change
// named; the controls must stay as they are.

// TestSession30DatedTitleCalling: a dated watchlist title in force
// ("पूर्व उपराष्ट्रपति" after 2025-01-20) is its holder also in a story
// that never names her, here calling a policy "डाका" (evaluative.yaml);
// the sitting office ("उपराष्ट्रपति" after her term) is not her.
func TestSession30DatedTitleCalling(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"former VP, never named", " || पूर्व उपराष्ट्रपति ने मंगलवार को डोनाल्ड ट्रंप के आयात शुल्क को मध्यम वर्ग की बचत पर डाका बताया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"named, calling", " || कमला हैरिस ने ट्रंप की नई कर योजना को छोटे कारोबारियों की कमाई पर डाका करार दिया।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls.
		{"sitting VP is not her", " || उपराष्ट्रपति ने मंगलवार को डोनाल्ड ट्रंप के आयात शुल्क को मध्यम वर्ग की बचत पर डाका बताया।", nil},
		{"robbery as news", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के होटल के पास कल रात डाका पड़ा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30ShieldBusy: "X (अपने दोस्त को) बचाने में जुटे हैं" is a
// charge of shielding like "… में लगे हैं" (readShield), also with the
// bare title प्रधानमंत्री for its holder in a headline; not another
// country's prime minister, not raising help.
func TestSession30ShieldBusy(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"named, busy shielding", " || राहुल गांधी ने कहा कि नरेंद्र मोदी अपने करीबी उद्योगपति को बचाने में जुटे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"title, headline", "राहुल: 'अपने यार को बचाने में जुटे हैं प्रधानमंत्री' || राहुल गांधी ने पटना में सभा की।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"title, quote", " || राहुल गांधी ने रैली में कहा, \"प्रधानमंत्री अपने चहेते को हर जांच से बचाने में जुटे हैं।\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"foreign PM", " || राहुल गांधी ने कहा कि ब्रिटेन के प्रधानमंत्री अपने करीबी उद्योगपति को बचाने में जुटे हैं।", nil},
		{"raising help", " || राहुल गांधी ने कहा कि नरेंद्र मोदी बाढ़ पीड़ितों के लिए मदद जुटाने में जुटे हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30CompanyOwner: "कंपनी" after an organisation named only as
// the owner of a possessed noun ("X की बोर्ड बैठक के बाद …") is that
// organisation, also in a statement with no speaker (remember ranks the
// owner); an organisation named as part of a place or after a person's
// title is not.
func TestSession30CompanyOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"owner of a meeting, statement", " || सॉफ्टबैंक की सालाना बैठक के बाद सोमवार को एक बयान आया।\nबयान के मुताबिक कंपनी ने ओपनएआई में 5 अरब डॉलर और डाले हैं।",
			[]string{"softbank>openai:s"}},
		{"owner of a meeting, stop", " || माइक्रोसॉफ्ट की निदेशक मंडल की बैठक के बाद नया बयान जारी हुआ।\nबयान में कहा गया कि कंपनी ओपनएआई में अब कोई नया निवेश नहीं करेगी।",
			[]string{"microsoft>openai:h"}},
		// Controls.
		{"agent outranks owner", " || गूगल की बैठक के बाद ओरेकल ने बयान जारी किया।\nबयान में कहा गया कि कंपनी ने ओपनएआई में 5 अरब डॉलर और डाले हैं।",
			[]string{"oracle>openai:s"}},
		{"two owners", " || गूगल और मेटा की साझा बैठक के बाद सोमवार को एक बयान आया।\nबयान के मुताबिक कंपनी ने ओपनएआई में 5 अरब डॉलर और डाले हैं।", nil},
		{"no organisation", " || बोर्ड बैठक के बाद सोमवार को एक बयान आया।\nबयान के मुताबिक कंपनी ने ओपनएआई में 5 अरब डॉलर और डाले हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30AskedAbout: a pronoun in a quote that opens its sentence
// is the one person the question put to the speaker after it names
// ("…, जब उनसे पूछा गया कि … Y …": askedAbout30); not when the जब clause
// asks nothing, nor when it names two.
func TestSession30AskedAbout(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"asked about a call", " || \"मेरी उनसे बात करने में अब कोई दिलचस्पी नहीं है,\" डोनाल्ड ट्रंप ने व्हाइट हाउस में कहा, जब उनसे पूछा गया कि क्या वह एलन मस्क को फोन करेंगे।",
			[]string{"donald-trump>elon-musk:h"}},
		{"asked about a meeting", " || 'मेरी उनसे मिलने में कोई दिलचस्पी नहीं,' सैम ऑल्टमैन ने सम्मेलन के बाद कहा, जब पत्रकारों ने पूछा कि क्या वह एलन मस्क के घर जाएंगे।",
			[]string{"sam-altman>elon-musk:h"}},
		// Controls.
		{"when clause asks nothing", " || \"मेरी उनसे बात करने में अब कोई दिलचस्पी नहीं है,\" डोनाल्ड ट्रंप ने कहा, जब एलन मस्क की कंपनी का रॉकेट उड़ा।", nil},
		{"two named in the question", " || \"मेरी उनसे बात करने में अब कोई दिलचस्पी नहीं है,\" डोनाल्ड ट्रंप ने कहा, जब उनसे पूछा गया कि क्या वह एलन मस्क या मार्क जुकरबर्ग को फोन करेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 9, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30DependentTitle: an organisation's dependent alias (जियो)
// before a case marker in a headline that names the organisation by
// another of its names is the organisation (titleNounUse24); not without
// that name, not as the verb, not hyphenated.
func TestSession30DependentTitle(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"brand with its company named", "नडेला बोले- 'जियो के साथ साझेदारी करना हमारे लिए गर्व की बात', रिलायंस के सालाना कार्यक्रम में संदेश || ",
			[]string{"satya-nadella>reliance:s"}},
		// Controls.
		{"company not named", "नडेला बोले- 'जियो के साथ साझेदारी करना हमारे लिए गर्व की बात' || ", nil},
		{"the verb", "रिलायंस के कार्यक्रम में नडेला बोले- 'शान से जियो, गर्व की बात है' || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30SuchPartner: "ऐसा साथी/साझेदार" in someone's words points
// back to the partner an earlier clause of the same words names with के
// साथ and a tie word (suchPartner30); not a companion of something else,
// not two partners.
func TestSession30SuchPartner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"such a partner", " || मुकेश अंबानी ने कहा, 'गूगल के साथ हमारी पार्टनरशिप ने गांवों की तस्वीर बदल दी है, ऐसा साथी मिलना सौभाग्य है।'",
			[]string{"mukesh-ambani>google:s"}},
		{"such a partner, reported", " || सुंदर पिचाई ने कहा कि रिलायंस के साथ हमारी पार्टनरशिप ने गांवों की तस्वीर बदली है, ऐसा साझेदार मिलना किस्मत की बात है।",
			[]string{"sundar-pichai>reliance:s"}},
		// Controls.
		{"no tie word", " || मुकेश अंबानी ने कहा, 'गूगल के साथ हम मंच पर थे, ऐसा साथी मिलना सौभाग्य है।'", nil},
		{"two partners", " || मुकेश अंबानी ने कहा, 'गूगल के साथ पार्टनरशिप और मेटा के साथ पार्टनरशिप ने गांवों की तस्वीर बदल दी है, ऐसा साथी मिलना सौभाग्य है।'", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30NameLabel: an interview whose answers are labelled with
// the interviewee's name ("पिचाई: …") and whose questions are unlabelled:
// every sentence of an answer paragraph is his words (markNameLabel30),
// not only the labelled one; not when only one paragraph is so labelled,
// nor when two people label paragraphs.
func TestSession30NameLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"second sentence of an answer", " || सुंदर पिचाई से हमारी बातचीत के मुख्य अंश:\nक्लाउड कारोबार कैसा चल रहा है?\nपिचाई: इस साल हमने रिकॉर्ड बढ़त देखी है।\nमाइक्रोसॉफ्ट से मुकाबले पर क्या कहेंगे?\nपिचाई: मुकाबला कड़ा है। सत्या नडेला की मुझे बहुत कद्र है; वह दूरदर्शी नेता हैं।",
			[]string{"sundar-pichai>satya-nadella:s"}},
		// Controls.
		{"one labelled paragraph", " || सुंदर पिचाई से हमारी बातचीत के मुख्य अंश:\nमाइक्रोसॉफ्ट से मुकाबले पर क्या कहेंगे?\nपिचाई: मुकाबला कड़ा है। सत्या नडेला की मुझे बहुत कद्र है; वह दूरदर्शी नेता हैं।", nil},
		{"two people labelled", " || टीवी बहस के अंश:\nनडेला: क्लाउड में हम आगे हैं।\nपिचाई: इस साल हमने रिकॉर्ड बढ़त देखी है।\nनडेला: मुकाबला कड़ा है। सुंदर पिचाई की मुझे बहुत कद्र है; वह दूरदर्शी नेता हैं।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 10, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30QuotedTitleLabel: a watchlist title inside the quoted
// label a calling verb gives someone ("उन्हें 'नाकाम उपराष्ट्रपति' कहा")
// is what the person is called, not the title's holder as a party
// (quotedLabel30); a quoted title as a subject stays its holder.
func TestSession30QuotedTitleLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"label after an object pronoun", " || डोनाल्ड ट्रंप के एक सलाहकार ने टीवी बहस में कमला हैरिस का मजाक उड़ाया और उन्हें “कमजोर उपराष्ट्रपति” बताया।", nil},
		{"label, campaign manager", " || डोनाल्ड ट्रंप के प्रचार प्रबंधक ने एक इंटरव्यू में कमला हैरिस का मजाक उड़ाया और उन्हें 'कमजोर उपराष्ट्रपति' कहा।", nil},
		// Controls.
		{"tracked caller", " || डोनाल्ड ट्रंप ने टीवी बहस में कमला हैरिस का मजाक उड़ाया और उन्हें “कमजोर उपराष्ट्रपति” बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"quoted title as subject", " || 'उपराष्ट्रपति' ने डोनाल्ड ट्रंप को झूठा कहा।",
			[]string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 8, 12, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession30OrgSelf: a singular subject pronoun in an organisation's
// own unquoted words is the organisation (orgSelf30): its self-praise is
// no stance on the person named before; a person's "वह" stays someone
// else.
func TestSession30OrgSelf(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"org praises itself", " || एलन मस्क ने ओरेकल के क्लाउड की आलोचना की।\nओरेकल ने बयान में कहा कि ग्राहक उसे इसलिए चुनते हैं क्योंकि वह सबसे भरोसेमंद है।",
			[]string{"elon-musk>oracle:h"}},
		{"org calls itself the best", " || एलन मस्क ने ट्वीट किया।\nओपनएआई ने कहा कि उसका मकसद साफ है और वह सबसे बेहतरीन है।", nil},
		// Controls.
		{"org criticised, no self-praise", " || सुंदर पिचाई ने माइक्रोसॉफ्ट की आलोचना की।\nमाइक्रोसॉफ्ट ने कहा कि वह दुनिया की सबसे भरोसेमंद कंपनी है।",
			[]string{"sundar-pichai>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 4, 1, 0, 0, 0, 0, time.UTC), cases)
}
