package work

import "strings"

// Session 20 (PREC): guards against false pairs on unseen-like text.

// bothFirms20 reports a "दोनों कंपनियां/कंपनियों" among the clause's
// chunks idx: "both companies" names two organisations, never two people.
func (s *sentCtx) bothFirms20(idx []int) bool {
	for _, i := range idx {
		if c := s.chunks[i]; c.pron == fwBoth && strings.HasPrefix(s.w(c.end), "कंपनि") {
			return true
		}
	}
	return false
}

// firmsPair20 is the pair "दोनों कंपनियां/कंपनियों" stands for when the
// pair it resolved to is ids: each person as the one organisation the
// story names and ties to them ("X की कंपनी Y …; दोनों कंपनियों के बीच
// करार"). Nil when a person has no such organisation, or more than one,
// or both map to the same one: the companies are then none of the
// tracked pair ("X ने Y पर आरोप लगाया। उन्होंने कहा कि दोनों कंपनियों
// के रिश्ते मजबूत हैं" is no tie between X and Y).
func (a *Analyzer) firmsPair20(st *storyState, ids []int) []int {
	out := []int{ids[0], ids[1]}
	for n, p := range out {
		if !a.isPerson[p] {
			continue
		}
		org := -1
		for e := range a.isPerson {
			if a.isPerson[e] || a.isDeal[e] || !st.named.has(e) || !a.tiedTo(st, p, e) {
				continue
			}
			if org >= 0 {
				return nil
			}
			org = e
		}
		if org < 0 {
			return nil
		}
		out[n] = org
	}
	if out[0] == out[1] {
		return nil
	}
	return out
}
