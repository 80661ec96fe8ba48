package work

import "strings"

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

// readAllFor38 reads a motive given to all someone does: "X ने कहा कि Y
// यह सब सिर्फ ओपनएआई की रफ्तार धीमी करने के लिए कर रहे हैं" — in X's
// words, Y the subject, "यह/ये सब" (all this), an "only" (सिर्फ, केवल,
// महज, बस) and an infinitive purpose "…ने के लिए" before a form of करना.
// Imputing a narrow motive to all of Y's acts gives them bad faith
// (SCHEMA ruling rule 1a: a suit's motive; "Rejecting a charge while
// attacking its author"): X → Y hostile. The screen is सब (swAll38).
func (a *Analyzer) readAllFor38(s *sentCtx, ci int, st *storyState) {
	if s.screen&swAll38 == 0 {
		return
	}
	cl := &s.cls[ci]
	if cl.kind != ckContent || len(cl.toks) < 6 {
		return
	}
	sab := -1
	for _, k := range cl.toks {
		if s.w(k) == "सब" && (s.w(k-1) == "यह" || s.w(k-1) == "ये") {
			sab = k
			break
		}
	}
	if sab < 0 {
		return
	}
	only, lie := false, -1
	for k := sab + 1; k < s.sn.b && k <= sab+12; k++ {
		switch w := s.w(k); {
		case w == "सिर्फ" || w == "केवल" || w == "महज" || w == "बस":
			only = true
		case w == "लिए" && s.w(k-1) == "के" && strings.HasSuffix(s.w(k-2), "ने"):
			lie = k
		}
		if lie >= 0 {
			break
		}
	}
	if !only || lie < 0 {
		return
	}
	switch w := s.w(lie + 1); {
	case w == "कर" || w == "करते" || w == "करती" || w == "करता" || w == "किया" || w == "किए" || w == "की":
	default:
		return
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) == 0 {
		return
	}
	y := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= sab || c.ent < 0 || c.mk != mkBare && c.mk != mkAgent {
			continue
		}
		y = c.ent
	}
	if y < 0 || containsInt(sp, y) {
		return
	}
	a.emit(s, st, sp, []int{y}, -1, "criticism", a.clauseMood(s, cl, lie+1), 1.5)
}
