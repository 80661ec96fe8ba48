package work

import "testing"

// TestSession10MatchByID: the lexicon matches read by word id (matchID:
// exact entries screened by their second word's id, prefix entries kept
// per word) are Lexicon.matchAll's, read by the text, at every token of
// the dev gold stories.
func TestSession10MatchByID(t *testing.T) {
	a := shippedAnalyzer(t)
	n, hits := 0, 0
	for _, g := range devGold(t) {
		dn, dh := compareMatchByID(t, a, a.prepare("body", g.Story.Title+"\n"+g.Story.Body), g.Story.ID)
		n, hits = n+dn, hits+dh
	}
	if n < 100000 || hits < 1000 {
		t.Fatalf("only %d tokens (%d with an entry) compared", n, hits)
	}
}

// compareMatchByID compares, at every token of f's sentences, the lexicon
// entries read by word id with Lexicon.matchAll's read by the text; it
// returns how many tokens it compared and how many had an entry.
func compareMatchByID(t *testing.T, a *Analyzer, f *field, label string) (n, hits int) {
	t.Helper()
	for _, sn := range sentences(f) {
		s := &sentCtx{f: f, sn: sn}
		a.fillWordIDs(s)
		words := f.words[:sn.b]
		for k := sn.a; k < sn.b; k++ {
			want := a.lex.matchAll(words, k)
			var got [entFlip + 1]hit
			if id := s.wordID(k); id >= 0 {
				got = a.matchID(s, words, k, id)
			} else {
				got = a.lex.matchWith(words, k, nil)
			}
			if got != want {
				t.Fatalf("%s: token %d %q: by id %+v, by text %+v", label, k, words[k], got, want)
			}
			if want[entFrame].e != nil || want[entEval].e != nil || want[entFlip].e != nil {
				hits++
			}
			n++
		}
	}
	return n, hits
}
