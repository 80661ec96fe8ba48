package work

import (
	"strings"
	"testing"
)

// mentionStarting26 finds what a map from first tokens to mention
// indices (built in order, the last mention of a token kept) found.
func TestMentionStarting26(t *testing.T) {
	for _, toks := range [][]int{
		nil,
		{0},
		{2, 5, 9},
		{1, 1, 4, 7, 7, 7, 12}, // several mentions at one token: the last
	} {
		f := &field{}
		at := map[int]int{}
		for i, k := range toks {
			f.mentions = append(f.mentions, mention{tok: k, tokEnd: k + 1})
			at[k] = i
		}
		for k := -1; k <= 14; k++ {
			want, wok := at[k]
			got, ok := mentionStarting26(f, k)
			if ok != wok || ok && got != want {
				t.Errorf("mentions at %v, token %d: (%d, %v), want (%d, %v)", toks, k, got, ok, want, wok)
			}
		}
	}
}

// spanTokens26 gives exactly the tokens whose original start falls in
// the span, for every span between token boundaries, on texts whose
// normalisation moves offsets (nukta letters, a chandrabindu, Latin
// capitals).
func TestSpanTokens26(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, text := range []string{
		"सरकार ने कल बड़ी घोषणा की, लेकिन विपक्ष ने इसे ज़रूरत से ज़्यादा दिखावा बताया।",
		"कंपनी के बोर्ड ने फ़ैसला टाल दिया; शेयरधारकों में नाराज़गी है और वे पूछ रहे हैं कि आगे क्या होगा?",
		"Reuters की रिपोर्ट के मुताबिक़ समझौते पर बातचीत अभी जारी है।",
	} {
		f := a.prepare("body", text)
		if len(f.toks) < 10 {
			t.Fatalf("%q: only %d tokens", text, len(f.toks))
		}
		var bounds []int
		for _, tk := range f.toks {
			os, oe := f.text.OrigSpan(tk.Start, tk.End)
			bounds = append(bounds, os, oe)
		}
		bounds = append(bounds, -1, 0, len(text), len(text)+5)
		for _, start := range bounds {
			for _, end := range bounds {
				lo, hi := spanTokens26(f, start, end)
				for k := range f.toks {
					os := f.text.OrigOffset(f.toks[k].Start)
					if in, inRange := os >= start && os <= end, k >= lo && k < hi; in != inRange {
						t.Errorf("%q: span [%d, %d]: token %d (start %d) in the span %v, in [%d, %d) %v", text, start, end, k, os, in, lo, hi, inRange)
					}
				}
			}
		}
	}
}

// Matcher.kids marks exactly the trie nodes a transition leaves from.
func TestMatcherKids26(t *testing.T) {
	a := shippedAnalyzer(t)
	m := a.matcher
	if len(m.kids) != len(m.term) {
		t.Fatalf("%d kids flags for %d nodes", len(m.kids), len(m.term))
	}
	from := make([]bool, len(m.term))
	for k := range m.trans {
		from[k>>32] = true
	}
	n := 0
	for i := range from {
		if m.kids[i] != from[i] {
			t.Errorf("node %d: kids %v, a transition from it %v", i, m.kids[i], from[i])
		}
		if from[i] {
			n++
		}
	}
	if n == 0 || n == len(from) {
		t.Errorf("%d of %d nodes have children: the watchlist has one- and many-word aliases", n, len(from))
	}
}

// commonLead26 is the longest prefix of all the keys; completive22's
// screen (completiveAuxLead26) lets every form of चुक- through.
func TestCommonLead26(t *testing.T) {
	for _, c := range []struct {
		set  []string
		want string
	}{
		{nil, ""},
		{[]string{"चुका"}, "चुका"},
		{[]string{"चुका", "चुके", "चुकीं"}, "चुक\xe0"}, // (bytes: the vowel signs differ in their last two)
		{[]string{"दे", "ले"}, "\xe0\xa4"},
		{[]string{"abc", "xbc"}, ""},
	} {
		set := map[string]bool{}
		for _, w := range c.set {
			set[w] = true
		}
		if got := commonLead26(set); got != c.want {
			t.Errorf("%q: %q, want %q", c.set, got, c.want)
		}
	}
	if completiveAuxLead26 == "" {
		t.Error("completiveAux22's forms share no lead: the screen lets every word through")
	}
	for w := range completiveAux22 {
		if !strings.HasPrefix(w, completiveAuxLead26) {
			t.Errorf("%q does not open with %q", w, completiveAuxLead26)
		}
	}
}
