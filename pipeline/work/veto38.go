package work

// Session 38, VETO: where a clause of someone's words ends when it holds
// the reported words of a second speaker. condBack38 returns the outer
// speaker's words after the inner report when ", तो" closes a जब/अगर
// clause, so that a judgement made there ("…, तो Y चुप क्यों हैं") is read
// as the outer speaker's, not as the inner speaker's or as nothing.

// condBack38 is the clause a ", तो" returns to when it closes a जब or
// अगर/यदि clause whose report runs on in a कि clause: "R ने पूछा कि जब T
// कह रहे हैं कि P, तो Y चुप क्यों हैं" — तो answers जब, so Q is R's
// words, in the clause जब stood in. cur is the content clause the comma
// ends (its parent the जब relative, or content opening with अगर/यदि/जब).
// It returns -1 when the comma stays where it is.
func condBack38(cls []clause, cur int, words []string, fl []uint64, sn *sentence, k int) int {
	if k+1 >= sn.b || words[k+1] != "तो" {
		return -1
	}
	c := &cls[cur]
	if c.kind != ckContent || !c.ki || c.quoted || c.parent < 0 {
		return -1
	}
	p := &cls[c.parent]
	if p.quoted || p.parent < 0 {
		return -1
	}
	if p.kind == ckRel && p.relTok >= 0 && words[p.relTok] == "जब" {
		return p.parent
	}
	if p.kind != ckContent {
		return -1
	}
	for _, j := range p.toks {
		if words[j] == "कि" {
			continue
		}
		if words[j] == "जब" || fl[j-sn.a]&fwCond != 0 {
			return c.parent
		}
		break
	}
	return -1
}

// lightVerbHead38 reads the headline order "X ने Y का किया बचाव", "X ने Y
// का किया खुलकर स्वागत": the light verb stands between the genitive at n
// and its act noun, which ends the clause (a headline's last word, or a
// comma, colon or dash after it). It returns the act noun's token (the
// genitive's head), 0 when the shape is not there. The feminine "Y की
// की तारीफ" is read already; "Y का किया वादा/निवेश …" with a verb after
// the noun (Y's own deed) is not this shape, and a ने must stand before
// the genitive.
func (a *Analyzer) lightVerbHead38(s *sentCtx, n int) int {
	switch s.w(n + 1) {
	case "किया", "किए", "किये":
	default:
		return 0
	}
	if !isGenitive(s.w(n)) || s.w(n) == "की" {
		return 0
	}
	// An entry that starts at the light verb ("किया बहिष्कार") reads
	// the genitive itself.
	if e, _ := a.matchAt(s, n+1, entFrame); e != nil {
		return 0
	}
	ne := false
	for k := n - 1; k >= s.sn.a && k >= n-8; k-- {
		if s.w(k) == "ने" {
			ne = true
			break
		}
		if !s.isWord(k) && s.w(k) != "," { // (a headline's gapped second verb: "X ने खरीदी टेस्ला, Y का किया बचाव")
			break
		}
	}
	if !ne {
		return 0
	}
	j := n + 2
	switch s.w(j) {
	case "जमकर", "खुलकर", "जोरदार", "पुरजोर":
		j++
	}
	e, m := a.matchAt(s, j, entFrame)
	if e == nil || !a.isAct(s, j, m) {
		return 0
	}
	end := j + m
	if end < s.sn.b && s.isWord(end) && s.w(end) != "।" {
		return 0
	}
	if end < s.sn.b {
		switch s.w(end) {
		case ",", ":", "-", "—", "।", "|":
		default:
			return 0
		}
	}
	return j
}
