package work

// litotes30 reports an evaluation told by a negated comparison right
// after the evaluative word at o: "Y का फैसला देश के लिए वरदान से कम नहीं
// है", "किसी चमत्कार से कम नहीं" (nothing less than a boon, a miracle).
// The negator belongs to "से कम", not to the word, so the word's own
// polarity stands. The "से कम" may be the entry's own last words
// (evaluative.yaml's litotes entries) or follow it.
func (s *sentCtx) litotes30(o occurrence) bool {
	e := o.k + o.n
	if !(o.n >= 3 && s.w(e-2) == "से" && s.w(e-1) == "कम") {
		if s.w(e) != "से" || s.w(e+1) != "कम" {
			return false
		}
		e += 2
	}
	return e < s.sn.b && s.flag(e)&fwNeg != 0
}

// litotesOnly30 reports an evaluative entry written with its own "से
// कम" (a noun that praises only in litotes: "चमत्कार से कम"): without
// the negator after it, it says nothing of anyone.
func litotesOnly30(s *sentCtx, o occurrence) bool {
	return o.n >= 3 && s.w(o.k+o.n-2) == "से" && s.w(o.k+o.n-1) == "कम"
}
