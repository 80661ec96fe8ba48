package work

import "github.com/khabar/khabar/pipeline"

// Session 38: small helpers shared by readers written in earlier sessions
// (the review of session 37's duplicates).

// sole38 is the one entity a walk over chunks meets: -1 before any. see
// takes the next one and reports false once a second, different entity
// shows ("the one tracked doer, or none when there are two").
type sole38 int

func (o *sole38) see(e int) bool {
	if *o >= 0 && int(*o) != e {
		return false
	}
	*o = sole38(e)
	return true
}

// addReversed38 records src → tgt, x reversed (an answer to x, praise
// returned for it, a charge x's target makes back), with polarity pol and
// kind, its evidence the sentence sp: addAnswered25, addPraise35 and
// addSelfCharge36.
func (a *Analyzer) addReversed38(st *storyState, sp sentSpan25, x pipeline.Stance, src, tgt int, pol, kind string) {
	ev, os, oe := evidence(sp.f, &sp.sn)
	st.stances[stanceKey37(a.idKey[src], a.idKey[tgt], pol == pipeline.Hostile, "")] = len(st.stanceList)
	st.stanceList = append(st.stanceList, pipeline.Stance{Source: x.Target, Target: x.Source, Polarity: pol,
		Score: 0.6, Evidence: ev, Kind: kind, Field: sp.f.name, Start: os, End: oe})
}
