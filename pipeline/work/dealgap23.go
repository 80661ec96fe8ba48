package work

// Session 23 (OLDW): a deal presupposed as made, with words describing it
// between the participle and its noun.
//
// "X और Y के बीच हुआ करार …" and "Y के साथ हुए समझौते के तहत …" are read
// (SCHEMA: a deal presupposed as done counts, both ways), but a kind, a
// size, a term or an act between the participle and the noun ("… के बीच
// पिछले साल हुआ जीपीयू साझा करने का समझौता चर्चा में है", "… के साथ हुआ
// क्लाउड करार …") left the deal unread. dealMadeGap23 finds the
// participle past such words; readDealPresupposed takes the pair from
// before the participle, as if the noun stood right after it.

// dealMadeGap23 is the token after the participle of होना (हुआ/हुए/हुई)
// that presupposes the deal noun at k as made, past one to five words
// that describe the deal (plain words and their genitives: "तीन साल का",
// "डेटा बांटने का", "बड़ा क्लाउड"), the participle right after the pair
// ("… के बीच/साथ हुआ"); -1 when there is none. The noun must head its
// own phrase, with no demonstrative before it (no postposition after it: "हुए करार को तोड़ा", "हुए करार
// से हटी" are read by their acts), in a sentence with no hostile word.
func (a *Analyzer) dealMadeGap23(s *sentCtx, k int) int {
	switch s.w(k + 1) {
	case "को", "से", "में", "पर", "ने", "का", "की", "के", "तक":
		return -1
	}
	for j := k - 1; j >= k-6 && j > s.sn.a; j-- {
		switch s.w(j) {
		case "हुआ", "हुए", "हुई":
			if j == k-1 {
				return -1 // (the noun right after: read already)
			}
			// (a time between the pair and the participle: "… के बीच
			// पिछले महीने हुआ")
			p := j - 1
			for p > s.sn.a && p >= j-3 && (s.flag(p)&(fwTemporal|fwTimeNoun) != 0 || s.w(p) == "पिछले" || s.w(p) == "पिछली" || s.w(p) == "हाल") {
				p--
			}
			if w := s.w(p); w != "बीच" && w != "साथ" {
				return -1
			}
			if a.hostileWord(s) || a.undoneAfter23(s, int(s.cid[k-s.sn.a]), k) {
				return -1
			}
			return j + 1
		}
		// ("… के साथ हुआ वह समझौता": a demonstrative points back to
		// a deal told before, read there — a dispute's settlement, dck-022b.)
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || demonstrative(s.w(j)) || farDemonstrative23(s.w(j)) {
			return -1
		}
		if w := s.w(j); s.flag(j)&(fwFinite|fwAnd|fwKi|fwCopula|fwRel|fwNeg|fwBreak|fwSpeech) != 0 || s.flag(j)&fwPostposition != 0 && !isGenitive(w) {
			return -1
		}
	}
	return -1
}

// undoneAfter23 reports a flipper (रद्द, खत्म …) starting in clause ci
// after the deal noun at k (a hostile word anywhere in the sentence is
// hostileWord's test) ("… हुआ चिप करार रद्द हो गया"): the deal
// is told undone, and that act is its reading.
func (a *Analyzer) undoneAfter23(s *sentCtx, ci, k int) bool {
	for _, j := range s.cls[ci].toks {
		if j <= k {
			continue
		}
		if e, _ := a.matchAt(s, j, entFlip); e != nil {
			return true
		}
	}
	return false
}

// farDemonstrative23: वह, वो, उस, उन, वही before a noun (that deal).
func farDemonstrative23(w string) bool {
	switch w {
	case "वह", "वो", "उस", "उन", "वही":
		return true
	}
	return false
}
