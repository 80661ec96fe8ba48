package work

import (
	"testing"
	"time"
)

// TestSession35JudgedAttack: the answer that judges the attack
// (judgedAttacks35, mutual35.go). The engine reads Y → X; X's next words
// name no one and judge "this" (यह, ऐसे …) with a hostile evaluative:
// X → Y hostile (SCHEMA, "Reply" rule 1(a)). The first rows give only
// Y → X without the rule. Controls, unchanged: the judgement negated, a
// "this" with no hostile word, a third party named as the one judged,
// someone else's judgement, praise.
func TestSession35JudgedAttack(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reply word", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। हैरिस ने जवाब दिया कि यह वही पुरानी विभाजनकारी राजनीति है।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"plain speech", "एलन मस्क ने सैम ऑल्टमैन को 'धोखेबाज' कहा। अगले दिन ऑल्टमैन ने एक पॉडकास्ट में कहा कि यह घटिया और बेतुकी बयानबाजी है।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"campaign, such ploys", "डोनाल्ड ट्रंप ने रैली में कमला हैरिस की हंसी का मजाक उड़ाया। हैरिस के चुनाव अभियान ने कहा कि अमेरिकी जनता ऐसे ओछे हथकंडों को पहचानती है।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"headline attack", "मोदी ने राहुल गांधी को बताया 'नासमझ' || प्रधानमंत्री नरेंद्र मोदी ने बुधवार को पटना में चुनावी सभा की। उन्होंने महंगाई पर भी बात की। राहुल गांधी ने शाम को दिल्ली में कहा कि यह बेहद अपमानजनक भाषा है।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"negated", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। हैरिस ने कहा कि यह कोई अपमानजनक बात नहीं है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a denial word", "डोनाल्ड ट्रंप ने कमला हैरिस पर देश को बांटने का आरोप लगाया। हैरिस ने जवाब दिया कि यह आरोप पूरी तरह बेबुनियाद है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"no hostile word", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। हैरिस ने कहा कि यह चुनाव बेहद अहम है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"a third party judged", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। हैरिस ने कहा कि एलन मस्क का यह रवैया अपमानजनक है।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>elon-musk:h"}},
		{"someone else judges", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। डेमोक्रेटिक सांसदों ने कहा कि यह बेहद अपमानजनक है।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"praise", "डोनाल्ड ट्रंप ने कमला हैरिस को 'कमजोर नेता' कहा। हैरिस ने कहा कि यह एक शानदार मौका है।",
			[]string{"donald-trump>kamala-harris:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession35PraiseAnswered: praise answered by words about the
// praiser (praiseAnswered35, mutual35.go). The engine reads Y → X
// praise; X's next words, marked as an answer (जवाब में; "X ने भी"),
// name Y with no frame, no negator and no hostile word: X → Y
// supportive. The first rows give only Y → X without the rule.
// Controls, unchanged: no answer marker, words reported as said before
// (बताया था), a negator, a third party named.
func TestSession35PraiseAnswered(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"reply word", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'सच्चा दोस्त' बताया। मोदी ने जवाब में कहा कि ट्रंप की सोच और भारत की जरूरतें एक ही दिशा में चलती हैं।",
			[]string{"donald-trump>narendra-modi:s", "narendra-modi>donald-trump:s"}},
		{"X ने भी", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'सच्चा दोस्त' बताया। मोदी ने भी कहा कि ट्रंप के दौर में दोनों देश पहले से कहीं ज्यादा करीब आए।",
			[]string{"donald-trump>narendra-modi:s", "narendra-modi>donald-trump:s"}},
		// Controls.
		{"no answer marker", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'सच्चा दोस्त' बताया। मोदी ने कहा कि ट्रंप के साथ व्यापार पर बातचीत अगले महीने होगी।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"said before", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'सच्चा दोस्त' बताया। मोदी ने भी बताया था कि उन्होंने ट्रंप से फोन पर बात की।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"negator", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'सच्चा दोस्त' बताया। मोदी ने जवाब में कहा कि ट्रंप की शुल्क नीति भारत के हित में नहीं है।",
			[]string{"donald-trump>narendra-modi:s"}},
		{"a third party", "डोनाल्ड ट्रंप ने नरेंद्र मोदी को 'सच्चा दोस्त' बताया। मोदी ने जवाब में कहा कि ट्रंप और एलन मस्क दोनों अमेरिका के लिए दिन-रात मेहनत करते हैं।",
			[]string{"donald-trump>narendra-modi:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession35CounterWords: a counter-attack's words about the
// attacker (counterWords35, mutual35.go). The narrator calls X's words
// a counter-attack (पलटवार, पलटकर …) and they are about Y, the subject
// after कि: X → Y hostile (SCHEMA, "Reply" rule 1(b)), with no attack
// read before. The first rows give nothing without the rule. Controls,
// unchanged: praise in the words, a third party named, Y only a
// possessor, a plain reply (जवाब), Y only an object.
func TestSession35CounterWords(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"counter, participle", "रीड हॉफमैन ने पलटवार करते हुए कहा कि डोनाल्ड ट्रंप यह मांग अपनी परेशानियों से ध्यान हटाने के लिए कर रहे हैं।",
			[]string{"reid-hoffman>donald-trump:h"}},
		{"counter, finite", "रीड हॉफमैन ने पलटवार किया और कहा कि डोनाल्ड ट्रंप हर बार यही करते हैं।",
			[]string{"reid-hoffman>donald-trump:h"}},
		// Controls.
		{"praise", "रीड हॉफमैन ने पलटवार करते हुए कहा कि डोनाल्ड ट्रंप एक महान नेता हैं।",
			[]string{"reid-hoffman>donald-trump:s"}},
		{"a third party", "रीड हॉफमैन ने पलटवार करते हुए कहा कि डोनाल्ड ट्रंप और एलन मस्क हर बार यही करते हैं।", nil},
		{"possessor", "रीड हॉफमैन ने पलटवार करते हुए कहा कि डोनाल्ड ट्रंप का कोई भी बयान उन्हें चुप नहीं करा सकता।", nil},
		{"plain reply", "रीड हॉफमैन ने जवाब देते हुए कहा कि डोनाल्ड ट्रंप हर बार यही करते हैं।", nil},
		{"object", "कमला हैरिस ने पलटकर कहा कि प्रधानमंत्री नरेंद्र मोदी से उनकी बातचीत अच्छी रही।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession35DeniedAttacker: the answer that runs the attacker down
// (deniesOf35 in judgedAttacks35, mutual35.go). The engine reads Y → X;
// X's next words have Y as their subject and deny Y something (a
// negator after Y): X → Y hostile. The first rows give only Y → X
// without the rule. Controls, unchanged: no attack before, Y only an
// object (से), Y only a possessor.
func TestSession35DeniedAttacker(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"does not understand", "एलन मस्क ने लिखा कि नाइजल फराज में नेतृत्व की क्षमता नहीं है। फराज ने कहा कि मस्क ब्रिटेन की राजनीति को बिल्कुल नहीं समझते।",
			[]string{"elon-musk>nigel-farage:h", "nigel-farage>elon-musk:h"}},
		{"never did", "सैम ऑल्टमैन ने कहा कि एलन मस्क ईर्ष्या से भरे हैं। मस्क ने कहा कि ऑल्टमैन ने कभी एक लाइन कोड नहीं लिखा।",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		// Controls.
		{"no attack before", "नाइजल फराज ने कहा कि एलन मस्क ब्रिटेन की राजनीति को बिल्कुल नहीं समझते।", nil},
		{"object", "एलन मस्क ने लिखा कि नाइजल फराज में नेतृत्व की क्षमता नहीं है। फराज ने कहा कि मस्क से उनकी कोई दुश्मनी नहीं है।",
			[]string{"elon-musk>nigel-farage:h"}},
		{"possessor", "एलन मस्क ने लिखा कि नाइजल फराज में नेतृत्व की क्षमता नहीं है। फराज ने कहा कि मस्क का इरादा गलत नहीं था।",
			[]string{"elon-musk>nigel-farage:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession35TitleAnswer: a headline's answer to the attack it tells
// (titleAnswers35, mutual35.go). The headline reads Y → X; then "X
// बोले- …" with words that name Y: X → Y hostile. The first rows give
// only Y → X without the rule. Controls, unchanged: praise in the
// words, a third party named, Y not named.
func TestSession35TitleAnswer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"names Y", "मस्क ने ऑल्टमैन को कहा 'धोखेबाज', ऑल्टमैन बोले- मस्क की स्क्रिप्ट कोई और लिखता है || ",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"names Y again", "ट्रंप ने मस्क को बताया 'पागल', मस्क बोले- ट्रंप की फाइलें जल्द सामने आएंगी || ",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		// Controls.
		{"praise", "मस्क ने कहा- फराज में दम नहीं, फराज बोले- एलन की इज्जत करता रहूंगा || ",
			[]string{"elon-musk>nigel-farage:h"}},
		{"a third party", "मस्क ने ऑल्टमैन को कहा 'धोखेबाज', ऑल्टमैन बोले- मस्क और नडेला दोनों एक जैसे || ",
			[]string{"elon-musk>sam-altman:h"}},
		{"Y not named", "मस्क ने ऑल्टमैन को कहा 'धोखेबाज', ऑल्टमैन बोले- काम पर ध्यान देना है || ",
			[]string{"elon-musk>sam-altman:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
