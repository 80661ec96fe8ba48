package work

import "slices"

// titleSubject35b: "… ने कहा कि प्रधानमंत्री संविधान की किताब … लगाते हैं":
// a title opening a content clause, before one word and a genitive, is the
// clause's subject and the word after it the next phrase ("संविधान की
// किताब"), not the rest of a name or a scheme named after the office
// ("प्रधानमंत्री कीर स्टार्मर", "प्रधानमंत्री आवास योजना"), which have no
// genitive right after the word.
func titleSubject35b(s *sentCtx, k, j int) bool {
	if k-1 < s.sn.a || s.w(k-1) != "कि" || j+1 >= s.sn.b {
		return false
	}
	switch s.w(j + 1) {
	case "की", "के", "का":
		return true
	}
	return false
}

// titleEndingAt35b: a person's title (a watchlist epithet in force)
// opens a content clause and ends at token end ("… कहा कि प्रधानमंत्री
// संविधान की …"): as a name there (topicAfterSubject15), the title is the
// clause's subject, not the owner of the noun after it.
func (a *Analyzer) titleEndingAt35b(s *sentCtx, end int) bool {
	if s.st == nil {
		return false
	}
	for k := end - 1; k >= end-3 && k > s.sn.a; k-- {
		if s.w(k-1) != "कि" {
			continue
		}
		span := s.f.words[k:end]
		for _, ep := range a.epithets[span[0]] {
			if ep.kind || ep.office || ep.act || ep.entity < 0 || !a.isPerson[ep.entity] || !slices.Equal(ep.words, span) {
				continue
			}
			if ep.always || ep.period.At(s.st.published) {
				return true
			}
		}
	}
	return false
}
