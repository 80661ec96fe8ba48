package work

import "unicode"

// Session 25 (dropped): a charge's words after a headline colon or dash
// name the one charged even when he is their ने-agent ("X का आरोप- Y
// ने नियम बदलवाए", "X का आरोप: ‘Y ने …’"). readFrame takes the words'
// subjects as the charge's target but, in plain words, leaves a
// ने-agent out: "X के आरोप: Y ने किया खारिज" is Y's own act on the
// charge. These two helpers tell the charge's own words from such a
// reply.

// punctLink25 reports a clause of punctuation only (a comma or a danda
// the clause cutter left between a frame's clause and its quoted words:
// "X का आरोप: ‘…’, Y ने कहा- …"), which links the words to the frame as
// an empty clause does.
func (s *sentCtx) punctLink25(p int) bool {
	for _, k := range s.cls[p].toks {
		for _, r := range s.w(k) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
				return false
			}
		}
	}
	return true
}

// chargeAgent25 reports plain words cj that state charge o's content:
// the charge noun owned by a tracked genitive doer ("X का आरोप") and followed
// at once by a colon or a dash, the words opening with their ने-agent,
// and no lexicon entry of their own (a reply to the charge, "Y ने
// किया खारिज", "Y ने दिया जवाब", is the agent's act).
func (a *Analyzer) chargeAgent25(s *sentCtx, cj int, o occurrence) bool {
	// The doer is a tracked name right before the charge ("X का
	// आरोप"), not one who owns the doer ("X के निवेशकों का आरोप").
	if o.k < 1 || !isGenitive(s.w(o.k-1)) {
		return false
	}
	doer := false
	for _, c := range s.chunks {
		if c.mk == mkGen && c.ent >= 0 && c.end == o.k-1 {
			doer = true
		}
	}
	if !doer {
		return false
	}
	if w := s.w(o.k + o.n); w != "-" && w != ":" {
		return false
	}
	idx := s.inClause(cj)
	if len(idx) == 0 || s.chunks[idx[0]].mk != mkAgent || s.chunks[idx[0]].ent < 0 {
		return false
	}
	for _, k := range s.cls[cj].toks {
		if m := a.matchesAt(s, k); m[entEval].e != nil || m[entFrame].e != nil || m[entFlip].e != nil {
			return false
		}
	}
	return true
}
