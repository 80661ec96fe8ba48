package work

// dealingRefusable29 reports clause ci of a sentence with a negator
// holding a word of dealing_nouns ("Y के साथ कोई सौदा नहीं करेंगे"):
// readSnubPlain23 reads it as it reads "Y से बात नहीं करेंगे" (SCHEMA:
// refusing to work with Y is a snub, X → Y hostile). A clause with a
// contact word of its own is read there already.
func (s *sentCtx) dealingRefusable29(ci int) bool {
	if !s.flagsMayHave(fwNeg) {
		return false
	}
	for _, k := range s.cls[ci].toks {
		if s.class2(k)&cwDealing29 != 0 {
			return true
		}
	}
	return false
}
