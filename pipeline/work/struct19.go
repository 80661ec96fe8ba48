package work

import "strings"

// Session 19 (STRUCT): what the engine says wrongly on unseen text —
// rejections read as attacks.

// baselessPron19 reports a को-object c that is a bare pronoun ("इसे",
// "इन्हें") judged by a word that only ever judges something said —
// baseless, groundless (बेबुनियाद, निराधार, तथ्यहीन, आधारहीन) — at k,
// alone or heading a label ("इसे 'एक और बेबुनियाद मुकदमा' कहा"): the
// pronoun points back at a charge, a claim or a suit, never at a
// person, and rejecting it is no stance (SCHEMA: rejecting or denying a
// charge). Words that judge people too (गलत, भ्रामक, झूठा) are left to
// the pronoun's reading.
func (s *sentCtx) baselessPron19(c *chunk, k int) bool {
	if c.pron != fwTargetPron || c.possessed {
		return false
	}
	switch s.w(k) {
	case "बेबुनियाद", "निराधार", "तथ्यहीन", "आधारहीन":
		return true
	}
	return false
}

// conjunctAfter19 reports a coordinator (और, तथा, एवं, लेकिन, मगर,
// किंतु, परंतु, जबकि) in tokens (at, to) that follows a verb form
// (है/हैं/था/थे/थी, चाहिए, or a perfective/progressive ending): the
// name at to heads the next conjunct's predication, not the frame's at
// at ("कहा कि Y को गिरफ्तार किया जाना चाहिए और Z उन्हें बचा रहे हैं":
// Z is no doer of the demand).
func (s *sentCtx) conjunctAfter19(at, to int) bool {
	if to-at > spanScanMax {
		if m := s.spanKinds(); m != nil {
			return s.spanHas(m.conj, at, to)
		}
	}
	for k := at + 1; k < to; k++ {
		if isConjunct19(s.w(k)) && verbEnd19(s.w(k-1)) {
			return true
		}
	}
	return false
}

// verbEnd19 reports a word that closes a finite verb group.
func verbEnd19(w string) bool {
	switch w {
	case "है", "हैं", "था", "थे", "थी", "थीं", "चाहिए", "गया", "गई", "गए", "दिया", "दिए", "लिया", "किया", "किए", "रहे", "रहा", "रही", "हुआ", "हुई", "हुए", "होगा", "होगी", "होंगे", "जाएगा", "जाएगी", "जाएंगे", "सकता", "सकती", "सकते":
		return true
	}
	return false
}

// freeRelAgent19 reports a relative agent (जिन्होंने, जिसने) that opens
// its sentence or the words after कि, before the frame at k with no
// name between: a free relative ("कि जिन्होंने Y के पक्ष में वोट दिया,
// उन्हें शर्म आनी चाहिए") whose doer is whoever the speaker points at,
// no one tracked — not the speaker. A relative after a name ("Z,
// जिन्होंने Y की तारीफ की") is that name's.
func (s *sentCtx) freeRelAgent19(ci, k int) bool {
	if !s.flagsMayHave(fwRelAgent) {
		return false // no relative agent in the sentence (speed33.go)
	}
	for _, t := range s.cls[ci].toks {
		if t >= k {
			return false
		}
		if s.flag(t)&fwRelAgent == 0 {
			continue
		}
		if b := t - 1; b >= s.sn.a && s.flag(b)&fwKi == 0 && !s.isQuoteTok(b) {
			return false
		}
		for _, i := range s.inClause(ci) {
			if c := s.chunks[i]; c.tok > t && c.tok < k && c.ent >= 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
				return false
			}
		}
		return true
	}
	return false
}

// khilafInContent19 reports a के खिलाफ chunk c that stands inside the
// content of a charge told as an oblique infinitive ("X ने Y पर Z के
// खिलाफ खबरें दबाने का आरोप लगाया"): a पर-chunk naming the accused
// comes before it, and the frame noun at at follows "-ने का/के". Z is
// whom the charged act was against, not the charge's target.
func (s *sentCtx) khilafInContent19(ci int, c *chunk, at int) bool {
	if c.tok > at || !isGenitive(s.w(at-1)) || !strings.HasSuffix(s.w(at-2), "ने") || s.w(at-2) == "ने" {
		return false
	}
	for _, i := range s.inClause(ci) {
		if p := s.chunks[i]; p.mk == mkPar && p.tok < c.tok && (p.ent >= 0 || p.pron != 0) {
			return true
		}
	}
	return false
}

// koOfReason19 reports a को-object c followed, before the clause's last
// को-object (chunk index last), by an oblique infinitive of reason or
// purpose ("-ने के लिए", "-ने पर", "-ने की वजह से", "-ने के कारण"): "X ने
// A को परियोजनाएं देने के लिए Y को घेरा" — A is the object of the act X
// blames Y for, not of the blame.
func (s *sentCtx) koOfReason19(c *chunk, last int) bool {
	if last < 0 || s.chunks[last].tok <= c.tok || c.at >= s.chunks[last].tok {
		return false
	}
	for j := c.at + 1; j < s.chunks[last].tok; j++ {
		w := s.w(j)
		if w == "ने" || !strings.HasSuffix(w, "ने") {
			continue
		}
		switch s.w(j + 1) {
		case "पर":
			return true
		case "के":
			if n := s.w(j + 2); n == "लिए" || n == "कारण" {
				return true
			}
		case "की":
			if s.w(j+2) == "वजह" {
				return true
			}
		}
	}
	return false
}

// thenAfterIf19 reports that the clause before clause i holds a
// conditional word (अगर, यदि) with no तो of its own: a clause opening
// with तो after it is the consequence ("अगर Y ने पार्टी की मदद की, तो
// वे उनके आभारी होंगे"), hypothetical like its condition.
func (s *sentCtx) thenAfterIf19(i int) bool {
	if i == 0 {
		return false
	}
	found := false
	for _, k := range s.cls[i-1].toks {
		if s.w(k) == "तो" {
			return false
		}
		if s.flag(k)&fwCond != 0 {
			found = true
		}
	}
	return found
}
