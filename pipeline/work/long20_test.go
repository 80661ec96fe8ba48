package work

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// The "between" questions answered from the sentence's prefix counts
// (spanKinds, long20.go) give what a scan of the span gives, for every
// span of every sentence read — inside the sentence or reaching past
// its ends.
func TestLong20SpanCounts(t *testing.T) {
	b := *shippedAnalyzer(t)
	a := &b
	scan := func(s *sentCtx, from, to int, is func(k int) bool) bool {
		for k := from + 1; k < to; k++ {
			if is(k) {
				return true
			}
		}
		return false
	}
	n := 0
	a.trace = func(s *sentCtx) {
		m := s.spanKinds()
		if m == nil {
			t.Fatal("no span counts for a bound sentence")
		}
		kinds := []struct {
			name string
			p    []int32
			is   func(k int) bool
		}{
			{"comma", m.comma, func(k int) bool { return s.w(k) == "," }},
			{"purpose", m.purpose, func(k int) bool { return s.w(k) == "ताकि" }},
			{"conj", m.conj, func(k int) bool { return isConjunct19(s.w(k)) && verbEnd19(s.w(k-1)) }},
			{"cause", m.cause, func(k int) bool { return s.w(k) == "से" && strings.HasSuffix(s.w(k-1), "ने") }},
		}
		step := 1 + (s.sn.b-s.sn.a)/40
		for from := s.sn.a - 2; from < s.sn.b+2; from += step {
			for to := from - 1; to < s.sn.b+3; to++ {
				for _, kd := range kinds {
					if got, want := s.spanHas(kd.p, from, to), scan(s, from, to, kd.is); got != want {
						t.Fatalf("%q (%d,%d) %s: %v, want %v", s.words, from, to, kd.name, got, want)
					}
				}
				n++
			}
		}
	}
	for _, g := range devGold(t)[:200] {
		a.Analyze(g.Story)
	}
	a.Analyze(pipeline.Story{ID: "long", Body: strings.Repeat("X ने कहा कि Y पर हमला किया और Z से मिलने से पहले, ताकि ", 200)})
	if n == 0 {
		t.Fatal("no span asked")
	}
}

// Stories with no sentence punctuation reach the readers as one sentence
// of thousands of tokens. Before spanKinds a frame's sources and targets
// scanned the span to every chunk of the clause (cubic): the first shape
// took ~28 s at 1,500 repeats, the second ~39 s; the readers are still
// quadratic in a clause's length, so such a sentence is now cut into
// pieces of at most maxSentenceTokens (appendSentence). Each shape must
// give, at length, the stances one copy of it gives (the charge: one
// more, a run-on reading across copies, see the report of session 20's
// LONG helper).
func TestLong20PunctuationlessShapes(t *testing.T) {
	a := shippedAnalyzer(t)
	stances := func(body string) []string {
		var out []string
		for _, x := range a.Analyze(pipeline.Story{ID: "long", Body: body}).Stances {
			out = append(out, fmt.Sprintf("%s>%s %v", x.Source, x.Target, x.Polarity))
		}
		slices.Sort(out)
		return out
	}
	for _, tc := range []struct {
		unit string
		n    int
		want []string
	}{
		{"कमला हैरिस जीतीं तो देश बर्बाद होगा ", 1500, nil},
		{"मस्क ने ऑल्टमैन पर ओपनएआई की स्थापना के वादे तोड़ने का आरोप ", 1000, []string{"elon-musk>openai hostile", "elon-musk>sam-altman hostile"}},
		{"मस्क का ऑल्टमैन पर तंज ", 1500, []string{"elon-musk>sam-altman hostile"}},
		{"मस्क ने ऑल्टमैन के खिलाफ मुकदमा दायर किया ", 1000, []string{"elon-musk>sam-altman hostile"}},
		{"मस्क ने कहा \"ऑल्टमैन झूठा है\" ", 1500, []string{"elon-musk>sam-altman hostile"}},
		{"मस्क और ऑल्टमैन दोनों ने ट्रंप की तारीफ की ", 1000, []string{"elon-musk>donald-trump supportive", "sam-altman>donald-trump supportive"}},
		{"मस्क ने कहा कि ऑल्टमैन झूठे हैं और ", 1500, []string{"elon-musk>sam-altman hostile"}},
	} {
		if got := stances(strings.Repeat(tc.unit, tc.n)); !slices.Equal(got, tc.want) {
			t.Errorf("%q × %d: %v, want %v", tc.unit, tc.n, got, tc.want)
		}
	}
	// One copy of the charge: Z is inside the charged act (prec20.go).
	if got := stances("मस्क ने ऑल्टमैन पर ओपनएआई की स्थापना के वादे तोड़ने का आरोप लगाया।"); !slices.Equal(got, []string{"elon-musk>sam-altman hostile"}) {
		t.Errorf("one charge: %v", got)
	}
}

// A sentence longer than maxSentenceTokens is cut after its last comma,
// or before its last coordinator, in the second half of each piece; with
// neither, at maxSentenceTokens. A sentence of maxSentenceTokens tokens
// stays whole.
func TestLong20SentenceCut(t *testing.T) {
	a := shippedAnalyzer(t)
	lens := func(text string) (out []int, f *field) {
		f = a.prepare("body", text)
		for _, sn := range sentences(f) {
			out = append(out, sn.b-sn.a)
		}
		return out, f
	}
	// 5 tokens a unit, 60 units: exactly maxSentenceTokens.
	if got, _ := lens(strings.Repeat("मस्क ने ऑल्टमैन को घेरा ", maxSentenceTokens/5)); !slices.Equal(got, []int{maxSentenceTokens}) {
		t.Errorf("a sentence of the longest length was cut: %v", got)
	}
	// Commas: each piece ends at a comma.
	got, f := lens(strings.Repeat("मस्क ने ऑल्टमैन को घेरा , ", 200))
	if len(got) < 4 {
		t.Fatalf("not cut: %v", got)
	}
	for _, sn := range sentences(f)[:len(got)-1] {
		if n := sn.b - sn.a; n > maxSentenceTokens || f.words[sn.b-1] != "," {
			t.Errorf("piece of %d tokens ending in %q", n, f.words[sn.b-1])
		}
	}
	// A coordinator opens the next piece.
	_, f = lens(strings.Repeat("मस्क ने ऑल्टमैन को घेरा और ", 200))
	for _, sn := range sentences(f)[1:] {
		if f.words[sn.a] != "और" {
			t.Errorf("piece opens with %q", f.words[sn.a])
		}
	}
	// Neither: pieces of maxSentenceTokens.
	got, _ = lens(strings.Repeat("मस्क ऑल्टमैन ", 400))
	if !slices.Equal(got, []int{maxSentenceTokens, maxSentenceTokens, 800 - 2*maxSentenceTokens}) {
		t.Errorf("pieces %v", got)
	}
	// Punctuated text is cut where it was.
	if got, _ := lens("मस्क ने ऑल्टमैन को घेरा। " + strings.Repeat("मस्क ", 10)); !slices.Equal(got, []int{6, 10}) {
		t.Errorf("punctuated: %v", got)
	}
}
