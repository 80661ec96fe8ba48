package work

// Session 28 (RECALL): money placed in Y, the sum named before Y.
//
// "X ने <company> के शेयर बेचे, रकम Y में लगाई", "X ने पूरी पूंजी Y
// में लगा दी": moneyPlaced read the sum only after the verb or before
// it with Y earlier ("Y में N डॉलर लगाए"); a money word right before the
// name Y marked में, with the verb of placing right after में, is the
// same investment (SCHEMA: X → Y supportive, donation).

// moneyBeforePlace28 reports, for the verb of placing at k after "Y में",
// a money word of clause ci right before Y's name (one word such as
// "सारी", "पूरी" may stand between).
func (s *sentCtx) moneyBeforePlace28(ci, k int) bool {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || c.mk != mkBetween || c.at != k-1 {
			continue
		}
		return moneyWord(s.w(c.tok-1)) || moneyWord(s.w(c.tok-2)) && s.isWord(c.tok-1) && !s.mentionAt(c.tok-1) && s.flag(c.tok-1) == 0
	}
	return false
}
