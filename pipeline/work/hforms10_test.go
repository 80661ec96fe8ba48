package work

import (
	"testing"
	"time"
)

// TestSession10HeadlineForms: headline forms (English labels, verb-first
// headlines, comma headlines) read the same as their plain SOV sentence.
// Each rule has positive rows and rows it must leave alone; "head || body"
// splits a headline from its body, a row without "||" is a title-less body.
func TestSession10HeadlineForms(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		// latinOn: "X on Y: '…'" is X speaking about Y, as "Y पर X: '…'".
		{"headline: X on Y: praise with a pronoun", "Trump on Modi: 'वे मेरे बहुत अच्छे दोस्त हैं' || ",
			[]string{"donald-trump>narendra-modi:s"}},
		{"headline: X On Y: attack naming Y again", "Rahul Gandhi On Modi: 'मोदी देश को बर्बाद कर रहे हैं' || ",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"body: X on Y: attack with a pronoun", "Rahul Gandhi on Modi: 'वे देश को बर्बाद कर रहे हैं'।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"the Hindi form stays", "मोदी पर ट्रंप: 'वे मेरे बहुत अच्छे दोस्त हैं' || ",
			[]string{"donald-trump>narendra-modi:s"}},
		{"a label with no stance in the quote gives nothing", "Trump on Modi: 'हम अगले हफ्ते मिलेंगे' || ", nil},
		{"an English label alone gives nothing", "Trump on Modi || ", nil},
		// isAct: "Y की <act> की X ने": verb first, the agent last; the
		// light verb की is not a genitive of X.
		{"headline: Y की निंदा की X ने", "ओपनएआई की कड़ी निंदा की एलन मस्क ने || ",
			[]string{"elon-musk>openai:h"}},
		{"body: Y की तारीफ की X ने", "गूगल की खुलकर तारीफ की सत्या नडेला ने।",
			[]string{"satya-nadella>google:s"}},
		{"Y के काम की X ने की निंदा stays", "ओपनएआई के काम की मस्क ने की निंदा || ",
			[]string{"elon-musk>openai:h"}},
		{"X की बेटी ने: someone else praised", "मस्क की तारीफ की ट्रंप की बेटी ने || ", nil},
		// verbFirstSubject: "Y पर <verb> <subject>, X ने …": the first
		// clause has its own subject; X does not attack Y.
		{"headline: Y पर भड़के कई सांसद, X ने किया बचाव", "मस्क पर भड़के कई सांसद, ट्रंप ने किया बचाव || ", nil},
		{"body: Y पर बरसे कई विशेषज्ञ, X ने कहा कि …", "ओपनएआई पर बरसे कई विशेषज्ञ, मस्क ने कहा कि उन्हें इंतजार करना चाहिए।", nil},
		{"a tracked subject last keeps its attack", "ओपनएआई पर बरसे एलन मस्क, सत्या नडेला ने किया बचाव || ",
			[]string{"elon-musk>openai:h"}},
		{"no subject before the comma: one agent", "मस्क पर बरसे, ट्रंप ने किया हमला || ",
			[]string{"donald-trump>elon-musk:h"}},
		{"a quote before X ने कहा is still X's", "'ओपनएआई धोखेबाज है', मस्क ने कहा।",
			[]string{"elon-musk>openai:h"}},
		// actNounLast: "<place> पहुंचे X, Y की <act>": the name closing
		// the first part does the act that ends the headline.
		{"headline: पहुंचे X, Y की तारीफ", "मुंबई पहुंचे मोदी, रिलायंस की तारीफ || ",
			[]string{"narendra-modi>reliance:s"}},
		{"body: पहुंचे X, Y की सराहना", "दिल्ली पहुंचे सत्या नडेला, ओपनएआई की सराहना।",
			[]string{"satya-nadella>openai:s"}},
		{"a possessed noun with no act gives nothing", "दिल्ली पहुंचे सत्या नडेला, ओपनएआई की नीतियां || ", nil},
		// tagAbout: "X की <spoken act>: words naming one tracked Y" is
		// X's act on Y.
		{"headline: X की चेतावनी: Y …", "ट्रंप की चेतावनी: मस्क अपनी हद में रहें || ",
			[]string{"donald-trump>elon-musk:h"}},
		{"body: X का तंज- 'Y से सीखें …'", "राहुल गांधी का तंज- 'मोदी से सीखें भाषण देना, काम करना नहीं'।",
			[]string{"rahul-gandhi>narendra-modi:h"}},
		{"supportive act noun", "सत्या नडेला की तारीफ: 'ओपनएआई की टीम ने नया इतिहास रचा' || ",
			[]string{"satya-nadella>openai:s"}},
		{"a condition after the tag says no act", "ट्रंप की चेतावनी: मस्क ने विरोधियों को चंदा दिया तो अंजाम बुरा होगा || ", nil},
		{"two tracked parties after the tag: no guess", "ट्रंप की चेतावनी: मस्क और ऑल्टमैन अपनी हद में रहें || ", nil},
		{"a tag not opening the headline", "चुनाव के बीच मस्क का पैसा, ट्रंप की तारीफ: हैरिस अपनी हद में रहें || ", nil},
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
