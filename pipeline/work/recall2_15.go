package work

// Session 15, RECALL2 helper: round 2 on the misses of the blind files.

// lastKoBefore15 is the chunk index of the last को-object of clause ci
// before token k (the one a calling label after it names), or -1.
func (s *sentCtx) lastKoBefore15(ci, k int) int {
	last := -1
	for _, i := range s.inClause(ci) {
		if c := s.chunks[i]; c.mk == mkKo && c.tok < k {
			last = i
		}
	}
	return last
}

// koOfOtherAct15 reports a को-object c that an act of its own stands
// between and the calling's last को-object ("A को तरजीह देने का आरोप
// लगाते हुए Y को 'B' कहा"): only a list (और, तथा, एवं, a comma, भी)
// joins two objects of one calling.
func (s *sentCtx) koOfOtherAct15(c *chunk, last int) bool {
	// A possessor and its possessed thing share one को ("Y की कंपनी Z
	// के मॉडल को"): read from c's own postposition on.
	if last < 0 || s.chunks[last].tok <= c.tok || c.at >= s.chunks[last].tok {
		return false
	}
	for j := c.at; j < s.chunks[last].tok; j++ {
		switch s.w(j) {
		case "को", "और", "तथा", "एवं", ",", "भी", "व":
			continue
		}
		return true
	}
	return false
}
