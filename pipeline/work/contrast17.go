package work

// partSe17: after a support noun, a genitive and at most two plain words
// naming a part of it ("के दूसरे चरण", "का बड़ा हिस्सा") before a से
// that comes before k: the से's index; else j unchanged. Not past a
// time or postposition ("निवेश के बाद …").
func (s *sentCtx) partSe17(j, k int) int {
	for m := j + 1; m < k && m <= j+3; m++ {
		if s.w(m) == "से" {
			if m == j+1 {
				return j
			}
			return m
		}
		if !s.isWord(m) || s.mentionAt(m) || s.flag(m)&(fwTemporal|fwPostposition) != 0 {
			return j
		}
	}
	return j
}

// judgedClaim17: chunk c is the genitive owner of a charge noun that the
// judgement at k follows at once ("Y का दावा (सरासर) झूठ है"): the chunker
// reads a claim noun whose genitive can be its speaker ("Y का दावा- …")
// as the head of a frame, not as a possessed thing. Called a lie, the
// claim attacks Y (SCHEMA); called baseless it stays a denial.
func (s *sentCtx) judgedClaim17(c *chunk, k int) bool {
	return c.mk == mkGen && c.pron == 0 && c.head >= 0 && k > c.head && k <= c.head+2 && s.flag(c.head)&fwCharge != 0 && s.isWord(c.head+1)
}
