package work

import "slices"

// Session 26 (REVERSE helper): role errors, a stance read the wrong way.

// nameBeforeQuote26 reports a short clause i, a name alone, that opens
// quoted words right after its name and follows none: "X ने लिखा कि …
// क्योंकि Y \"में वह बात नहीं है\"", "X ने कहा कि … और Y 'अपने ही बोझ
// तले दब रहा है'". The name is the words' subject, set off by the
// speaker's quote; it is no tag closing the clause before ("'…', Y ने
// कहा"), whose words stay the speaker's.
func (s *sentCtx) nameBeforeQuote26(i int) bool {
	c := &s.cls[i]
	if c.quoted || len(c.toks) == 0 {
		return false
	}
	if f := c.first(); f > s.sn.a && s.isQuoteTok(f-1) {
		return false
	}
	for _, ci := range s.inClause(i) {
		ch := &s.chunks[ci]
		if ch.pron != 0 || ch.ent < 0 {
			continue
		}
		n := ch.end
		// The quote opens right after the name and its words run on.
		if n+1 < s.sn.b && s.isQuoteTok(n) && s.isWord(n+1) && !slices.Contains(c.toks, n+1) {
			return true
		}
	}
	return false
}

// subjectBeforeQuote26 reports a quoted clause ci whose one source out,
// read off the clause that frames it, is a bare name standing right
// before the quote opens, inside words someone else says (the frame is
// a content clause, or has a speaker of its own): "X ने लिखा कि …
// क्योंकि Y \"में वह बात नहीं है\"". The quote sets off what the
// speaker says of the name; the name says nothing.
func (s *sentCtx) subjectBeforeQuote26(ci int, out []int) bool {
	cl := &s.cls[ci]
	if !cl.quoted || len(out) != 1 || cl.parent < 0 || len(cl.toks) == 0 || !s.isQuoteTok(cl.first()) {
		return false
	}
	if p := &s.cls[cl.parent]; p.kind != ckContent && p.speakerTok < 0 {
		return false
	}
	for _, i := range s.inClause(cl.parent) {
		if c := &s.chunks[i]; c.ent == out[0] && c.pron == 0 && c.mk == mkBare && c.end == cl.first() {
			return true
		}
	}
	return false
}
