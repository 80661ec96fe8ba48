package work

import (
	"testing"
	"testing/fstest"

	"github.com/khabar/khabar/internal/hindi"
)

// TestSession10GeneralGaps: a multi-word entry reads past up to three gap
// words (words.yaml gap_words: particles, adverbs, intensifiers, क्यों)
// between its words; never past a negator (the clause stays negated), a
// name, a postposition or punctuation.
func TestSession10GeneralGaps(t *testing.T) {
	checkCases(t, "s10g-gap", []struct {
		text string
		want []string
	}{
		{"एलन मस्क ने ओपनएआई के खिलाफ मोर्चा एक बार फिर खोल दिया।", []string{"elon-musk>openai:h"}},
		{"रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ मोर्चा भी खोला।", []string{"reid-hoffman>donald-trump:h"}},
		{"नाइजल फराज एलन मस्क के साथ हमेशा खड़े रहे।", []string{"nigel-farage>elon-musk:s"}},
		{"चुनाव के बाद सैम ऑल्टमैन और एलन मस्क में दूरी लगातार बढ़ती गई।", []string{"sam-altman>elon-musk:h", "elon-musk>sam-altman:h"}},
		{"राहुल गांधी ने नरेंद्र मोदी को खरी ही खोटी सुनाई।", []string{"rahul-gandhi>narendra-modi:h"}},
		// a negator between the words: negated, no stance
		{"रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ मोर्चा नहीं खोला।", nil},
		{"नाइजल फराज एलन मस्क के साथ कभी नहीं खड़े हुए।", nil},
		// more than three gap words, or a word that is no gap word
		{"रीड हॉफमैन ने डोनाल्ड ट्रंप के खिलाफ मोर्चा तो अब एक बार फिर खोला।", nil},
		{"नाइजल फराज एलन मस्क के साथ मंच पर खड़े थे।", nil},
	})
}

