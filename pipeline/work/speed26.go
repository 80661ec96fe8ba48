package work

import "sort"

// Session 26 (SPEED): story-level readers that searched a whole field
// where the mentions' order or a stance's span already says where to
// look.

// mentionStarting26 is the index of the mention of f whose first token
// is k (the last such, if several), by a search of f.mentions (in token
// order): no map from first tokens is built per field.
func mentionStarting26(f *field, k int) (int, bool) {
	ms := f.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].tok > k })
	if i > 0 && ms[i-1].tok == k {
		return i - 1, true
	}
	return -1, false
}

// spanTokens26 is the range [lo, hi) of f's tokens that start inside the
// original span [start, end] (a stance's evidence), found by two
// searches: the original offsets of the tokens rise with them, so a
// token outside the range starts before start or after end. A reader
// that wants the tokens lying inside the span reads only these.
func spanTokens26(f *field, start, end int) (int, int) {
	toks := f.toks
	lo := sort.Search(len(toks), func(k int) bool { return f.text.OrigOffset(toks[k].Start) >= start })
	hi := lo + sort.Search(len(toks)-lo, func(k int) bool { return f.text.OrigOffset(toks[lo+k].Start) > end })
	return lo, hi
}

// completiveAuxLead26 is the bytes every form of completiveAux22 opens
// with (चुक-'s stem): completive22 reads the map only for a word that
// has them.
var completiveAuxLead26 = commonLead26(completiveAux22)

// commonLead26 is the longest byte prefix of all the keys of set ("" for
// none): a word without it is no key.
func commonLead26(set map[string]bool) string {
	lead, first := "", true
	for w := range set {
		if first {
			lead, first = w, false
			continue
		}
		n := 0
		for n < len(lead) && n < len(w) && lead[n] == w[n] {
			n++
		}
		lead = lead[:n]
	}
	return lead
}
