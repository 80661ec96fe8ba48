package work

// Session 35 (CONTRAST): who acts in quoted words.

// subjectActs35 reports quoted words whose doer is a bare subject before
// the frame word, a third-person pronoun or a name with no vocative mark
// after it (a comma, "!" or जी): "हैरिस ने कहा, “डोनाल्ड ट्रंप आज रैली कर
// रहे हैं”", "Y का जिक्र आते ही X बोलीं, “वह भी यहां प्रचार कर रहे हैं”"
// report what Y does; Y is not addressed, as in "“बधाई हो एलन!”" or
// "“एलन, शुक्रिया”", and the speaker backs no one.
func (s *sentCtx) subjectActs35(ci, k int, srcs []int) bool {
	for _, i := range s.inClause(ci) {
		c := s.chunks[i]
		if c.ent < 0 || !containsInt(srcs, c.ent) || c.mk != mkBare || c.tok >= k || c.second {
			continue
		}
		if c.pron != 0 {
			return true
		}
		if c.end < s.sn.b {
			switch s.w(c.end) {
			case ",", "!", "जी", "-", ":":
				continue
			}
		}
		return true
	}
	return false
}
