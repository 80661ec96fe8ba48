package work

import (
	"testing"
	"time"
)

// Session 35 (CROSS): our own sentences. The first rows of each test
// fail without the reading named; the controls must stay as they are.

// TestCross35InfLabel: a frame standing as an oblique infinitive inside
// a calling label headed by a plain noun ("Y की योजना को 'देश को कंगाल
// करने का नुस्खा' बताया") is said of the को-object before the label
// (calledInfLabel35, cross35.go), as "… करने वाला कदम बताया" already was.
func TestCross35InfLabel(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"recipe for ruin, quoted, pronoun speaker", "डोनाल्ड ट्रंप ने रैली में करीब एक घंटे बोला। उन्होंने कमला हैरिस की आर्थिक योजना को “देश को कंगाल करने का नुस्खा” बताया।",
			[]string{"donald-trump>kamala-harris:h"}},
		{"way to ruin farmers, unquoted", "राहुल गांधी ने नरेंद्र मोदी की नीति को किसानों को बर्बाद करने का तरीका बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"road to ruin, करार दिया", "राहुल गांधी ने नरेंद्र मोदी के बजट को ‘किसानों को बर्बाद करने का रास्ता’ करार दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},

		// Controls.
		{"negated calling", "राहुल गांधी ने नरेंद्र मोदी की नीति को किसानों को बर्बाद करने का तरीका नहीं बताया।", nil},
		{"a question", "क्या राहुल गांधी ने नरेंद्र मोदी की नीति को किसानों को बर्बाद करने का तरीका बताया?", nil},
		{"no को-object before the label", "राहुल गांधी ने बताया कि किसानों को बर्बाद करने का तरीका क्या है।", nil},
		{"the infinitive's own name, no calling", "राहुल गांधी ने नरेंद्र मोदी को हराने का तरीका बताया।", nil},
		{"a plan to do something, not a calling", "नरेंद्र मोदी ने किसानों को मजबूत करने का तरीका बताया।", nil},
		{"already read: a वाला label", "राहुल गांधी ने नरेंद्र मोदी की नीति को किसानों को बर्बाद करने वाला कदम बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"already read: a means to mislead (गुमराह करने का)", "एलन मस्क ने ओपनएआई के नए ढांचे को लोगों को गुमराह करने का जरिया बताया।",
			[]string{"elon-musk>openai:h"}},
		{"already read: a plot", "राहुल गांधी ने नरेंद्र मोदी के बयान को देश को बांटने की साजिश बताया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestCross35OrgOpens: an organisation noun opening a body sentence as
// its bare subject ("… । कंपनी ओपनएआई में … लगा चुकी है") is the story's
// last organisation, as "कंपनी ने" is (orgOpensSentence35, cross35.go).
func TestCross35OrgOpens(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"invested, perfect with चुकी", "सॉफ्टबैंक ग्रुप ने तिमाही में रिकॉर्ड मुनाफा दर्ज किया है। कंपनी ओपनएआई में अब तक 30 अरब डॉलर से अधिक लगा चुकी है।",
			[]string{"softbank>openai:s"}},
		{"criticises, habitual", "माइक्रोसॉफ्ट ने नई तिमाही के नतीजे जारी किए। कंपनी लगातार गूगल की आलोचना करती रही है।",
			[]string{"microsoft>google:h"}},

		// Controls.
		{"the company's own work, no one else", "ओपनएआई ने नया निवेश जुटाया। कंपनी अब नए मॉडल पर काम कर रही है।", nil},
		{"कंपनी ने: already read", "सॉफ्टबैंक ग्रुप ने रिकॉर्ड मुनाफा दर्ज किया है। कंपनी ने ओपनएआई में 30 अरब डॉलर लगाए हैं।",
			[]string{"softbank>openai:s"}},
		{"no comment", "एलन मस्क ने ओपनएआई की आलोचना की। कंपनी ने इस पर कोई टिप्पणी नहीं की।",
			[]string{"elon-musk>openai:h"}},
		{"a future rivalry", "मेटा ने नया ऐप लॉन्च किया। कंपनी ओपनएआई से मुकाबला करेगी।", nil},
		{"कंपनी not first in its sentence", "सॉफ्टबैंक ने मुनाफा दर्ज किया। इस बीच एक नई कंपनी ओपनएआई में पैसा लगा चुकी है।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestCross35LatinGivenName: the Latin given name "Rahul" is Rahul
// Gandhi's as "राहुल" is (deploy/watchlist.yaml alias and unambiguous),
// so a Latin-script story that names him in full once goes on with it.
func TestCross35LatinGivenName(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"Latin given name after the full name", "Congress नेता Rahul Gandhi ने संसद में बात की। Rahul ने आरोप लगाया कि PM Modi की नीतियों ने economy को बर्बाद कर दिया।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"Latin given name in a headline", "Rahul बोले- Narendra Modi देश को गुमराह कर रहे हैं",
			[]string{"rahul-gandhi>narendra-modi:h"}},

		// Controls.
		{"a namesake named in full first", "KL Rahul ने शतक लगाया। Rahul ने कहा कि Narendra Modi ने टीम को बधाई दी।", nil},
		{"Devanagari given name (already read)", "राहुल ने आरोप लगाया कि नरेंद्र मोदी देश को गुमराह कर रहे हैं।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestCross35RelativeList: a relative clause that interrupts its host
// and holds a list is not closed at a list comma (relListStarts35 for
// the first comma after a one-word item; की inside an item is the
// genitive, not the verb, in relClosed and relListGoesOn31), so the
// host's agent keeps its verb after the relative.
func TestCross35RelativeList(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"list of topics, first item one word", "सैम ऑल्टमैन ने इस बार के पॉडकास्ट में, जिसमें एजीआई, चिप की किल्लत और बिजली की मांग जैसे विषयों पर बात हुई, एलन मस्क का खुलकर मजाक उड़ाया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"two relatives, a list with genitives, pronoun agent", "ओपनएआई के सीईओ सैम ऑल्टमैन इन दिनों इंटरव्यू की झड़ी लगाए हुए हैं। उन्होंने इस बार के पॉडकास्ट में, जो करीब तीन घंटे चला और जिसमें एजीआई, चिप की किल्लत, बिजली की मांग और अपने बचपन जैसे विषयों पर लंबी बात हुई, एलन मस्क का खुलकर मजाक उड़ाया।",
			[]string{"sam-altman>elon-musk:h"}},
		{"a rally with a list of crowds", "राहुल गांधी ने उस रैली में, जिसमें किसान, मजदूर की बेटियां और छात्र पहुंचे थे, नरेंद्र मोदी पर हमला बोला।",
			[]string{"rahul-gandhi>narendra-modi:h"}},

		// Controls.
		{"की as the verb closes the relative", "राहुल गांधी, जिन्होंने कल गौतम अडानी की आलोचना की, आज नरेंद्र मोदी से मिले।",
			[]string{"rahul-gandhi>gautam-adani:h"}},
		{"a relative with its verb, then the host", "राहुल गांधी ने उस रैली में, जिसमें किसानों की भीड़ थी, नरेंद्र मोदी पर हमला बोला।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"a relative's own act stays its own", "सैम ऑल्टमैन, जिनकी कंपनी ने एलन मस्क, मार्क जुकरबर्ग और कई लोगों से बात की, सम्मेलन में मौजूद थे।", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
