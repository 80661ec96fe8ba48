package work

import (
	"testing"
	"time"
)

// Session 28 (FRESH-S): a relative clause with the compound postposition
// "के लिए" before a list comma stays one clause (relclose28.go), so its
// future verb does not become the host's mood. Our own sentences: the
// first rows fail without postpositionNotVerb28; the controls must stay.
func TestSession28RelativeForPostposition(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"deal, list after के लिए", "ओपनएआई ने माइक्रोसॉफ्ट के साथ पांच साल का समझौता किया है, जिसके तहत माइक्रोसॉफ्ट उसे शोध के लिए चिप, बिजली और डेटा सेंटर देगा।",
			[]string{"microsoft>openai:s", "openai>microsoft:s"}},
		{"partnership, list after के लिए", "गूगल ने अडानी समूह के साथ साझेदारी की है, जिसके तहत अडानी समूह नए हब के लिए जमीन, बिजली और पानी देगा।",
			[]string{"adani-group>google:s", "google>adani-group:s"}},
		// Controls: a relative clause whose own verb "लिए" (took) closes
		// it at the comma; a plan told in the host stays a plan; no list.
		{"verb लिए closes", "रिलायंस ने गूगल के साथ करार किया है, जिसमें उसने कई फैसले लिए, और मेटा की आलोचना की।",
			[]string{"google>reliance:s", "reliance>google:s", "reliance>meta:h"}},
		{"host future stays", "मेटा गूगल के साथ करार करेगा, जिसके तहत गूगल उसे शोध के लिए चिप, बिजली और सर्वर देगा।", nil},
		{"no list", "मेटा ने गूगल के साथ करार किया है, जिसके तहत गूगल उसे शोध के लिए सर्वर देगा।",
			[]string{"google>meta:s", "meta>google:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28HostilePluralCalling: a hostile evaluative noun in -ी read
// in its oblique plural (evalplural28.go). Our own sentences: the first
// rows fail without evalObliquePlural28; the controls must stay.
func TestSession28HostilePluralCalling(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"superlative partitive", "सैम ऑल्टमैन ने एलन मस्क को 'सबसे बड़े अवसरवादियों में से एक' कहा।",
			[]string{"sam-altman>elon-musk:h"}},
		{"partitive predicate", "कमला हैरिस ने कहा कि डोनाल्ड ट्रंप देश के सबसे लालचियों में से एक हैं।",
			[]string{"kamala-harris>donald-trump:h"}},
		// Controls: a supportive word's plural is a plain noun; a
		// superlative praise stays praise.
		{"colleagues", "सत्या नडेला ने अपने साथियों के साथ सैम ऑल्टमैन से मुलाकात की।", nil},
		{"superlative praise", "डोनाल्ड ट्रंप ने एलन मस्क को सबसे बड़े उद्यमियों में से एक बताया।",
			[]string{"donald-trump>elon-musk:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}

// TestSession28QuoteFirstPersonSplit: inside a quote, the part after a
// comma with a first-person pronoun is the quote speaker's own clause,
// not the act of the ने-agent before the comma (quotesplit28.go). Our own
// sentences: the first rows fail without quoteFirstPerson28.
func TestSession28QuoteFirstPersonSplit(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"headline label", "नाइजल फराज: 'कमला हैरिस ने वादा तोड़ा, डोनाल्ड ट्रंप पर मुझे भरोसा'",
			[]string{"nigel-farage>donald-trump:s", "nigel-farage>kamala-harris:h"}},
		{"said, quote", "सत्या नडेला ने कहा, 'गूगल ने बाजार बिगाड़ा, ओपनएआई पर हमें पूरा भरोसा है।'",
			[]string{"satya-nadella>google:h", "satya-nadella>openai:s"}},
		// Controls: no first person after the comma; a first person
		// with no ने-agent before it.
		{"no first person", "सत्या नडेला ने कहा, 'गूगल ने बाजार बिगाड़ा, ओपनएआई आगे बढ़ी।'",
			[]string{"satya-nadella>google:h"}},
		{"no agent", "सत्या नडेला ने कहा, 'बाजार बदल रहा है, ओपनएआई पर हमें पूरा भरोसा है।'",
			[]string{"satya-nadella>openai:s"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
