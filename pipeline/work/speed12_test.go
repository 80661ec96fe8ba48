package work

import (
	"slices"
	"testing"
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

// TestSession12EntGatesAgree reads every dev story with the entIn gates
// (rules that return at once in a clause with no tracked chunk) and
// without them: the analyses must be the same. It fails when a gated
// rule comes to read a name outside its clause.
func TestSession12EntGatesAgree(t *testing.T) {
	a := shippedAnalyzer(t)
	golds := devGold(t)
	gated := make([]string, len(golds))
	for i, g := range golds {
		gated[i] = analysisJSON(t, a.Analyze(g.Story))
	}
	entGates = false
	defer func() { entGates = true }()
	n, stanced := 0, 0
	for i, g := range golds {
		y := a.Analyze(g.Story)
		if len(y.Stances) > 0 {
			stanced++
		}
		if jy := analysisJSON(t, y); gated[i] != jy {
			t.Errorf("%s: gated analysis differs from the ungated one:\n%s\n%s", g.Story.ID, gated[i], jy)
		}
		n++
	}
	if n < 1000 || stanced == 0 {
		t.Fatalf("read %d dev stories (%d with stances): too few to compare", n, stanced)
	}
}
