package work

import (
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestGapWindow17: matchGapped (the next word a gap word) reads as
// Lexicon.matchAll for every exact entry whose second word is one
// indexed word and that admits gaps, with gap words, से, quotes and
// hyphens before that word, up to past gapWindow of them.
func TestGapWindow17(t *testing.T) {
	a := shippedAnalyzer(t)
	var gaps []string
	for w := range a.lex.gapWords {
		gaps = append(gaps, w)
	}
	sort.Strings(gaps)
	if len(gaps) < 2 {
		t.Fatal("no gap words")
	}
	g1, g2 := gaps[0], gaps[len(gaps)/2]
	n, hits := 0, 0
	for id := range a.exactOf {
		for x, e := range a.exactOf[id] {
			c := a.exactSec[id][x]
			if c < 0 || !a.lex.second[e].gap {
				continue
			}
			w, w2 := a.flagIdx.words[id], a.flagIdx.words[c]
			for _, mid := range [][]string{
				{g1}, {g1, g2}, {g1, "से"}, {g2, "'", g1}, {"-", g1}, {g1, g2, g1},
				{g1, g1, g1, g1, g1, g1, g1, g1, g1}, {g1, "राम"}, {g1, w2, g2},
			} {
				text := w + " " + strings.Join(mid, " ") + " " + w2 + " " + g1 + " अंत"
				dn, dh := compareMatchByID(t, a, a.prepare("body", text), strconv.Quote(text))
				n, hits = n+dn, hits+dh
			}
		}
	}
	if n < 1000 || hits < 100 {
		t.Fatalf("only %d tokens (%d with an entry) compared", n, hits)
	}
	t.Logf("%d tokens, %d with an entry", n, hits)
}
