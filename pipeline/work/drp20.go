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
	if m, _ := a.matchAt(s, e, entFrame); m != nil {
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
