package work

// Session 35, round 2 (polarity2): a stance word given to the wrong one of
// two parties.

// ownAgent35b reports that every mention of tgt in the sentence stands in
// a clause that is not src's: a clause with a ने-agent of its own that
// names no one tracked, where src is not named. "X ने दावा किया कि …,
// जबकि एक सर्वे में दर्शकों ने Y को विजेता माना": the viewers judge Y,
// not X. A content clause after कि or in quotes is its speaker's words
// ("X ने कहा कि जनता ने Y को नकार दिया" stays X's), so only a main
// clause or one opened by a contrast word (जबकि, वहीं, लेकिन …) is read.
func (a *Analyzer) ownAgent35b(s *sentCtx, src, tgt int) bool {
	var own [8]int
	n := 0
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != tgt {
			continue
		}
		if c.clause < 0 || c.clause >= len(s.cls) || !s.untrackedAgentIn35b(c.clause) {
			return false
		}
		if n < len(own) {
			own[n] = c.clause
			n++
		}
	}
	if n == 0 {
		return false
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != src {
			continue
		}
		for _, ci := range own[:n] {
			if c.clause == ci {
				return false
			}
		}
	}
	return true
}

// untrackedAgentIn35b reports in clause ci a word right before ने that
// is no mention, no pronoun or proxy word and in no chunk: someone
// untracked acts in that clause.
func (s *sentCtx) untrackedAgentIn35b(ci int) bool {
	cl := &s.cls[ci]
	if cl.ki || cl.quoted || len(cl.toks) == 0 || cl.kind == ckRel || cl.kind == ckContent && !contrastWord35b(s.w(cl.toks[0])) {
		return false
	}
	for _, k := range cl.toks {
		if s.w(k+1) != "ने" || !s.isWord(k) || s.mentionAt(k) || s.flag(k)&chunkFlags != 0 {
			continue
		}
		// "Y की दूरदृष्टि ने", "दोनों नेताओं ने": the agent is owned
		// by, or counts, someone named before it.
		switch s.w(k - 1) {
		case "का", "की", "के", "दोनों", "तीनों":
			continue
		}
		in := false
		for i := range s.chunks {
			if c := &s.chunks[i]; c.tok <= k && k <= c.end {
				in = true
				break
			}
		}
		if !in {
			return true
		}
	}
	return false
}

// contrastWord35b: a conjunction that opens a clause of its own with a
// subject of its own ("…, जबकि/वहीं/लेकिन Z ने …").
func contrastWord35b(w string) bool {
	switch w {
	case "जबकि", "वहीं", "लेकिन", "मगर", "परंतु", "किंतु", "बल्कि":
		return true
	}
	return false
}

// modifierSource35b is, when src is named in the sentence only as the
// modifier of a noun in a "को लेकर" phrase ("ओपनएआई सौदे को लेकर Y पर
// बरसे X": the OpenAI deal is what the attack is about), the one who
// stands after the verb at the end of that clause, the headline's
// subject (X). ok reports that src is only such a modifier and such a
// subject stands.
func (a *Analyzer) modifierSource35b(s *sentCtx, src, tgt int) (subj int, ok bool) {
	ci := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != src {
			continue
		}
		if c.mk != mkBare || c.pron != 0 || !s.isWord(c.end) || s.mentionAt(c.end) || s.flag(c.end)&fwPostposition != 0 ||
			s.w(c.end+1) != "को" || s.w(c.end+2) != "लेकर" || ci >= 0 && ci != c.clause {
			return -1, false
		}
		ci = c.clause
	}
	if ci < 0 {
		return -1, false
	}
	// The subject: the clause's last chunk, bare, a name, after tgt,
	// ending the clause (or followed by a comma or the end).
	subj, tgtAt := -1, -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.ent == tgt {
			tgtAt = c.tok
		}
	}
	if tgtAt < 0 {
		return -1, false
	}
	idx := s.inClause(ci)
	if len(idx) > 0 {
		c := &s.chunks[idx[len(idx)-1]]
		if c.mk == mkBare && c.pron == 0 && c.ent >= 0 && c.ent != src && c.ent != tgt && c.tok > tgtAt+1 {
			if e := c.end; e >= s.sn.b || s.w(e) == "," || s.w(e) == ":" || !s.isWord(e) {
				subj = c.ent
			}
		}
	}
	// "X सौदे को लेकर Y पर बरसे" with no one after the verb: X may be
	// the subject ("X, about the deal, …"); left as it is.
	return subj, subj >= 0
}

