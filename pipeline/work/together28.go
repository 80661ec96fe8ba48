package work

// Session 28 (BREAK): "Y के साथ मिलकर काम नहीं …".
//
// "X, Y के साथ मिलकर Z पर हमला बोला": Y acts with X, a co-agent, no target
// (the genitive reads "के साथ मिलकर" as a modifier). When the act is
// work refused ("Y के साथ मिलकर काम नहीं करेगा", "… काम करने के इच्छुक
// नहीं") Y is the one X will not work with, as in "Y के साथ काम नहीं
// करेंगे": a snub (SCHEMA). Work agreed ("मिलकर काम करेंगे") stays read as
// before: on dev the one story it changed (dve-058) is labelled without
// the partner the reading adds, so the positive half is left alone. The
// word after मिलकर is a work_nouns word (words.yaml), a negator within the
// next five words with no clause break between.

// workTogether28 reports a work_nouns word at token k refused by a
// negator after it.
func (s *sentCtx) workTogether28(k int) bool {
	if k >= s.sn.b || s.class2(k)&cwWork28 == 0 {
		return false
	}
	for j := k + 1; j < s.sn.b && j <= k+5; j++ {
		if s.flag(j)&fwBreak != 0 || !s.isWord(j) {
			return false
		}
		if s.flag(j)&fwNeg != 0 {
			return true
		}
	}
	return false
}
