package work

import (
	"testing"
	"time"
)

// Session 32 (FRESHBF): our own sentences for the errors of
// dev-outlets-bf, written in the same shapes with other names and other
// words. The first rows of each test fail without the change named; the
// controls must stay as they are.

// TestFreshBF32Wording: wordings added to the lexicon — a legal battle
// fought against Y, ताने as the participle of तानना after a fist or a
// chest, a new era of trust or hope, nothing done for a purpose — with
// controls.
func TestFreshBF32Wording(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// "कानूनी लड़ाई लड़-" (frames.yaml, lawsuit).
		{"legal battle against, court", "रीड हॉफमैन डोनाल्ड ट्रंप के खिलाफ अदालत में कानूनी लड़ाई लड़ रहे हैं।",
			[]string{"reid-hoffman>donald-trump:h"}},
		{"legal battle against, past", "गूगल ने माइक्रोसॉफ्ट के खिलाफ पेटेंट को लेकर लंबी कानूनी लड़ाई लड़ी।",
			[]string{"google>microsoft:h"}},
		{"legal battle with से", "एक्स कॉर्प पिछले दो साल से मेटा से कानूनी लड़ाई लड़ रही है।",
			[]string{"x-corp>meta:h"}},
		// "मुट्ठी/सीना … ताने" (frames.yaml, none): raised, not taunts.
		{"fist raised, then praise", "मुकेश अंबानी ने मुट्ठी ताने खड़े नरेंद्र मोदी की तस्वीर को शानदार बताया।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"fists raised, applause", "एलन मस्क ने मुट्ठियां ताने डोनाल्ड ट्रंप की हिम्मत की दाद दी।",
			[]string{"elon-musk>donald-trump:s"}},
		{"chest out, praise", "नाइजल फराज ने सीना ताने खड़े डोनाल्ड ट्रंप की तारीफ की।",
			[]string{"nigel-farage>donald-trump:s"}},
		// A new era of trust or hope (evaluative.yaml, calling).
		{"new era of trust", "मुकेश अंबानी ने नरेंद्र मोदी की जीत को देश के लिए भरोसे का नया दौर बताया।",
			[]string{"mukesh-ambani>narendra-modi:s"}},
		{"new age of hope, quoted", "नाइजल फराज ने डोनाल्ड ट्रंप के फैसले को 'उम्मीद का नया युग' करार दिया।",
			[]string{"nigel-farage>donald-trump:s"}},
		{"new era of prosperity", "मासायोशी सन ने सैम ऑल्टमैन की योजना को समृद्धि का नया दौर बताया।",
			[]string{"masayoshi-son>sam-altman:s"}},
		// Nothing done for a purpose (outcomes.yaml): the negation is the charge.
		{"did nothing to stop", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने महंगाई रोकने के लिए कुछ नहीं किया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"did nothing to cut, despite", "कमला हैरिस ने कहा कि चार साल सत्ता में रहने के बावजूद डोनाल्ड ट्रंप ने बेरोजगारी घटाने के लिए कुछ नहीं किया।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"did nothing at all to save", "नाइजल फराज का कहना था कि कमला हैरिस ने सीमा बचाने के लिए कुछ भी नहीं किया।",
			[]string{"nigel-farage>kamala-harris:h"}},
		{"did nothing to improve, बोले", "एलन मस्क बोले, सैम ऑल्टमैन ने सुरक्षा सुधारने के लिए कुछ नहीं किया।",
			[]string{"elon-musk>sam-altman:h"}},
		{"across two sentences, speaker by pronoun", "डेमोक्रेटिक उम्मीदवार कमला हैरिस के बारे में पूछे गए सवाल पर नाइजल फराज का लहजा सख्त हो गया। उनका कहना था कि हैरिस ने महंगाई थामने के लिए कुछ नहीं किया।",
			[]string{"nigel-farage>kamala-harris:h"}},

		// Controls.
		{"own legal battle, no target", "एलन मस्क ने कहा कि वह अपने हक के लिए कानूनी लड़ाई लड़ेंगे।", nil},
		{"taunts stay mockery", "एलन मस्क ने सैम ऑल्टमैन पर ताने कसे।",
			[]string{"elon-musk>sam-altman:h"}},
		{"fist raised, then taunts", "कमला हैरिस ने मुट्ठी ताने खड़े डोनाल्ड ट्रंप पर ताने कसे।",
			[]string{"kamala-harris>donald-trump:h"}},
		{"a new round of talks is no praise", "सत्या नडेला ने सुंदर पिचाई से हुई मुलाकात को बातचीत का नया दौर बताया।", nil},
		{"a new era of tension is no praise", "राहुल गांधी ने नरेंद्र मोदी के फैसले को तनाव का नया दौर बताया।", nil},
		{"did nothing yet: no purpose, no charge", "सुंदर पिचाई ने कहा कि गूगल ने अभी कुछ नहीं किया है।", nil},
		{"did nothing wrong: a denial", "सत्या नडेला ने कहा कि माइक्रोसॉफ्ट ने कुछ भी गलत नहीं किया।", nil},
		{"the speaker did nothing to stop Y", "नरेंद्र मोदी ने कहा कि राहुल गांधी को रोकने के लिए उन्होंने कुछ नहीं किया।", nil},
		{"the speaker did nothing for Y", "गौतम अडानी ने कहा कि उन्होंने नरेंद्र मोदी के लिए कुछ नहीं किया।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBF32SuitOne: the indefinite एक between the suer's genitive
// and the suit noun ("X के (ऐसे ही) एक मुकदमे को निपटाने …") is a
// determiner like ऐसे/इसी (nounParties, stance.go): the suit stays X's,
// and the one who settles or answers it is the one sued.
func TestFreshBF32SuitOne(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"one suit of X settled", "गूगल भी नाइजल फराज के एक मुकदमे को निपटाने के लिए राजी हो गई है।",
			[]string{"nigel-farage>google:h"}},
		{"one old suit of X settled", "माइक्रोसॉफ्ट ने रीड हॉफमैन के एक पुराने मुकदमे को निपटाने के लिए रकम चुकाई।",
			[]string{"reid-hoffman>microsoft:h"}},
		{"one such suit of X settled", "इससे पहले टेस्ला भी सैम ऑल्टमैन के इसी तरह के एक मुकदमे को निपटा चुकी है।",
			[]string{"sam-altman>tesla:h"}},
		{"one such suit of X answered", "ओपनएआई ने एलन मस्क के ऐसे ही एक मुकदमे का जवाब अदालत में दाखिल किया।",
			[]string{"elon-musk>openai:h"}},

		// Controls.
		{"no comment on one suit of X", "गूगल ने कहा कि नाइजल फराज के एक मुकदमे पर वह कोई टिप्पणी नहीं करेगी।", nil},
		{"a witness in one suit of X", "एलन मस्क एक्स कॉर्प के एक मुकदमे में गवाह के तौर पर पेश हुए।", nil},
		{"one statement of X is no suit", "मेटा ने डोनाल्ड ट्रंप के एक बयान पर सफाई दी।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBF32AmountInAward: an amount phrase between the participle of
// award and the possessed noun ("Y के लिए प्रस्तावित करीब 1 ट्रिलियन
// डॉलर के पैकेज का बचाव") does not end the run that makes the noun Y's
// (amountRun32, bf32.go; meantFor, stance.go).
func TestFreshBF32AmountInAward(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"N crore dollars' pay package defended", "माइक्रोसॉफ्ट के बोर्ड ने सत्या नडेला के लिए तय 8 करोड़ डॉलर के वेतन पैकेज का बचाव किया।",
			[]string{"microsoft>satya-nadella:s"}},
		{"approximately, reward defended", "गूगल के बोर्ड ने सुंदर पिचाई के लिए मंजूर लगभग 20 करोड़ डॉलर के इनाम का बचाव किया।",
			[]string{"google>sundar-pichai:s"}},
		{"proposed package criticised", "एलन मस्क ने सैम ऑल्टमैन के लिए प्रस्तावित 5 अरब डॉलर के पैकेज की आलोचना की।",
			[]string{"elon-musk>sam-altman:h"}},
		{"board for the company, role before the name", "टेस्ला के बोर्ड ने सीईओ एलन मस्क के लिए प्रस्तावित करीब 1 ट्रिलियन डॉलर के मुआवजा पैकेज का जोरदार बचाव किया।",
			[]string{"tesla>elon-musk:s"}},

		// Controls.
		{"a vote on the package is no stance", "एलन मस्क के लिए प्रस्तावित 1 ट्रिलियन डॉलर के पैकेज पर वोटिंग होगी।", nil},
		{"untracked shareholders back it", "रिलायंस के शेयरधारकों ने मुकेश अंबानी के लिए प्रस्तावित 15 करोड़ रुपये के पैकेज का समर्थन किया।", nil},
		{"a target set for Y stays read", "टेस्ला के बोर्ड ने 2018 में एलन मस्क के लिए तय लक्ष्य का बचाव किया।",
			[]string{"tesla>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBF32ParticipleProject: a pronoun right after a participle of
// calling whose object is a bare project noun ("X ने परियोजना को '…'
// बताते हुए उसकी तारीफ की") is that project — the deal last named — not
// the person or company named last (participleDeal32, bf32.go;
// pronTarget, stance.go).
func TestFreshBF32ParticipleProject(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"project praised, a chairman named between", "स्टारगेट परियोजना का ऐलान व्हाइट हाउस में हुआ। ओरेकल के चेयरमैन लैरी एलिसन मंच पर थे। सत्या नडेला ने परियोजना को 'भविष्य की नींव' बताते हुए उसकी सराहना की।",
			[]string{"satya-nadella>stargate:s"}},
		{"this project welcomed", "स्टारगेट की घोषणा के वक्त सॉफ्टबैंक के प्रमुख मासायोशी सन भी मौजूद थे। नरेंद्र मोदी ने इस परियोजना को दुनिया के लिए अहम बताते हुए उसका स्वागत किया।",
			[]string{"narendra-modi>stargate:s"}},
		{"project criticised, a CEO named between", "स्टारगेट पर काम टेक्सास में शुरू हुआ। ओपनएआई के सीईओ सैम ऑल्टमैन ने दौरा किया। एलन मस्क ने प्रोजेक्ट को 'हवाई किला' बताते हुए उसकी आलोचना की।",
			[]string{"elon-musk>stargate:h"}},
		{"project praised after a list of chiefs", "स्टारगेट का ऐलान हुआ। मंच पर सॉफ्टबैंक के मासायोशी सन, ओरेकल के लैरी एलिसन और ओपनएआई के सैम ऑल्टमैन मौजूद थे। नरेंद्र मोदी ने परियोजना को 'एक नई शुरुआत' बताते हुए उसकी सराहना की।",
			[]string{"narendra-modi>stargate:s"}},
		{"no deal named: the pronoun is no one tracked", "ओरेकल के चेयरमैन लैरी एलिसन मौजूद थे। डोनाल्ड ट्रंप ने परियोजना को 'शानदार' बताते हुए उसकी तारीफ की।", nil},

		// Controls.
		{"a tracked object stays", "स्टारगेट का ऐलान हुआ। ओरेकल के चेयरमैन लैरी एलिसन मौजूद थे। डोनाल्ड ट्रंप ने एलिसन को 'महान कारोबारी' बताते हुए उनकी तारीफ की।",
			[]string{"donald-trump>larry-ellison:s"}},
		{"an owned project stays the owner's", "स्टारगेट का ऐलान हुआ। ओरेकल के चेयरमैन लैरी एलिसन मौजूद थे। डोनाल्ड ट्रंप ने ओरेकल की परियोजना को 'शानदार' बताते हुए उसकी तारीफ की।",
			[]string{"donald-trump>larry-ellison:s", "donald-trump>oracle:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 1, 22, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBF32LabelDoer: a doer named inside a quoted label ("Z के
// प्रवक्ता ने मुकदमे को 'X की ओर से चलाए जा रहे उत्पीड़न अभियान का
// अध्याय' बताया") is whom the label charges, not the one calling: the
// caller is the agent before the quote (labelAgentOpen32, bf32.go;
// readEvaluation, stance.go).
func TestFreshBF32LabelDoer(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"spokesperson, new chapter", "गूगल ने माइक्रोसॉफ्ट के खिलाफ मुकदमा दायर किया। माइक्रोसॉफ्ट के एक प्रवक्ता ने मुकदमे को 'सुंदर पिचाई की ओर से चलाए जा रहे उत्पीड़न अभियान का नया अध्याय' बताया।",
			[]string{"google>microsoft:h", "microsoft>sundar-pichai:h"}},
		{"spokesperson of a person, a part", "अडानी समूह ने राहुल गांधी के खिलाफ मुकदमा दायर किया। राहुल गांधी के एक प्रवक्ता ने मुकदमे को 'नरेंद्र मोदी की ओर से चलाए जा रहे उत्पीड़न अभियान का हिस्सा' बताया।",
			[]string{"adani-group>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h"}},
		{"spokesperson, next chapter", "टेस्ला ने रिलायंस के खिलाफ मुकदमा दायर किया। रिलायंस के एक प्रवक्ता ने मुकदमे को 'एलन मस्क की ओर से चलाए जा रहे उत्पीड़न अभियान का अगला अध्याय' बताया।",
			[]string{"reliance>elon-musk:h", "tesla>reliance:h"}},
		{"this suit, the company calls it", "ओरेकल ने सॉफ्टबैंक के खिलाफ मुकदमा दायर किया। सॉफ्टबैंक ने इस मुकदमे को 'लैरी एलिसन की ओर से जारी उत्पीड़न अभियान का हिस्सा' बताया।",
			[]string{"oracle>softbank:h", "softbank>larry-ellison:h", "softbank>oracle:h"}},

		// Controls.
		{"that-clause stays", "ओपनएआई ने कहा कि एलन मस्क की ओर से उत्पीड़न अभियान चलाया जा रहा है।",
			[]string{"openai>elon-musk:h"}},
		{"a suit filed by X stays X's", "एलन मस्क की ओर से ओपनएआई के खिलाफ मुकदमा दायर किया गया।",
			[]string{"elon-musk>openai:h"}},
		{"no suit before, label alone", "गूगल ने इस जांच को 'माइक्रोसॉफ्ट की ओर से छेड़ा गया उत्पीड़न अभियान' करार दिया।",
			[]string{"google>microsoft:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestFreshBF32AgainstRelative: "जिसके/जिनके खिलाफ" after a comma is the
// one the host clause is about — its one tracked subject or agent (what
// is fought is that party's act or plan), or the name right before the
// comma (againstRelative32, bf32.go; chunk.go).
func TestFreshBF32AgainstRelative(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"host subject's plan, a legal battle", "ओपनएआई मुनाफे वाली कंपनी बनने की राह पर है, जिसके खिलाफ एलन मस्क अदालत में पहले से कानूनी लड़ाई लड़ रहे हैं।",
			[]string{"elon-musk>openai:h"}},
		{"host agent's rule, a suit", "मेटा ने नया नियम बनाया, जिसके खिलाफ एलन मस्क ने मुकदमा किया है।",
			[]string{"elon-musk>meta:h"}},
		{"host subject's change, a front opened", "गूगल अपनी खोज सेवा में बदलाव कर रहा है, जिसके खिलाफ माइक्रोसॉफ्ट ने मोर्चा खोल दिया है।",
			[]string{"microsoft>google:h"}},
		{"host subject's expansion, voice raised", "अडानी समूह बंदरगाह का विस्तार कर रहा है, जिसके खिलाफ राहुल गांधी लगातार आवाज उठा रहे हैं।",
			[]string{"rahul-gandhi>adani-group:h"}},
		{"after a name", "नरेंद्र मोदी, जिनके खिलाफ राहुल गांधी ने मोर्चा खोल रखा है, आज दिल्ली में थे।",
			[]string{"rahul-gandhi>narendra-modi:h"}},

		// Controls.
		{"two host parties: left", "ओपनएआई और गूगल ने साझेदारी की है, जिसके खिलाफ एलन मस्क ने मुकदमा किया है।",
			[]string{"google>openai:s", "openai>google:s"}},
		{"no tracked doer in the relative", "एलन मस्क ने नया नियम बनाया, जिसके खिलाफ कर्मचारियों ने प्रदर्शन किया।", nil},
		{"under which, not against", "मेटा नया नियम ला रही है, जिसके तहत एलन मस्क को फायदा होगा।", nil},
		{"host with a target: left", "एलन मस्क ने ओपनएआई के खिलाफ मुकदमा दायर किया है, जिसके खिलाफ सैम ऑल्टमैन ने अपील की है।",
			[]string{"elon-musk>openai:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
