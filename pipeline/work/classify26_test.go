package work

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// topicTypesByID is how classifyTopic read the types before
// topicTypes26: from the sorted IDs, each looked up.
func topicTypesByID(a *Analyzer, ids []string) []string {
	var types []string
	var seen [3]bool
	for _, id := range ids {
		e, ok := a.entByID[id]
		if !ok {
			continue
		}
		for i, t := range []string{pipeline.TypePerson, pipeline.TypeOrg, pipeline.TypeDeal} {
			if a.ents[e].Type == t && !seen[i] {
				seen[i] = true
				types = append(types, t)
			}
		}
	}
	return types
}

// topicTypes26 gives the types the IDs' look-up gave, in the same order,
// for any set of the watchlist's entities in any order (the IDs sorted
// decide it, not the order the story names them in).
func TestTopicTypes26(t *testing.T) {
	a, err := New(groundingWatchlist(t))
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, e := range a.ents {
		kinds[e.Type]++
	}
	if kinds[pipeline.TypePerson] == 0 || kinds[pipeline.TypeOrg] == 0 || kinds[pipeline.TypeDeal] == 0 {
		t.Fatalf("the watchlist lacks a type: %v", kinds)
	}
	r := rand.New(rand.NewPCG(26, 4))
	orders := map[string]bool{}
	for range 5000 {
		var seen []int
		for range r.IntN(8) {
			if e := r.IntN(len(a.ents)); !slices.Contains(seen, e) {
				seen = append(seen, e)
			}
		}
		ids := make([]string, 0, len(seen))
		for _, e := range seen {
			ids = append(ids, a.ents[e].ID)
		}
		slices.Sort(ids)
		want := topicTypesByID(a, ids)
		var buf [len(topicKinds26)]string
		got := a.topicTypes26(seen, &buf)
		if !slices.Equal(got, want) {
			t.Fatalf("entities %v: types %v, want %v", ids, got, want)
		}
		orders[fmtTypes(got)] = true
	}
	// Most lists of the three types (in their orders) are drawn.
	if len(orders) < 10 {
		t.Errorf("only %d type lists drawn", len(orders))
	}
}

func fmtTypes(ts []string) string {
	s := ""
	for _, x := range ts {
		s += x + ","
	}
	return s
}
