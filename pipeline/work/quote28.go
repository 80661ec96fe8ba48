package work

// Session 28 (QUOTE): a relative clause inside quoted words.
//
// Outside quotes a relative word opens a relative clause up to the comma
// that closes it, and the host resumes after it, so a negation ten words
// on is the host's ("X ने, जिस पर …, Y की आलोचना नहीं की"). Inside a
// quote the words were split only at their own finite verbs: the
// relative's verb (है) made the host's predicate after the comma a
// clause of its own, without its doer ("“O ने सुरक्षा के मामले में,
// जिस पर पूरी दुनिया की नजर है, कभी ईमानदारी नहीं दिखाई”" lost the
// attack). relInQuote28 finds such a relative so that the quote reader
// cuts it out as the reader outside quotes does.

// relInQuote28 reports, for token j inside a quote that closes at e, a
// relative word right after a comma whose clause a later comma closes
// with words of the quote left after it: the token of that closing comma,
// or -1.
func relInQuote28(f *field, sn *sentence, fl []uint64, j, e int) int {
	if j <= sn.a+1 || j >= e-2 || f.words[j-1] != "," {
		return -1
	}
	if fl[j-sn.a]&(fwRel|fwRelAgent) == 0 && !relForm(f.words[j]) || nameAfterCoordinator(f, sn, fl, j) || agentWhen(f, j) {
		return -1
	}
	for c := j + 1; c < e-2; c++ {
		if f.words[c] != "," {
			continue
		}
		toks := make([]int, 0, c-j)
		for k := j; k < c; k++ {
			toks = append(toks, k)
		}
		if relClosed(f, sn, fl, toks, c) {
			return c
		}
		return -1
	}
	return -1
}
