package work

// Session 30 (FRESH-S): a frame whose slot is "who?".
//
// "प्रधानमंत्री देश को बताएं कि वे किसके साथ खड़े हैं" asks whom someone
// stands with: the slot of "साथ खड़+" is the question word किसके, and no
// tracked name fills it. Read in a quote, the frame took the quote's
// subject for its target (dev-outlets-ba dba-009). A frame right after an
// interrogative pronoun in its slot (किसके/किसकी/किसका साथ …, किस पर …,
// किन्हें …) has no target of its own and is not read.

// whoSlot30 reports an interrogative pronoun right before the frame at o,
// or before the postposition that opens it.
func (s *sentCtx) whoSlot30(o occurrence) bool {
	j := o.k - 1
	if j > s.sn.a && s.flag(j)&fwPostposition != 0 && !interrogative30(s.w(j)) {
		j--
	}
	return j >= s.sn.a && interrogative30(s.w(j))
}

// interrogative30 is a form of कौन that names no one.
func interrogative30(w string) bool {
	switch w {
	case "किसके", "किसकी", "किसका", "किनके", "किनकी", "किनका", "किस", "किन", "किसे", "किन्हें", "किसको", "किनको":
		return true
	}
	return false
}
