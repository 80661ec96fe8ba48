package work

// Session 30 (FRESH-H): a verbless part after a comma with its own "कोई …
// नहीं".
//
// "X बोले- Y से रिश्ता खत्म, दोबारा जोड़ने का कोई इरादा नहीं": a
// headline's verbless predicate (खत्म) stands before a comma, and the
// part after it is a predication of its own — "no intention", "no
// regret" — whose कोई … नहीं negates only itself. The clause layer did
// not split at the comma (no finite verb before it), so the negation
// reached the break. The frame before the comma is asserted.

// negCommaPart30 reports a frame at k whose clause has no negator up to
// the first comma after k, and after that comma a कोई before its first
// negator.
func (a *Analyzer) negCommaPart30(s *sentCtx, cl *clause, k int) bool {
	comma := -1
	for _, j := range cl.toks {
		if s.flag(j)&fwNeg != 0 && !a.negationExcepted(s, j) {
			if comma < 0 {
				return false // a negator before the comma (or the frame)
			}
			break
		}
		if j > k && comma < 0 && s.w(j) == "," {
			comma = j
		}
	}
	if comma < 0 {
		return false
	}
	for _, j := range cl.toks {
		if j <= comma {
			continue
		}
		if s.w(j) == "कोई" {
			return true
		}
		if s.flag(j)&fwNeg != 0 {
			// "X मेरे सबसे करीबी दोस्त, उनकी कंपनियों में पैसा
			// लगाकर कभी पछतावा नहीं हुआ": the negator before a
			// finite verb of its own closes a clause of its own
			// (session 36, mood36.go).
			return s.ownFiniteNeg36(j, comma)
		}
	}
	return false
}
