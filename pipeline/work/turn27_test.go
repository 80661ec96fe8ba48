package work

import (
	"testing"
	"time"
)

// TestSession27ThanksAct: thanks for Y's support, congratulation or
// praise named only as what is thanked for ("Y के समर्थन के लिए", "Y की
// बधाई पर") are the thanker's stance only; Y's act is presupposed and
// gives no Y → X (SCHEMA, ruling of session 26, rule 5; readThanksFor,
// schema11.go). The first three rows also gave Y → X before session 27.
// Controls: Y's support stated in a clause of its own counts both ways;
// negated thanks give nothing.
func TestSession27ThanksAct(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"thanks for Y's support", "नाइजल फराज ने चुनाव में एलन मस्क के समर्थन के लिए उनका आभार जताया।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"thanks on Y's congratulation", "कमला हैरिस की बधाई पर डोनाल्ड ट्रंप ने शुक्रिया कहा।",
			[]string{"donald-trump>kamala-harris:s"}},
		{"headline: thanks on a congratulation of no one named", "जीत की बधाई पर सुंदर पिचाई ने सत्या नडेला को कहा धन्यवाद || ",
			[]string{"sundar-pichai>satya-nadella:s"}},
		// Controls.
		{"donation in a clause of its own", "एलन मस्क ने डोनाल्ड ट्रंप के अभियान को भारी चंदा दिया था। ट्रंप ने इसके लिए उनका आभार जताया।",
			[]string{"donald-trump>elon-musk:s", "elon-musk>donald-trump:s"}},
		{"support in a clause of its own", "रीड हॉफमैन ने कमला हैरिस का खुलकर समर्थन किया। हैरिस ने इसके लिए उनका शुक्रिया अदा किया।",
			[]string{"kamala-harris>reid-hoffman:s", "reid-hoffman>kamala-harris:s"}},
		{"thanks not given", "कमला हैरिस की बधाई पर डोनाल्ड ट्रंप ने कोई शुक्रिया नहीं कहा।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27PoliteRespect: "मैं Y का सम्मान करता हूं, लेकिन …" — respect
// for Y himself in a sentence that turns on a contrast — is a politeness
// formula, no praise; the criticism across the turn stands (SCHEMA,
// ruling of session 26, rule 3; politeRespect27, polite27.go). The first
// three rows also gave X → Y supportive without the rule. Controls:
// respect for something of Y's, respect with no turn, other praise said
// with the formula, a हालांकि concession, "पूरे सम्मान के साथ".
func TestSession27PoliteRespect(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"respect, then लेकिन", "नाइजल फराज ने कहा कि वह कमला हैरिस का सम्मान करते हैं, लेकिन उनकी आव्रजन नीति नाकाम रही है।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"इज्जत, then मगर", "राहुल गांधी ने कहा कि वह प्रधानमंत्री नरेंद्र मोदी की इज्जत करते हैं, मगर उनकी आर्थिक नीतियां देश के लिए घातक हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"criticism, then फिर भी respect", "एलन मस्क ने कहा कि सैम ऑल्टमैन की नीतियां खतरनाक हैं, फिर भी वह उनका सम्मान करते हैं।",
			[]string{"elon-musk>sam-altman:h"}},
		// Controls.
		{"respect for Y's talent is praise", "सैम ऑल्टमैन ने कहा कि वह एलन मस्क की प्रतिभा का सम्मान करते हैं, लेकिन उनके साथ दोबारा काम नहीं करेंगे।",
			[]string{"sam-altman>elon-musk:h", "sam-altman>elon-musk:s"}},
		{"respect with no turn", "नाइजल फराज ने कहा कि वह एलन मस्क का बहुत सम्मान करते हैं।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"other praise with the formula", "नाइजल फराज ने कहा कि एलन मस्क असाधारण इंसान हैं और वह उनका सम्मान करते हैं, लेकिन इस मुद्दे पर वह उनसे सहमत नहीं हैं।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"a हालांकि concession", "नाइजल फराज ने डोनाल्ड ट्रंप के टैरिफ की आलोचना की, हालांकि उन्होंने कहा कि वह ट्रंप का सम्मान करते हैं।",
			[]string{"nigel-farage>donald-trump:h", "nigel-farage>donald-trump:s"}},
		{"पूरे सम्मान के साथ", "नाइजल फराज ने कमला हैरिस से पूरे सम्मान के साथ कहा कि उनकी आव्रजन नीति नाकाम रही।",
			[]string{"nigel-farage>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27JibedPraise: praise or thanks the text calls a jibe is
// mockery, hostile only (SCHEMA, ruling of session 26, rules 3 and 5;
// jibeCalled27, jibe27.go): the jibe owned by the speaker in the same
// sentence, or the speaker's jibe in the sentence before whose words go
// on. The first three rows gave X → Y supportive without the rule.
// Controls: a jibe at another set apart by जबकि, a jibe owned by someone
// untracked, a new sentence with its own named agent, praise with no
// jibe.
func TestSession27JibedPraise(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"headline: thanks called X's jibe", "'शुक्रिया ट्रंप जी': महंगाई पर कमला हैरिस का तंज || ",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a congratulation inside the jibe's quote", "एलन मस्क ने तंज कसा, \"जब सब कुछ दोस्तों के लिए हो, तो नतीजे ऐसे ही होंगे। सैम ऑल्टमैन को बधाई, उनके दोस्त खुश हैं।\"",
			[]string{"elon-musk>sam-altman:h"}},
		{"the jibe's words in the next sentence", "राहुल गांधी ने नरेंद्र मोदी पर तंज कसा। उन्होंने कहा, \"प्रधानमंत्री जी शानदार काम कर रहे हैं, महंगाई हर दिन नया रिकॉर्ड बना रही है।\"",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"a jibe at another, जबकि praise", "सत्या नडेला ने गूगल पर तंज कसा, जबकि सैम ऑल्टमैन की तारीफ की।",
			[]string{"satya-nadella>google:h", "satya-nadella>sam-altman:s"}},
		{"someone untracked's jibe", "नई परियोजना पर मुकेश अंबानी ने जताया नरेंद्र मोदी का आभार, कांग्रेस का तंज || ",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"a new named agent after the jibe", "एलन मस्क ने सैम ऑल्टमैन पर तंज कसा। मस्क ने सुंदर पिचाई की तारीफ की।",
			[]string{"elon-musk>sam-altman:h", "elon-musk>sundar-pichai:s"}},
		{"praise with no jibe", "कमला हैरिस ने रीड हॉफमैन की तारीफ की। उन्होंने कहा कि हॉफमैन शानदार इंसान हैं।",
			[]string{"kamala-harris>reid-hoffman:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27ReceivedFrom: "Y की ओर से मिले <thing> के लिए X का आभार" —
// Y is where the thing thanked for came from, no doer of the clause: the
// thanks stay X → Y, and Y's act gives no Y → X (ruling of session 26,
// rule 5; receivedFrom27, thanks27.go). The first two rows read Y as the
// thanker without the rule. Controls: a statement issued by Y, Y's
// counsel, an act done by Y (की ओर से as the doer).
func TestSession27ReceivedFrom(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"a greeting received from Y", "राहुल गांधी ने जन्मदिन पर नरेंद्र मोदी की ओर से मिले बधाई संदेश के लिए उनका आभार जताया।",
			[]string{"rahul-gandhi>narendra-modi:s"}},
		{"help received from Y", "सैम ऑल्टमैन ने सत्या नडेला की ओर से मिली मदद के लिए उनका शुक्रिया अदा किया।",
			[]string{"sam-altman>satya-nadella:s"}},
		// Controls.
		{"a statement issued by Y", "मुकेश अंबानी की ओर से जारी बयान में नरेंद्र मोदी की तारीफ की गई।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"Y's counsel", "मुकेश अंबानी की ओर से पेश वकील ने गौतम अडानी की आलोचना की।",
			[]string{"mukesh-ambani>gautam-adani:h"}},
		{"an act done by Y", "एलन मस्क की ओर से सैम ऑल्टमैन की आलोचना की गई।",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27DislikeAndConcession: the criticism half of praise with a
// turn. Negated "पसंद" (frames.yaml, polarity none, negated hostile) is
// dislike of Y or of Y's decisions: X → Y hostile; "भले ही" turns a
// sentence like लेकिन (contrastTurn15), so praise before it stands beside
// the criticism after it (SCHEMA, ruling of session 26, rule 3: both).
// The first three rows fail without the frame or the turn word.
// Controls: "Y की पसंद" (a choice) and a question are no stance; respect
// with a concession stays praise.
func TestSession27DislikeAndConcession(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Y's decisions disliked", "डोनाल्ड ट्रंप ने कहा कि उन्हें नरेंद्र मोदी के फैसले पसंद नहीं हैं।",
			[]string{"donald-trump>narendra-modi:h"}},
		{"Y disliked", "नाइजल फराज ने कहा कि उन्हें एलन मस्क पसंद नहीं हैं।",
			[]string{"nigel-farage>elon-musk:h"}},
		{"praise, भले ही criticism", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप एक अच्छे वक्ता हैं, भले ही उनकी नीतियां कमजोर हैं।",
			[]string{"kamala-harris>donald-trump:h", "kamala-harris>donald-trump:s"}},
		// Controls.
		{"Y's choice", "सैम ऑल्टमैन ने कहा कि एलन मस्क की पसंद साफ है।", nil},
		{"a question", "पत्रकारों ने पूछा कि क्या डोनाल्ड ट्रंप को नरेंद्र मोदी पसंद नहीं हैं?", nil},
		{"respect with a concession", "नाइजल फराज ने कहा कि वह एलन मस्क का बहुत सम्मान करते हैं, भले ही मस्क की कंपनियों से उन्हें कोई लेना-देना नहीं।",
			[]string{"nigel-farage>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27DislikedDoing: "Y महान हैं, लेकिन (वह) जो कर रहे हैं, वह
// उन्हें पसंद नहीं" — dislike of what Y is doing is the criticism half of
// praise with a turn: speaker → Y hostile beside the praise (ruling of
// session 26, rule 3; readDislikedDoing27, dislike27.go). The first two
// rows give the praise only without the reader. Controls: liking (no
// negation), an untracked doer right before जो, an untracked subject.
func TestSession27DislikedDoing(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"praise, लेकिन वह जो कर रहे हैं … पसंद नहीं", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप एक अनुभवी नेता हैं, लेकिन वह जो कर रहे हैं, वह उन्हें पसंद नहीं है।",
			[]string{"kamala-harris>donald-trump:h", "kamala-harris>donald-trump:s"}},
		{"headline: friend, पर अभी जो कर रहे हैं वह पसंद नहीं", "रैली में फराज बोले- मस्क मेरे अच्छे दोस्त, पर अभी जो कर रहे हैं वह पसंद नहीं || ",
			[]string{"nigel-farage>elon-musk:h", "nigel-farage>elon-musk:s"}},
		// Controls.
		{"what Y does, liked", "डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी जो कर रहे हैं, वह उन्हें बहुत पसंद है।", nil},
		{"an untracked doer before जो", "डोनाल्ड ट्रंप ने कहा कि नरेंद्र मोदी एक महान प्रधानमंत्री हैं, लेकिन भारत जो कर रहा है, वह उन्हें पसंद नहीं है।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"untracked people", "डोनाल्ड ट्रंप ने कहा कि लोग जो कर रहे हैं, वह उन्हें पसंद नहीं है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession27ThanksKept: "वे Y के (हमेशा) आभारी रहेंगे" pledges
// gratitude kept up: thanks now, X → Y supportive (SCHEMA: thanking;
// pledge with thanksAt27, thanks27.go). The first row is a future plan
// without the rule. Controls: a conditional, thanks only planned.
func TestSession27ThanksKept(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"gratitude kept up", "सैम ऑल्टमैन ने लिखा कि वे सत्या नडेला के हमेशा आभारी रहेंगे।",
			[]string{"sam-altman>satya-nadella:s"}},
		// Controls.
		{"a conditional", "नाइजल फराज ने कहा कि अगर एलन मस्क ने मदद की, तो वे उनके आभारी रहेंगे।", nil},
		{"thanks only planned", "एलन मस्क ने कहा कि वे अगले हफ्ते डोनाल्ड ट्रंप का आभार जताएंगे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
