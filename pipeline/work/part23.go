package work

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
