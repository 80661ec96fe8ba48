package work

import "strings"

// Session 30 (FRESH-H): "Y जैसे <noun in -ों>" — names given as examples
// of a class under a postposition.
//
// "Y खदानें P और Q जैसे चंद उद्योगपतियों के हवाले कर
// रहे हैं": the names before जैसे are examples of the industrialists the
// act is done for; the oblique plural after जैसे (उद्योगपतियों, लोगों,
// दोस्तों) is under a postposition, so the names are not the bare subject:
// the tracked subject before them is. With no tracked subject before
// them ("Y जैसे लोग आम अमेरिकियों की परवाह नहीं करते", "Y जैसे
// अरबपति लोकतंत्र को …") the class, and Y with it, stays the subject.

// likeOblique30 reports chunk c (or the coordinated group it ends) right
// before a likeness mark (like_marks: जैसे/जैसी/जैसा), a noun in the
// oblique plural (-ों) one or two words after it, and a tracked bare
// chunk of another group before c in its clause.
func (s *sentCtx) likeOblique30(ci int, c *chunk) bool {
	end := s.likeMarkAfter31(c)
	if end < 0 {
		return false
	}
	oblique := false
	for j := end + 1; j <= end+2 && j < s.sn.b && s.isWord(j); j++ {
		if strings.HasSuffix(s.w(j), "ों") {
			oblique = true
			break
		}
	}
	if !oblique {
		return false
	}
	for _, i := range s.inClause(ci) {
		if d := &s.chunks[i]; d.mk == mkBare && d.ent >= 0 && d.group != c.group && d.tok < c.tok && !d.possessed {
			return true
		}
	}
	return false
}

// predicateOwner30 reports, in the words a jibe frames ("X का तंज: 'O अब
// Z की सहायक कंपनी भर रह गई है'"), a genitive owner c after the words'
// bare subject (at index subj, a name that owns nothing): Z's is the
// predicate noun O is reduced to, and the jibe is at O. (Only for
// mockery: "आरोप लगाया कि O, Z की सहायक कंपनी बन चुकी है" charges Z in
// the dev gold, dvq-105; laterNominal13 is the agent's case for all.)
func (s *sentCtx) predicateOwner30(subj int, c chunk) bool {
	if subj < 0 {
		return false
	}
	f := s.chunks[subj]
	return c.tok > f.tok && c.group != f.group && f.mk == mkBare && !f.possessed && c.possessed
}
