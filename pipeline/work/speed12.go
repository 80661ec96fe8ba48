package work

import (
	"strings"

	"github.com/khabar/khabar/pipeline"
)

// keepInts returns a copy of r (nil when r is empty) carved from s.ints,
// a chunk shared by many such results: one allocation serves many calls
// that would each allocate their own small slice. A carved slice's
// capacity is its length, so a caller's append copies it rather than
// write over the next result; a chunk is never reused, only replaced
// when full, so a result stays valid for as long as it is held.
func (s *sentCtx) keepInts(r []int) []int {
	if len(r) == 0 {
		return nil
	}
	if cap(s.ints)-len(s.ints) < len(r) {
		s.ints = make([]int, 0, max(256, len(r)))
	}
	n := len(s.ints)
	s.ints = append(s.ints, r...)
	return s.ints[n:len(s.ints):len(s.ints)]
}

// speakersKept is speakers asked with no buffer: the speakers are read
// into a scratch buffer of s (one per depth of nested calls: speakers may
// be asked again while it reads) and kept by keepInts, so the many calls
// that want a short list do not each allocate one.
func (a *Analyzer) speakersKept(s *sentCtx, ci int, st *storyState) []int {
	d := s.spDepth
	if d >= len(s.spBufs) {
		s.spBufs = append(s.spBufs, make([]int, 0, 8))
	}
	s.spDepth++
	r := a.speakers(s, ci, st, s.spBufs[d][:0])
	s.spDepth--
	if cap(r) > cap(s.spBufs[d]) {
		s.spBufs[d] = r[:0] // grown: keep the larger buffer
	}
	return s.keepInts(r)
}

// entIn reports a chunk of clause ci that names someone tracked (ent >=
// 0). A rule whose every reading needs such a chunk in the clause (the
// partner, the giver, the agent) returns at once without one: about a
// quarter of the clauses read have none.
func (s *sentCtx) entIn(ci int) bool {
	if s.open {
		return true
	}
	for _, i := range s.inClause(ci) {
		if s.chunks[i].ent >= 0 {
			return true
		}
	}
	return false
}

// compareStances orders a story's stances by source, target, polarity
// and mood, as Analyze's sort.Slice did: those four are a stance's key in
// the story (stanceKey), so the order is total and any sort gives the
// same one; slices.SortFunc needs no reflection or allocation.
func compareStances(x, y pipeline.Stance) int {
	if c := strings.Compare(x.Source, y.Source); c != 0 {
		return c
	}
	if c := strings.Compare(x.Target, y.Target); c != 0 {
		return c
	}
	if c := strings.Compare(x.Polarity, y.Polarity); c != 0 {
		return c
	}
	return strings.Compare(x.Mood, y.Mood)
}

// untrackedTarget reports a chunk of clause ci that noteUntrackedHits
// would note: a tracked name (no pronoun) marked खिलाफ, पर or को. Like
// entIn, a gate (the Analyzer's openGuards opens it).
func (s *sentCtx) untrackedTarget(ci int) bool {
	if s.open {
		return true
	}
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && c.pron == 0 && (c.mk == mkKhilaf || c.mk == mkPar || c.mk == mkKo) {
			return true
		}
	}
	return false
}

// entWith is entIn for a chunk whose marker is in mks (bits 1<<marker):
// a rule that reads only a partner marked so ("Y के साथ", "Y ने")
// returns at once in a clause with no such tracked chunk.
func (s *sentCtx) entWith(ci int, mks uint32) bool {
	if s.open {
		return true
	}
	for _, i := range s.inClause(ci) {
		if c := &s.chunks[i]; c.ent >= 0 && mks&(1<<c.mk) != 0 {
			return true
		}
	}
	return false
}
