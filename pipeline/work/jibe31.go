package work

// jibeOnPlace31 reports, at the पर (token k) after a place noun Y owns,
// a headline's nominal attack right after it by a tracked doer in the
// genitive ("Y के नए एआई ऐप पर X की चुटकी", "Y के प्लेटफॉर्म पर X का
// तीखा हमला"): the app or platform is what is attacked, Y's thing,
// not where the attack was made (as "X ने Y के ऐप पर चुटकी ली" is read).
// The frame (hostile, taking its target under पर) comes right after the
// genitive, or after one word, and ends its clause.
func (a *Analyzer) jibeOnPlace31(s *sentCtx, k int) bool {
	if s.w(k) != "पर" || !s.mentionAt(k+1) {
		return false
	}
	e := -1
	for _, m := range s.f.mentions[s.sn.ma:s.sn.mb] {
		if m.tok == k+1 {
			e = m.tokEnd
			break
		}
	}
	if e < 0 || e >= s.sn.b || !isGenitive(s.w(e)) {
		return false
	}
	for j := e + 1; j <= e+2 && j < s.sn.b && s.isWord(j) && !s.mentionAt(j); j++ {
		ent, n := a.matchAt(s, j, entFrame)
		if ent == nil {
			continue
		}
		if ent.frame == nil || ent.frame.pol >= 0 || !ent.frame.targets[mkPar] {
			return false
		}
		end := j + n
		return end >= s.sn.b || !s.isWord(end)
	}
	return false
}
