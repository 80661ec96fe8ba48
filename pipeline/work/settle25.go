package work

import "github.com/khabar/khabar/pipeline"

// Session 25 (MUTUAL helper): the settlement a party breaks.

// settledWith25 reads a rupture frame that opens with "यह/वह/उस
// समझौता" (a tie noun: tieNoun18) and has no target of its own, in a story with no asserted
// tie (tieLeft18 reads those), as broken with the one whose lawsuit
// against the breaker the story reports: the settlement that ended the
// suit ("Y ने X पर मुकदमा किया था, जिसे अदालत के बाहर सुलझा लिया गया।
// … X ने अब यह समझौता तोड़ दिया"). SCHEMA: breaking a settlement is a
// rupture, the breaker → the other; the settlement itself is no stance.
// -1 otherwise (no one source, no such suit).
func (a *Analyzer) settledWith25(s *sentCtx, st *storyState, at int, srcs []int) int {
	if st == nil || st.hasTie18 || len(srcs) != 1 || at-1 < s.sn.a || !tieNoun18(s.w(at)) {
		return -1
	}
	if d := s.w(at - 1); !demonstrative(d) && d != "वह" && d != "उस" {
		return -1
	}
	x := a.ents[srcs[0]].ID
	for i := len(st.stanceList) - 1; i >= 0; i-- {
		y := st.stanceList[i]
		if y.Target == x && y.Kind == "lawsuit" && y.Polarity == pipeline.Hostile && y.Asserted() && y.Source != x {
			if e, ok := a.entByID[y.Source]; ok {
				return e
			}
		}
	}
	return -1
}
