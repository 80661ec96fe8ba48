package track

import (
	"context"
	"math/rand"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Stances that arrive together in any order (concurrent handler calls, as
// the router's workers make them) are folded in event-time order: the same
// events as folding the stories in date order, in one Apply.
func TestSequencerFoldsInEventTimeOrder(t *testing.T) {
	stories := yearOfNews()[:120]
	sorted := append([]fixtureStory(nil), stories...)
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := sorted[i].ref().Published, sorted[j].ref().Published
		return a.Before(b) || (a.Equal(b) && sorted[i].ID < sorted[j].ID)
	})
	want := foldAll(t, newTracker(t, NewMemoryStore()), sorted)
	if len(want) == 0 {
		t.Fatal("the sorted stories make no event")
	}

	store := &countingStore{MemoryStore: NewMemoryStore()}
	seq := NewSequencer(newTracker(t, store), SequencerConfig{Quiet: time.Minute, MaxHold: time.Hour, Max: len(stories)})
	shuffled := append([]fixtureStory(nil), stories...)
	rand.New(rand.NewSource(7)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	got := map[string][]pipeline.Event{}
	var (
		mu sync.Mutex
		wg sync.WaitGroup
	)
	for _, s := range shuffled {
		wg.Add(1)
		go func() {
			defer wg.Done()
			evs, err := seq.Fold(context.Background(), s.ref(), s.stances())
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			got[s.ID] = evs
			mu.Unlock()
		}()
	}
	wg.Wait()
	var flat []pipeline.Event
	for _, s := range sorted {
		flat = append(flat, got[s.ID]...)
	}
	if !reflect.DeepEqual(flat, want) {
		t.Fatalf("sequenced\n got %+v\nwant %+v", summarize(flat), summarize(want))
	}
	if n := store.applies; n != 1 {
		t.Fatalf("%d Apply calls for one batch", n)
	}
}
