package work

import "github.com/khabar/khabar/pipeline"

// Session 28 (RECALL): thanks or congratulations said to the addressee.
//
// "X ने Y को टैग करते हुए लिखा, 'शानदार जीत, बधाई!'", "X ने Y से कहा,
// 'शुक्रिया'": words of thanks or congratulations (words.yaml
// addressed_greetings) with no recipient of their own, in words addressed
// to a tracked person (addressee: Y under से or को in the clause of the
// speech verb), are the speaker's supportive stance towards Y (SCHEMA:
// thanking and congratulating are supportive). Not when the words name a
// tracked party themselves (the lexicon reads "Y को बधाई"), give the
// greeting to someone else ("टीम को बधाई") or turn something down ("नहीं,
// शुक्रिया", "शुक्रिया, पर नहीं": a refusal), and not to someone the
// words only answer (the addressee must be named under से or को).

// readAddressedGreeting28 reads content clause ci's greeting as the
// speaker's to the addressee.
func (a *Analyzer) readAddressedGreeting28(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	if cl.kind != ckContent {
		return
	}
	g := -1
	for k := cl.first(); k < s.sn.b; k++ {
		if s.flag(k)&fwNeg != 0 {
			return // ("नहीं, शुक्रिया", "शुक्रिया, पर नहीं": no thanks)
		}
	}
	for _, k := range cl.toks {
		if s.class2(k)&cwGreeting28 != 0 {
			if k > s.sn.a && s.w(k-1) == "को" {
				return // ("टीम को बधाई": a recipient of its own)
			}
			g = k
			break
		}
	}
	if g < 0 {
		return
	}
	for _, i := range s.inClause(ci) {
		// (A pronoun is the speaker or the addressee: "वे उनके आभारी
		// रहेंगे".)
		if c := s.chunks[i]; c.ent >= 0 && c.pron == 0 {
			return
		}
	}
	y := a.addressee(s, ci)
	if y < 0 || a.isDeal[y] || !s.namedAddressee28(ci, y) {
		return
	}
	mood := a.clauseMood(s, cl, g)
	if mood == pipeline.MoodFuture {
		mood = "" // ("वे उनके हमेशा आभारी रहेंगे": gratitude pledged is gratitude now)
	}
	for _, x := range a.speakers(s, ci, st, nil) {
		a.add(s, st, x, y, 1, "praise", mood, 1.0)
	}
}

// namedAddressee28 reports y named under से or को in a clause above
// content clause ci (up to three levels, as addressee reads).
func (s *sentCtx) namedAddressee28(ci, y int) bool {
	for p, depth := s.cls[ci].parent, 0; p >= 0 && depth < 3; p, depth = s.cls[p].parent, depth+1 {
		for _, i := range s.inClause(p) {
			if c := s.chunks[i]; c.ent == y && (c.mk == mkSe || c.mk == mkKo) {
				return true
			}
		}
	}
	return false
}
