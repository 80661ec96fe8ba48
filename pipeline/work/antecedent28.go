package work

// copulaAntecedent28 reports a relative जो at r right after a copula whose
// subject is a tracked name ("यह वही X हैं जो … की धमकी दे चुके हैं",
// "X ही थे जो …"): the name is the relative's antecedent and its doer,
// as with "X, जो …", so the relative has no unnamed subject of its own.
func (s *sentCtx) copulaAntecedent28(r int) bool {
	b := r - 1
	if b <= s.sn.a || s.flag(b)&fwCopula == 0 {
		return false
	}
	return s.inMention(b-1) || b-2 >= s.sn.a && s.inMention(b-2) && s.w(b-1) == "ही"
}
