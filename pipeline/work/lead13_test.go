package work

import (
	"slices"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestSession13SentenceEndsAtGenitive: a decision noun followed by a
// genitive as the last word of a headline or sentence ("… की घोषणा की",
// no final mark) made a rule look one word past the sentence and panic
// (index out of range in the lexicon matcher), killing the analysis of
// the whole story. Every such story is analysed, and its other stances
// are still read.
func TestSession13SentenceEndsAtGenitive(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, tc := range []struct{ title, body, want string }{
		{"एलन मस्क ने डोनाल्ड ट्रंप के फैसले की", "", ""},
		{"राहुल गांधी ने नरेंद्र मोदी की घोषणा का", "", ""},
		{"", "राहुल गांधी ने नरेंद्र मोदी की आलोचना की। सरकार के फैसले के", "rahul-gandhi>narendra-modi:h"},
		{"सत्या नडेला की घोषणा की", "सैम ऑल्टमैन ने घोषणा की", ""},
		{"डोनाल्ड ट्रंप के ऐलान के", "एलन मस्क ने डोनाल्ड ट्रंप की तारीफ की।", "elon-musk>donald-trump:s"},
		{"एलन मस्क के डोनाल्ड ट्रंप से नाता तोड़ने के फैसले का", "", ""},
		{"", "राहुल गांधी ने नरेंद्र मोदी का समर्थन करने के फैसले की", ""},
		{"सैम ऑल्टमैन ने एलन मस्क पर मुकदमा करने के ऐलान के", "एलन मस्क ने सैम ऑल्टमैन की आलोचना की।", "elon-musk>sam-altman:h"},
	} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%q / %q: panic: %v", tc.title, tc.body, r)
				}
			}()
			an := a.Analyze(pipeline.Story{ID: "t", Title: tc.title, Body: tc.body})
			if got := referenceStances(an); tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("%q / %q: stances %v, want %s among them", tc.title, tc.body, got, tc.want)
			}
		}()
	}
}

// TestSession13TruncatedHeadlines cuts every dev headline, and every dev
// body's first sentence, after each of its words and analyses the piece
// as a headline and as a body: a rule that looks one word past a
// sentence's last word (the panic above) shows up as a panic here, for
// whichever word ends the piece.
func TestSession13TruncatedHeadlines(t *testing.T) {
	a := shippedAnalyzer(t)
	seen := map[string]bool{}
	n := 0
	for _, g := range devGold(t) {
		first, _, _ := strings.Cut(g.Story.Body, "।")
		for _, text := range []string{g.Story.Title, first} {
			words := strings.Fields(text)
			for i := 1; i <= len(words); i++ {
				piece := strings.Join(words[:i], " ")
				if seen[piece] {
					continue
				}
				seen[piece] = true
				n++
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: %q: panic: %v", g.ID, piece, r)
						}
					}()
					a.Analyze(pipeline.Story{ID: "cut", Title: piece})
					a.Analyze(pipeline.Story{ID: "cut", Body: piece})
				}()
			}
		}
	}
	if n < 10000 {
		t.Fatalf("only %d pieces", n)
	}
	t.Logf("%d pieces analysed as headline and as body", n)
}
