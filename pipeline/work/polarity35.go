package work

import "github.com/khabar/khabar/pipeline"

// Session 35 (POLARITY): readings that keep a stance's polarity with the
// party it is about.

// chiefOpposed35 reports an asserted stance x.Source → pid of the other
// polarity among the story's own stances (out, before any chief is
// added): the story sets the chief apart from his organisation ("ट्रंप
// ने मेटा को लताड़ा पर जुकरबर्ग को सराहा"; the organisation's praise
// beside a threat to its chief), so S → O does not pass to P.
func chiefOpposed35(out []pipeline.Stance, x pipeline.Stance, pid string) bool {
	for _, y := range out {
		if y.Source == x.Source && y.Target == pid && y.Polarity != x.Polarity && y.Asserted() && x.Asserted() {
			return true
		}
	}
	return false
}

// pastStake35 reports an investor role in the simple past ("X, Y के
// शुरुआती निवेशकों में थे"), which readAmong leaves unread: a stake once
// held. A donor in the simple past ("X पिछले चुनाव में Y के सबसे बड़े
// दानदाताओं में थे") states money given, past support stated as fact.
func pastStake35(noun, cop string) bool {
	if noun != "निवेशकों" {
		return false
	}
	return cop == "थे" || cop == "था" || cop == "थी"
}
