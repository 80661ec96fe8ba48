package work

// negEarlierConjunct13 reports a predicate at k in a clause whose every
// negator closes an earlier conjunct: "X ने कहा कि Y के पास पैसे हैं ही
// नहीं और पूरी घोषणा हवा-हवाई है", "यह पेशकश कभी गंभीर थी ही नहीं और
// इसका मकसद अड़चन डालना है" — the negator, after at most three copulas
// or particles, meets और/तथा before k; the predicate after the
// coordinator is asserted. A negator right before the predicate ("… और
// न ही Y की आलोचना की") or after it keeps the negation.
func (a *Analyzer) negEarlierConjunct13(s *sentCtx, cl *clause, k int) bool {
	seen := false
	for _, j := range cl.toks {
		if s.flag(j)&fwNeg == 0 || a.negationExcepted(s, j) {
			continue
		}
		if j >= k {
			return false
		}
		e := j + 1
		for e < k && e <= j+3 && closingWord13(s.w(e)) {
			e++
		}
		if e >= k || s.w(e) != "और" && s.w(e) != "तथा" {
			return false
		}
		seen = true
	}
	return seen
}

// closingWord13: a copula or a particle that may follow a negator before
// its conjunct ends ("नहीं है", "थी ही नहीं", "नहीं था").
func closingWord13(w string) bool {
	switch w {
	case "है", "हैं", "था", "थी", "थे", "थीं", "ही", "भी", "तो":
		return true
	}
	return false
}
