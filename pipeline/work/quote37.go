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

// adverbAfterAnd37 reports one to four words of time or place between
// और (or a comma) and the pronoun at token p ("कि Y … कर रहे हैं और
// हाल में उन्होंने …", "…, और पिछले हफ्ते उन्होंने …"): outlets put
// such a phrase first in the conjunct, and the subject still carries on
// (subjectCarried22). The words are plain (no name, verb, कि, negator or
// pronoun); a postposition among them is में or को only (a genitive or
// से would make a phrase of its own, "और उनके बाद उन्होंने").
func (s *sentCtx) adverbAfterAnd37(p int) bool {
	for k := p - 1; k >= s.sn.a && k >= p-5; k-- {
		switch w := s.w(k); {
		case w == "और" || w == ",":
			return k < p-1
		case !s.isWord(k) || s.mentionAt(k) || s.inMention(k):
			return false
		case s.flag(k)&fwPostposition != 0:
			if w != "में" && w != "को" {
				return false
			}
		case s.flag(k)&^(fwEntry|fwTemporal|fwTimeNoun|fwPlaceNoun) != 0:
			return false
		}
	}
	return false
}
