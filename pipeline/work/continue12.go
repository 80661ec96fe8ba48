package work

import "strings"

// continuing12 reports a frame in someone's words whose future verb is
// रहना after a participle: the perfective of बनना ("वह Y के दोस्त बने
// रहेंगे", "Y से उनकी दोस्ती बनी रहेगी": the tie remains) or an
// imperfective participle ("वह Y पर सवाल पूछते रहेंगे": he keeps
// asking). What is to go on holds now; it is no plan (the dev gold
// asserts it). The speaker must be the frame's one source, as in pledge:
// a forecast of another's doing ("Y हारते रहेंगे") stays future.
func (a *Analyzer) continuing12(s *sentCtx, ci int, o occurrence, fr *Frame, st *storyState) bool {
	cl := &s.cls[ci]
	// "वह Y के साथ काम (करना) जारी रखेंगे": a future of keeping on
	// (जारी रख-) is what goes on now too (session 16).
	if cl.kind == ckContent && cl.futTok > o.k && strings.HasPrefix(s.w(cl.futTok), "रख") && s.w(cl.futTok-1) == "जारी" && s.w(cl.futTok) != "रखने" {
		return a.speakerIsSource(s, ci, o.k, fr, st)
	}
	if cl.kind != ckContent || cl.futTok <= o.k || !strings.HasPrefix(s.w(cl.futTok), "रह") || !keepFuture(s.w(cl.futTok)) {
		return false
	}
	switch p := s.w(cl.futTok - 1); {
	case p == "बने" || p == "बनी" || p == "बना":
	case cl.futTok-1 >= o.k && (strings.HasSuffix(p, "ते") || strings.HasSuffix(p, "ती")) && !s.inMention(cl.futTok-1):
	default:
		return false
	}
	return a.speakerIsSource(s, ci, o.k, fr, st)
}

// asksYesNo12: clause cl puts a yes/no question (क्या, not the "what" of
// whatKya12) before token k: "क्या मोदी ने ट्रंप के फोन नहीं उठाए?". A
// negated frame read for its opposite (a snub, "उठाया नहीं") is asked
// about there, not said: the question keeps its mood.
func (s *sentCtx) asksYesNo12(cl *clause, k int) bool {
	for _, j := range cl.toks {
		if j >= k {
			break
		}
		if s.flag(j)&fwQuestion != 0 && !s.whatKya12(j) {
			return true
		}
	}
	return false
}

// affirmingNegation12: the negator at k is part of an idiom that affirms:
// "हम कहीं नहीं जा रहे / जाएंगे" (we are going nowhere: we stay).
func affirmingNegation12(s *sentCtx, k int) bool {
	if s.w(k-1) != "कहीं" {
		return false
	}
	switch s.w(k + 1) {
	case "जा", "जाएंगे", "जाएगा", "जाएगी", "जाने":
		return true
	}
	return false
}

// whatSaidLabel12: क्या at k labels what follows as someone's words:
// "ट्रंप ने क्या कहा: राष्ट्रपति ने कहा कि …" (a speech verb, then the
// colon). No question is put.
func whatSaidLabel12(s *sentCtx, k int) bool {
	return s.flag(k+1)&fwSpeech != 0 && s.w(k+2) == ":"
}

// silenceWord12: silence (चुप्पी, खामोशी, मौन) kept about what stands
// before पर: "मस्क पर चुप्पी", "ट्रंप के फोन पर खामोशी". The name is
// the topic of the silence (mkAbout), no frame's target.
func silenceWord12(w string) bool {
	switch w {
	case "चुप्पी", "खामोशी", "मौन":
		return true
	}
	return false
}

// notLetting12: the negator at k stands between an oblique infinitive
// and a form of देना: "Y को नंबर एक बनने नहीं देती", "Y को बोलने नहीं
// दिया". Not letting someone do something is an act of its own (a
// hindrance); it negates no frame of the clause.
func notLetting12(s *sentCtx, k int) bool {
	p := s.w(k - 1)
	if p == "ने" || !strings.HasSuffix(p, "ने") || len(p) <= len("ने")+3 || s.inMention(k-1) {
		return false
	}
	switch s.w(k + 1) {
	case "देता", "देती", "देते", "दिया", "दी", "दिए", "देंगे", "देगा", "देगी", "देगें":
		return true
	}
	return false
}

// denialComma12: the denial word at k ends its predicate at a comma (k+1,
// or after a light verb: "नकार दिया,") and clause cl goes on with words
// of its own after it and no subject of their own: the comma ends the
// denial's scope; 0 if not.
func (s *sentCtx) denialComma12(cl *clause, k int) int {
	c := -1
	for j := k + 1; j <= k+3 && j < s.sn.b; j++ {
		if s.w(j) == "," {
			c = j
			break
		}
		switch s.w(j) {
		case "दिया", "दी", "दिए", "कर", "किया", "की", "है", "हैं", "था", "थी":
		default:
			return 0
		}
	}
	if c < 0 {
		return 0
	}
	// The same doer goes on: a subject after the comma ("…, फिर भी Z
	// बोले") is another predicate the clause layer did not split off.
	for i := range s.chunks {
		if ch := &s.chunks[i]; ch.tok > c && ch.tok < s.sn.b && (ch.mk == mkBare || ch.mk == mkAgent) {
			return 0
		}
	}
	for _, j := range cl.toks {
		if j > c && s.isWord(j) {
			return c
		}
	}
	return 0
}
