package work

import "github.com/khabar/khabar/pipeline"

// Session 16, RECALL helper: families of hostile misses that recur
// across the blind files (dev-outlets-u … -x, dev-contrast-e … -h) and
// the older dev files, read in their general form.

// characterRelative16 reads a relative clause that describes a person as
// "such a one who …" ("X ने Y को ऐसा नेता बताया जो संविधान को अपनी
// जागीर समझता है", "X ने कहा कि Y एक ऐसे व्यक्ति हैं जो सत्ता के लिए
// संविधान को रौंद देंगे"): the relative pronoun is Y, and a hostile frame
// or evaluative in the relative clause is the caller's (or the
// speaker's) charge against Y. Y is the one called (को before a calling
// verb that ends the parent clause, whose ने-agent calls) or the bare
// subject of a copula in someone's words; the clause must not be
// negated. Only relative clauses are walked.
func (a *Analyzer) characterRelative16(s *sentCtx, st *storyState) {
	for ci := range s.cls {
		cl := &s.cls[ci]
		if cl.kind != ckRel || cl.parent < 0 || len(cl.toks) < 2 || s.w(cl.first()) != "जो" || cl.mood == pipeline.MoodNegated {
			continue
		}
		pc := &s.cls[cl.parent]
		// The parent's words up to the relative clause (a parent clause
		// may go on after it: "कि Y ऐसे व्यक्ति हैं जो …, और उन्होंने …").
		such, last := -1, -1
		for _, k := range pc.toks {
			if k > cl.first() {
				break
			}
			last = k
			switch s.w(k) {
			case "ऐसा", "ऐसे", "ऐसी":
				such = k
			}
		}
		// "ऐसा N बताया/हैं": the described noun follows ऐसा closely and
		// the parent clause ends right after it.
		if such < 0 || last-such > 4 {
			continue
		}
		calling := s.flag(last)&fwCall != 0 || s.w(last) == "है" || s.w(last) == "हैं"
		if !calling {
			// "… बताया है", "… कहा था": the auxiliary after the verb.
			calling = last-1 > such && s.flag(last-1)&fwCall != 0
		}
		if !calling {
			continue
		}
		who, mk, agent := -1, marker(0), -1
		for _, i := range s.inClause(cl.parent) {
			c := s.chunks[i]
			if c.ent < 0 || c.tok >= such {
				continue
			}
			switch {
			case c.mk == mkAgent:
				agent = c.ent
			case (c.mk == mkBare || c.mk == mkKo) && !c.possessed:
				who, mk = c.ent, c.mk
			}
		}
		if who < 0 {
			continue
		}
		hostile := false
		for _, k := range cl.toks {
			if s.flag(k)&fwNeg != 0 {
				hostile = false
				break
			}
			if !hostile && a.hostileAt(s, k) {
				hostile = true
			}
		}
		if !hostile {
			continue
		}
		if mk == mkKo {
			if agent >= 0 && s.flag(last)&fwCall != 0 || agent >= 0 && s.flag(last-1)&fwCall != 0 {
				a.add(s, st, agent, who, -1, "criticism", "", 1.2)
			}
			continue
		}
		if pc.kind != ckContent {
			continue
		}
		for _, x := range a.speakers(s, cl.parent, st, nil) {
			a.add(s, st, x, who, -1, "criticism", "", 1.2)
		}
	}
}
