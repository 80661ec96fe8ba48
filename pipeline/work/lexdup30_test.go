package work

import (
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/internal/hindi"
)

// knownOverlaps30 are the written forms one lexicon entry repeats from
// an earlier one on purpose: the earlier, with other fields, wins the
// form (Lexicon.try keeps the earlier entry at equal length), and the
// later one writes it only inside a family of alternatives that could
// not leave it out without being cut in pieces.
var knownOverlaps30 = map[string]string{
	// weight 1.5 at frames.yaml "फर्जी खबरें फैला*", 1.2 in the family
	// of false claims spread.
	"frames.yaml\x00फर्जी खबरें फैला*": "the earlier entry's weight",
}

// TestLexiconFormsOnce30 extends TestLexiconNoDuplicates21 to the forms
// an entry is indexed under: no written choice of a frame, outcome,
// evaluative or flipper (its alternatives, words29.go) is already one of
// the forms of an earlier entry of the same file — its own words, a
// choice, or a form the loader derives (an evaluative's agreeing and
// -े/-ी forms: "झूठ फैलाने वाली" of "झूठ फैलाने वाला"). Such a choice
// never matches: the earlier entry wins it.
func TestLexiconFormsOnce30(t *testing.T) {
	lx, err := LoadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	check := func(file string, line int, written, derived []string) {
		where := fmt.Sprintf("%s:%d", file, line)
		for _, w := range written {
			k := file + "\x00" + hindi.NormalizeString(w)
			if first, ok := seen[k]; ok && first != where && knownOverlaps30[k] == "" {
				t.Errorf("%s: %q is already a form of %s", where, w, first)
			}
		}
		for _, w := range append(written, derived...) {
			k := file + "\x00" + hindi.NormalizeString(w)
			if _, ok := seen[k]; !ok {
				seen[k] = where
			}
		}
	}
	for _, f := range lx.Frames {
		alts, err := alternatives(f.Words)
		if err != nil {
			t.Fatal(err)
		}
		check(f.file, f.line, alts, nil)
	}
	for _, e := range lx.Evaluative {
		alts, err := alternatives(e.W)
		if err != nil {
			t.Fatal(err)
		}
		forms, err := evalForms29(e)
		if err != nil {
			t.Fatal(err)
		}
		check(e.file, e.line, alts, forms)
	}
	for _, f := range lx.Flippers {
		alts, err := alternatives(f.Words)
		if err != nil {
			t.Fatal(err)
		}
		check(f.file, f.line, alts, nil)
	}
}

// TestLexiconCopiesRead30: the sentences of the entries session 30
// dropped as copies (a form an earlier entry already had, or one of its
// derived forms) read as they did, now through the entry that stays.
func TestLexiconCopiesRead30(t *testing.T) {
	a := shippedAnalyzer(t)
	cases := []stanceCase{
		{"लुटेरी of लुटेरा", "राहुल गांधी ने नरेंद्र मोदी को लुटेरी करार दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"झूठ फैलाने वाली of वाला", "डोनाल्ड ट्रंप ने कमला हैरिस को झूठ फैलाने वाली नेता बताया।", []string{"donald-trump>kamala-harris:h"}},
		{"झूठ फैलाने वाले of वाला", "एलन मस्क ने सैम ऑल्टमैन को झूठ फैलाने वाले लोगों में गिना।", nil},
		{"सच्चे दोस्त of सच्चा", "नाइजल फराज ने कहा कि एलन मस्क ब्रिटेन के सच्चे दोस्त हैं।", []string{"nigel-farage>elon-musk:s"}},
		{"सबसे बड़े उद्यमी", "मासायोशी सन ने कहा कि एलन मस्क हमारे दौर के सबसे बड़े उद्यमी हैं।", []string{"masayoshi-son>elon-musk:s"}},
		{"सबसे बड़े आविष्कारक", "नाइजल फराज ने कहा कि एलन मस्क हमारे दौर के सबसे बड़े आविष्कारक हैं।", []string{"nigel-farage>elon-musk:s"}},
		{"नफरत का अड्डा in the den family", "रीड हॉफमैन ने कहा कि एलन मस्क ने ट्विटर को नफरत का अड्डा बना दिया।", []string{"reid-hoffman>elon-musk:h", "reid-hoffman>x-corp:h"}},
		{"झूठ का अड्डा in the den family", "\"एक्स अब झूठ का अड्डा है,\" कमला हैरिस ने कहा।", []string{"kamala-harris>x-corp:h"}},
		{"जीत का जश्न", "नाइजल फराज ने डोनाल्ड ट्रंप की जीत का जश्न मनाया।", []string{"nigel-farage>donald-trump:s"}},
		{"ठीक होने की कामना", "कमला हैरिस ने डोनाल्ड ट्रंप के जल्द ठीक होने की कामना की।", []string{"kamala-harris>donald-trump:s"}},
		{"पुतला फूंका", "राहुल गांधी ने नरेंद्र मोदी का पुतला फूंका।", []string{"rahul-gandhi>narendra-modi:h"}},
		{"देश को बेच दिया", "राहुल गांधी ने कहा कि नरेंद्र मोदी ने देश को बेच दिया।", []string{"rahul-gandhi>narendra-modi:h"}},
	}
	checkStanceCases(t, a, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), cases)
}
