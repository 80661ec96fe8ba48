package work

import (
	"testing"
	"time"
)

// TestSession11Schema: SCHEMA conventions the blind writers apply (see
// schema11.go). Each mechanism has rows in the forms an outlet would use
// and rows it must leave alone. "head || body" splits a headline from
// its body.
func TestSession11Schema(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// agreementNoun11: the person who makes or announces an
		// agreement is a party to it, both ways.
		{"headline, verb first: X ने किया Y के साथ गठजोड़ का ऐलान", "सत्या नडेला ने किया ओपनएआई के साथ नए गठजोड़ का ऐलान || ",
			[]string{"openai>satya-nadella:s", "satya-nadella>openai:s"}},
		{"body: X ने Y के साथ गठजोड़ किया", "मुकेश अंबानी ने बुधवार को मेटा के साथ गठजोड़ किया।",
			[]string{"meta>mukesh-ambani:s", "mukesh-ambani>meta:s"}},
		{"X ने Y के साथ गठजोड़ का एलान किया (perfect)", "सुंदर पिचाई ने रिलायंस के साथ गठजोड़ का एलान किया है।",
			[]string{"reliance>sundar-pichai:s", "sundar-pichai>reliance:s"}},
		{"a planned tie is no party yet", "मुकेश अंबानी, गूगल के साथ गठजोड़ करेंगे।", nil},
		{"a tie with a person is not his company's", "सत्या नडेला ने मुकेश अंबानी के साथ गठजोड़ की बात कही।", nil},
		// proxy_nouns मंडल: a company's board of directors speaks for it.
		{"X के निदेशक मंडल ने Y का समर्थन किया", "टेस्ला के निदेशक मंडल ने एलन मस्क के वेतन पैकेज का समर्थन किया।",
			[]string{"tesla>elon-musk:s"}},
		{"X के संचालक मंडल ने Y को हटाया", "ओपनएआई के संचालक मंडल ने सैम ऑल्टमैन को पद से हटा दिया।",
			[]string{"openai>sam-altman:h"}},
		{"a board member speaks for himself", "टेस्ला के निदेशक मंडल सदस्य ने एलन मस्क की तारीफ की।", nil},
		// readPastQuarrel: a quarrel presupposed in passing ("के बाद",
		// "के बावजूद") with no party marked on it is the pair's rivalry.
		{"X और Y ने महीनों की तल्खी के बाद हाथ मिलाया", "एलन मस्क और डोनाल्ड ट्रंप ने महीनों की तल्खी के बाद फिर हाथ मिलाया।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"दोनों के बीच तकरार के कुछ दिन बाद X ने Y की तारीफ की", "दोनों के बीच तीखी तकरार के कुछ दिन बाद राहुल गांधी ने नरेंद्र मोदी की तारीफ की।",
			[]string{"narendra-modi>rahul-gandhi:h", "rahul-gandhi>narendra-modi:h", "rahul-gandhi>narendra-modi:s"}},
		{"headline: सालों की दुश्मनी के बावजूद X-Y की मुलाकात", "सालों की दुश्मनी के बावजूद मस्क-ऑल्टमैन की मुलाकात || ",
			[]string{"elon-musk>sam-altman:h", "sam-altman>elon-musk:h"}},
		{"the pair named in the sentence before, दोनों here", "सैम ऑल्टमैन ने सत्या नडेला से मुलाकात की। लंबे झगड़े के बाद यह दोनों की पहली बातचीत थी।",
			[]string{"sam-altman>satya-nadella:h", "satya-nadella>sam-altman:h"}},
		{"a quarrel with someone untracked is not the pair's", "कर्मचारियों से तकरार के बाद सैम ऑल्टमैन ने माइक्रोसॉफ्ट की तारीफ की।",
			[]string{"sam-altman>microsoft:s"}},
		{"a war that is no war of words", "यूक्रेन जंग के बाद डोनाल्ड ट्रंप ने नरेंद्र मोदी से बात की।", nil},
		{"a quarrel named but not presupposed as past", "तल्खी की अटकलों पर एलन मस्क और डोनाल्ड ट्रंप ने बात की।", nil},
		{"a quarrel inside speculation is not asserted", "अटकलें हैं कि महीनों की तल्खी के बाद एलन मस्क और डोनाल्ड ट्रंप मिलेंगे।", nil},
		{"a quarrel stays presupposed under a negated host", "महीनों की तल्खी के बाद एलन मस्क और डोनाल्ड ट्रंप अब तक नहीं मिले हैं।",
			[]string{"donald-trump>elon-musk:h", "elon-musk>donald-trump:h"}},
		{"a person and his own company are no pair", "महीनों की तल्खी के बाद टेस्ला प्रमुख एलन मस्क ने बयान दिया।", nil},
		// readAmong: "X, Y के (सबसे बड़े) समर्थकों में थे" asserts X's
		// backing of Y; the same noun naming X does not.
		{"X, Y के सबसे बड़े समर्थकों में थे", "चुनाव के दौरान एलन मस्क, डोनाल्ड ट्रंप के सबसे बड़े समर्थकों में थे।",
			[]string{"elon-musk>donald-trump:s"}},
		{"X Y के प्रमुख समर्थकों में से एक हैं", "नाइजल फराज एलन मस्क के प्रमुख समर्थकों में से एक हैं।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"X Y के शुरुआती निवेशकों में शामिल रहा है", "माइक्रोसॉफ्ट ओपनएआई के शुरुआती निवेशकों में शामिल रहा है।",
			[]string{"microsoft>openai:s"}},
		{"X Y के सबसे बड़े समर्थकों में गिने जाते हैं", "नाइजल फराज, एलन मस्क के सबसे मुखर समर्थकों में गिने जाते हैं।",
			[]string{"nigel-farage>elon-musk:s"}},
		{"X Y के प्रशंसकों में शुमार है", "सुंदर पिचाई नरेंद्र मोदी के प्रशंसकों में शुमार हैं।",
			[]string{"sundar-pichai>narendra-modi:s"}},
		{"Y के समर्थकों में X भी शामिल हैं", "डोनाल्ड ट्रंप के समर्थकों में एलन मस्क भी शामिल हैं।",
			[]string{"elon-musk>donald-trump:s"}},
		{"the role noun naming the speaker is no stance", "डोनाल्ड ट्रंप के समर्थकों में शामिल एलन मस्क ने कहा कि वे खुश हैं।", nil},
		{"among the critics is no backing", "राहुल गांधी, नरेंद्र मोदी के आलोचकों में थे।", nil},
		// readThanksFor: thanks for X's kind act named as a noun; the
		// act, only thanked for, gives no X → Y (session 27: ruling of
		// session 26, rule 5).
		{"X की बधाई पर Y ने आभार जताया", "डोनाल्ड ट्रंप की बधाई पर नरेंद्र मोदी ने आभार जताया।",
			[]string{"narendra-modi>donald-trump:s"}},
		{"headline: X की बधाई पर Y बोले- शुक्रिया", "ट्रंप की बधाई पर मोदी बोले- शुक्रिया मेरे दोस्त || ",
			[]string{"narendra-modi>donald-trump:s"}},
		{"जन्मदिन की बधाई के लिए Y ने X को धन्यवाद दिया", "जन्मदिन की बधाई के लिए कमला हैरिस ने डोनाल्ड ट्रंप को धन्यवाद दिया।",
			[]string{"kamala-harris>donald-trump:s"}},
		{"thanks not given", "डोनाल्ड ट्रंप की बधाई पर नरेंद्र मोदी ने कोई आभार नहीं जताया।", nil},
		{"criticism is no kind act", "डोनाल्ड ट्रंप की आलोचना पर नरेंद्र मोदी ने शुक्रिया कहा।", []string{"narendra-modi>donald-trump:s"}},
		// readDealPresupposed: an agreement presupposed as made.
		{"Y के साथ करार के बाद X ने …", "ओपनएआई के साथ नए करार के बाद ओरेकल ने अपनी योजना बदल दी।",
			[]string{"openai>oracle:s", "oracle>openai:s"}},
		{"Y के साथ हुए समझौते के बावजूद X …", "मेटा के साथ हुए समझौते के बावजूद रिलायंस ने दूसरी कंपनियों से बात जारी रखी।",
			[]string{"meta>reliance:s", "reliance>meta:s"}},
		{"X और Y के बीच समझौता हो चुका है", "गौरतलब है कि माइक्रोसॉफ्ट और ओपनएआई के बीच पिछले साल समझौता हो चुका है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"narration: X ने …, जबकि Y के साथ उसका मौजूदा करार जारी रहेगा", "गूगल ने एक स्टार्टअप से बातचीत रोक दी, जबकि रिलायंस के साथ उसका मौजूदा करार जारी रहेगा।",
			[]string{"google>reliance:s", "reliance>google:s"}},
		{"an existing tie in a party's own words is its stance only", "मेटा ने कहा कि रिलायंस के साथ उसका मौजूदा करार जारी रहेगा।",
			[]string{"meta>reliance:s"}},
		{"a deal not made", "ओपनएआई के साथ करार नहीं हो सका।", nil},
		{"a deal with an untracked partner", "एक विदेशी कंपनी के साथ करार के बाद रिलायंस के शेयर चढ़े।", nil},
		// adverbSe11: a manner adverb closed by से before an evaluative
		// word is no comparison.
		{"Y का उत्पाद राजनीतिक रूप से पक्षपाती है", "एलन मस्क ने कहा कि ओपनएआई का चैटजीपीटी राजनीतिक रूप से पक्षपाती है।",
			[]string{"elon-musk>openai:h"}},
		{"Y पूरी तरह से नाकाम है", "राहुल गांधी ने कहा कि नरेंद्र मोदी पूरी तरह से नाकाम हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"headline: Y गलत ढंग से पक्षपाती, X बोले", "गूगल का जेमिनी खतरनाक तरीके से पक्षपाती: मस्क || ",
			[]string{"elon-musk>google:h"}},
		{"a comparison stays none", "एलन मस्क ने कहा कि ग्रोक ओपनएआई से बेहतर है।", nil},
		// ownerOfTarget: an attack on "A की <Org>" is on A too.
		{"headline: A की Org पर X का कटाक्ष", "जुकरबर्ग की मेटा पर मस्क का तंज- 'बस नकल करना जानते हैं' || ",
			[]string{"elon-musk>mark-zuckerberg:h", "elon-musk>meta:h"}},
		{"body: A की Org पर X का हमला", "सैम ऑल्टमैन की ओपनएआई पर एलन मस्क का नया हमला।",
			[]string{"elon-musk>openai:h", "elon-musk>sam-altman:h"}},
		{"the owner's own remark on the org is no stance", "मार्क जुकरबर्ग की मेटा पर टिप्पणी।", nil},
		{"verb form: A की Org पर X ने निशाना साधा", "एलन मस्क की टेस्ला पर डोनाल्ड ट्रंप ने फिर निशाना साधा।",
			[]string{"donald-trump>elon-musk:h", "donald-trump>tesla:h"}},
		{"a negated attack credits no one", "सैम ऑल्टमैन की ओपनएआई पर एलन मस्क ने कोई हमला नहीं किया।", nil},
		// announcerParty: the person who announces his own company's
		// agreement is a party to it.
		{"X ने ऐलान किया कि कंपनी ने Y के साथ साझेदारी की है", "रिलायंस के चेयरमैन मुकेश अंबानी ने ऐलान किया कि कंपनी ने गूगल के साथ रणनीतिक साझेदारी की है।",
			[]string{"google>mukesh-ambani:s", "google>reliance:s", "mukesh-ambani>google:s", "reliance>google:s"}},
		{"X ने घोषणा की कि Z ने Y के साथ करार किया है", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने घोषणा की कि माइक्रोसॉफ्ट ने ओपनएआई के साथ नया करार किया है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s", "openai>satya-nadella:s", "satya-nadella>openai:s"}},
		{"a chief who tells (not announces) it is no party", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने कहा कि माइक्रोसॉफ्ट ने ओपनएआई के साथ नया करार किया है।",
			[]string{"microsoft>openai:s", "openai>microsoft:s", "satya-nadella>openai:s"}},
		{"announced talks are no deal", "माइक्रोसॉफ्ट के सीईओ सत्या नडेला ने ऐलान किया कि माइक्रोसॉफ्ट और ओपनएआई के बीच नए करार पर बातचीत चल रही है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession11ScreenList: every word of quarrelNoun11's switch (and the
// other word functions of schema11.go) is in screenWords with its bit
// (else readPastQuarrel and the others would skip the sentences that have
// only that word).
func TestSession11ScreenList(t *testing.T) {
	checkScreenedSwitches(t, "schema11.go", []screenedSwitch{
		{"quarrelNoun11", swQuarrel11}, {"amongNoun11", swSchema11}, {"gladActNoun11", swSchema11}, {"thanksWord11", swSchema11}, {"dealNoun11", swSchema11},
	})
}
