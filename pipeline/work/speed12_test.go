package work

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestSession12KeepInts checks that keepInts copies its input, returns
// nil for an empty one, and that an append to one kept result never
// writes over the next (each is capped at its length), also across a
// full chunk.
func TestSession12KeepInts(t *testing.T) {
	var s sentCtx
	if r := s.keepInts([]int{}); r != nil {
		t.Fatalf("empty: %v, want nil", r)
	}
	var kept [][]int
	src := []int{1, 2, 3}
	for i := range 300 {
		src[0] = i
		r := s.keepInts(src[:1+i%3])
		if len(r) != 1+i%3 || cap(r) != len(r) || r[0] != i {
			t.Fatalf("%d: kept %v (cap %d)", i, r, cap(r))
		}
		kept = append(kept, r)
	}
	src[0] = -1
	for i, r := range kept {
		_ = append(r, -99) // must copy, not write into kept[i+1]
		if r[0] != i || slices.Contains(r, -99) || slices.Contains(r, -1) {
			t.Fatalf("%d: kept %v changed", i, r)
		}
		if i+1 < len(kept) && kept[i+1][0] != i+1 {
			t.Fatalf("%d: next kept %v overwritten", i, kept[i+1])
		}
	}
}

// TestSession12CompareStances checks that compareStances sorts stances
// with distinct keys in the order Analyze's former sort.Slice gave.
func TestSession12CompareStances(t *testing.T) {
	var xs []pipeline.Stance
	for _, src := range []string{"b", "a", "c"} {
		for _, tgt := range []string{"c", "a", "b"} {
			for _, pol := range []string{pipeline.Supportive, pipeline.Hostile} {
				for _, mood := range []string{"", pipeline.MoodFuture, pipeline.MoodNegated} {
					xs = append(xs, pipeline.Stance{Source: src, Target: tgt, Polarity: pol, Mood: mood})
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(12, 12))
	for range 20 {
		r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
		ys := slices.Clone(xs)
		sort.Slice(xs, func(i, j int) bool {
			x, y := xs[i], xs[j]
			if x.Source != y.Source {
				return x.Source < y.Source
			}
			if x.Target != y.Target {
				return x.Target < y.Target
			}
			if x.Polarity != y.Polarity {
				return x.Polarity < y.Polarity
			}
			return x.Mood < y.Mood
		})
		slices.SortFunc(ys, compareStances)
		if !slices.Equal(xs, ys) {
			t.Fatalf("orders differ:\n%v\n%v", xs, ys)
		}
	}
}
