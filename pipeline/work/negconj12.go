package work

// negOtherConjunct12 reports a frame at k in a clause whose every
// negator stands in a later conjunct with a subject of its own: "X ने
// साफ तौर पर बहस जीती और Y के पास कोई ठोस जवाब नहीं था". The clause
// was not split at the coordinator (its verb before और is not one the
// clause layer reads as finite), but the negation is the second
// predicate's: the frame before और is asserted. The conjunct opens with
// a name or a pronoun as subject (unmarked, with ने, or "के पास"); "X की
// तारीफ और Y की आलोचना नहीं की" (genitives: one verb for both) keeps
// the negation.
func (a *Analyzer) negOtherConjunct12(s *sentCtx, cl *clause, k int) bool {
	conj := -1
	for _, j := range cl.toks {
		if j <= k {
			continue
		}
		w := s.w(j)
		if conj < 0 && (w == "और" || w == "तथा") && s.subjectOpens12(j+1) {
			if pw := s.w(j - 1); isGenitive(pw) || s.flag(j-1)&fwPostposition != 0 {
				return false
			}
			conj = j
			continue
		}
		if s.flag(j)&fwNeg != 0 && conj < 0 && !a.negationExcepted(s, j) {
			return false // a negator before the coordinator
		}
	}
	if conj < 0 {
		return false
	}
	for _, j := range cl.toks {
		if j < k && s.flag(j)&fwNeg != 0 && !a.negationExcepted(s, j) {
			return false // a negator before the frame
		}
	}
	return true
}

// subjectOpens12: a chunk starts at j as a subject: unmarked, with ने,
// or a possessor under "के पास".
func (s *sentCtx) subjectOpens12(j int) bool {
	c := s.chunkAt(j)
	if c == nil {
		return false
	}
	switch {
	case c.mk == mkAgent:
		return true
	case c.mk == mkBare && !c.possessed:
		return s.flag(c.end)&fwPostposition == 0 && !isGenitive(s.w(c.end))
	}
	return s.w(c.end) == "के" && s.w(c.end+1) == "पास"
}
