package work

// The two tests the coordination readers share (untrackedConjunct26,
// coord26.go; untrackedBoth28, refer28.go; titledConjunct29,
// coord29.go), written once (session 30; each reader had its own copy).

// bareBeforeAnd30 reports chunk c a bare tracked name with और right
// after it ("X और …"): the first conjunct the readers complete.
func (s *sentCtx) bareBeforeAnd30(c *chunk) bool {
	return c.mk == mkBare && c.pron == 0 && c.ent >= 0 && c.at == c.end && c.end < s.sn.b && s.flag(c.end)&fwAnd != 0
}

// conjunctWord30 reports token j a plain word of an untracked conjunct:
// a word in no mention, with no function-word flag outside allowed
// (conjunctWords26; untrackedBoth28 also allows a genitive pronoun,
// "X और उनके सलाहकारों").
func (s *sentCtx) conjunctWord30(j int, allowed uint64) bool {
	return s.isWord(j) && !s.mentionAt(j) && !s.inMention(j) && s.flag(j)&^allowed == 0
}
