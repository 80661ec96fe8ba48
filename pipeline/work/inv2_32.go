package work

import "strings"

// Session 32 (INV2, T1L): a converb phrase between the agent and the act
// noun of a fronted genitive object — "Y की X ने सोमवार को लखनऊ में एक
// जनसभा को संबोधित करते हुए आलोचना की", "Y का X ने मंच से बोलते हुए मजाक
// उड़ाया". adverbialGap17 reads a short time or venue phrase there; this
// reads a phrase that closes on "<verb>ते हुए" (up to fourteen tokens after
// ने, no name, no finite verb, no ने/से/और, no act noun of its own), then at
// most three gap words before the act noun, which it returns (0 when not
// so).
func (a *Analyzer) converbGap32(s *sentCtx, n int) int {
	closed, after := false, 0
	for k := n + 1; k < s.sn.b && k <= n+14; k++ {
		if s.mentionAt(k) || s.inMention(k) || !s.isWord(k) {
			return 0
		}
		w := s.w(k)
		if e, m := a.matchAt(s, k, entFrame); e != nil {
			act := a.isAct(s, k, m)
			if closed && after <= 3 && act {
				return k
			}
			// An act inside the phrase is its own ("… की आलोचना करते
			// हुए"); an entry that is none ("जनसभा") is a word of it.
			if closed || act {
				return 0
			}
		}
		if closed {
			if !a.lex.isGap(w) {
				return 0
			}
			after++
			continue
		}
		if w == "हुए" && k > n+2 && strings.HasSuffix(s.w(k-1), "ते") {
			closed = true
			continue
		}
		if s.flag(k)&(fwFinite|fwCopula|fwNeg|fwBreak|fwKi|fwRel|fwRelAgent|fwSpeech) != 0 {
			return 0
		}
		switch w {
		case "ने", "द्वारा", "से", "और", "या":
			return 0
		}
	}
	return 0
}
