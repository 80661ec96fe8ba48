package work

// Session 36 round 2 (SILENT2): a judgement of a deed in a sentential
// relative clause.

// clauseDeed36b reads an evaluation at o in a relative clause "…, जो
// <word> है" that follows, after a comma, a finished clause of someone's
// words whose subject is tracked: "X ने कहा कि Y विदेश में करोड़ों
// उड़ा रहे हैं, जो शर्मनाक दिखावा है". The जो stands for the whole
// deed before it (no noun is its head: the clause before it ends in a
// finite verb), so the words' speaker judges the deed's doer, the bare
// subject of that clause. The relative clause names no one tracked of
// its own (a genitive pronoun aside) and its word is its predicate (a
// copula after it). The clause before has no ने-agent (with one, "X ने
// एक कंपनी खरीदी, जो घाटे में थी", जो may be the object). Reports
// whether it emitted.
func (a *Analyzer) clauseDeed36b(s *sentCtx, ci int, o occurrence, st *storyState) bool {
	cl := &s.cls[ci]
	if cl.kind != ckRel || len(cl.toks) < 3 || cl.parent < 0 || s.w(cl.toks[0]) != "जो" {
		return false
	}
	jo := cl.toks[0]
	if jo < s.sn.a+3 || s.w(jo-1) != "," || !finiteEnd36b(s.w(jo-2)) {
		return false
	}
	// The word is (in) the relative clause's predicate: a copula after
	// it, at most two words on ("जो अश्लील दिखावा है").
	cop := false
	for j := o.k + o.n; j <= o.k+o.n+2 && j < s.sn.b && !cop; j++ {
		switch s.w(j) {
		case "है", "हैं", "था", "थी", "थे", "थीं":
			cop = true
		case ",", "और", "कि":
			return false
		}
	}
	if !cop {
		return false
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.ent >= 0 && !(c.pron != 0 && c.possessed) || c.tok < o.k && c.pron != 0 && !c.possessed {
			return false
		}
	}
	p := cl.parent
	if s.cls[p].kind != ckContent || jo-2 < s.cls[p].toks[0] {
		return false
	}
	var doers []int
	for _, i := range s.inClause(p) {
		c := s.chunks[i]
		if c.mk == mkAgent {
			return false
		}
		if c.mk == mkBare && c.ent >= 0 && !c.possessed {
			doers = appendNew(doers, c.ent)
		}
	}
	if len(doers) == 0 {
		return false
	}
	var sp []int
	for _, e := range a.speakers(s, p, st, nil) {
		if !containsInt(doers, e) {
			sp = append(sp, e)
		}
	}
	if len(sp) == 0 {
		return false
	}
	pol, mood := a.evalMood(s, o, o.e.eval.pol, a.clauseMood(s, cl, o.k))
	a.emit(s, st, sp, doers, pol, evalKind(pol), mood, 1.5)
	return true
}

// finiteEnd36b: a word that ends a finished clause (a finite verb or its
// auxiliary).
func finiteEnd36b(w string) bool {
	switch w {
	case "है", "हैं", "था", "थी", "थे", "थीं", "गया", "गई", "गए", "दिया", "दी", "दिए", "किया", "लिया", "ली", "लिए":
		return true
	}
	return false
}

// relUnderWords36b: clause cj is a relative clause ("जिसमें", "जहां",
// "जो") hanging on the कि-words cj-1 of a jibe, charge or criticism in
// clause ci, and those words name no one tracked or pronoun ("तंज कसा
// कि यह 'मित्रकाल' है, जिसमें Y के मित्रों के लिए …"): the relative
// says what the words are about, so it is read as the words.
func (s *sentCtx) relUnderWords36b(ci, cj int, kind string) bool {
	switch kind {
	case "mockery", "accusation", "criticism":
	default:
		return false
	}
	c := &s.cls[cj]
	if c.kind != ckRel || c.parent != cj-1 || c.parent <= ci {
		return false
	}
	p := &s.cls[c.parent]
	if p.parent != ci || !p.ki {
		return false
	}
	for _, i := range s.inClause(cj - 1) {
		if s.chunks[i].ent >= 0 {
			return false
		}
	}
	return true
}
