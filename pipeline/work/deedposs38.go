package work

// Session 38 (DEEDPOSS): a thing of someone's judged by a label.

// readJudgedThing38 reads a calling-only label o that is the predicate
// of a thing of a named owner's inside someone's words: "X ने कहा कि Y
// की नई योजना (एक) आपदा है", "… Y का सपना पैसे की बर्बादी साबित हुआ",
// "… Y सरकार का यह फैसला गरीबों पर चोट है". The label names a harm, so
// it is otherwise read only in a calling ("Y की योजना को … बताया"); with
// the owner's thing (words.yaml judged_things38) as its subject it
// judges the thing, and so its owner: speaker → owner (SCHEMA: criticism
// of someone's bill, plan, policy … counts against that person).
func (a *Analyzer) readJudgedThing38(s *sentCtx, ci int, o occurrence, st *storyState) bool {
	g := s.judgedThing38(ci, o)
	if g < 0 {
		return false
	}
	owner := -1
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.clause != ci || c.tok > g || c.end < g || c.tok >= o.k {
			continue
		}
		if c.pron == 0 && c.ent >= 0 && c.end == g {
			owner = c.ent
		} else if c.pron == fwGenPron && c.tok == g {
			owner = c.ent
		}
	}
	sp := a.speakers(s, ci, st, nil)
	if len(sp) == 0 {
		return false
	}
	if owner < 0 && s.flag(g)&fwGenPron != 0 {
		owner = a.nearestBefore(s, st, g, sp[0], true) // "उनकी योजना"
	}
	if owner < 0 || containsInt(sp, owner) {
		return false
	}
	ev := o.e.eval
	pol, mood := a.evalMood(s, o, ev.pol, a.clauseMood(s, &s.cls[ci], o.k))
	tgts := []int{owner}
	if pol < 0 {
		tgts = s.withOwners(ci, tgts, sp)
	}
	a.emit(s, st, sp, tgts, pol, evalKind(pol), mood, 1.5)
	return true
}

// judgedThing38 finds the owner of a judged thing before the label o in
// a content clause: the thing (judged_things38) right before the label
// or with up to six words between (a genitive or postposition phrase,
// "पैसे की", "मध्यवर्ग के लिए", "गरीबों पर", and plain words; no verb,
// no name, no comma, no ने/को), then up to three plain words and a
// genitive whose owner is a name (or a name and सरकार/प्रशासन, words.yaml
// owner_nouns) or a genitive pronoun; a copula, साबित or रहा/रही/रहे
// follows the label. It returns the token right after the owner's name
// (the pronoun itself for "उनकी योजना"), or -1.
func (s *sentCtx) judgedThing38(ci int, o occurrence) int {
	if s.cls[ci].kind != ckContent {
		return -1
	}
	end := o.k + o.n
	if end >= s.sn.b {
		return -1
	}
	if w := s.w(end); s.flag(end)&fwCopula == 0 && w != "साबित" && w != "रहा" && w != "रही" && w != "रहे" {
		return -1
	}
	for h := o.k - 1; h >= s.sn.a && h >= o.k-7; h-- {
		w := s.w(h)
		if w == "ने" || w == "को" {
			return -1
		}
		if isGenitive(w) || s.flag(h)&fwPostposition != 0 || w == "लिए" && isGenitive(s.w(h-1)) || w == "एक" {
			continue // "Y की नीति पैसे की बर्बादी है", "… के लिए एक आपदा"
		}
		if !s.isWord(h) || s.mentionAt(h) || s.inMention(h) || s.flag(h)&(fwFinite|fwKi|fwBreak|fwSpeech|fwNeg) != 0 {
			return -1
		}
		if s.class2(h)&cwJudgedThing38 == 0 {
			continue
		}
		for g := h - 1; g >= s.sn.a && g >= h-4; g-- {
			if s.flag(g)&fwGenPron != 0 {
				return g
			}
			if isGenitive(s.w(g)) {
				if g > s.sn.a && (s.mentionAt(g-1) || s.inMention(g-1)) {
					return g
				}
				// "Y सरकार का यह फैसला", "Y प्रशासन की नीति".
				if g-1 > s.sn.a && s.flag(g-1)&fwOwnerNoun != 0 && (s.mentionAt(g-2) || s.inMention(g-2)) {
					return g - 1
				}
				continue // "Y का मेटावर्स का सपना"
			}
			if !s.isWord(g) || s.mentionAt(g) || s.inMention(g) || s.flag(g)&(fwPostposition|fwFinite|fwKi|fwBreak) != 0 {
				return -1
			}
		}
		return -1
	}
	return -1
}
