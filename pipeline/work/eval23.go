package work

// Session 23 (WMISS2): a blunder made.
//
// The blunders of evaluative.yaml ("भारी/गंभीर/ऐतिहासिक गलती", "बड़ी/
// भारी भूल") are calling only: "Y के फैसले को भारी गलती करार दिया"
// criticises Y, while the noun alone judges no one ("इसे गलती मानना
// भारी भूल होगी"). But when the blunder is made — a form of करना right
// after it ("Y ने भारी गलती की है") — the one who made it is judged, as
// with the plain "गलती की" entries and with "बड़ी गलती". blunderMade23 lets such a calling-only match be read as
// an evaluation of the clause's subject. Only की/कीं/किया: with कर दी/कर
// रहे after the blunder ("Y ने भारी गलती कर दी") the read still finds no
// one (left; the plain "गलती कर दी" entries are read).

// blunderMade23 reports a calling-only evaluation o ending in गलती or भूल
// followed by की, कीं or किया (the deed's verb; not करार, a calling).
func blunderMade23(s *sentCtx, o occurrence) bool {
	last := s.w(o.k + o.n - 1)
	if last != "गलती" && last != "भूल" {
		return false
	}
	switch k := o.k + o.n; s.w(k) {
	case "की", "कीं", "किया":
		return k < s.sn.b
	}
	return false
}

// frameNounJudged23 reports a genitive chunk c whose head noun (a frame
// word: "Y का योगदान") is the subject of a predicate evaluation o: the
// head right before o or with one intensifier between (बहुत, बेहद,
// सबसे, काफी, अत्यंत), and a copula right after o (है/हैं/था/थी/थे, रहा/
// रही/रहे) — "Y का योगदान अतुलनीय है". The owner rule above took only a
// possessed genitive, and a frame noun's genitive is the frame's own
// (its target or doer), not marked possessed. Only a named genitive and
// a one-way supportive frame noun (a contribution, a donation, help):
// "Y के आरोप निराधार हैं", "Y की आलोचना बेबुनियाद है" reject a charge,
// no stance on its author (SCHEMA), and "उनकी साझेदारी मजबूत है" is a
// tie, read by the alliance rules.
func (a *Analyzer) frameNounJudged23(s *sentCtx, c *chunk, o occurrence) bool {
	if c.mk != mkGen || c.pron != 0 || c.head < 0 || c.head >= o.k {
		return false
	}
	if e, _ := a.matchAt(s, c.head, entFrame); e == nil || e.frame.pol <= 0 || e.frame.Symmetric || e.frame.Mutual || e.frame.Kind == "alliance" {
		return false
	}
	switch o.k - c.head {
	case 1:
	case 2:
		switch s.w(c.head + 1) {
		case "बहुत", "बेहद", "सबसे", "काफी", "अत्यंत":
		default:
			return false
		}
	default:
		return false
	}
	switch s.w(o.k + o.n) {
	case "है", "हैं", "था", "थी", "थे", "रहा", "रही", "रहे":
		return true
	}
	return false
}
