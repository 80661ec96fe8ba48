package work

import "strings"

// part23.go: a relation frame's parties stay in its own part of the
// clause. "X से मतभेद खत्म, Y को फिर बताया 'कमजोर'": Y, after the comma,
// belongs to the next part, which has a verb of its own; it is no side of
// the reconciliation.

// ownPartAfter23 reports chunk c, named after the frame at at in clause
// ci, behind a comma that follows the frame, with a finite or speech verb
// after c in that later part (before the next comma or the clause's end).
func (s *sentCtx) ownPartAfter23(ci, at int, c chunk) bool {
	comma := false
	for j := at + 1; j < c.tok; j++ {
		if s.w(j) == "," {
			comma = true
			break
		}
	}
	if !comma {
		return false
	}
	for _, j := range s.cls[ci].toks {
		if j <= c.end {
			continue
		}
		if s.w(j) == "," {
			return false
		}
		if s.flag(j)&(fwFinite|fwSpeech) != 0 {
			return true
		}
	}
	return false
}

// pointedBack23 reports a deal noun (dealNoun11) at o with a
// demonstrative right before it, or before one adjective-like word ("यह
// करार", "इस नए समझौते"), whose pair is only "दोनों" (a deal pointed back
// to; "X और Y की यह साझेदारी" names its pair and stays).
func (s *sentCtx) pointedBack23(o occurrence) bool {
	if !dealNoun11(s.w(o.k)) && !(strings.HasSuffix(s.w(o.k), "े") && dealNoun11(strings.TrimSuffix(s.w(o.k), "े")+"ा")) {
		return false
	}
	for j := o.k - 1; j >= s.sn.a && j >= o.k-2; j-- {
		switch s.w(j) {
		case "यह", "वह", "इस", "उस", "यही", "वही", "इसी", "उसी":
			// "X और Y की यह साझेदारी" names its pair even after a
			// "दोनों" earlier in the sentence (review).
			if isGenitive(s.w(j-1)) && s.w(j-2) != "दोनों" {
				return false
			}
			return s.bothBefore23(j)
		}
		if !s.isWord(j) || s.mentionAt(j) || s.inMention(j) || s.flag(j)&fwPostposition != 0 || isGenitive(s.w(j)) {
			return false
		}
	}
	return false
}

// bothBefore23 reports a "दोनों" chunk before token k in its sentence.
func (s *sentCtx) bothBefore23(k int) bool {
	for _, c := range s.chunks {
		if c.pron == fwBoth && c.tok < k {
			return true
		}
	}
	return false
}
