package work

// Session 14 (untouched): families read off the misses of the two blind
// dev files of session 13 (dev-outlets-t, dev-contrast-d).

// placeNounJudged14 reports a place noun at j (मंच, प्लेटफॉर्म, खाते …)
// after a genitive that is not where an act happens but the thing the act
// judges or acts on: "Y के एआई प्लेटफॉर्म की तारीफ की", "Y के खाते
// निलंबित कर दिए". It holds when no locative postposition (पर, में, से,
// तक) follows the noun and an act frame follows within three words,
// after at most a genitive or को.
func placeNounJudged14(a *Analyzer, s *sentCtx, j int) bool {
	k := j + 1
	switch s.w(k) {
	case "का", "की", "के", "को":
		k++
	}
	for e := k; e <= k+2 && e < s.sn.b && s.isWord(e); e++ {
		if s.mentionAt(e) {
			return false
		}
		if ent, m := a.matchAt(s, e, entFrame); ent != nil {
			// "Y के अकाउंट निलंबित किए जाने को लेकर मुकदमा": a
			// passive verbal noun names the event, it asserts no act.
			for t := e + m; t <= e+m+1; t++ {
				if s.w(t) == "जाने" || s.w(t) == "जाना" {
					return false
				}
			}
			return a.isAct(s, e, m)
		}
		if s.flag(e)&fwPostposition != 0 {
			return false
		}
	}
	return false
}
