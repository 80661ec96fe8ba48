package work

import (
	"testing"
	"time"
)

// TestSession35bLabelDismissed: a person dismissed with a label
// (labelDismissed35b, mutual35b.go). "X ने Y को '<label>' कहकर/बताकर
// खारिज कर दिया" is X → Y hostile (mockery); "दोनों को" is the last two
// people named before, not X. The rows give nothing from X without the
// rule. Controls, unchanged: Y's charge dismissed (the owner of the
// object, a denial: SCHEMA), a name inside the label, praise with a
// label, a plain dismissal with no label.
func TestSession35bLabelDismissed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"named", "सुंदर पिचाई ने सत्या नडेला को 'पुरानी व्यवस्था का रखवाला' कहकर खारिज कर दिया।",
			[]string{"sundar-pichai>satya-nadella:h"}},
		{"both attackers", "कमला हैरिस ने एलन मस्क की कटौतियों पर सवाल उठाए। रीड हॉफमैन ने भी मस्क पर निशाना साधा। मस्क ने अपने मंच पर दोनों को 'बीते दौर के दरबारी' बताकर खारिज कर दिया।",
			[]string{"kamala-harris>elon-musk:h", "reid-hoffman>elon-musk:h", "elon-musk>kamala-harris:h", "elon-musk>reid-hoffman:h"}},
		{"turned down", "नाइजल फराज ने एलन मस्क को 'बाहरी तमाशबीन' कहकर ठुकरा दिया।",
			[]string{"nigel-farage>elon-musk:h"}},
		// Controls.
		{"a charge dismissed", "सैम ऑल्टमैन ने एलन मस्क के आरोपों को 'तथ्यहीन' बताकर खारिज कर दिया।",
			nil},
		{"a name in the label", "सैम ऑल्टमैन ने एलन मस्क को सत्या नडेला के दौर की कहानी बताकर खारिज कर दिया।",
			nil},
		{"praise", "डोनाल्ड ट्रंप ने एलन मस्क को 'सबसे काबिल इंसान' बताकर उनकी तारीफ की।",
			[]string{"donald-trump>elon-musk:s"}},
		{"no label", "एलन मस्क ने कमला हैरिस को खारिज कर दिया।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession35bEchoPraise: praise echoed with "X ने भी"
// (echoPraise35b, mutual35b.go). Z praises Y; "X ने भी कहा कि <words
// about Y>" with no frame of its own is X → Y supportive. The rows give
// only Z → Y without the rule. Controls, unchanged: no भी, a negator, a
// hostile word, a third party named, words said before (था).
func TestSession35bEchoPraise(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"with own company", "मासायोशी सन ने डोनाल्ड ट्रंप की खुलकर तारीफ की। ओरेकल के लैरी एलिसन ने भी कहा कि ट्रंप की टीम उद्योग की जरूरतें जल्दी समझती है।",
			[]string{"masayoshi-son>donald-trump:s", "larry-ellison>donald-trump:s"}},
		{"plain", "मुकेश अंबानी ने नरेंद्र मोदी की सराहना की। सुंदर पिचाई ने भी कहा कि मोदी के डिजिटल अभियान से गांवों तक इंटरनेट पहुंचा।",
			[]string{"mukesh-ambani>narendra-modi:s", "sundar-pichai>narendra-modi:s"}},
		// Controls.
		{"no भी", "मासायोशी सन ने डोनाल्ड ट्रंप की खुलकर तारीफ की। लैरी एलिसन ने कहा कि ट्रंप की टीम अगले हफ्ते टेक्सास जाएगी।",
			[]string{"masayoshi-son>donald-trump:s"}},
		{"negator", "मासायोशी सन ने डोनाल्ड ट्रंप की खुलकर तारीफ की। लैरी एलिसन ने भी कहा कि ट्रंप की टीम से अब तक बात नहीं हुई।",
			[]string{"masayoshi-son>donald-trump:s"}},
		{"a third party", "मासायोशी सन ने डोनाल्ड ट्रंप की खुलकर तारीफ की। लैरी एलिसन ने भी कहा कि ट्रंप और सैम ऑल्टमैन की मुलाकात अगले महीने होगी।",
			[]string{"masayoshi-son>donald-trump:s"}},
		{"said before", "मासायोशी सन ने डोनाल्ड ट्रंप की खुलकर तारीफ की। लैरी एलिसन ने भी बताया था कि ट्रंप की टीम टेक्सास जाएगी।",
			[]string{"masayoshi-son>donald-trump:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession35bCounterLast: a counter-attack with no target answers the
// one before (counterLast35b, mutual35b.go). "… । X ने पलटवार किया" with
// no attacker of X read yet: X → the one who acted or spoke in the
// sentence before, hostile (SCHEMA "Reply" 1(b)); the attack it answers
// is then read from the speaker's words (answeredAttacks25). The row
// gives nothing without the rule. Controls, unchanged: the counter aimed at
// someone untracked ("कांग्रेस पर"), the sentence before X's own, a
// headline's counter (its last agent is a name inside the question).
func TestSession35bCounterLast(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"speaker before", "सोमवार को राहुल गांधी ने रैली में कहा कि प्रधानमंत्री नरेंद्र मोदी किसानों की बात नहीं सुनते। राहुल ने कहा, \"यह देश सबका है।\" बुधवार को नासिक में प्रधानमंत्री मोदी ने पलटवार किया।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		// Controls.
		{"aimed at someone untracked", "सोमवार को राहुल गांधी ने रैली में कहा कि प्रधानमंत्री नरेंद्र मोदी किसानों की बात नहीं सुनते। राहुल ने कहा, \"यह देश सबका है।\" बुधवार को नासिक में प्रधानमंत्री मोदी ने विपक्षी दलों पर पलटवार किया।",
			nil},
		{"his own sentence before", "प्रधानमंत्री नरेंद्र मोदी ने बुधवार को नासिक में सभा की। मोदी ने पलटवार किया।",
			nil},
		{"a headline's counter", "मोदी का सवाल- ‘शहजादे ने अंबानी-अडानी से कितना पैसा लिया?’, राहुल का पलटवार- ‘घबरा गए क्या?’ || करीमनगर में प्रधानमंत्री नरेंद्र मोदी ने सभा की।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
