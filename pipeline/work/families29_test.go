package work

import (
	"testing"
	"time"
)

// Session 29 (FAMILIES): our own sentences. The first rows of each table
// fail without the rule named; the controls must stay as they are.

// TestSession29DealingsRefused: dealings refused with Y from now on —
// a deal noun, its negator and a future of करना — are a snub, X → Y
// (dealingRefusable29, rupture29.go, and words.yaml dealing_nouns read
// by readSnubPlain23). A refusal on a condition, a deal merely not made,
// a question, and a compromise refused stay as they were.
func TestSession29DealingsRefused(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"no deal of any kind, reported", "रिलायंस ने साफ कहा कि वह अडानी समूह के साथ किसी भी तरह का सौदा नहीं करेगी।",
			[]string{"reliance>adani-group:h"}},
		{"no partnership, quote first", "“हम ओपनएआई के साथ कोई साझेदारी नहीं करेंगे,” ओरेकल के संस्थापक लैरी एलिसन ने कहा।",
			[]string{"larry-ellison>openai:h"}},
		{"no business, quote after", "गौतम अडानी ने कहा, \"मुकेश अंबानी के साथ अब कोई कारोबार नहीं करेंगे।\"",
			[]string{"gautam-adani>mukesh-ambani:h"}},
		{"loan word deal, से", "सॉफ्टबैंक ने कहा कि वह आगे से माइक्रोसॉफ्ट से कोई डील नहीं करेगा।",
			[]string{"softbank>microsoft:h"}},
		// Controls.
		{"on a condition: a threat", "गूगल ने कहा कि अगर शर्तें नहीं बदलीं तो वह मेटा के साथ करार नहीं करेगा।", nil},
		{"deal not made (past)", "गूगल और मेटा के बीच बातचीत के बाद भी कोई करार नहीं हुआ।", nil},
		{"asked", "क्या गूगल अब मेटा के साथ कोई करार नहीं करेगा?", nil},
		{"compromise refused (not a dealing noun)", "डोनाल्ड ट्रंप ने कहा कि वह सुरक्षा से कोई समझौता नहीं करेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29RoleHolderSubject: a supporter, critic or fan of Y who is
// the subject of a predicate of his own names other people; it gives the
// speaker no stance (dropRoleSubjects29, role29.go; words.yaml
// role_holders, role_predicates). As the predicate ("X Y के समर्थक हैं",
// "… रहे हैं", "… में गिने जाते हैं") it stays X's stance.
func TestSession29RoleHolderSubject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"supporters live here too, quote", "कमला हैरिस ने रैली में कहा, \"डोनाल्ड ट्रंप के समर्थक भी इसी शहर में रहते हैं।\"", nil},
		{"critics admit it too", "नरेंद्र मोदी ने कहा कि राहुल गांधी के आलोचक भी अब यह बात मानते हैं।", nil},
		{"fans all over the world", "नाइजल फराज ने कहा कि एलन मस्क के मुरीद पूरी दुनिया में फैले हैं।", nil},
		// Controls.
		{"quote first, supporters leave (none already)", "“कमला हैरिस के समर्थक अब दूसरी पार्टियों की ओर देख रहे हैं,” नाइजल फराज ने कहा।", nil},
		{"predicate, copula", "लैरी एलिसन ने कहा कि वह डोनाल्ड ट्रंप के समर्थक हैं।",
			[]string{"larry-ellison>donald-trump:s"}},
		{"predicate, रहे हैं", "राहुल गांधी लंबे समय से गौतम अडानी के आलोचक रहे हैं।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"predicate, among", "एलन मस्क डोनाल्ड ट्रंप के सबसे बड़े समर्थकों में गिने जाते हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		{"predicate, coordinated", "नाइजल फराज एलन मस्क के प्रशंसक और कमला हैरिस के आलोचक हैं।",
			[]string{"nigel-farage>elon-musk:s", "nigel-farage>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29LabelWords: label words read only when someone or his
// thing is called by a label holding them (evaluative.yaml, session 29:
// सेंसरशिप, गड़बड़ी, रोने वाला, रोंदू, झांसा, सिरदर्द, नासूर, शान, रक्षक).
// The same words outside a calling give nothing.
func TestSession29LabelWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"censorship label on Y's policy", "एलन मस्क ने गूगल की सर्च नीति को 'सेंसरशिप की मशीन' करार दिया।",
			[]string{"elon-musk>google:h"}},
		{"mess label, title", "डोनाल्ड ट्रंप ने कमला हैरिस को बताया 'गड़बड़ियों की रानी' || व्हाइट हाउस ने कुछ नहीं कहा।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"crybaby label", "सैम ऑल्टमैन ने एक पोस्ट में एलन मस्क को 'हर फैसले पर रोने वाला निवेशक' कहा।",
			[]string{"sam-altman>elon-musk:h"}},
		{"festering wound label", "राहुल गांधी ने अडानी समूह के ठेकों को 'अर्थव्यवस्था का नासूर' बताया।",
			[]string{"rahul-gandhi>adani-group:h"}},
		{"pride label on Y's work", "सुंदर पिचाई ने रिलायंस के नए डेटा सेंटर को 'भारत की शान' करार दिया।",
			[]string{"sundar-pichai>reliance:s"}},
		{"protector label", "मुकेश अंबानी ने नरेंद्र मोदी को 'छोटे कारोबारियों का रक्षक' बताया।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		// Controls.
		{"censorship as a topic", "नाइजल फराज ने इंटरनेट पर बढ़ती सेंसरशिप पर चिंता जताई।", nil},
		{"pride of a place, no calling", "नरेंद्र मोदी ने कहा कि यह बंदरगाह देश की शान बढ़ाएगा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29ProxyBacking: a deed of X's — money, leading, hosting,
// organising — done for those who campaign or raise money for Y backs Y
// (readProxyBacking29, backing29.go; words.yaml campaign_acts,
// backing_deeds). Meeting or attending them, or a question, is none.
func TestSession29ProxyBacking(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"money to Y's campaigners", "एलन मस्क ने डोनाल्ड ट्रंप का प्रचार करने वाले एक संगठन को दस लाख डॉलर दिए।",
			[]string{"elon-musk>donald-trump:s"}},
		{"led the team campaigning in Y's favour", "लैरी एलिसन ने डोनाल्ड ट्रंप के पक्ष में प्रचार करने वाली टीम का नेतृत्व किया।",
			[]string{"larry-ellison>donald-trump:s"}},
		{"hosted, money collected", "न्यूयॉर्क में रीड हॉफमैन ने कमला हैरिस के लिए धन इकट्ठा करने वाले समूह की मेजबानी की।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		// Controls.
		{"fundraising dinner organised (read already)", "रीड हॉफमैन ने कमला हैरिस के अभियान के लिए फंड जुटाने का एक डिनर आयोजित किया।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"met Y's campaigners", "एलन मस्क ने डोनाल्ड ट्रंप के लिए प्रचार करने वाले स्वयंसेवकों से मुलाकात की।", nil},
		{"attended Y's fundraiser", "कमला हैरिस के लिए चंदा जुटाने वाले कार्यक्रम में रीड हॉफमैन भी पहुंचे।", nil},
		{"asked", "क्या एलन मस्क डोनाल्ड ट्रंप का प्रचार करने वाली समिति को चंदा देंगे?", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29GatheringPassive: an act told in the passive in a
// relative clause on a gathering one attended, addressed or chaired was
// unnamed others' (gatheringPassive29, gathering29.go; words.yaml
// gathering_nouns). A doer of its own, a gathering one hosted, and a
// report one issued keep their stances.
func TestSession29GatheringPassive(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"addressed a summit, questions asked", "सुंदर पिचाई ने दिल्ली में एक सम्मेलन को संबोधित किया, जिसमें माइक्रोसॉफ्ट की एआई नीति पर भी सवाल उठाए गए।", nil},
		{"went to a forum, condemnation", "नाइजल फराज लंदन के एक फोरम में पहुंचे, जिसमें मेटा की सेंसरशिप नीति की निंदा की गई।", nil},
		{"chaired a session, criticism", "सत्या नडेला ने एक सत्र की अध्यक्षता की, जिसमें ओपनएआई के कामकाज की कड़ी आलोचना की गई।", nil},
		// Controls.
		{"attended a meeting, charges made (none already)", "मुकेश अंबानी उस बैठक में मौजूद थे, जहां गौतम अडानी पर कई आरोप लगाए गए।", nil},
		{"a doer of its own in the relative", "सुंदर पिचाई ने एक सम्मेलन को संबोधित किया, जिसमें उन्होंने माइक्रोसॉफ्ट की नीति की आलोचना की।",
			[]string{"sundar-pichai>microsoft:h"}},
		{"hosted it", "रीड हॉफमैन ने एक कार्यक्रम की मेजबानी की, जिसमें कमला हैरिस के लिए लाखों डॉलर जुटाए गए।",
			[]string{"reid-hoffman>kamala-harris:s"}},
		{"a report one issued", "राहुल गांधी ने एक रिपोर्ट जारी की, जिसमें अडानी समूह पर कई आरोप लगाए गए।",
			[]string{"rahul-gandhi>adani-group:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession29AnsweredQuestion: the answer after "…, तो उन्होंने कहा"
// to a question asked of someone does not take the question's mood
// (answerAfterAsked29, answeredPast29, answered29.go). The question
// itself, and a question with no answer after it, stay questions.
func TestSession29AnsweredQuestion(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"snub in the answer", "जब मुकेश अंबानी से पूछा गया कि क्या वे साझेदारी बढ़ाएंगे, तो उन्होंने कहा कि उन्हें गौतम अडानी से मिलने में कोई दिलचस्पी नहीं है।",
			[]string{"mukesh-ambani>gautam-adani:h"}},
		{"attack in the answer, no जब", "नाइजल फराज से पूछा गया कि क्या वे चुनाव लड़ेंगे, तो उन्होंने कहा कि कमला हैरिस झूठी हैं।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"praise in the answer", "पत्रकार सम्मेलन में जब सुंदर पिचाई से पूछा गया कि क्या एआई से नौकरियां जाएंगी, तो उन्होंने कहा कि नरेंद्र मोदी एक दूरदर्शी नेता हैं।",
			[]string{"sundar-pichai>narendra-modi:s"}},
		// Controls.
		{"the question itself", "जब डोनाल्ड ट्रंप से पूछा गया कि क्या वे एलन मस्क से सुलह करेंगे, तो उन्होंने कहा कि वह सोचेंगे।", nil},
		{"a question, no answer", "पत्रकारों ने पूछा कि क्या एलन मस्क, डोनाल्ड ट्रंप से सुलह करेंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
