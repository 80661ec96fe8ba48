package work

// Session 25 (MUTUAL helper): a reply that only rejects the charge.

// rejectsCharge25 reports, in clause ci, a charge called baseless ("Y के
// दावों को निराधार बताते हुए", "आरोपों को बेबुनियाद बताया": a charge
// noun, को, then within three words an unjustified word) or denied (a
// denial word within the same three words: "आरोपों को सिरे से खारिज
// किया"). SCHEMA: rejecting or
// denying a charge is no stance towards its author, so a retort ("जवाब
// में …") whose act is that rejection answers no one; calling the charge
// lies or fabricated still attacks (those words are evaluatives of
// their own, not unjustified ones).
func (s *sentCtx) rejectsCharge25(ci int) bool {
	if ci < 0 || ci >= len(s.cls) || !s.flagsMayHave(fwCharge) || !s.flagsMayHave(fwUnjust|fwDenial) {
		return false
	}
	for _, k := range s.cls[ci].toks {
		if s.flag(k)&fwCharge == 0 || s.w(k+1) != "को" {
			continue
		}
		for j := k + 2; j <= k+4 && j < s.sn.b; j++ {
			if s.flag(j)&(fwUnjust|fwDenial) != 0 {
				return true
			}
		}
	}
	return false
}
