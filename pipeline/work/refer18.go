package work

// Session 18 (REFER): references the story itself resolves.

// otherHouse18 reports an epithet at token k qualified by a place the
// watchlist does not give it: the entity's title is listed as "<W> में
// <epithet>" ("लोकसभा में नेता प्रतिपक्ष") and the text has "<X> में
// <epithet>" with X another word ("राज्यसभा में नेता प्रतिपक्ष"): the
// same office in another house, someone else's. A venue before an
// office the watchlist never qualifies ("संसद में प्रधानमंत्री ने कहा")
// is not read here.
func (a *Analyzer) otherHouse18(s *sentCtx, k int, ep *epithet) bool {
	if k-2 < s.sn.a || s.w(k-1) != "में" || !s.isWord(k-2) {
		return false
	}
	place := s.w(k - 2)
	for _, list := range a.epithets {
		for i := range list {
			o := &list[i]
			n := len(o.words)
			if o.entity != ep.entity || n != len(ep.words)+2 || o.words[1] != "में" || o.words[0] == place {
				continue
			}
			same := true
			for j, w := range ep.words {
				if o.words[j+2] != w {
					same = false
					break
				}
			}
			if same {
				return true
			}
		}
	}
	return false
}
