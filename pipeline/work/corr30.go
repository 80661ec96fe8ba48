package work

// Session 30 (FRESH-S): a correlative pronoun after "जो N Y ने V".
//
// "भारत में डिजिटल बदलाव को जो रफ्तार Y ने दी है, उसकी
// मिसाल दुनिया में कम मिलती है" (dev-contrast-c dcc-005a): उसकी is the
// correlative of the relative clause just before it, and stands for what
// Y did there (the speed Y gave). A judgement of someone's deed counts
// for or against him (SCHEMA: someone's plan, policy, …), so the
// correlative genitive is read as Y's, as "Y की मिसाल … कम मिलती है" is.

// correlativeDoer30 is, for the genitive pronoun chunk i (उसकी/उसका/
// उसके) right after the comma that closes a clause with जो and, after
// it, one tracked ने-agent, that agent; -1 otherwise.
func (a *Analyzer) correlativeDoer30(s *sentCtx, i int) int {
	c := s.chunks[i]
	switch s.w(c.tok) {
	case "उसकी", "उसका", "उसके":
	default:
		return -1
	}
	k := c.tok
	if k-1 <= s.sn.a || s.w(k-1) != "," {
		return -1
	}
	// The clause closed by the comma: a relative clause, or (inside a
	// quote, where जो opens no clause of its own) a clause with जो in it.
	rel, jo := -1, -1
	for ci := range s.cls {
		cl := &s.cls[ci]
		if len(cl.toks) < 3 || cl.toks[len(cl.toks)-1] != k-1 || ci == c.clause {
			continue
		}
		for _, t := range cl.toks {
			if s.w(t) == "जो" {
				rel, jo = ci, t
				break
			}
		}
	}
	if rel < 0 {
		return -1
	}
	agent := -1
	for _, j := range s.inClause(rel) {
		d := s.chunks[j]
		if d.mk != mkAgent || d.ent < 0 || d.pron != 0 || d.tok < jo {
			continue
		}
		if agent >= 0 && agent != d.ent {
			return -1
		}
		agent = d.ent
	}
	return agent
}
