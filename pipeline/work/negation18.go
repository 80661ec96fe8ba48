package work

// refusalDenied18 reports a frame whose own words hold a denial word
// (इनकार, खंडन …) followed, in the same clause, by a negator that
// negates something: "Y से मिलने से इनकार नहीं किया" denies the refusal
// (session 18).
func (a *Analyzer) refusalDenied18(s *sentCtx, cl *clause, o occurrence) bool {
	for k := o.k + o.n - 1; k >= o.k; k-- {
		if s.flag(k)&fwDenial != 0 {
			return a.negatorAfter18(s, cl, k)
		}
	}
	return false
}

// negatorAfter18 reports a negator after token k in clause cl that
// negates something (not "न केवल … बल्कि": negationExcepted).
func (a *Analyzer) negatorAfter18(s *sentCtx, cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j > k && s.flag(j)&fwNeg != 0 && !a.negationExcepted(s, j) {
			return true
		}
	}
	return false
}
