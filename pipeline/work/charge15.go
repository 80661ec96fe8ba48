package work

// Session 15 (CONTRAST helper): the author of "the charges" a speaker
// calls lies, when the charge was named in an earlier sentence only as
// what the speaker answers, or was laid against the speaker's own chief.

// noteAnswered15 records, for a charge noun at k whose genitive author is
// named with no accused ("Y के आरोपों पर X ने बयान जारी किया", "Y के
// आरोपों पर X ने जवाब दिया"), each tracked ने-agent of clause ci as the
// one answering Y. The charge itself asserts nothing (SCHEMA: a charge
// presupposed only as what X answers).
func (s *sentCtx) noteAnswered15(ci, k, author int, st *storyState) {
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.ent < 0 || c.ent == author || c.mk != mkAgent || s.w(c.at) != "ने" || c.tok < k {
			continue
		}
		st.answered15 = append(st.answered15, [2]int{c.ent, author})
	}
}

// chargeAuthor15 is the author of the charges x answers: the last one
// hostile to x; else the last one hostile to a person or organisation the
// story or the watchlist ties to x ("Y ने Z पर … आरोप लगाया। Z की कंपनी
// के प्रवक्ता ने इन आरोपों को …"); else the author of a charge x was
// named answering (noteAnswered15).
func (a *Analyzer) chargeAuthor15(st *storyState, x int) (int, bool) {
	if atk, ok := st.attackedBy[x]; ok {
		return atk, true
	}
	tied := func(p [2]int) int {
		switch x {
		case p[0]:
			return p[1]
		case p[1]:
			return p[0]
		}
		return -1
	}
	for _, m := range [...]map[[2]int]bool{st.affil, a.affil} {
		for p := range m {
			if t := tied(p); t >= 0 && !st.affilOff14[p] {
				if atk, ok := st.attackedBy[t]; ok && atk != x {
					return atk, true
				}
			}
		}
	}
	for i := len(st.answered15) - 1; i >= 0; i-- {
		if st.answered15[i][0] == x {
			return st.answered15[i][1], true
		}
	}
	return -1, false
}

// chargeCalled15 reports a hostile frame at k that is what a charge is
// called: "आरोपों को" (or "इन आरोपों को") within eight words before it with
// no name between, and a calling verb (करार, बताया, कहा) within four
// words after it: "X ने आरोपों को 'चुनाव से पहले की एक साजिश' करार दिया".
func (s *sentCtx) chargeCalled15(k int) bool {
	ko := -1
	for j := k - 1; j >= s.sn.a+1 && j >= k-8; j-- {
		if s.mentionAt(j) {
			return false
		}
		if s.w(j) == "को" && s.flag(j-1)&fwCharge != 0 {
			ko = j
			break
		}
	}
	if ko < 0 {
		return false
	}
	for j := k + 1; j < s.sn.b && j <= k+4; j++ {
		switch s.w(j) {
		case "करार", "बताया", "बताते", "बताकर", "कहा", "ठहराया":
			return true
		}
	}
	return false
}

// namedInClause15 reports a chunk of clause ci that stands for e (a name,
// or a pronoun grounded to e).
func (s *sentCtx) namedInClause15(ci, e int) bool {
	for _, i := range s.inClause(ci) {
		if s.chunks[i].ent == e {
			return true
		}
	}
	return false
}
