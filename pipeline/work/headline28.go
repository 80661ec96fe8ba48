package work

// Session 28 (RECALL): a headline whose doer comes after its act.
//
// "Y को बताया 'लोकतंत्र के लिए खतरा', X की तीखी टिप्पणी", "Z को बताया
// 'हवा-हवाई', X ने फिर उठाए सवाल", "Y को बताया झूठा, X बोले- …": a
// title's first clause calls someone something (बताया, करार दिया) with no
// doer of its own, and the
// clause after its comma names the doer — as a ने-agent, as the speaker
// of बोले/बोलीं, or as the genitive doer of a noun of comment or attack
// (a gen_source frame or टिप्पणी). The act is that doer's.

// titleLaterDoer28 appends the doer the next clause of a title names for
// clause ci's act at token at, when ci has no name of its own before at
// and ends in a comma.
func (a *Analyzer) titleLaterDoer28(s *sentCtx, ci, at int, out []int) []int {
	if s.f.name != "title" || ci+1 >= len(s.cls) {
		return out
	}
	cl := &s.cls[ci]
	// (The title's first words: after "X नरम? Y को बताया …" the doer
	// is the one before.)
	if len(cl.toks) == 0 || s.w(cl.last()) != "," || cl.kind != ckMain || s.sn.a != 0 || cl.first() != s.sn.a {
		return out
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.tok < at && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
			return out // (a subject of its own)
		}
	}
	calling := false
	for _, k := range cl.toks {
		if calledWord(s.w(k)) {
			calling = true
		}
	}
	if !calling {
		return out // (only a calling: "Y को बताया …")
	}
	nx := ci + 1
	for nx < len(s.cls) && len(s.cls[nx].toks) == 0 {
		nx++
	}
	if nx >= len(s.cls) {
		return out
	}
	for _, i := range s.inClause(nx) {
		c := s.chunks[i]
		if c.ent < 0 || c.pron != 0 || a.isDeal[c.ent] {
			continue
		}
		switch {
		case c.mk == mkAgent:
			return appendNew(out, c.ent)
		case c.mk == mkBare && !c.possessed && saidWord28(s.w(c.end)):
			return appendNew(out, c.ent)
		case c.mk == mkGen && c.head >= 0:
			if e, _ := a.matchAt(s, c.head, entFrame); e != nil && (e.frame.GenSource || e.frame.pol < 0) {
				return appendNew(out, c.ent)
			}
		}
		return out // (the next clause's first name is no doer)
	}
	return out
}

// saidWord28 reports बोले/बोलीं/बोला/बोली, the speech verbs a
// headline's speaker or an untracked subject closes on (untrackedSpeaker19,
// untrackedSpeaks19, titleLaterDoer28).
func saidWord28(w string) bool {
	switch w {
	case "बोले", "बोलीं", "बोला", "बोली":
		return true
	}
	return false
}
