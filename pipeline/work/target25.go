package work

// Session 25 (TARGET): argument finding for a frame whose source was
// found and whose target was not.

// dativeDoers25 reads, in someone's words, the one a need or a duty
// falls on as the doer of a hostile frame with no target of its own:
// "X ने लिखा कि Y को हर चीज पर नियंत्रण चाहिए" — Y is the one who
// wants control (the dative subject of चाहिए or पड़ेगा), and the
// words are X's charge against Y, as for a bare subject ("… कि Y हर
// चीज पर नियंत्रण चाहते हैं"). The dative's genitive owner ("Y की
// कंपनी Z को …") is credited with it, as the chunker credits owners.
// Only when the sources found are the words' speakers (no doer of the
// clause's own) and the dative stands before the frame.
func (a *Analyzer) dativeDoers25(s *sentCtx, ci int, o occurrence, srcs []int, st *storyState) []int {
	if s.cls[ci].kind != ckContent || hasAgent(s, ci) || s.dativeSubject(ci, srcs) < 0 {
		return nil
	}
	sp := a.speakers(s, ci, st, nil)
	for _, e := range srcs {
		if !containsInt(sp, e) {
			return nil
		}
	}
	var out []int
	first := true
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.tok >= o.k {
			break
		}
		if c.ent < 0 {
			continue
		}
		// The dative (and its owners) must open the clause: a bare
		// subject or another marked name before it is the clause's own.
		if c.mk != mkKo || c.pron != 0 || containsInt(srcs, c.ent) {
			if first {
				return nil
			}
			break
		}
		first = false
		out = appendNew(out, c.ent)
		if !c.possessed {
			return out
		}
	}
	return nil
}

// roleRefused25 reports a target chunk a frame's data refuses: a
// target_before marker on a name after the frame, or a deal for a frame
// marked no_deal (frames.yaml; "Y में सबसे बड़ा निवेशक X है" but not
// "निवेशक X ने कहा कि अगर Y 2028 में …", nor "स्टारगेट में X, Y और Z
// शुरुआती निवेशक हैं", membership in a joint project).
func (fr *Frame) roleRefused25(a *Analyzer, c *chunk, at int) bool {
	return fr.before[c.mk] && c.tok > at || fr.NoDeal && c.ent >= 0 && a.isDeal[c.ent]
}
