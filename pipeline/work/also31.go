package work

// alsoJudged31 finds whom a headline's act "with no object, done too"
// is on when the clause before is someone's words judging one person
// ("X बोले- Z महान नेता, Y ने भी की तारीफ", "X बोलीं- Z झूठे, Y ने भी
// साधा निशाना"): ने भी says Y did what X did, so Y's act is on the one
// X's words judge — the one tracked bare subject of those words (not X,
// not Y). -1 when the clause before is no such words or names more than
// one.
func (a *Analyzer) alsoJudged31(s *sentCtx, ci, src int) int {
	if ci == 0 || s.f.name != "title" || s.cls[ci-1].kind != ckContent || s.cls[ci-1].parent < 0 {
		return -1
	}
	too := false
	for _, k := range s.cls[ci].toks {
		if s.w(k) == "ने" && s.w(k+1) == "भी" {
			too = true
		}
	}
	if !too {
		return -1
	}
	one := -1
	for _, i := range s.inClause(ci - 1) {
		c := s.chunks[i]
		if c.ent < 0 || c.ent == src || c.pron != 0 || c.mk != mkBare || c.possessed {
			continue
		}
		if one >= 0 && one != c.ent {
			return -1
		}
		one = c.ent
	}
	for _, i := range s.inClause(s.cls[ci-1].parent) {
		if c := s.chunks[i]; c.ent == one && one >= 0 {
			return -1 // the judged one is the speaker himself
		}
	}
	return one
}
