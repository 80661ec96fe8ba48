package work

// Session 26 (EVAL): a tracked name coordinated with untracked words
// before the group's ने ("X और पार्टी प्रवक्ता Z ने", "X और
// उपराष्ट्रपति Z, दोनों ने") is one of its agents: the chunker links
// only tracked names, and X stayed a bare subject with no act of its
// own. (A को-object so coordinated is read already: targets take a
// bare name before the group's को.)

// conjunctWords26 are the flags a word of an untracked conjunct may
// have: it may start a lexicon entry or an epithet, name a role, a
// title, a body or a group ("पार्टी प्रवक्ता", "उपराष्ट्रपति").
const conjunctWords26 = fwEntry | fwEpithet | fwRoleNoun | fwTitle | fwOrgNoun | fwProxy | fwOwnerNoun | fwPairNoun

// untrackedConjunct26 makes such a bare name an agent: after its और, a
// few plain words (no mention, no function word; conjunctWords26; a
// comma with दोनों, "both", may close them) and then ने.
func (s *sentCtx) untrackedConjunct26() {
	if !s.flagsMayHave(fwAnd) {
		return // no और in the sentence: no conjunct (speed33.go)
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if !s.bareBeforeAnd30(c) {
			continue
		}
		words := 0
		for j := c.end + 1; j < s.sn.b && j <= c.end+8; j++ {
			w := s.w(j)
			if w == "ने" && words > 0 {
				c.mk, c.at = mkAgent, j
				break
			}
			if w == "," && words > 0 && s.w(j+1) == "दोनों" {
				j++
				continue
			}
			if !s.conjunctWord30(j, conjunctWords26) {
				break
			}
			words++
		}
	}
}
