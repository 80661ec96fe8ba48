package work

// mutualTeller35b: "ओरेकल ने पुष्टि की कि ओपनएआई के साथ … करार पर हस्ताक्षर
// हो गए हैं" — a mutual tie frame with no agent of its own, in the content
// clause of one organisation that tells it, with one partner under के
// साथ/से: the teller is the other party, both ways (as "X ने बताया कि
// उसने Y के साथ …" reads). Not a person teller: a chief telling his
// company's deal speaks for himself (SCHEMA). -1 when not so.
func (a *Analyzer) mutualTeller35b(s *sentCtx, st *storyState, ci, k int) (int, int) {
	if s.cls[ci].kind != ckContent {
		return -1, -1
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 || a.isPerson[sp[0]] || a.isDeal[sp[0]] {
		return -1, -1
	}
	partner := -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= k || c.ent < 0 {
			continue
		}
		if c.ent == sp[0] || a.isDeal[c.ent] || c.mk != mkSaath && c.mk != mkSe || partner >= 0 && partner != c.ent {
			return -1, -1
		}
		partner = c.ent
	}
	if partner < 0 {
		return -1, -1
	}
	return sp[0], partner
}
