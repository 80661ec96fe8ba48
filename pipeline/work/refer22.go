package work

// Session 22 (MISSES): references that point back to what the story
// already told.

// tieOther22 reads a demonstrative at k before a tie noun under any
// marker but से ("इस साझेदारी को बड़ा कदम कहा", "कहा कि यह साझेदारी
// मील का पत्थर साबित होगी", "इस करार की तारीफ की") as the other party
// of the story's last asserted tie, seen from the one party the sentence
// names: that party itself, or a person the story ties to it (its head
// speaking of "this partnership"). A person on the other side stands for
// the one organisation the story ties them to (the announcer's company).
// -1 when the sentence names neither party or both.
func (a *Analyzer) tieOther22(s *sentCtx, k int) int {
	st := s.st
	x, y := st.tie18[0], st.tie18[1]
	hx, hy := false, false
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		e := m.entity
		hx = hx || e == x || a.isPerson[e] && !a.isPerson[x] && a.tiedTo(st, e, x)
		hy = hy || e == y || a.isPerson[e] && !a.isPerson[y] && a.tiedTo(st, e, y)
	}
	o := otherParty18(x, y, hx, hy)
	if o >= 0 && a.isPerson[o] {
		if c := a.companyOf(st, o); c >= 0 && c != x && c != y {
			return c
		}
	}
	return o
}

// ownerPron22 reports a genitive pronoun chunk of the third person that
// is not reflexive ("उनके नेतृत्व में", not "अपने नेतृत्व में"), which the
// grounder resolved to someone: the owner credited in someone's words.
func ownerPron22(s *sentCtx, c *chunk) bool {
	if c.pron != fwGenPron || c.second || c.end-c.tok != 1 {
		return false
	}
	switch s.w(c.tok) {
	case "उनके", "उनकी", "उनका", "इनके", "इनकी", "इनका":
		return true
	}
	return false
}
