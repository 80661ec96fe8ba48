package work

// Session 26 (EVAL): a headline's verbless frame noun after a comma
// ("…, Y की सराहना", "…, Y की तारीफ") is done by the one the part
// before it is about: the bare subject of that part ("X पहुंचे Z, …"),
// or the speaker of its words ("X: '…', …").

// titleCarry26 is that doer for a frame at o in title clause ci with no
// source of its own, or -1: the clause opens the title's next part (a
// main clause with no subject or agent before the frame), the part
// before ends in a comma, and one tracked name is its bare subject or
// its words' one speaker.
func (a *Analyzer) titleCarry26(s *sentCtx, ci int, o occurrence, st *storyState) int {
	cl := &s.cls[ci]
	if s.f.name != "title" || ci == 0 || cl.kind != ckMain || cl.parent >= 0 {
		return -1
	}
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.tok < o.k && (c.mk == mkBare || c.mk == mkAgent) {
			return -1
		}
	}
	prev := &s.cls[ci-1]
	if len(prev.toks) == 0 || s.w(prev.last()) != "," {
		return -1
	}
	if prev.kind == ckContent {
		if sp := a.speakers(s, ci-1, st, nil); len(sp) == 1 {
			return sp[0]
		}
		return -1
	}
	if prev.kind != ckMain {
		return -1
	}
	x := -1
	for _, i := range s.inClause(ci - 1) {
		c := s.chunks[i]
		if c.mk != mkBare || c.pron != 0 || c.ent < 0 {
			continue
		}
		// (A person who does something, not a company the part
		// describes: "Z फिर सबसे मूल्यवान कंपनी, Y की तारीफ" is
		// praise by no one named.)
		if !a.isPerson[c.ent] {
			return -1
		}
		if x >= 0 && x != c.ent {
			return -1
		}
		x = c.ent
	}
	return x
}

// labelSpeaker26 is the speaker a headline's label before a colon names
// for the words after it: the label opens the headline and has no verb, and its one tracked
// name is the genitive owner of a speech noun or of a noun with a
// stance of its own ("X की शिकायत: '…'", "X का भरोसा कायम: '…'", "X
// का बड़ा दांव: …"; one word may stand between), so its words are X's.
// Not a topic ("X का केस:", "X का एआई हब:") nor a person of X's ("X के
// पूर्व सहयोगी:"). -1 when clause p is no such label.
func (a *Analyzer) labelSpeaker26(s *sentCtx, p int) int {
	if s.f.name != "title" || p != 0 || len(s.cls) == 0 {
		return -1
	}
	cl := &s.cls[p]
	if cl.kind != ckMain || len(cl.toks) < 3 || s.w(cl.last()) != ":" {
		return -1
	}
	x := -1
	for _, i := range s.inClause(p) {
		c := s.chunks[i]
		if c.ent < 0 {
			continue
		}
		if x >= 0 || c.pron != 0 || c.mk != mkGen && c.mk != mkMod || !isGenitive(s.w(c.end)) || !a.stanceHead26(s, c.end+1) && !(s.isWord(c.end+1) && !s.mentionAt(c.end+1) && a.stanceHead26(s, c.end+2)) {
			return -1
		}
		x = c.ent
	}
	for _, k := range cl.toks {
		if s.flag(k)&fwFinite != 0 || s.w(k) == "ने" {
			return -1
		}
	}
	return x
}

// stanceHead26 reports a speech noun (or a speech_labels word,
// words.yaml: भाषण) or the start of a frame with a polarity at token k.
func (a *Analyzer) stanceHead26(s *sentCtx, k int) bool {
	if speechNoun(s.w(k)) || s.class(k)&cwSpeechLabel26 != 0 {
		return true
	}
	e, _ := a.matchAt(s, k, entFrame)
	return e != nil && e.frame.pol != 0
}
