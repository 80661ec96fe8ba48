package work

// silenceOwn31 reports a silence frame ("एक शब्द (भी) नहीं कहा/बोला") in
// a sentence's own main clause, outside anyone's words, whose silent one
// is the clause's named agent: "X ने सभा में Y की विदेश नीति पर एक शब्द
// भी नहीं कहा" (ddb-001b) is the narrator telling what X left unsaid —
// no one holds the silence against anyone, and X's silence about Y's
// policy is no attack on Y. The frame holds silence against the silent
// one only in someone's words ("Z ने कहा कि X ने … एक शब्द नहीं कहा").
func (s *sentCtx) silenceOwn31(ci int, o occurrence) bool {
	if s.w(o.k) != "शब्द" || ci < 0 || ci >= len(s.cls) {
		return false
	}
	cl := &s.cls[ci]
	if cl.kind != ckMain || cl.quoted || cl.parent >= 0 || s.sn.qspk != spkNone || s.sn.qa >= 0 {
		return false
	}
	for i := range s.chunks {
		c := &s.chunks[i]
		if c.clause == ci && c.mk == mkAgent && c.ent >= 0 && c.pron == 0 && c.tok < o.k {
			return true
		}
	}
	return false
}
