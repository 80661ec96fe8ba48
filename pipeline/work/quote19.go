package work

// chargeBefore19 reports a charge word (आरोप-, इल्जाम) in the sentence
// before the one being read: "इसे" after it points at the charge, and
// calling a charge something is a denial (convention 4), not an answer
// to an attack (itsActOwner).
func chargeBefore19(s *sentCtx) bool {
	for k := s.sn.a - 1; k >= 0 && k >= s.sn.a-80; k-- {
		w := s.f.words[k]
		if k < s.sn.a-1 && (w == "।" || w == "?" || w == "!") {
			return false
		}
		if chargeNounAny(w) {
			return true
		}
	}
	return false
}

// falsityAfter19 reports a word that only calls words untrue (गलत,
// बेबुनियाद, निराधार …) within three tokens after k ("इसे बेबुनियाद
// बताया"): a denial, no stance towards the one denied.
func falsityAfter19(s *sentCtx, k int) bool {
	for j := k + 1; j <= k+3 && j < s.sn.b; j++ {
		if falsityWord(s.w(j)) {
			return true
		}
	}
	return false
}
