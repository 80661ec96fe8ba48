package work

// Session 29 (FRESH-H): two tracked agents coordinated when the second
// carries a title or descriptor of its own ("प्रधानमंत्री X और नेता
// प्रतिपक्ष Y ने एक-दूसरे पर हमले किए"). The chunker links adjacent names
// and one title word; coord26.go links an untracked conjunct followed by
// ने. With two or more plain words before a tracked name the first name
// stayed a bare subject, so a reciprocal or a shared act lost one agent.

// titledConjunct29 gives a bare tracked name before और the agent marker
// and group of the tracked name that follows a few plain words
// (conjunctWords26 or unflagged, no mention, no function word) and takes
// ने.
func (s *sentCtx) titledConjunct29() {
	if !s.flagsMayHave(fwAnd) {
		return // no और in the sentence: no conjunct (speed33.go)
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if !s.bareBeforeAnd30(c) {
			continue
		}
		if d := s.titledNext32(c); d != nil && d.mk == mkAgent && d.pron == 0 && d.ent >= 0 && d.ent != c.ent {
			c.mk, c.at, c.head, c.possessed, c.group = d.mk, d.at, d.head, d.possessed, d.group
		}
	}
	s.titledConjunct32()
}

// titledNext32 is the chunk that follows c after two to five plain words
// (conjunctWords26 or unflagged, no mention, no function word: a title),
// nil if another chunk or word comes first.
func (s *sentCtx) titledNext32(c *chunk) *chunk {
	words := 0
	for j := c.end + 1; j < s.sn.b && j <= c.end+5; j++ {
		if d := s.chunkStartingAt29(j); d != nil {
			if words >= 2 {
				return d
			}
			return nil
		}
		if !s.conjunctWord30(j, conjunctWords26) {
			return nil
		}
		words++
	}
	return nil
}

// chunkStartingAt29 is the chunk whose first token is k, nil if none.
func (s *sentCtx) chunkStartingAt29(k int) *chunk {
	for i := range s.chunks {
		if s.chunks[i].tok == k {
			return &s.chunks[i]
		}
	}
	return nil
}
