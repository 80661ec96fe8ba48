package work

import (
	"testing"
	"time"
)

// TestSession17VocabFiring: wording read in real outlets' stories
// (notes/s17/vocab-list.md) and added to lexicon/frames.yaml and
// lexicon/evaluative.yaml as families; each row is a sentence of our own
// that gave no stance before (session 17, VOCAB helper).
func TestSession17VocabFiring(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"आरोपों की बौछार", "राहुल गांधी ने संसद में गौतम अडानी पर आरोपों की बौछार की।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"फिकरे कसे", "कमला हैरिस ने डोनाल्ड ट्रंप की उम्र पर फिकरे कसे।", []string{"kamala-harris>donald-trump:h"}},
		{"फब्तियां कसीं", "डोनाल्ड ट्रंप ने रैली में कमला हैरिस पर फब्तियां कसीं।", []string{"donald-trump>kamala-harris:h"}},
		{"व्यंग (without य)", "राहुल गांधी ने नरेंद्र मोदी पर व्यंग कसे।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"घेर लिया", "राहुल गांधी ने नरेंद्र मोदी को महंगाई पर घेर लिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"घेर रहे हैं", "कमला हैरिस डोनाल्ड ट्रंप को टैरिफ पर घेर रही हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"घेरने की कोशिश", "सैम ऑल्टमैन ने एलन मस्क को घेरने की कोशिश की।", []string{"sam-altman>elon-musk:h"}},
		{"Y पर आक्रामक", "एलन मस्क सैम ऑल्टमैन पर लगातार आक्रामक हैं।", []string{"elon-musk>sam-altman:h"}},
		{"चेताया", "डोनाल्ड ट्रंप ने एलन मस्क को चेताया।", []string{"donald-trump>elon-musk:h"}},
		{"वार्न किया", "डोनाल्ड ट्रंप ने मेटा को वार्न किया।", []string{"donald-trump>meta:h"}},
		{"झल्ला गए", "मार्क जुकरबर्ग एलन मस्क पर झल्ला गए।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"वाकयुद्ध (both ways)", "कमला हैरिस और डोनाल्ड ट्रंप के बीच वाकयुद्ध शुरू हो गया।", []string{"donald-trump>kamala-harris:h", "kamala-harris>donald-trump:h"}},
		{"जुल्म in X's words", "राहुल गांधी ने कहा कि नरेंद्र मोदी गरीबों पर जुल्म कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"आंखों में धूल झोंकी", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप ने मतदाताओं की आंखों में धूल झोंकी।", []string{"kamala-harris>donald-trump:h"}},
		{"कोर्ट में घसीटा", "एलन मस्क ने ओपनएआई को कोर्ट में घसीटा।", []string{"elon-musk>openai:h"}},
		{"मानहानि का दावा", "मुकेश अंबानी ने राहुल गांधी पर मानहानि का दावा ठोका।", []string{"mukesh-ambani>rahul-gandhi:h"}},
		{"तारीफ के पुल", "डोनाल्ड ट्रंप ने एलन मस्क की तारीफ के पुल बांधे।", []string{"donald-trump>elon-musk:s"}},
		{"निर्मम बताया", "कमला हैरिस ने डोनाल्ड ट्रंप को निर्मम बताया।", []string{"kamala-harris>donald-trump:h"}},
		{"Y के फैसले को अतार्किक", "मुकेश अंबानी ने डोनाल्ड ट्रंप के फैसले को अतार्किक बताया।", []string{"mukesh-ambani>donald-trump:h"}},
		{"Y के बयान को निंदनीय", "राहुल गांधी ने नरेंद्र मोदी के बयान को निंदनीय बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"-बाज label", "राहुल गांधी ने नरेंद्र मोदी को झांसेबाज बताया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"पुतला फूंका", "कमला हैरिस ने डोनाल्ड ट्रंप का पुतला फूंका।", []string{"kamala-harris>donald-trump:h"}},
		{"एफआईआर दर्ज कराई", "सैम ऑल्टमैन ने एलन मस्क के खिलाफ एफआईआर दर्ज कराई।", []string{"sam-altman>elon-musk:h"}},
		{"नोटिस भेजा", "मुकेश अंबानी ने राहुल गांधी को नोटिस भेजा।", []string{"mukesh-ambani>rahul-gandhi:h"}},
		{"चरित्र हनन in X's words", "राहुल गांधी ने कहा कि नरेंद्र मोदी विपक्ष का चरित्र हनन कर रहे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"पलटूराम", "राहुल गांधी ने कहा कि नरेंद्र मोदी पलटूराम हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"घेराबंदी", "कमला हैरिस ने डोनाल्ड ट्रंप की घेराबंदी की।", []string{"kamala-harris>donald-trump:h"}},
		{"उकसाया in X's words", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने समर्थकों को उकसाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"शहजादा called", "नरेंद्र मोदी ने राहुल गांधी को शहजादा कहा।", []string{"narendra-modi>rahul-gandhi:h"}},
		{"मजाक बना दिया in X's words", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने संसद का मजाक बना दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"दुरुपयोग in X's words", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप सत्ता का दुरुपयोग कर रहे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"लोकतंत्र की हत्या", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप लोकतंत्र की हत्या करना चाहते हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"तारीफों की बारिश", "सत्या नडेला ने सैम ऑल्टमैन पर तारीफों की बारिश की।", []string{"satya-nadella>sam-altman:s"}},
		{"हैट्स ऑफ", "डोनाल्ड ट्रंप ने एलन मस्क को हैट्स ऑफ कहा।", []string{"donald-trump>elon-musk:s"}},
		{"Y पर विश्वास जताया", "सत्या नडेला ने सैम ऑल्टमैन के नेतृत्व पर विश्वास जताया।", []string{"satya-nadella>sam-altman:s"}},
		{"Y पर विश्वास नहीं (negated trust)", "मार्क जुकरबर्ग ने कहा कि एलन मस्क पर विश्वास नहीं किया जा सकता।", []string{"mark-zuckerberg>elon-musk:h"}},
		{"मखौल उड़ाया (the older frame, kept)", "एलन मस्क ने मार्क जुकरबर्ग का मखौल उड़ाया।", []string{"elon-musk>mark-zuckerberg:h"}},
		{"दो टूक जवाब", "कमला हैरिस ने डोनाल्ड ट्रंप को दो टूक जवाब दिया।", []string{"kamala-harris>donald-trump:h"}},
		{"रद्दी की टोकरी के लायक (not लायक's praise)", "एलन मस्क ने सैम ऑल्टमैन की योजना को रद्दी की टोकरी के लायक बताया।", []string{"elon-musk>sam-altman:h"}},
	})
}

