package work

// Session 28 (BREAK): a denial of a charge in two coordinated words.
//
// "X ने कहा कि Y के आरोप तथ्यों से परे और बेबुनियाद हैं", "… गलत और
// निराधार हैं": SCHEMA's rejection of a charge, no stance, as "Y के आरोप
// बेबुनियाद हैं" is (weakClaim27). The weak word's subject is looked for
// right before it; a weak conjunct before और (a claim_weak word, or "N से
// परे" with a beyond_words word) stood between, and the last word was
// read as an attack said of no claim.

// pastWeakConjunct28 returns the token before a weak conjunct that ends
// at j and is followed by और or a comma ("गलत और", "तथ्यों से परे और"),
// or j itself when there is none.
func (s *sentCtx) pastWeakConjunct28(j int) int {
	if j+1 >= s.sn.b || s.w(j+1) != "और" && s.w(j+1) != "," {
		return j
	}
	switch {
	case s.class2(j)&cwClaimWeak27 != 0:
		return j - 1
	case s.class2(j)&cwBeyond28 != 0 && j-2 > s.sn.a && s.w(j-1) == "से" && s.isWord(j-2) && !s.mentionAt(j-2) && !s.inMention(j-2):
		return j - 3
	}
	return j
}