// moneyDeedKind35b reports a frame kind that is a deed with money or a
// deal, not words: after "X का बड़ा चंदा," a headline's next clause is
// no one's speech ("…, Y भड़के" is Y's own reaction), unlike after
// "X का तीखा हमला," (genDoerBefore).
func moneyDeedKind35b(kind string) bool {
	switch kind {
	case "donation", "alliance":
		return true
	}
	return false
}

// retortHead35b is whom a person's retort answers when the attacker of
// his organisation is another organisation: the one person named in the
// story who heads or owns it ("X की कंपनी Z ने Y की कंपनी पर मुकदमा
// ठोका, Y का पलटवार": Y answers X, person to person, as personPair
// reads दोनों), else the organisation x itself.
func (a *Analyzer) retortHead35b(st *storyState, src, x int) int {
	if !a.isPerson[src] || a.isPerson[x] || a.isDeal[x] {
		return x
	}
	h := -1
	for e := range a.isPerson {
		if a.isPerson[e] && e != src && st.named.has(e) && a.tiedTo(st, e, x) {
			if h >= 0 {
				return x
			}
			h = e
		}
	}
	if h < 0 {
		return x
	}
	return h
}

// epithAlias35b reports that src stands in the clause that gives the
// stance towards tgt only by an epithet, while the same sentence names
// src by name as the ने-agent of another clause: "Y पर भड़के ब्रिटिश
// सांसद, X ने किया बचाव" — a writer who names X in the next clause means
// others by the epithet (the MPs), not X.
func (a *Analyzer) epithAlias35b(s *sentCtx, src, tgt int, pol int8) bool {
	ce, cn := -1, -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != src {
			continue
		}
		switch {
		case c.epith && c.pron == 0:
			if ce >= 0 && ce != c.clause {
				return false
			}
			ce = c.clause
		case c.pron == 0 && c.mk == mkAgent && c.at == c.end && s.w(c.at) == "ने":
			cn = c.clause
		default:
			return false
		}
	}
	// Two main clauses side by side; an epithet in the words of X's
	// spokesman ("X के प्रवक्ता ने बताया कि नवनिर्वाचित राष्ट्रपति ने …")
	// is X.
	if ce < 0 || cn < 0 || ce == cn || s.cls[ce].kind != ckMain || s.cls[cn].kind != ckMain {
		return false
	}
	// The stance must be the epithet clause's: a word of its polarity
	// there and none in X's clause ("Y पर बरसे ब्रिटिश सांसद, X ने दिया
	// साथ" keeps X's backing of Y).
	if !a.polIn35b(s, ce, pol) || a.polIn35b(s, cn, pol) {
		return false
	}
	n := 0
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != tgt {
			continue
		}
		if c.clause != ce {
			return false
		}
		n++
	}
	return n > 0
}

// polIn35b reports a frame or evaluative of polarity pol starting at a
// token of clause ci.
func (a *Analyzer) polIn35b(s *sentCtx, ci int, pol int8) bool {
	for _, k := range s.cls[ci].toks {
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame != nil && e.frame.pol == pol {
			return true
		}
		if e, _ := a.matchAt(s, k, entEval); e != nil && e.eval != nil && e.eval.pol == pol {
			return true
		}
	}
	return false
}

// newsAbout35b reports that every mention of tgt in the sentence stands
// inside the topic of a news noun that the act is aimed at: "Y से
// बातचीत की खबर पर भड़के", "Y के साथ सौदे की रिपोर्टों को लेकर नाराज" —
// the anger is at the report, Y is only what it tells of.
func (s *sentCtx) newsAbout35b(tgt int, pol int8) bool {
	if pol >= 0 {
		return false
	}
	n := 0
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.ent != tgt {
			continue
		}
		if c.pron != 0 || !s.newsAfter35b(c.at+1) {
			return false
		}
		n++
	}
	return n > 0
}

// newsAfter35b reports, within four words from k, "की/के <news noun>"
// followed by पर or "को लेकर", with no name between.
func (s *sentCtx) newsAfter35b(k int) bool {
	for j := k; j < s.sn.b && j <= k+4; j++ {
		if s.mentionAt(j) || !s.isWord(j) {
			return false
		}
		switch s.w(j) {
		case "खबर", "खबरों", "खबरें", "रिपोर्ट", "रिपोर्टों", "अटकलों", "अफवाहों", "अफवाह":
			if g := s.w(j - 1); g != "की" && g != "के" {
				return false
			}
			nx := s.w(j + 1)
			return nx == "पर" || nx == "को" && s.w(j+2) == "लेकर"
		}
	}
	return false
}
