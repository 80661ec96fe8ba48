package work

import (
	"sort"
	"testing"
)

// BenchmarkMatcherGround is the matcher as the work stage runs it, on the
// same >= 5 MB corpus as BenchmarkMatcher (fields normalised and
// tokenised before the timer), three ways in one run:
//   - scan: the automaton alone (what BenchmarkMatcher/trie measures);
//   - scan+tokens: the automaton plus what the work stage did per match
//     before grounding (two binary searches for the token range, the
//     mention appended);
//   - ground: Matcher.ground, the automaton plus neighbour checks,
//     institution nouns and antecedent resolution over title and body.
func BenchmarkMatcherGround(b *testing.B) {
	stories := benchCorpus(b, 5<<20)
	n := corpusBytes(stories)
	m := newMatcher(groundingWatchlist(b).Entities())
	fields := make([][]*field, len(stories))
	for i, s := range stories {
		fields[i] = []*field{groundField("title", s.Title), groundField("body", s.Body)}
	}
	run := func(name string, fn func(fs []*field)) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(n)
			c0 := cpuNow()
			for b.Loop() {
				for _, fs := range fields {
					fn(fs)
				}
			}
			cpuRate(b, c0, n)
		})
	}
	run("scan", func(fs []*field) {
		for _, f := range fs {
			m.Count(f.text.Norm)
		}
	})
	run("scan+tokens", func(fs []*field) {
		for _, f := range fs {
			f.mentions = f.mentions[:0]
			m.scan(f.text.Norm, func(r rawMatch) {
				t := m.term[r.node]
				ti := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Start >= r.start })
				tj := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Start >= r.end })
				if t.kind != termExclude {
					f.mentions = append(f.mentions, mention{entity: int(t.entity), start: r.start, end: r.end, tok: ti, tokEnd: tj})
				}
			})
		}
	})
	run("ground", func(fs []*field) { m.ground(fs) })
}
