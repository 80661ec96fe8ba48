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
	// One batch: its timeline and history records, then its pair records.
	if n := store.applies; n != 2 {
		t.Fatalf("%d Apply calls for one batch", n)
	}
}

// The sequenced bus handler: a batch message in, its events out; the same
// message again republishes the events of its first fold (same ids), and a
// story without an id is a permanent error.
func TestSequencedHandler(t *testing.T) {
	seq := NewSequencer(newTracker(t, NewMemoryStore()), SequencerConfig{Quiet: time.Millisecond, MaxHold: time.Second, Max: 1})
	h := SequencedHandler(seq)
	ctx := context.Background()
	var ids []string
	for i, src := range []string{"khabar-ek", "khabar-do"} {
		at := day0.Add(time.Duration(i) * time.Hour)
		b := pipeline.StanceBatch{Story: pipeline.StoryRef{ID: "s" + src, Published: at, Fetched: at, Source: src},
			Pair:    pipeline.SortedPair("elon-musk", "sam-altman"),
			Stances: []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "मस्क ने ऑल्टमैन पर निशाना साधा।"}}}
		msg, err := pipeline.Encode(pipeline.PairKey(b.Pair[0], b.Pair[1]), b)
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			outs, err := h(ctx, msg)
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range outs {
				var em pipeline.EventMessage
				if err := pipeline.Decode(o.Msg, &em); err != nil {
					t.Fatal(err)
				}
				ids = append(ids, em.Event.ID)
			}
		}
	}
	want := []string{"new-feud:elon-musk|sam-altman:skhabar-do", "new-feud:elon-musk|sam-altman:skhabar-do"}
	if !reflect.DeepEqual(ids, want) {
		t.Fatalf("events %v, want %v (the second a republish)", ids, want)
	}
	bad, _ := pipeline.Encode("x", pipeline.StanceBatch{Stances: []pipeline.Stance{{Source: "a", Target: "b", Polarity: pipeline.Hostile}}})
	if _, err := h(ctx, bad); !pipeline.IsPermanent(err) {
		t.Fatalf("story without id: %v, want a permanent error", err)
	}
}
