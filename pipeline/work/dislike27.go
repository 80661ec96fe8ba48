package work

import "github.com/khabar/khabar/pipeline"

// Session 27 (TURN helper): dislike of what Y is doing.
//
// "X ने कहा कि Y महान हैं, लेकिन (इस समय) (वह) जो कर रहे हैं, वह उन्हें
// पसंद नहीं", "X बोले- Y मेरे दोस्त, पर अभी जो कर रहे हैं वह पसंद नहीं":
// the criticism half of praise with a turn (SCHEMA, ruling of session 26,
// rule 3). The thing disliked is "what (Y) is doing", a relative "जो कर
// …" whose doer is left to the clause before: the tracked subject named
// last before जो (by name or a pronoun grounded to him). The speaker of
// the words → that doer, hostile (criticism), in the clause's mood (its
// negation is the dislike itself).

// readDislikedDoing27 reads clause ci's negated "पसंद" about "what Y is
// doing".
func (a *Analyzer) readDislikedDoing27(s *sentCtx, ci int, st *storyState) {
	cl := &s.cls[ci]
	k := -1
	for _, t := range cl.toks {
		if s.class2(t)&cwDislike27 != 0 && s.negatedAfter27(t) {
			k = t
			break
		}
	}
	if k < 0 {
		return
	}
	r := -1
	for j := k - 1; j > s.sn.a; j-- {
		if s.w(j) == "जो" && s.w(j+1) == "कर" {
			r = j
			break
		}
	}
	if r < 0 {
		return
	}
	srcs := a.speakers(s, ci, st, nil)
	if len(srcs) != 1 {
		return
	}
	doer, end := -1, -1
	for _, c := range s.chunks {
		if c.tok < r && c.ent >= 0 && c.ent != srcs[0] && c.mk == mkBare {
			doer, end = c.ent, c.end
		}
	}
	// Right before जो stands the doer himself, a pronoun standing for
	// him ("वह जो …") or a sentence adverb ("पर अभी जो …"); "पर भारत जो
	// कर रहा है …" has its own doer.
	if doer < 0 || end < r && s.class(r-1)&cwSentAdverb == 0 && s.flag(r-1)&fwSubjPron == 0 {
		return
	}
	mood := a.clauseMood(s, cl, k)
	if mood == pipeline.MoodNegated {
		mood = "" // (the negation is the dislike itself)
	}
	a.add(s, st, srcs[0], doer, -1, "criticism", mood, 1.0)
}

// negatedAfter27 reports a negator within two words after token k ("पसंद
// नहीं", "पसंद भी नहीं").
func (s *sentCtx) negatedAfter27(k int) bool {
	for j := k + 1; j <= k+2 && j < s.sn.b; j++ {
		if s.flag(j)&fwNeg != 0 {
			return true
		}
	}
	return false
}
