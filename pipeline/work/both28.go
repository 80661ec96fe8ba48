package work

// Session 28 (BREAK): "दोनों" said by one of the two.
//
// "X ने Y के बारे में … अफसोस जताया और कहा कि दोनों के बीच मतभेद खत्म हो
// गए हैं": the pair a relation holds between ("दोनों के बीच") may be the
// speaker and one other. participants takes the last two of one kind the
// story named (bothTarget); in the story's first sentence, or with only
// the speaker and one other of his kind named, there are no two, and the
// relation was read as no one's. Then the pair is the speaker and that
// one other (a making-up in words is the speaker's reconciliation,
// SCHEMA; talk and de-escalation stay no stance, as their frames say).

// speakerPair28 is the pair of "दोनों के बीच" in the words of a single
// speaker: the one other party of the speaker's kind (person or
// organisation) named before दोनों — in the story so far or earlier in
// the sentence — and the speaker; nil when there is none or more than
// one, or the clause is no one's words.
func (a *Analyzer) speakerPair28(s *sentCtx, ci int, st *storyState, idx []int) []int {
	if s.cls[ci].kind != ckContent {
		return nil
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) != 1 || sp[0] < 0 || a.isDeal[sp[0]] {
		return nil
	}
	x, k, other := sp[0], s.bothTok11(idx), -1
	see := func(e int) bool {
		if e < 0 || e == x || a.isDeal[e] || a.isPerson[e] != a.isPerson[x] || a.tiedTo(st, x, e) || e == other {
			return true
		}
		if other >= 0 {
			return false
		}
		other = e
		return true
	}
	for _, e := range st.recent {
		if !see(e) {
			return nil
		}
	}
	for _, c := range s.chunks {
		if c.tok >= k || c.mk == mkPlace || c.mk == mkMod {
			continue
		}
		if !see(c.ent) {
			return nil
		}
	}
	if other < 0 {
		return nil
	}
	return []int{other, x}
}
