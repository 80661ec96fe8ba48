package work

// Session 26 (REVIEW): pieces the session's branches wrote more than
// once, kept in one place, and a determiner यह that is no subject.

// speakersOwn26 is the speakers of clause ci's words and whether every
// source found is one of them: a rule that reads someone's words only
// for the speaker's own stance asks this (ownerDoers26, conjunctDoers26,
// artefactSubject26, againstAct26).
func (a *Analyzer) speakersOwn26(s *sentCtx, ci int, st *storyState, srcs []int) ([]int, bool) {
	sp := a.speakers(s, ci, st, nil)
	for _, e := range srcs {
		if !containsInt(sp, e) {
			return sp, false
		}
	}
	return sp, true
}

// conjunctBefore26 reports that clause ci's words go on from a conjunct
// of the same words before it: clause ci-1 is a content clause under the
// same parent that ends in और (or, with comma, a comma). Read by
// conjunctDoers26 and conjunctDoer26.
func (s *sentCtx) conjunctBefore26(ci int, comma bool) bool {
	if ci < 1 || ci >= len(s.cls) {
		return false
	}
	p, cl := &s.cls[ci-1], &s.cls[ci]
	if p.kind != ckContent || p.parent != cl.parent || len(p.toks) == 0 {
		return false
	}
	last := p.toks[len(p.toks)-1]
	return s.flag(last)&fwAnd != 0 || comma && s.w(last) == ","
}

// lastOwner26 is the tracked name of clause ci's last chunk before the
// frame at o (sources left out) when owns says it owns the frame's
// object, else -1: a later name before the frame undoes an earlier one
// (artefactOwner26, accountOwner26).
func (s *sentCtx) lastOwner26(ci int, o occurrence, srcs []int, owns func(c *chunk) bool) int {
	owner := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= o.k {
			break
		}
		if c.ent < 0 || containsInt(srcs, c.ent) {
			continue
		}
		owner = -1
		if c.pron == 0 && owns(c) {
			owner = c.ent
		}
	}
	return owner
}

// determiner26 reports a demonstrative at token k (यह, ये) that
// determines the plain noun right after it, the subject judged by the
// evaluation at o: "… और यह बाजार बेहद कमजोर है" judges the market, not
// the doer of the conjunct before. The noun is one word that is no gap
// word (gap_words: "यह बेहद शानदार है") and no comparative (better_than:
// "यह बड़ी मिसाल है"), and only gap words stand between it and the
// evaluation; a postposition after it ("यह देश के लिए मिसाल है") leaves
// यह the subject.
func (a *Analyzer) determiner26(s *sentCtx, k int, o occurrence) bool {
	n := k + 1
	if n >= o.k || !s.isWord(n) || s.mentionAt(n) || s.inMention(n) || a.lex.isGap(s.w(n)) || s.class(n)&cwBetter26 != 0 {
		return false
	}
	if s.flag(n)&(fwPostposition|fwFinite|fwCopula|fwNeg|fwKi|fwBreak|fwAnd|fwSpeech|fwRel|fwGenPron) != 0 {
		return false
	}
	for j := n + 1; j < o.k; j++ {
		if !s.isWord(j) || !a.lex.isGap(s.w(j)) {
			return false
		}
	}
	return true
}
