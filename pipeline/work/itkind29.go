package work

// Session 29 FRESH-S: a bare इसे/इसको called by a label whose head is an
// organisation's or venture's kind noun (words.yaml it_kinds): "Z ने
// नई परियोजना Y शुरू की। X ने इसे 'इतिहास की सबसे बड़ी परियोजना'
// बताया". itsActOwner leaves a bare "it" unresolved when no act of a
// tracked name is before it (it is as often an event); a label that
// names a company or a project is said of the organisation, so the
// pronoun is the nearest tracked organisation before it.

// itKindWindow is how many tokens after the pronoun the label's head may
// stand (quotes, a genitive modifier and a superlative fit in it).
const itKindWindow = 10

// itsKindOrg29 is whom a bare इसे/इसको at k stands for when the label
// after it is headed, right before a calling verb, by an it_kinds noun
// (the nearest tracked name before it, other than avoid, if it is an
// organisation) or by a venture's noun, formed_ventures (the latest deal
// named); -1 otherwise.
func (a *Analyzer) itsKindOrg29(s *sentCtx, st *storyState, k, avoid int) int {
	switch s.itKindLabel29(k) {
	case itKindOrg:
		e := a.nearestBefore(s, st, k, avoid, false)
		if e < 0 || a.isPerson[e] || a.isDeal[e] {
			return -1
		}
		return e
	case itKindVenture:
		for i := len(s.chunks) - 1; i >= 0; i-- {
			if c := &s.chunks[i]; c.tok < k && c.ent >= 0 && c.pron == 0 && c.ent != avoid && a.isDeal[c.ent] {
				return c.ent
			}
		}
		for j := len(st.recent) - 1; j >= 0; j-- {
			if e := st.recent[j]; e != avoid && a.isDeal[e] {
				return e
			}
		}
	}
	return -1
}

// The kinds of label head itKindLabel29 finds.
const (
	itKindNone = iota
	itKindOrg
	itKindVenture
)

// itKindLabel29 finds an it_kinds or formed_ventures noun within
// itKindWindow tokens after k, in the same clause, followed (past closing
// quotes) by a calling verb.
func (s *sentCtx) itKindLabel29(k int) int {
	for j := k + 1; j <= k+itKindWindow && s.w(j) != ""; j++ {
		org, venture := s.class2(j)&cwItKind29 != 0, s.class(j)&cwVenture26 != 0
		if org || venture {
			n := j + 1
			for isQuote(s.w(n)) {
				n++
			}
			switch {
			case s.flag(n)&fwCall == 0:
				return itKindNone
			case org:
				return itKindOrg
			}
			return itKindVenture
		}
		if s.flag(j)&(fwCall|fwBreak|fwKi) != 0 || isClausePunct29(s.w(j)) {
			return itKindNone
		}
	}
	return itKindNone
}

// isClausePunct29 reports a comma or sentence mark, which ends the label.
func isClausePunct29(w string) bool {
	switch w {
	case ",", "।", "?", "!", ";", ":", "|":
		return true
	}
	return false
}
