package work

import "strings"

// Session 20 (REF2 helper): reference on long stories.

// relRecordOwner20 reports, for the subject or agent pronoun at chunk i
// opening a relative clause on a record of someone's words ("…Y का पहले
// रिकॉर्ड किया गया बयान चलाया गया, जिसमें उन्होंने कहा कि …", "Y का एक
// वीडियो दिखाया गया, जिसमें वे …"), the record's owner Y: the one who
// speaks in a statement, video or letter is its author, not the story's
// last agent. The owner is the nearest tracked person in the genitive
// before the record noun, with no ने-agent between it and the relative
// word ("Y के बयान पर X ने जवाब दिया, जिसमें उन्होंने …" stays X's).
// -1: not this construction.
func (a *Analyzer) relRecordOwner20(s *sentCtx, i int) int {
	c := s.chunks[i]
	cl := s.cls[c.clause]
	if cl.kind != ckRel || cl.relTok < 0 {
		return -1
	}
	switch s.w(cl.relTok) {
	case "जिसमें", "जिनमें":
	default:
		return -1
	}
	if c.tok != cl.relTok+1 && c.tok != cl.relTok+2 {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		o := s.chunks[j]
		if o.end > cl.relTok {
			continue
		}
		if o.mk == mkAgent {
			return -1
		}
		if o.pron != 0 || o.ent < 0 || !isGenitive(s.w(o.end)) {
			continue
		}
		if !a.isPerson[o.ent] {
			return -1
		}
		for k := o.end + 1; k <= o.end+6 && k < cl.relTok; k++ {
			if s.recordNoun20(k) || s.flag(k)&fwPostWord != 0 {
				return o.ent
			}
		}
		return -1
	}
	return -1
}

// recordNoun20 reports token k a noun for a record of someone's own
// words (words.yaml record_nouns), or a document other than a lawsuit.
func (s *sentCtx) recordNoun20(k int) bool {
	if w := s.w(k); documentNoun(w) {
		return w != "मुकदमे" && w != "मुकदमा"
	}
	return s.class(k)&cwRecordNoun != 0
}

// conjunctDoer20 is the bare subject that heads a later conjunct of
// the clause (chunks idx) before the frame at at ("कि Y ने उन्हें … सिखाया और वे उनका
// बहुत सम्मान करते हैं", "X ने रैली की और Y उनकी तारीफ करते रहे"): past
// a coordinator that follows a finite verb, a subject of its own starts
// a new predication, so the earlier conjunct's ने-agent does not do the
// frame; -1 when there is no such subject (or no earlier agent), or
// when nothing between it and the frame is acted on.
func (a *Analyzer) conjunctDoer20(s *sentCtx, at int, idx []int) int {
	agent, object := false, false
	e := -1
	for _, i := range idx {
		c := &s.chunks[i]
		if c.tok >= at {
			break
		}
		switch {
		case c.mk == mkAgent:
			if e >= 0 {
				return -1 // an agent of its own after the subject
			}
			agent = true
		case e >= 0 && c.mk != mkBare && (c.ent >= 0 || c.pron != 0):
			object = true
		case agent && e < 0 && c.mk == mkBare && c.ent >= 0 && !c.possessed && !c.recip && c.tok-2 >= s.sn.a && coordinator20(s.w(c.tok-1)) && s.perfectiveEnd20(c.tok-2):
			e = c.ent
		}
	}
	// The subject must act on someone named after it ("वे उनका सम्मान
	// करते हैं"): "… और Y चुप हैं" says something of Y.
	if !object {
		return -1
	}
	return e
}

// coordinator20 reports a word that joins two predications.
func coordinator20(w string) bool {
	// The clause-linking coordinators of isConjunct19 but जबकि, which
	// contrasts two clauses rather than continuing the subject's turn.
	return w != "जबकि" && isConjunct19(w)
}

// perfectiveEnd20 reports the word at k closing a finite verb group: an
// auxiliary or a perfective ("सिखाया", "बनाये"), also inside a quote
// that closes there.
func (s *sentCtx) perfectiveEnd20(k int) bool {
	if k > s.sn.a && s.isQuoteTok(k) {
		k-- // "… 'सपने देखना सिखाया' और वे …"
	}
	w := s.w(k)
	return verbEnd19(w) || s.flag(k)&fwFinite != 0 || len(w) > len("या") && (strings.HasSuffix(w, "या") || strings.HasSuffix(w, "ये"))
}

// untrackedOfficeBefore20 reports someone untracked named by an office
// alone ("ब्रिटेन के प्रधानमंत्री हाल ही में आए थे, 'वे …'") in the
// sentence's reported words before token k, as the subject: a title word
// after a genitive ("Z के प्रधानमंत्री/सीईओ") that no chunk covers,
// followed by no name and by no postposition other than ने. A quoted वे after it is that person, not the story's last
// tracked one.
func (s *sentCtx) untrackedOfficeBefore20(k int) bool {
	for t := s.sn.a; t < k; t++ {
		if s.flag(t)&fwTitle == 0 || t == s.sn.a || !isGenitive(s.w(t-1)) || s.mentionAt(t+1) || s.inMention(t) || s.mentionAt(t) {
			continue
		}
		if cl := s.cls[s.cid[t-s.sn.a]]; cl.kind != ckContent || cl.quoted {
			continue
		}
		if n := s.w(t + 1); s.flag(t+1)&fwPostposition != 0 && n != "ने" || !s.isWord(t+1) {
			continue
		}
		covered := false
		for _, c := range s.chunks {
			if c.tok <= t && t < c.end {
				covered = true
				break
			}
		}
		if !covered {
			// "… Z के प्रधानमंत्री के बाद Y आए थे, 'वे …'": a tracked
			// name after it is nearer.
			for _, c := range s.chunks {
				if c.tok > t && c.tok < k && c.pron == 0 && c.ent >= 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}
