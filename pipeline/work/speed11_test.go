package work

import (
	"testing"

	"github.com/khabar/khabar/internal/hindi"
)

// TestSession11EntryStarts checks, at the end of every dev sentence read,
// what readClause's matching loop relies on: entryStarts lists exactly
// the word tokens the per-token screen lets through (a word id with
// entries, or a word without an id that Lexicon.mayStart takes), in
// order; and every clause's tokens are the ones cid gives it (readClause
// picks a clause's starts by cid).
func TestSession11EntryStarts(t *testing.T) {
	a := shippedAnalyzer(t)
	sents, starts := 0, 0
	a.trace = func(s *sentCtx) {
		sents++
		var want []int32
		for k := s.sn.a; k < s.sn.b; k++ {
			if s.f.toks[k].Kind != hindi.Word {
				continue
			}
			if id := s.wordID(k); id >= 0 && !a.startsOf[id] || id < 0 && !a.lex.mayStart(s.f.words[k], s.flag(k)) {
				continue
			}
			want = append(want, int32(k))
		}
		got := a.entryStarts(s)
		starts += len(got)
		if len(got) != len(want) {
			t.Fatalf("%q: entryStarts %v, want %v", s.f.text.Norm[s.f.toks[s.sn.a].Start:s.f.toks[s.sn.b-1].End], got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("%q: entryStarts %v, want %v", s.f.text.Norm[s.f.toks[s.sn.a].Start:s.f.toks[s.sn.b-1].End], got, want)
			}
		}
		n := 0
		for ci := range s.cls {
			for _, k := range s.cls[ci].toks {
				n++
				if s.cid[k-s.sn.a] != int32(ci) {
					t.Fatalf("token %d of clause %d has cid %d", k, ci, s.cid[k-s.sn.a])
				}
			}
		}
		if n != s.sn.b-s.sn.a {
			t.Fatalf("clauses hold %d tokens of a sentence of %d", n, s.sn.b-s.sn.a)
		}
	}
	for _, g := range devGold(t) {
		a.Analyze(g.Story)
	}
	if sents < 1000 || starts < 1000 {
		t.Fatalf("checked %d sentences, %d entry starts: too few", sents, starts)
	}
}
