package work

// Session 32 (FRESHDD): the fourth fresh contrast file (dev-contrast-dd).

// correlativeComma32 reports a comma at j followed by a third-person
// pronoun that picks up a relative before it ("जो आदमी अपना रुख बदल ले,
// उस पर भरोसा करना बेवकूफी है"): inside a quote, where जो opens no clause
// of its own, the comma ends the relative, so a frame after it has the
// correlative, not जो, for its subject or target (relSubject; ddd-001a).
func (s *sentCtx) correlativeComma32(j int) bool {
	return s.w(j) == "," && j+1 < s.sn.b && s.flag(j+1)&(fwSubjPron|fwTargetPron|fwGenPron|fwObliquePron|fwAgentPron) != 0
}