// TestSession10GeneralLightVerbs: a light verb after an entry's first word
// reads every form of its cell (gender and number; the tense kept), and a
// charge laid with लगाया also reads मढ़ा/जड़ा/थोपा; a stem written "कोस+"
// reads the verb's finite forms but not its infinitive.
func TestSession10GeneralLightVerbs(t *testing.T) {
	checkCases(t, "s10g-lv", []struct {
		text string
		want []string
	}{
		// the siblings of the merged entries (बरसे, बरसा, बरसते, बरसीं …)
		{"ट्रंप खेमा कमला हैरिस पर जमकर बरसा।", []string{"donald-trump>kamala-harris:h"}},
		{"एलन मस्क अक्सर सैम ऑल्टमैन पर बरसते रहे हैं।", []string{"elon-musk>sam-altman:h"}},
		{"कमला हैरिस डोनाल्ड ट्रंप पर बरसीं।", []string{"kamala-harris>donald-trump:h"}},
		{"कमला हैरिस डोनाल्ड ट्रंप पर भड़कीं।", []string{"kamala-harris>donald-trump:h"}},
		{"एलन मस्क ओपनएआई को कोसते रहे हैं।", []string{"elon-musk>openai:h"}},
		{"कमला हैरिस डोनाल्ड ट्रंप पर गरजीं।", []string{"kamala-harris>donald-trump:h"}},
		{"राहुल गांधी नरेंद्र मोदी पर गरजते हुए बोले कि सरकार नाकाम है।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"राहुल गांधी अक्सर अपने भाषणों में गौतम अडानी को निशाना बनाते हैं।", []string{"rahul-gandhi>gautam-adani:h"}},
		{"कमला हैरिस अपने विज्ञापनों में डोनाल्ड ट्रंप को निशाना बनाती रहीं।", []string{"kamala-harris>donald-trump:h"}},
		{"ट्रंप खेमा एलन मस्क के साथ खड़ा है।", []string{"donald-trump>elon-musk:s"}},
		{"कमला हैरिस रीड हॉफमैन के साथ खड़ी हैं।", []string{"kamala-harris>reid-hoffman:s"}},
		{"ट्रंप खेमा एलन मस्क के खिलाफ खड़ा हो गया।", []string{"donald-trump>elon-musk:h"}},
		{"कमला हैरिस डोनाल्ड ट्रंप के खिलाफ खड़ी हैं।", []string{"kamala-harris>donald-trump:h"}},
		// forms no entry listed
		{"कमला हैरिस डोनाल्ड ट्रंप को लगातार कोसती रही हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"सैम ऑल्टमैन एलन मस्क पर भड़क उठीं।", []string{"sam-altman>elon-musk:h"}},
		{"कमला हैरिस और रीड हॉफमैन डोनाल्ड ट्रंप के खिलाफ खड़ीं।", []string{"kamala-harris>donald-trump:h", "reid-hoffman>donald-trump:h"}},
		{"कमला हैरिस ने रैली में डोनाल्ड ट्रंप पर गरजकर हमला बोला।", []string{"kamala-harris>donald-trump:h"}},
		{"कमला हैरिस डोनाल्ड ट्रंप के खिलाफ अदालत गईं।", []string{"kamala-harris>donald-trump:h"}},
		{"राहुल गांधी ने हार के लिए नरेंद्र मोदी पर दोष लगाया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"कमला हैरिस ने महंगाई का दोष डोनाल्ड ट्रंप पर नहीं थोपा, नीतियों पर थोपा।", nil},
		{"एलन मस्क ने हर नाकामी के लिए सैम ऑल्टमैन पर दोष जड़ दिया।", []string{"elon-musk>sam-altman:h"}},
		// a noun, not the verb: बरसों (years)
		{"डोनाल्ड ट्रंप बरसों बाद कमला हैरिस से मिले।", nil},
	})
}

// TestSession10GeneralInflection: a frame noun of one word reads its
// oblique plural; an evaluative of several words agrees in gender and
// number together.
func TestSession10GeneralInflection(t *testing.T) {
	checkCases(t, "s10g-infl", []struct {
		text string
		want []string
	}{
		{"डोनाल्ड ट्रंप ने कहा कि कमला हैरिस डरी हुई हैं।", []string{"donald-trump>kamala-harris:h"}},
		{"एलन मस्क ने कहा कि सैम ऑल्टमैन झूठ फैलाने वाले इंसान हैं।", []string{"elon-musk>sam-altman:h"}},
		{"कमला हैरिस ने कहा कि डोनाल्ड ट्रंप थके हुए हैं।", []string{"kamala-harris>donald-trump:h"}},
		{"एलन मस्क ने कहा कि कमला हैरिस थकी हुई उम्मीदवार हैं।", []string{"elon-musk>kamala-harris:h"}},
		// not said of anyone: no stance
		{"डोनाल्ड ट्रंप ने कहा कि लोग थके हुए हैं।", nil},
	})
}

// TestSession10GeneralVerbFirst: a frame of a noun and its verb also reads
// in the headline's order, verb first ("X ने Y पर उठाए सवाल"), the verb
// in any form of its cell; not across a quote or a dash, not a bare stem
// used as an adjective ("Y में लगा पैसा"), not a stem read as a word
// ("कि" of "कि*").
func TestSession10GeneralVerbFirst(t *testing.T) {
	checkCases(t, "s10g-vf", []struct {
		text string
		want []string
	}{
		{"कमला हैरिस ने डोनाल्ड ट्रंप की नीतियों पर उठाए सवाल", []string{"kamala-harris>donald-trump:h"}},
		{"एलन मस्क ने सैम ऑल्टमैन की खोली पोल", []string{"elon-musk>sam-altman:h"}},
		{"राहुल गांधी ने नरेंद्र मोदी पर मढ़ा दोष", []string{"rahul-gandhi>narendra-modi:h"}},
		{"सत्या नडेला ने सैम ऑल्टमैन की थपथपाई पीठ", []string{"satya-nadella>sam-altman:s"}},
		// a participle before its noun, a quote after a speech verb
		{"राहुल गांधी ने कहा कि अडानी समूह में लगा पैसा जनता का है।", nil},
		{"एलन मस्क बोले- 'झूठ की भी हद होती है'", nil},
	})
}

// TestSession10GeneralGapSetting: an entry's gap (frames.yaml gap:) bounds
// the gap words between its words; gap: 0 turns gaps off; a word that is
// no gap word, or a negator, stops the entry; the entry with fewer gap
// words wins at equal length.
func TestSession10GeneralGapSetting(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, n := range []string{"frames.yaml", "outcomes.yaml", "evaluative.yaml", "flippers.yaml", "words.yaml"} {
		b, err := lexiconFS.ReadFile("lexicon/" + n)
		if err != nil {
			t.Fatal(err)
		}
		if n == "frames.yaml" {
			b = append(b, "\n- {words: \"क्ष ज्ञ\", polarity: hostile, kind: criticism, gap: 0, test: t}\n- {words: \"त्र ज्ञ\", polarity: hostile, kind: criticism, gap: 1, test: t}\n- {words: \"त्र नहीं ज्ञ\", polarity: supportive, kind: criticism, test: t}\n- {words: \"श्र ज्ञ\", polarity: hostile, kind: criticism, test: t}\n"...)
		}
		fsys["lexicon/"+n] = &fstest.MapFile{Data: b}
	}
	lx, err := loadLexicon(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		n    int // tokens the frame spans (0: none)
		pol  int8
	}{
		{"क्ष ज्ञ", 2, -1},
		{"क्ष भी ज्ञ", 0, 0}, // gap: 0
		{"त्र भी ज्ञ", 3, -1},
		{"त्र भी फिर ज्ञ", 0, 0}, // more than its gap: 1
		{"श्र भी फिर अब ज्ञ", 5, -1},
		{"श्र भी फिर अब तो ज्ञ", 0, 0}, // more than the default 3
		{"श्र मंच ज्ञ", 0, 0},          // no gap word
		{"श्र नहीं ज्ञ", 0, 0},         // a negator
		{"श्र , ज्ञ", 0, 0},            // punctuation
		{"त्र नहीं ज्ञ", 3, 1},         // the entry as written, not a gap
	} {
		n := hindi.NormalizeString(c.text)
		var ws []string
		for _, tk := range hindi.Tokenize(nil, n) {
			ws = append(ws, n[tk.Start:tk.End])
		}
		e, got := lx.match(ws, 0, entFrame)
		if got != c.n || got > 0 && e.frame.pol != c.pol {
			t.Errorf("%q: frame spans %d, want %d", c.text, got, c.n)
		}
	}
}