// TestSession17VocabQuiet: the same words where no one's stance is told:
// a place surrounded, a person in a ring of questions, a tactic called
// aggressive, investors warned, a war between untracked countries, a
// deed with no tracked doer, a negated suit, praise withheld.
func TestSession17VocabQuiet(t *testing.T) {
	a := shippedAnalyzer(t)
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []stanceCase{
		{"घेर लिया: a place", "पुलिस ने इलाके को घेर लिया और एलन मस्क ने सैम ऑल्टमैन से मुलाकात की।", nil},
		{"सवालों के घेरे में (noun)", "एलन मस्क सवालों के घेरे में हैं और सैम ऑल्टमैन ने उनसे मुलाकात की।", nil},
		{"आक्रामक रणनीति (no one targeted)", "एलन मस्क ने टेस्ला के लिए आक्रामक रणनीति अपनाई और सैम ऑल्टमैन से मुलाकात की।", nil},
		{"चेताया: investors, not Y", "एलन मस्क ने निवेशकों को चेताया कि बाजार गिर सकता है और सैम ऑल्टमैन से मुलाकात की।", nil},
		{"शीत युद्ध between untracked countries", "सत्या नडेला ने अमेरिका और रूस के बीच शीत युद्ध पर किताब पढ़ी और सुंदर पिचाई से मुलाकात की।", nil},
		{"जुल्म with no tracked doer", "गौतम अडानी ने कहा कि गांव में मजदूरों पर जुल्म हुआ और राहुल गांधी से मुलाकात की।", nil},
		{"पुतला: an untracked effigy", "प्रदर्शनकारियों ने रावण का पुतला फूंका और एलन मस्क ने सैम ऑल्टमैन से मुलाकात की।", nil},
		{"एफआईआर by the police (no tracked filer)", "पुलिस ने मामले में एफआईआर दर्ज की और एलन मस्क ने सैम ऑल्टमैन से मुलाकात की।", nil},
		{"उकसाया told by the narrator (no tracked object)", "डोनाल्ड ट्रंप ने समर्थकों को उकसाया और कमला हैरिस ने बयान जारी किया।", nil},
		{"शहजादा outside a calling", "एलन मस्क ने कहा कि बचपन में उन्हें शहजादा की कहानी पसंद थी और सैम ऑल्टमैन से मिले।", nil},
		{"दुरुपयोग with no tracked doer", "सत्या नडेला ने कहा कि डेटा का दुरुपयोग रोकना जरूरी है और सुंदर पिचाई से मिले।", nil},
		{"विश्वास है कि (a belief about Y, no trust)", "कमला हैरिस ने कहा कि उन्हें विश्वास है कि डोनाल्ड ट्रंप चुनाव हार जाएंगे।", nil},
		{"दो टूक with no one told", "एलन मस्क ने दो टूक कहा कि कंपनी बिकाऊ नहीं है और सैम ऑल्टमैन से मिले।", nil},
		{"तारीफ के पुल withheld", "मुकेश अंबानी ने कहा कि वह किसी की तारीफ के पुल नहीं बांधेंगे और नरेंद्र मोदी से मिले।", nil},
	})
}
