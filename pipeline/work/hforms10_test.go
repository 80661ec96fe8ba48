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
	}
	checkStanceCases(t, a, time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), cases)
}
