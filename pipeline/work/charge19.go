package work

import "strings"

// Session 19 (DEED helper): a rejection that calls the charges it
// answers a lie or a plot attacks their author also when the charges
// are only pointed back at ("ये आरोप", "यह दावा", "इन आरोपों") and the
// label stands far in the predicate ("… बदनाम करने की साजिश का हिस्सा
// हैं"); the author is the one the story already knows (chargeAuthor15)
// or the owner of the last charge it named with its owner
// (noteCharges15).

// chargeSubjectTo19 reports a charge noun at e (after a demonstrative)
// whose clause runs to the label at k with no one named, no agent and
// no clause break between: the charge is what the label judges.
func (s *sentCtx) chargeSubjectTo19(e, k int) bool {
	if k <= e+1 || k > e+12 {
		return false
	}
	for j := e + 1; j < k; j++ {
		if s.mentionAt(j) && !s.victimOfLabel22(j, k) || !s.isWord(j) && !s.isQuoteTok(j) && s.w(j) != "-" {
			return false
		}
		switch s.w(j) {
		case "ने", "कि", "और", "लेकिन", "पर", "जो", "नहीं", "न":
			return false
		}
	}
	return true
}

// chargeOwnerBack19 is, for a content clause whose subject is a charge
// pointed back at ("ये आरोप", "यह दावा") and judged at k, the owner of
// the last charge the story named with its owner; -1 if none.
func (s *sentCtx) chargeOwnerBack19(cl *clause, k int, st *storyState) int {
	if st.chargeBy15 == 0 {
		return -1
	}
	for _, j := range cl.toks {
		if j >= k {
			return -1
		}
		if w := s.w(j); w == "कि" || s.isQuoteTok(j) {
			continue
		}
		if demonstrative(s.w(j)) && s.flag(j+1)&fwCharge != 0 {
			return st.chargeBy15 - 1
		}
		return -1
	}
	return -1
}

// chargeAnswered19 reports a charge noun at k that its clause answers
// or rejects ("X ने Y के आरोपों का जवाब दिया", "… के उन आरोपों का
// खंडन किया", "… के आरोपों को खारिज किया"): the ने-agent before it is
// the one answering, as the one after it is in "Y के आरोपों पर X ने
// जवाब दिया" (noteAnswered15).
func (s *sentCtx) chargeAnswered19(k int) bool {
	switch s.w(k + 1) {
	case "का", "पर", "को", "से":
	default:
		return false
	}
	switch s.w(k + 2) {
	case "जवाब", "खंडन", "प्रतिवाद", "खारिज", "इनकार", "इंकार", "पलटवार":
		return true
	}
	return false
}

// sumParticles19 counts the particles at j that may stand between a sum
// and its verb of placing, at most two: और as "more" ("N डॉलर और
// झोंके": no second verb or party after it), भी, ही, फिर, दोबारा.
func sumParticles19(s *sentCtx, j int) int {
	n := 0
	for ; n < 2; n++ {
		switch s.w(j + n) {
		case "और", "भी", "ही", "फिर", "दोबारा":
			continue
		}
		break
	}
	return n
}

// notKarForm19 reports a word that starts with कर but is no form of
// करना, so that an entry's "कर*" does not read it: करार ("… को झूठी बात
// करार दिया" is a calling, not "झूठी बात कर-"), करारा/करारी, करोड़,
// करीब.
func notKarForm19(w string) bool {
	return strings.HasPrefix(w, "करार") || strings.HasPrefix(w, "करोड") || strings.HasPrefix(w, "करीब")
}

// labelOwner19 is, for a calling label at k ("मनगढ़ंत कहानी", "झूठ")
// owned by a tracked name in the genitive right before it, whose को-
// object just before that name is a charge ("आरोपों को Y की मनगढ़ंत
// कहानी बताया", "अपने ऊपर लगे आरोपों को Y की साजिश करार दिया"), that
// name: the one the charges are told to come from. -1 otherwise.
func (s *sentCtx) labelOwner19(k int) int {
	if !isGenitive(s.w(k - 1)) {
		return -1
	}
	c := s.chunkEnding(k - 1)
	if c == nil || c.pron != 0 || c.ent < 0 {
		return -1
	}
	if j := c.tok - 1; s.w(j) == "को" && s.flag(j-1)&fwCharge != 0 {
		return c.ent
	}
	return -1
}

// untrue19 reports a word of truth negated right after it ("यह दावा सही
// नहीं है", "… सच नहीं"): like गलत, it only calls the words untrue — said
// of a charge pointed back at, a plain denial, no stance (SCHEMA).
func (s *sentCtx) untrue19(o occurrence) bool {
	switch s.w(o.k) {
	case "सही", "सच", "सत्य", "ठीक":
	default:
		return false
	}
	return s.flag(o.k+o.n)&fwNeg != 0
}
