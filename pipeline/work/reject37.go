package work

// Session 37 (REJECT helper): the attack inside a rebuttal, as outlets
// write it. A bid by a group its leader is said to lead, with the sum
// between ("Y के नेतृत्व वाले निवेशक समूह की 97.4 अरब डॉलर की पेशकश को
// … चाल बताते हुए खारिज"); a bare label that is all of someone's words
// in a headline ("Y का आरोप: '…', X ने कहा- झूठा प्रचार").

// labelOwner37 reads a bare label of attack that is all of someone's
// words ("Y का आरोप: '…', X ने कहा- झूठा प्रचार", "Y के दावे पर X बोले-
// 'सरासर झूठ'"): with no subject of its own, the label names what the
// sentence named before the words — the charge or report — and attacks
// its owner (SCHEMA "Rejecting a charge while attacking its author", as
// claimOwnerBefore26 reads "… : 'यह सब मनगढ़ंत है'"). The words hold the
// word at o and nothing after it but a copula or punctuation; -1 if not.
func (s *sentCtx) labelOwner37(ci int, o occurrence, sp int) int {
	cl := &s.cls[ci]
	if cl.kind != ckContent || s.firstSaid27(ci) != o.k {
		return -1
	}
	for _, k := range cl.toks {
		if k >= o.k+o.n && s.isWord(k) && s.flag(k)&fwCopula == 0 {
			return -1
		}
	}
	y := sole38(-1)
	for _, c := range s.chunks {
		if c.tok >= o.k {
			break
		}
		if c.ent < 0 || c.pron != 0 || c.ent == sp || !isGenitive(s.w(c.end)) || s.flag(c.end+1)&fwCharge == 0 && s.class(c.end+1)&cwReportNoun26 == 0 {
			continue
		}
		if !y.see(c.ent) {
			return -1
		}
	}
	return int(y)
}

// sumWord37 reports a number or money word at k ("97.4", "अरब", "डॉलर"):
// a sum inside a noun group ("Y की 97.4 अरब डॉलर की पेशकश"), with its
// genitive, takes no step of ownerBack34's walk to the owner.
func (s *sentCtx) sumWord37(k int) bool {
	w := s.w(k)
	return moneyWord(w) || w != "" && w[0] >= '0' && w[0] <= '9'
}

// ledGroup37 is, for the organisation noun chunk i ("समूह", "कंसोर्टियम"),
// the tracked leader it is said to be led by right before it ("Y के
// नेतृत्व वाले निवेशक समूह", "Y की अगुवाई वाले निवेशकों के एक समूह"): the
// group is its leader's (as offerMaker34 reads the group's offer), not
// the last organisation the story named; -1 if not so.
func (s *sentCtx) ledGroup37(i int) int {
	c := &s.chunks[i]
	j := c.tok - 1
	for n := 0; n < 3 && j > s.sn.a; n++ {
		if w := s.w(j); w == "वाले" || w == "वाली" || w == "वाला" {
			break
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) {
			return -1
		}
		j--
	}
	switch s.w(j) {
	case "वाले", "वाली", "वाला":
	default:
		return -1
	}
	switch s.w(j - 1) {
	case "नेतृत्व", "अगुवाई":
	default:
		return -1
	}
	if !isGenitive(s.w(j - 2)) {
		return -1
	}
	for k := range s.chunks {
		if o := &s.chunks[k]; o.end == j-2 && o.ent >= 0 && o.pron == 0 {
			return o.ent
		}
	}
	return -1
}

// relDoer37 is, for an attack word at o that ends its content clause ci
// with no target ("कहा कि यह शोर एक सोची-समझी साजिश है, जिसे Y … चला
// रहे हैं", "… एक साजिश है जो Y ने रची है"), the tracked subject or
// agent of the relative clause right after it, whose head the word is:
// the plot is Y's doing, so the word attacks Y. Only a copula or a comma
// may stand between; the one judged must not be a speaker; -1 if none.
func (s *sentCtx) relDoer37(ci int, o occurrence, sp []int) int {
	if o.e == nil || o.e.eval == nil || o.e.eval.pol >= 0 || s.cls[ci].kind != ckContent {
		return -1
	}
	j := o.k + o.n
	for j < s.sn.b && (s.flag(j)&fwCopula != 0 || s.w(j) == ",") {
		j++
	}
	switch s.w(j) {
	case "जिसे", "जिसको", "जो", "जिन्हें":
	default:
		return -1
	}
	i := j - s.sn.a
	if i < 0 || i >= len(s.cid) {
		return -1
	}
	rc := int(s.cid[i])
	if rc < 0 || rc >= len(s.cls) || s.cls[rc].kind != ckRel || s.cls[rc].parent != ci {
		return -1
	}
	for _, c := range s.chunks {
		if c.clause == rc && c.ent >= 0 && c.pron == 0 && (c.mk == mkAgent || c.mk == mkBare) && !containsInt(sp, c.ent) {
			return c.ent
		}
	}
	return -1
}

// actAhead37 reports an act noun a few words on from n, before k, across
// modifiers and genitives of the same noun group ("Y की जेपीसी जांच की
// मांग ठुकराते हुए इसे … बताया": the demand is Y's; itsActOwner looked
// only at the word right after the genitive).
func (a *Analyzer) actAhead37(s *sentCtx, n, k int) bool {
	for j := n + 1; j < k && j <= n+4; j++ {
		w := s.w(j)
		if isGenitive(w) {
			continue
		}
		if !s.isWord(j) || s.mentionAt(j) || s.flag(j)&fwPostposition != 0 {
			return false
		}
		if id := s.wordID(j); id >= 0 && a.actKeyOf[id] != "" || s.flag(j)&(fwDecision|fwCharge) != 0 {
			return true
		}
	}
	return false
}
