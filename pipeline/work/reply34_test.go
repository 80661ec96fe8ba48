package work

import (
	"testing"
	"time"
)

// TestSession34ClaimAnswered: the charge a rebuttal answers, told as a
// claim (claimsAnswered34, reply34.go). Y calls X's claim a lie; X's
// claim about Y ("X ने दावा किया था कि Y …", "X के अभियान की ओर से दावा
// किया गया कि Y …", "X का आरोप है कि प्रधानमंत्री …") carries no lexicon
// frame: X → Y hostile (SCHEMA: a claim about Y's conduct that
// discredits Y). The first rows give only Y → X without the rule.
// Controls, unchanged: the claim's subject is a third party; a claim
// that praises Y; a claim nobody rebuts (a later attack on X answers
// something else); a report's claim called fake (reporting is neutral);
// a clarification; a plain denial.
func TestSession34ClaimAnswered(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"claim after the rebuttal", "सत्या नडेला ने एलन मस्क के दावे को पूरी तरह झूठा बताया। मस्क ने सोमवार को दावा किया था कि नडेला हर हफ्ते ओपनएआई के दफ्तर में बैठकर उसके फैसले तय करते हैं।",
			[]string{"elon-musk>satya-nadella:h", "satya-nadella>elon-musk:h"}},
		{"claim by office", "प्रधानमंत्री नरेंद्र मोदी ने राहुल गांधी के दावे को कोरा झूठ करार दिया। राहुल गांधी ने रैली में दावा किया था कि प्रधानमंत्री पिछले महीने चुपचाप विदेश जाकर उद्योगपतियों से मिले थे।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"campaign's claim", "कमला हैरिस के चुनाव अभियान की ओर से जारी बयान में दावा किया गया कि डोनाल्ड ट्रंप सरकारी पेंशन योजना बंद करना चाहते हैं। ट्रंप ने इस दावे को सफेद झूठ बताया।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"claim first, rebuttal after", "रीड हॉफमैन का दावा है कि एलन मस्क चुनाव से पहले कई विदेशी निवेशकों से गुपचुप पैसा ले चुके थे। मस्क ने कहा कि हॉफमैन की यह बात सरासर झूठ है।",
			[]string{"elon-musk>reid-hoffman:h", "reid-hoffman>elon-musk:h"}},
		{"a particle, a participle", "सत्या नडेला ने एलन मस्क के आरोपों को मनगढ़ंत कहा। मस्क ने यह आरोप भी लगाया था कि नडेला हर हफ्ते ओपनएआई के दफ्तर में बैठकर उसके फैसले तय करते हैं।",
			[]string{"elon-musk>satya-nadella:h", "satya-nadella>elon-musk:h"}},
		{"claim made in a participle", "मुकेश अंबानी ने गौतम अडानी के दावे को बकवास बताया। अडानी ने एक निवेशक सम्मेलन में दावा करते हुए कहा था कि अंबानी पिछले साल से उनके बंदरगाह कारोबार में हिस्सा खरीदना चाहते हैं।",
			[]string{"gautam-adani>mukesh-ambani:h", "mukesh-ambani>gautam-adani:h"}},
		// Controls.
		{"third party's conduct", "एलन मस्क ने रीड हॉफमैन के दावे को झूठ बताया। हॉफमैन ने दावा किया था कि डोनाल्ड ट्रंप ने पिछले साल एक विवादित कारोबारी से मुलाकात की थी।",
			[]string{"elon-musk>reid-hoffman:h"}},
		{"a claim that praises", "एलन मस्क ने रीड हॉफमैन के दावे को झूठ बताया। हॉफमैन ने दावा किया था कि मस्क ने संकट के समय उनकी कंपनी की मदद की थी।",
			[]string{"elon-musk>reid-hoffman:h", "elon-musk>reid-hoffman:s"}},
		{"nobody rebuts the claim", "नाइजल फराज ने दावा किया कि एलन मस्क उनकी पार्टी को बड़ा चंदा देने पर विचार कर रहे हैं। मस्क ने अगले दिन फराज की कड़ी आलोचना की।",
			[]string{"elon-musk>nigel-farage:h"}},
		{"a report's claim", "एक्सियोस ने एक रिपोर्ट में दावा किया कि एलन मस्क जल्द ही सरकारी पद छोड़ देंगे। मस्क ने इस रिपोर्ट को झूठ बताया।",
			[]string{"elon-musk>axios:h"}},
		{"a clarification", "माइक्रोसॉफ्ट ने एलन मस्क के दावे पर सफाई दी। मस्क ने दावा किया था कि माइक्रोसॉफ्ट ओपनएआई के हर बड़े फैसले से पहले उसकी राय लेती है।",
			nil},
		{"a plain denial", "मार्क जुकरबर्ग के दावों को एलन मस्क ने बेबुनियाद बताया। जुकरबर्ग ने एक पॉडकास्ट में दावा किया था कि मस्क अपने प्लेटफॉर्म पर विज्ञापनदाताओं की शिकायतें नहीं सुनते।",
			nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession34CoordPlace: a tracked name coordinated with an untracked
// party, then a place noun with में ("X और भाजपा देश में नफरत फैला रहे
// हैं"), is a coordinated subject, not the pair of a "between" (X और Y
// में अनबन): coordTooLong34 (reply34.go) in markerAfter's coordination
// loop (chunk.go). The first rows give nothing without it. Controls,
// unchanged: a real "between" with a two-word untracked conjunct, in
// the narrator's words and in someone's; the conjunct a genitive
// pronoun and noun; a tracked conjunct; a conjunct with a genitive.
func TestSession34CoordPlace(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"party, then a place", "राहुल गांधी ने कहा कि नरेंद्र मोदी और भाजपा देश में नफरत फैला रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"two-word party, then a place", "कमला हैरिस ने आरोप लगाया कि डोनाल्ड ट्रंप और रिपब्लिकन पार्टी देश में डर का माहौल बना रहे हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls.
		{"between, narrator", "डोनाल्ड ट्रंप और रिपब्लिकन पार्टी में मतभेद गहरा गए हैं।", nil},
		{"between, in someone's words", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप और रिपब्लिकन पार्टी में मतभेद गहरा गए हैं।", nil},
		{"genitive pronoun conjunct", "राहुल गांधी ने कहा कि गौतम अडानी और उनके साथियों में कोई मतभेद नहीं है।", nil},
		{"tracked conjunct", "एलन मस्क और ट्रंप प्रशासन में तनातनी बढ़ गई है।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"conjunct with a genitive", "एलन मस्क और वित्त मंत्री के बीच तीखी बहस हुई।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession34CampaignReply: a campaign's reply is its candidate's
// (campaignAgent34, reply34.go, in agentIn25): "Y के चुनाव अभियान ने
// जवाब में कहा कि X …" after X's attack on Y is Y → X hostile for
// retorts26. The first rows give only X → Y without it. Controls,
// unchanged: the campaign declines to comment; its words are about a
// third party; a party's campaign (no tracked owner).
func TestSession34CampaignReply(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"campaign of X", "डोनाल्ड ट्रंप ने कमला हैरिस को नाकाम उपराष्ट्रपति कहा। हैरिस के चुनाव अभियान ने जवाब में कहा कि ट्रंप चार साल सत्ता में रहकर भी दवाओं के दाम पर चुप बैठे रहे।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"X campaign", "डोनाल्ड ट्रंप ने कमला हैरिस पर देश को कमजोर करने का आरोप लगाया। हैरिस अभियान ने जवाब में कहा कि ट्रंप ने अपने कार्यकाल में एक भी नया अस्पताल नहीं बनवाया।",
			[]string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		// Controls.
		{"no comment", "कमला हैरिस ने डोनाल्ड ट्रंप पर झूठ फैलाने का आरोप लगाया। ट्रंप के प्रचार अभियान ने जवाब में कहा कि वह इस पर कोई टिप्पणी नहीं करेगा।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"about a third party", "कमला हैरिस ने डोनाल्ड ट्रंप पर झूठ फैलाने का आरोप लगाया। ट्रंप के चुनाव अभियान ने जवाब में कहा कि एलन मस्क ने कभी चंदे का वादा नहीं किया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a party's campaign", "नरेंद्र मोदी ने राहुल गांधी की आलोचना की। कांग्रेस के चुनाव अभियान ने जवाब में कहा कि मोदी जनता को भटका रहे हैं।",
			[]string{"narendra-modi>rahul-gandhi:h"}},
	}
	checkStanceCases(t, a, time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC), cases)
}
