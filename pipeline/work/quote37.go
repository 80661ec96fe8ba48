package work

// quotedCopula37 reports an opening quote at q whose words (one to twelve,
// all plain words) close right before a copula ("एलन मस्क का एक्सएआई
// 'नकल करके आगे बढ़ने वाली कंपनी' है"): the quote is a label said of the
// noun before it, which stays in the clause as an unquoted one would
// (a named company owned by the genitive before it is judged with its
// owner, chunk.go). quotedPredicate31 holds labels of up to five words
// for a subject pronoun; this one is for the possessed name's walk.
func (s *sentCtx) quotedCopula37(q int) bool {
	if q >= s.sn.b || !s.isQuoteTok(q) {
		return false
	}
	for e := q + 2; e < s.sn.b && e <= q+13; e++ {
		if !s.isQuoteTok(e) {
			if !s.isWord(e) || s.mentionAt(e) || s.inMention(e) {
				return false
			}
			continue
		}
		switch s.w(e + 1) {
		case "हैं", "है", "थे", "था", "थी", "थीं":
			return true
		}
		return false
	}
	return false
}
