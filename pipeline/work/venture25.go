package work

// Session 25 (MUTUAL helper): the party whose venture the members join.

// ventureHost25 is the party that forms the venture the members of
// clause ci join ("Y और Z साझेदार होंगे" at at), when readMembers finds
// no owner before साझेदार: the ने-agent of the clause a relative clause
// hangs from ("X ने नई कंपनी बनाई है, जिसमें Y और Z साझेदार होंगे"), or
// the one speaker of a content clause that calls the venture its own
// ("X ने बताया कि उसकी नई इकाई में Y और Z साझेदार होंगे"). SCHEMA: the
// members of a joint project whose forming the story reports are allied
// pairwise, and one who tells of his own organisation's new deal is a
// party to it. -1 when there is none, or more than one.
func (a *Analyzer) ventureHost25(s *sentCtx, ci, at int, st *storyState) int {
	cl := &s.cls[ci]
	switch cl.kind {
	case ckRel:
		// (Not inside someone's words: "Y ने बताया कि X ने … बनाई,
		// जिसमें …" — the dev gold leaves the teller Y out there, dvc-218.)
		if cl.parent < 0 || s.cls[cl.parent].kind != ckMain {
			return -1
		}
		host := -1
		for _, i := range s.inClause(cl.parent) {
			c := &s.chunks[i]
			if c.mk != mkAgent || c.ent < 0 || c.pron != 0 || s.w(c.at) != "ने" || c.tok > cl.relTok {
				continue
			}
			if host >= 0 && host != c.ent {
				return -1
			}
			host = c.ent
		}
		return host
	case ckContent:
		own := false
		for _, k := range cl.toks {
			if k >= at {
				break
			}
			if s.flag(k)&(fwGenPron|fwOwn) == 0 {
				continue
			}
			for j := k + 1; j <= k+6 && j < at; j++ {
				if s.w(j) == "में" {
					own = true
				}
			}
		}
		if !own {
			return -1
		}
		if sp := a.speakersKept(s, ci, st); len(sp) == 1 {
			return sp[0]
		}
	}
	return -1
}
