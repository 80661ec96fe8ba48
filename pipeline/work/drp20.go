package work

// Session 20 (DRP): the owner of a possessed artefact across a phrase
// inside its noun group.

// receivedOwner20 reads "X को मिले/मिली/मिला (हुए) N …" from the को at
// token k: a participle of receiving qualifies the plain noun after it,
// which X owns as if by a genitive ("अडानी को मिले ठेकों में गड़बड़ी का
// आरोप", "Y की कंपनी को मिली सब्सिडी पर सवाल"); the noun's own
// postposition marks X. A finite "X को ठेके मिले" has its noun before
// the verb and is not read.
func (a *Analyzer) receivedOwner20(s *sentCtx, k int) (mk marker, at, head int, possessed, ok bool) {
	e := receivedNoun20(s, k)
	if e < 0 {
		return 0, 0, 0, false, false
	}
	// An act received ("Y को मिले समर्थन की तारीफ") names Y as its
	// object, not its doer: left to the frame readers. A thing that is
	// a frame word of its own (ठेके) is still the thing got.
	if m, n := a.matchAt(s, e, entFrame); m != nil && a.isAct(s, e, n) {
		return 0, 0, 0, false, false
	}
	mk, at, head, _ = a.genitive(s, e-1, 1)
	switch mk {
	case mkBetween:
		// "X को मिले ठेकों में गड़बड़ी": in what X got, as "X के
		// ठेकों में" reads.
		return mk, at, head, false, true
	case mkKo, mkPar, mkSe, mkKhilaf, mkGen, mkBare:
		return mk, at, head, true, true
	}
	return 0, 0, 0, false, false
}

// receivedNoun20 is the plain noun after "को मिले/मिली/मिला (हुए)" when
// token k is that को, or -1.
func receivedNoun20(s *sentCtx, k int) int {
	if s.w(k) != "को" {
		return -1
	}
	switch s.w(k + 1) {
	case "मिले", "मिली", "मिला", "मिलीं":
	default:
		return -1
	}
	e := k + 2
	switch s.w(e) {
	case "हुए", "हुई", "हुआ":
		e++
	}
	if e >= s.sn.b || !s.isWord(e) || s.mentionAt(e) || s.inMention(e) || s.flag(e)&(fwPostposition|fwFinite|fwCopula|fwKi|fwNeg|fwAnd|fwRel|fwRelAgent|fwBreak|fwSpeech|fwTemporal|fwTimeNoun) != 0 {
		return -1
	}
	return e
}

// received20 reports "को मिले N" at token k: the name before owns N as
// a genitive would (the gen-target path of readFrame).
func received20(s *sentCtx, k int) bool { return receivedNoun20(s, k) >= 0 }

// compoundGap20 reads a से or के साथ phrase inside a possessed noun group
// that qualifies the compound noun after it ("Y की रूस से तेल खरीद नीति
// को युद्ध को हवा देने वाला बताया", "Y की चीन के साथ व्यापार नीति को
// खतरनाक बताया"): the postposition at token j follows a plain noun, one
// to three plain nouns follow it, and the last of them is called
// something (its को before a calling verb in the clause; an evaluation
// right after the head is already read). It returns the token of the last noun (the possessed
// head), -1 when the words are no such phrase ("Y की कंपनी से सौदा
// किया": से marks the act's partner).
func (a *Analyzer) compoundGap20(s *sentCtx, j int) int {
	nn := -1
	switch {
	case s.w(j) == "से":
		nn = j + 1
	case s.w(j) == "के" && s.w(j+1) == "साथ":
		nn = j + 2
	default:
		return -1
	}
	if p := j - 1; !s.isWord(p) || s.mentionAt(p) || s.inMention(p) || s.flag(p)&^fwEntry != 0 {
		return -1
	}
	const stop = fwPostposition | fwFinite | fwCopula | fwKi | fwNeg | fwAnd | fwRel | fwRelAgent | fwBreak | fwSpeech | fwCall | fwTemporal | fwTimeNoun | fwRoleNoun | fwPlaceNoun | fwSubjPron | fwAgentPron | fwGenPron | fwTargetPron
	q := nn
	for ; q < s.sn.b && q < nn+3; q++ {
		if !s.isWord(q) || s.mentionAt(q) || s.inMention(q) || s.flag(q)&stop != 0 {
			break
		}
		if e, _ := a.matchAt(s, q, entFrame); e != nil {
			return -1
		}
	}
	if q == nn || q >= s.sn.b {
		return -1
	}
	// The head called something: "… नीति को <label> बताया".
	if s.w(q) != "को" {
		return -1
	}
	for k := q + 2; k < s.sn.b && k <= q+12; k++ {
		if s.cid[k-s.sn.a] != s.cid[q-s.sn.a] || s.flag(k)&(fwKi|fwBreak|fwRel) != 0 {
			return -1
		}
		if s.flag(k)&fwCall != 0 {
			return q - 1
		}
	}
	return -1
}

// eventGen20 reads "<event> के" ending at token k before a fund noun
// ("समारोह के कोष में", "शपथ ग्रहण समारोह के फंड में", "अभियान के कोष
// में"): the token before the event noun, so the fund reader goes on
// reading the event's modifiers, or -1 when k is no such genitive.
func eventGen20(s *sentCtx, k int) int {
	if s.w(k) != "के" {
		return -1
	}
	switch s.w(k - 1) {
	case "समारोह", "समारोहों", "अभियान", "कैंपेन", "प्रचार":
		return k - 2
	}
	return -1
}
