package work

import (
	"testing"
	"time"
)

var when28 = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

// TestSession28AgentNoun: "X के एक पूर्व सहयोगी ने …" — an evaluative noun
// heading the ने-group is another person, who speaks; X is no speaker,
// neither of the words nor of the pronouns after them (speaker28.go).
func TestSession28AgentNoun(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"former associate speaks", " || सैम ऑल्टमैन के एक पूर्व सहयोगी ने कहा कि एलन मस्क ईर्ष्यालु हैं।", nil},
		{"old friend speaks", " || नरेंद्र मोदी के एक पुराने दोस्त ने कहा कि राहुल गांधी झूठे हैं।", nil},
		{"close associate, quote", " || डोनाल्ड ट्रंप के एक करीबी साथी ने कहा, “कमला हैरिस कमजोर नेता हैं।”", nil},
		{"pronoun after the associate", " || सैम ऑल्टमैन के एक पूर्व सहयोगी ने एक पॉडकास्ट में पुराने दिनों को याद किया। उनके मुताबिक एलन मस्क ईर्ष्यालु हैं।", nil},
		{"old friend, then उन्होंने", " || नरेंद्र मोदी के एक पुराने दोस्त ने अहमदाबाद में पत्रकारों से बात की। उन्होंने कहा कि राहुल गांधी झूठे हैं।", nil},
		{"close associate, then वह बोले", " || डोनाल्ड ट्रंप के एक करीबी साथी ने फ्लोरिडा में भाषण दिया। वह बोले कि कमला हैरिस कमजोर नेता हैं।", nil},
		// Unchanged.
		{"spokesman speaks for X", " || सैम ऑल्टमैन के प्रवक्ता ने कहा कि एलन मस्क ईर्ष्यालु हैं।", []string{"sam-altman>elon-musk:h"}},
		{"X's policies judged", " || राहुल गांधी ने कहा कि नरेंद्र मोदी की आर्थिक नीतियां गलत हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"X himself speaks", " || सैम ऑल्टमैन ने एक पॉडकास्ट में पुराने दिनों को याद किया। उनके मुताबिक एलन मस्क ईर्ष्यालु हैं।", []string{"sam-altman>elon-musk:h"}},
	}
	checkStanceCases(t, a, when28, cases)
}

// TestSession28HonorificOwner: a name with जी or साहब before a genitive
// owns the possessed noun as it does without it ("X जी के नेतृत्व में
// भारत …" credits X in the speaker's words; ground.go honorifics,
// speaker28.go).
func TestSession28HonorificOwner(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"जी before नेतृत्व, कि", " || गौतम अडानी ने कहा कि नरेंद्र मोदी जी के नेतृत्व में भारत सबसे तेजी से बढ़ती अर्थव्यवस्था बना है।", []string{"gautam-adani>narendra-modi:s"}},
		{"जी before नेतृत्व, quote", " || मुकेश अंबानी ने एक समारोह में कहा, ‘नरेंद्र मोदी जी के नेतृत्व में भारत दुनिया की बड़ी ताकत बना है।’", []string{"mukesh-ambani>narendra-modi:s"}},
		{"साहब before the genitive", " || गौतम अडानी ने कहा कि मोदी साहब के नेतृत्व में भारत सबसे तेजी से बढ़ती अर्थव्यवस्था बना है।", []string{"gautam-adani>narendra-modi:s"}},
		// Unchanged.
		{"without the honorific", " || गौतम अडानी ने कहा कि नरेंद्र मोदी के नेतृत्व में भारत सबसे तेजी से बढ़ती अर्थव्यवस्था बना है।", []string{"gautam-adani>narendra-modi:s"}},
		{"जी before ने", " || मुकेश अंबानी ने कहा कि नरेंद्र मोदी जी ने देश को नई दिशा दी है।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"narrator's line credits no one", " || नरेंद्र मोदी जी के नेतृत्व में भारत ने जी20 की अध्यक्षता की।", nil},
	}
	checkStanceCases(t, a, when28, cases)
}

// TestSession28DeclineUnder: in someone's words a state gone bad under
// Y's leadership (words.yaml decline_words) is blame of Y, not the
// credit creditPraise13 gives for growth (speaker28.go declineUnder28;
// the praise frames "नेतृत्व में देश/भारत/अमेरिका" are unless_hostile).
func TestSession28DeclineUnder(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"country ruined", " || राहुल गांधी ने कहा कि नरेंद्र मोदी के नेतृत्व में देश बर्बाद हो गया है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"economy weakened", " || कमला हैरिस ने कहा कि डोनाल्ड ट्रंप के नेतृत्व में अमेरिका कमजोर हुआ है।", []string{"kamala-harris>donald-trump:h"}},
		{"farmers in distress, quote first", " || “नरेंद्र मोदी के नेतृत्व में किसान बेहाल हैं,” राहुल गांधी ने कहा।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"economy sunk", " || नाइजल फराज ने कहा कि कमला हैरिस के नेतृत्व में अर्थव्यवस्था डूब गई।", []string{"nigel-farage>kamala-harris:h"}},
		// Unchanged.
		{"growth credited", " || मुकेश अंबानी ने कहा कि नरेंद्र मोदी के नेतृत्व में देश मजबूत हुआ है।", []string{"mukesh-ambani>narendra-modi:s"}},
		{"negated decline is no blame", " || गौतम अडानी ने कहा कि नरेंद्र मोदी के नेतृत्व में देश कभी कमजोर नहीं हुआ।", nil},
		{"narrator's line", " || नरेंद्र मोदी के नेतृत्व में देश बर्बाद हो गया, ऐसा कुछ लोग मानते हैं।", nil},
	}
	checkStanceCases(t, a, when28, cases)
}

