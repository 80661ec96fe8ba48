package work

import (
	"testing"
)

// BenchmarkMatcherGround is the matcher with grounding, as the work stage
// runs it: scan, neighbour checks and antecedent resolution over a
// story's title and body (normalised and tokenised before the timer), on
// the same >= 5 MB corpus as BenchmarkMatcher.
func BenchmarkMatcherGround(b *testing.B) {
	stories := benchCorpus(b, 5<<20)
	n := corpusBytes(stories)
	m := newMatcher(groundingWatchlist(b).Entities())
	fields := make([][]*field, len(stories))
	for i, s := range stories {
		fields[i] = []*field{groundField("title", s.Title), groundField("body", s.Body)}
	}
	b.SetBytes(n)
	b.ResetTimer()
	c0 := cpuNow()
	for b.Loop() {
		for _, fs := range fields {
			m.ground(fs)
		}
	}
	cpuRate(b, c0, n)
}
