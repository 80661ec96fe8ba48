package work

// Session 31 (FRESH2-H): the correlative "X ने जो किया वह …".

// correlativeDeed31 reads an evaluation at o in a relative clause "जो
// <verb> वह <word>" whose agent is the ergative chunk right before जो
// ("… और उन्होंने जो किया वह बहुत बुरा था"): the deed judged is that
// agent's, so the judgement is the outer speaker's about the agent, and
// the agent (its clause holds nothing else) is no speaker, the
// correlative वह no person. Without the reading the agent judged the
// outer speaker (ddb-013a). With no clause around the agent's (a
// narrator's line) nothing is read (false); with one but no speaker
// other than the agent, o is taken and gives no stance (true). Reports
// whether it read o.
func (a *Analyzer) correlativeDeed31(s *sentCtx, ci int, o occurrence, st *storyState) bool {
	cl := &s.cls[ci]
	if cl.kind != ckRel || len(cl.toks) < 3 || s.w(cl.toks[0]) != "जो" || cl.parent < 0 {
		return false
	}
	jo := cl.toks[0]
	corr := false
	for _, k := range cl.toks[1:] {
		if k >= o.k {
			break
		}
		switch s.w(k) {
		case "वह", "वो", "यह", "ये":
			corr = true
		}
	}
	if !corr {
		return false
	}
	p := &s.cls[cl.parent]
	doer := -1
	for _, i := range s.inClause(cl.parent) {
		c := &s.chunks[i]
		if c.mk != mkAgent || !(c.at == jo-1 && s.w(c.at) == "ने" || c.at == jo && c.pron != 0) || c.ent < 0 || doer >= 0 {
			return false
		}
		doer = c.ent
	}
	if doer < 0 || p.parent < 0 {
		return false
	}
	var sp []int
	for _, e := range a.speakers(s, p.parent, st, nil) {
		if e != doer {
			sp = append(sp, e)
		}
	}
	if len(sp) == 0 {
		return true
	}
	pol, mood := a.evalMood(s, o, o.e.eval.pol, a.clauseMood(s, cl, o.k))
	a.emit(s, st, sp, []int{doer}, pol, evalKind(pol), mood, 1.5)
	return true
}
