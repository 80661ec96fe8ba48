package work

// Session 23 (WMISS2): a blunder made.
//
// The blunders of evaluative.yaml ("भारी/गंभीर/ऐतिहासिक गलती", "बड़ी/
// भारी भूल") are calling only: "Y के फैसले को भारी गलती करार दिया"
// criticises Y, while the noun alone judges no one ("इसे गलती मानना
// भारी भूल होगी"). But when the blunder is made — a form of करना right
// after it ("Y ने भारी गलती की है", "Y गंभीर गलती कर रहे हैं") — the one
// who made it is judged, as with the plain "गलती की" entries and with
// "बड़ी गलती". blunderMade23 lets such a calling-only match be read as
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
