package work

import "github.com/khabar/khabar/pipeline"

// Session 36, round 2 (POLARITY2): the lead's ruling that a stance between
// two others told only inside the words of a tracked speaker who is
// hostile to one of them is part of that speaker's charge, not asserted
// by the story (testdata/gold/SCHEMA.md, "Told inside a critic's charge").

// toldBy36b returns the tracked speakers of the content clause being read
// when a stance src → tgt is read there and neither party is one of them
// or tied to one of them ("X ने कहा कि Y ने Z …"): the stance between two
// others is told in X's words. Else nil. A suit is a public deed, not
// a claim ("X ने कहा कि Y पर Z का मुकदमा ईर्ष्या से उपजा है"); so is an
// investor's standing role that names who Y is ("X ने कहा कि Z के प्रमुख
// निवेशकों में Y सबसे खराब है": X charges Y with being the worst, the
// stake is on record).
func (a *Analyzer) toldBy36b(s *sentCtx, st *storyState, src, tgt int, kind, mood string) []int {
	ci := s.cur36
	if mood != "" || kind == "lawsuit" || ci < 0 || ci >= len(s.cls) || s.cls[ci].kind != ckContent {
		return nil
	}
	if s.ownAgentClause36b(ci) || kind == "donation" && s.investorRole36b(ci) {
		return nil
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) == 0 {
		return nil
	}
	for _, x := range sp {
		if x == src || x == tgt || a.tiedTo(st, x, src) || a.tiedTo(st, src, x) || a.tiedTo(st, x, tgt) || a.tiedTo(st, tgt, x) {
			return nil
		}
	}
	return append([]int(nil), sp...)
}

// chargeTold36b reports a stance between two others that the story tells
// only in the words of a speaker who is hostile to one of them ("राहुल ने
// कहा कि प्रधानमंत्री ट्रंप को अपना दोस्त बताते हैं", "X ने कहा कि Y
// और दूसरे अरबपति Z के लिए पैसा बहा रहे हैं" with X against Y): the
// tie or the act is part of the speaker's charge, not asserted by the
// story.
func (a *Analyzer) chargeTold36b(st *storyState, i int) bool {
	sp, ok := st.told36[i]
	if !ok {
		return false
	}
	x := &st.stanceList[i]
	for _, y := range st.stanceList {
		if y.Polarity != pipeline.Hostile || !y.Asserted() || y.Target != x.Source && y.Target != x.Target {
			continue
		}
		for _, e := range sp {
			if a.ents[e].ID == y.Source {
				return true
			}
		}
	}
	return false
}

// denial36b reports a mere denial in the field's words [b, e): इनकार,
// खंडन (words.yaml denials) or निराधार, बेबुनियाद (claim_weak). SCHEMA: a
// plain denial ("… की शिकायतें बेबुनियाद हैं") is no stance, also under
// a "X बनाम Y:" label, so it does not carry the label's side
// (sideActsAt36).
func denial36b(a *Analyzer, f *field, b, e int) bool {
	for j := b; j < e && j < len(f.fl) && j < len(f.wid); j++ {
		if f.fl[j]&fwDenial != 0 {
			return true
		}
		if id := uint(f.wid[j]); id < uint(len(a.classOf2)) && a.classOf2[id]&cwClaimWeak27 != 0 {
			return true
		}
	}
	return false
}

// ownAgentClause36b reports a clause that is not in quotes nor after कि,
// opened by a contrast word and with a ने-agent of its own: "X ने कहा कि
// P, जबकि Z के बोर्ड ने Y की तारीफ की" tells Z's act beside X's words,
// not inside them.
func (s *sentCtx) ownAgentClause36b(ci int) bool {
	cl := &s.cls[ci]
	if cl.ki || cl.quoted || len(cl.toks) == 0 || !contrastWord35b(s.w(cl.toks[0])) {
		return false
	}
	for _, k := range cl.toks {
		if s.w(k) == "ने" {
			return true
		}
	}
	return false
}

// investorRole36b reports an investor role noun in clause ci ("Z के
// निवेशकों में Y …", "Y, Z का निवेशक है"): a stake named as who someone
// is, not an act the speaker charges.
func (s *sentCtx) investorRole36b(ci int) bool {
	for _, k := range s.cls[ci].toks {
		if investorNounQ11(s.w(k)) {
			return true
		}
	}
	return false
}