// TestSession28RelativeInQuote: a relative clause between commas inside
// quoted words is cut out of its host, as outside quotes, so the host's
// doer, predicate and negation stay together (quote28.go).
func TestSession28RelativeInQuote(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"negation after the relative", " || पिचाई ने कहा, “ओपनएआई ने सुरक्षा के मामले में, जिस पर पूरी दुनिया की नजर है, कभी ईमानदारी नहीं दिखाई।”", []string{"sundar-pichai>openai:h"}},
		{"relative right after the doer", " || राहुल गांधी ने कहा, “नरेंद्र मोदी ने, जिनसे कोई सवाल नहीं पूछ सकता, किसानों को धोखा दिया।”", []string{"rahul-gandhi>narendra-modi:h"}},
		{"praise after a जब clause", " || सत्या नडेला ने कहा, “सैम ऑल्टमैन ने उस मुश्किल दौर में, जब सब डरे हुए थे, शानदार नेतृत्व दिखाया।”", []string{"satya-nadella>sam-altman:s"}},
		{"praise after a जिसकी clause", " || नडेला ने कहा, “सैम ऑल्टमैन ने ओपनएआई में, जिसकी शुरुआत एक छोटी लैब से हुई, शानदार काम किया है।”", []string{"satya-nadella>sam-altman:s"}},
		// Unchanged.
		{"no relative", " || पिचाई ने कहा, “ओपनएआई ने सुरक्षा के मामले में कभी ईमानदारी नहीं दिखाई।”", []string{"sundar-pichai>openai:h"}},
		{"relative in a कि clause", " || पिचाई ने कहा कि ओपनएआई ने सुरक्षा के मामले में, जिस पर पूरी दुनिया की नजर है, कभी ईमानदारी नहीं दिखाई।", []string{"sundar-pichai>openai:h"}},
		{"relative runs to the quote's end", " || मस्क ने लिखा, “सैम ऑल्टमैन वह इंसान हैं, जिन पर मैं कभी भरोसा नहीं करूंगा।”", nil},
		{"a plain list after the comma", " || हैरिस ने कहा, “डोनाल्ड ट्रंप ने शिक्षा, स्वास्थ्य और रोजगार के मामले में देश को धोखा दिया।”", []string{"kamala-harris>donald-trump:h"}},
	}
	checkStanceCases(t, a, when28, cases)
}

// TestSession28Needed: in someone's words, Y needed ("देश को Y की जरूरत
// है", "Y जैसे लोगों की जरूरत") is praise of Y, and "Y की कोई जरूरत नहीं"
// dismissal (speaker28.go neededPraise28; words.yaml need_nouns,
// like_marks).
func TestSession28Needed(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"country needs Y", " || एलन मस्क ने कहा कि ब्रिटेन को नाइजल फराज की जरूरत है।", []string{"elon-musk>nigel-farage:s"}},
		{"people like Y, quote", " || डोनाल्ड ट्रंप ने कहा, “अमेरिका को एलन मस्क जैसे लोगों की जरूरत है।”", []string{"donald-trump>elon-musk:s"}},
		{"quote first", " || “इस वक्त देश को कमला हैरिस की ज़रूरत है,” रीड हॉफमैन ने कहा।", []string{"reid-hoffman>kamala-harris:s"}},
		{"no need of Y", " || एलन मस्क ने कहा कि ब्रिटेन को नाइजल फराज की कोई जरूरत नहीं है।", []string{"elon-musk>nigel-farage:h"}},
		// Unchanged.
		{"a need of Y's policies", " || मस्क ने कहा कि नाइजल फराज की नीतियों में बदलाव की जरूरत है।", nil},
		{"Y needs money", " || मस्क ने कहा कि नाइजल फराज की पार्टी को पैसों की जरूरत है।", nil},
		{"Y needs help", " || मस्क ने कहा कि नाइजल फराज को मदद की जरूरत है।", nil},
		{"narrator's line", " || ब्रिटेन को नाइजल फराज की जरूरत है।", nil},
		{"question", " || मस्क ने पूछा कि क्या ब्रिटेन को नाइजल फराज की जरूरत है?", nil},
	}
	checkStanceCases(t, a, when28, cases)
}

// TestSession28UntrackedTitled: a sentence whose subject is someone
// untracked named after a title ("<org> के अध्यक्ष <name> … बोले") makes
// the next sentence's pronoun that person, not a tracked person named
// only in passing; a "वह बोलीं" after it is still the woman named before
// (speaker28.go untrackedTitled28, womanAfterUntracked28).
func TestSession28UntrackedTitled(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"president stands in", " || सत्या नडेला के न आने पर माइक्रोसॉफ्ट के अध्यक्ष ब्रैड स्मिथ सम्मेलन में बोले। उन्होंने कहा कि सैम ऑल्टमैन एक शानदार नेता हैं।", nil},
		{"in the absence of", " || डोनाल्ड ट्रंप की गैरमौजूदगी में व्हाइट हाउस के अध्यक्ष ब्रैड स्मिथ रैली में पहुंचे। उन्होंने कहा कि कमला हैरिस झूठी हैं।", nil},
		// Unchanged.
		{"a woman named before, feminine verb", " || कमला हैरिस की रैली में पूर्व गवर्नर जॉन कैनेडी भी पहुंचे। रैली के बाद वह बोलीं कि डोनाल्ड ट्रंप झूठे हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"tracked subject", " || कांग्रेस नेता राहुल गांधी रैली में पहुंचे। उन्होंने कहा कि नरेंद्र मोदी झूठे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"the titled name under के साथ", " || राहुल गांधी ने सांसद शशि थरूर के साथ रैली की। उन्होंने कहा कि नरेंद्र मोदी झूठे हैं।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, when28, cases)
}
