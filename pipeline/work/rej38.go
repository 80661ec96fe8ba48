package work

// Session 38 (REJ): the author of a charge named inside a relative clause
// before the attack on it.
//
// "सैम ऑल्टमैन ने कहा कि Y की कंपनी Z ने X के खिलाफ जो मुकदमा दायर किया है
// झूठ का पुलिंदा है": outlets put the charge, suit or claim as the subject
// of the judgement in a relative clause with its own ने-agent, often with
// no correlative वह/वे after it (with one, the correlative is read
// already). The attack word then had no target and the stance was lost.

// relAuthor38 reads the charge's author in a relative clause before an
// attack word that has no target: "कहा कि Y ने X के खिलाफ जो मुकदमा दायर
// किया है झूठ का पुलिंदा है", "… जो आरोप Y ने लगाए हैं, सरासर झूठ हैं" —
// the subject of the judgement is the charge, suit or claim (जो + its
// noun, or the noun + जो) whose one tracked ने-agent, not a speaker, stands
// between the start of the words and the word; that agent is judged (a
// correlative वह/वे, when present, is read already). The agent's tracked
// owner right before it ("Y की कंपनी Z ने") is judged with it. nil if
// none; with the speakers to read them from.
func (a *Analyzer) relAuthor38(s *sentCtx, st *storyState, ci int, o occurrence, sp []int) ([]int, []int) {
	cl := &s.cls[ci]
	if cl.kind == ckRel && cl.parent >= 0 && cl.parent < len(s.cls) {
		// "कहा कि Y ने जो मुकदमा दायर किया है झूठ …": the relative runs on
		// to the word; the words and their speaker are the parent's.
		cl = &s.cls[cl.parent]
		if cl.kind != ckContent {
			return nil, sp
		}
		sp = a.speakers(s, s.cls[ci].parent, st, nil)
		if len(sp) == 0 {
			return nil, sp
		}
	}
	if cl.kind != ckContent || len(cl.toks) == 0 || s.class2(o.k)&cwClaimWeak27 != 0 {
		return nil, sp // a weak word only denies ("… जो आरोप लगाए हैं, निराधार हैं")
	}
	start := cl.toks[0]
	jo := -1
	for j := o.k - 1; j >= start && j > s.sn.a; j-- {
		if s.w(j) != "जो" {
			continue
		}
		for n := j - 1; n <= j+3 && n < o.k; n++ {
			if n == j {
				continue
			}
			if w := s.w(n); s.flag(n)&fwCharge != 0 || s.class2(n)&cwSaidClaim27 != 0 || suitNoun(w) || petitionNoun(w) {
				jo = j
				break
			}
		}
		break
	}
	if jo < 0 {
		return nil, sp
	}
	var out []int
	agent := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.tok < start || c.tok >= o.k || c.mk != mkAgent || c.ent < 0 || c.pron != 0 || s.w(c.at) != "ने" {
			continue
		}
		if agent >= 0 && agent != c.ent || containsInt(sp, c.ent) {
			return nil, sp
		}
		agent = c.ent
		if i > 0 {
			if g := &s.chunks[i-1]; g.mk == mkGen && g.ent >= 0 && g.pron == 0 && g.end < c.tok && c.tok-g.end <= 2 && !containsInt(sp, g.ent) && g.ent != c.ent {
				out = append(out, g.ent) // "Y की कंपनी Z ने"
			}
		}
	}
	if agent < 0 {
		return nil, sp
	}
	return append(out, agent), sp
}
