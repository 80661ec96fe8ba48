package work

import "strings"

// Session 35 (CONTRAST): who acts in quoted words.

// subjectActs35 reports quoted words whose doer is a bare subject before
// the frame word, a third-person pronoun or a name with no vocative mark
// after it (a comma, "!" or जी): "हैरिस ने कहा, “डोनाल्ड ट्रंप आज रैली कर
// रहे हैं”", "Y का जिक्र आते ही X बोलीं, “वह भी यहां प्रचार कर रहे हैं”"
// report what Y does; Y is not addressed, as in "“बधाई हो एलन!”" or
// "“एलन, शुक्रिया”", and the speaker backs no one.
func (s *sentCtx) subjectActs35(ci, k int, srcs []int) bool {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || !containsInt(srcs, c.ent) || c.mk != mkBare || c.tok >= k || c.second {
			continue
		}
		if c.pron != 0 {
			return true
		}
		if c.end < s.sn.b {
			switch s.w(c.end) {
			case ",", "!", "जी", "-", ":":
				continue
			}
		}
		return true
	}
	return false
}

// withdrawnAct35 is the one tracked party an act under से names, the
// thing a withdrawal frame at at leaves: "X ने Y में नई किस्त डालने से
// हाथ खींच लिया", "X ने Y के मॉडल को अपने क्लाउड पर उपलब्ध कराने की
// तैयारी से हाथ खींच लिया". The act is an oblique infinitive right
// before the से, or before "की/के" and one noun and the से; between the
// party's chunk and the से no other name, clause word, agent, comma or
// second से; after the से at most three plain words to the frame (as
// seBefore16). -1 when none or two parties.
func (a *Analyzer) withdrawnAct35(s *sentCtx, ci, at int, srcs []int) int {
	se := -1
	for m := at - 1; m > s.sn.a && m >= at-4; m-- {
		if !s.isWord(m) || s.mentionAt(m) || s.inMention(m) {
			return -1
		}
		if s.w(m) == "से" {
			se = m
			break
		}
	}
	if se < 0 {
		return -1
	}
	inf := se - 1
	if w := s.w(inf); !strings.HasSuffix(w, "ने") || w == "ने" {
		if inf-2 <= s.sn.a || !isGenitive(s.w(inf-1)) || !strings.HasSuffix(s.w(inf-2), "ने") || s.w(inf-2) == "ने" {
			return -1
		}
		inf -= 2
	}
	found := -1
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.tok >= inf || c.ent < 0 || c.pron != 0 || containsInt(srcs, c.ent) {
			continue
		}
		switch c.mk {
		case mkBetween, mkKo, mkLiye, mkSaath:
		default:
			continue
		}
		if inf-c.end > 12 || !s.plainRun35(c.end, inf) {
			continue
		}
		if found >= 0 && found != c.ent {
			return -1
		}
		found = c.ent
	}
	return found
}

// plainRun35 reports tokens [from, to) with no name, comma or clause
// word: the arguments of one act.
func (s *sentCtx) plainRun35(from, to int) bool {
	for m := from; m < to; m++ {
		if !s.isWord(m) || s.mentionAt(m) || s.inMention(m) || isCoordinator(s.w(m)) {
			return false
		}
		switch s.w(m) {
		case "ने", "से", "कि", "जो", "जिसे", "जिसमें", "ताकि", "लेकिन":
			return false
		}
	}
	return true
}

// plainRefusalFirst35 reports a verb-first headline's refusal of Y's
// offer ("X ने ठुकराई Y की पेशकश", the verb at v, the offer noun at
// last) whose words do not attack: the verb-last sentence's
// plainRefusal27 (SCHEMA ruling rule 4) for the headline order, which
// readVerbFirst reads without an occurrence.
func (a *Analyzer) plainRefusalFirst35(s *sentCtx, v, last int, fr *Frame) bool {
	if fr == nil || fr.pol >= 0 || s.class2(last)&cwOfferNoun27 == 0 || s.class2(v)&cwOfferRefusal27 == 0 {
		return false
	}
	return a.offerWordsPlain27(s, v, v+1, last, last+1)
}

// calledClosed35 reports a calling converb that runs from the end of
// the frame at o to the flipper at k ("Y की पेशकश को मजाक बताते हुए
// ठुकरा दिया", "… झूठा बताकर ठुकराया"): the calling is complete before
// the refusal, whose object is the thing called, not the calling.
func (s *sentCtx) calledClosed35(o occurrence, k int) bool {
	if !s.calledBefore34(k) {
		return false
	}
	start := k - 1
	switch s.w(k - 1) {
	case "हुए":
		start = k - 2
		if s.w(k-2) == "देते" || s.w(k-2) == "देती" {
			start = k - 3
		}
	case "देकर":
		start = k - 2
	}
	e := o.k + o.n
	if e < start && s.isQuoteTok(e) {
		e++ // "को 'मजाक' बताते हुए"
	}
	return start == e
}

// pointedAct35 is the maker of an act pointed back to by a demonstrative
// as the को-object right before a hostile frame that takes a genitive
// ("ओरेकल ने … की पेशकश की थी। सॉफ्टबैंक ने इस पेशकश को 'मजाक' बताया"):
// the chunk already stands for the act's maker (refer12.go), and the
// thing called a joke is his, as in "Y की पेशकश को मजाक बताया". A charge
// or suit so pointed back to is left to deniedAct. -1 when none.
func (a *Analyzer) pointedAct35(s *sentCtx, ci, at int, srcs []int) int {
	for _, i := range s.inClause(ci) {
		c := &s.chunks[i]
		if c.mk != mkKo || c.ent < 0 || c.tok >= at || !demonstrative(s.w(c.tok)) || containsInt(srcs, c.ent) || s.deniedAct(c) {
			continue
		}
		e := c.at + 1
		if e < at && s.isQuoteTok(e) {
			e++
		}
		if e == at && s.class2(c.at-1)&cwOfferNoun27 != 0 {
			return c.ent
		}
	}
	return -1
}

// agentDeed35 reports a frame at [j, j+n) closed by its own
// postposition ("Y के समर्थन में") in a clause whose ने-agent stands
// before it: what the agent did after it ("मतदाताओं को इनाम बांटे",
// "लॉन पर कारों की नुमाइश की") was done for Y, so the frame is the
// clause's act, as "Y के समर्थन में रैलियों में …" already is.
func (s *sentCtx) agentDeed35(j, n int) bool {
	t := j + n
	if n < 2 || s.flag(t-1)&fwPostposition == 0 || s.cid == nil {
		return false
	}
	cl := s.cid[j-s.sn.a]
	for k := j - 1; k >= s.sn.a; k-- {
		if s.cid[k-s.sn.a] != cl {
			return false
		}
		if s.w(k) == "ने" {
			return true
		}
	}
	return false
}
