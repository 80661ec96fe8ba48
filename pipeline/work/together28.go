package work

import "github.com/khabar/khabar/pipeline"

// Session 28 (RECALL): working together with Y, in the speaker's words.
//
// "X ने कहा कि Y के साथ मिलकर भारत के हर कोने तक एआई पहुंचाना उनका लक्ष्य
// है", "… Y के साथ मिलकर वह … पहुंचाना चाहते हैं", "“हम Y के साथ मिलकर …
// बनाएंगे,” X ने कहा": a party speaking of what it does or will do
// together with Y affirms the tie (SCHEMA: a party affirming a
// partnership is that speaker's supportive stance towards Y; a joint
// project announced counts though carried out later). The speaker → Y;
// between two organisations (“हम …”) the venture is both ways, and
// announced in the future it counts; a person's future plan with Y
// ("… के साथ मिलकर … का मुकाबला करेंगे", "मिलकर काम करेंगे") is a plan,
// no stance (dal-037, dvq-098). Not when
// someone else acts in the words (a ने-agent, another tracked subject),
// not a joint attack (a hostile word in the clause), and a negated or
// questioned clause keeps its mood.

// readSpokenTogether28 reads content clause ci's "Y के साथ मिलकर".
func (a *Analyzer) readSpokenTogether28(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent || s.screen&swSaath == 0 {
		return
	}
	y, at := -1, -1
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent >= 0 && c.pron == 0 && c.mk == mkMod && s.w(c.at) == "साथ" && s.w(c.at+1) == "मिलकर" && !a.isDeal[c.ent] {
			y, at = c.ent, c.at+1
			break
		}
	}
	if y < 0 {
		return
	}
	srcs := a.speakers(s, ci, st, nil)
	if len(srcs) != 1 || srcs[0] == y || a.isDeal[srcs[0]] {
		return
	}
	x := srcs[0]
	for _, k := range cl.toks {
		if s.w(k) == "ने" {
			return // ("… कि Z ने Y के साथ मिलकर …": Z's act)
		}
	}
	for _, i := range s.inClause(ci) {
		if s.chunks[i].mk == mkAgent {
			return // ("उन्होंने Y के साथ मिलकर भ्रम दूर किया": a past act)
		}
	}
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent >= 0 && c.ent != x && c.ent != y && c.pron == 0 && (c.mk == mkAgent || c.mk == mkBare && !c.possessed) {
			return
		}
	}
	for _, k := range cl.toks {
		if e, _ := a.matchAt(s, k, entFrame); e != nil && e.frame.pol < 0 {
			return
		}
		if e, _ := a.matchAt(s, k, entEval); e != nil && e.eval.pol < 0 {
			return
		}
	}
	if s.w(at+1) == "काम" {
		return // ("Y के साथ मिलकर काम करेंगे": readWorkWith's; a plan)
	}
	mood := a.clauseMood(s, cl, at)
	if mood == pipeline.MoodFuture && !a.isPerson[x] && !a.isPerson[y] {
		mood = "" // (a joint project two companies announce)
	}
	a.add(s, st, x, y, 1, "alliance", mood, 1.0)
	if !a.isPerson[x] && !a.isPerson[y] {
		a.add(s, st, y, x, 1, "alliance", mood, 1.0)
	}
}
