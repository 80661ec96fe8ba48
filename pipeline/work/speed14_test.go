package work

import "testing"

// clauseScreen is the screen of the clause's own words: the bits of each
// word of the clause, within the sentence's screen, whichever clause was
// asked before.
func TestClauseScreen(t *testing.T) {
	b := *shippedAnalyzer(t)
	a := &b
	n := 0
	a.trace = func(s *sentCtx) {
		var all uint64
		for ci := len(s.cls) - 1; ci >= 0; ci-- {
			var want uint64
			for _, k := range s.cls[ci].toks {
				if id := s.wordID(k); id >= 0 {
					want |= a.screenOf[id+1]
				}
			}
			if got := a.clauseScreen(s, ci); got != want {
				t.Errorf("%q clause %d: screen %x, want %x", s.f.words[s.sn.a:s.sn.b], ci, got, want)
			}
			if got := a.clauseScreen(s, ci); got != want {
				t.Errorf("%q clause %d asked again: screen %x, want %x", s.f.words[s.sn.a:s.sn.b], ci, got, want)
			}
			all |= want
			n++
		}
		if all&^s.screen != 0 {
			t.Errorf("%q: clause screens %x outside the sentence's %x", s.f.words[s.sn.a:s.sn.b], all, s.screen)
		}
	}
	for _, g := range devGold(t)[:300] {
		a.Analyze(g.Story)
	}
	if n == 0 {
		t.Fatal("no clause read")
	}
}
