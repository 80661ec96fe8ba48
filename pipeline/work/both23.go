package work

// Session 23 (WMISS2): "दोनों (कंपनियों) ने करार पर दस्तखत किए".
//
// A mutual frame ("X ने Y के साथ करार पर दस्तखत किए": both directions)
// read its parties from one named agent and its साथ/से partner only, so
// a pair named by दोनों — coordinated in the sentence before, or only in
// the headline ("A-B: …" then "दोनों कंपनियों ने …") — signed nothing,
// while the symmetric करार किया already took the pair (participants).
// bothMutual23 gives the mutual frame the same pair: when the clause's
// agent is a दोनों chunk before the frame and no named agent or partner
// stands in the clause, the parties are participants' (the pair the
// story's memory gives दोनों, not a pair with an untracked side). Two
// people's handshake stays a greeting.

// bothMutual23 is the pair a mutual frame at k in clause ci takes from a
// दोनों agent, or nil.
func (a *Analyzer) bothMutual23(s *sentCtx, st *storyState, ci, k int, tie bool) []int {
	both := false
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= k {
			break
		}
		if c.pron == fwBoth && !c.recip && s.w(c.tok) == "दोनों" && (c.mk == mkAgent || c.mk == mkBare) {
			both = true
			continue
		}
		if c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare || c.mk == mkSaath || c.mk == mkSe) {
			return nil // a named party: readMutual's own case
		}
	}
	if !both {
		return nil
	}
	ids := a.participants(s, ci, k, st, tie)
	if len(ids) != 2 || ids[0] == ids[1] || a.isDeal[ids[0]] || a.isDeal[ids[1]] {
		return nil
	}
	// "दोनों ने हाथ मिलाया" of two people is a greeting (SCHEMA: a
	// meeting is neutral; handshake in precision12.go); two companies
	// joining hands stay a tie.
	if s.w(k) == "हाथ" && (a.isPerson[ids[0]] || a.isPerson[ids[1]]) {
		return nil
	}
	return ids
}
