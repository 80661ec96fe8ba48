package track

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

var errCrash = errors.New("writer killed")

// tornStore applies ops one by one and dies after budget of them: a Kafka
// store whose process is killed in the middle of an Apply (each op is one
// record). A negative budget never dies.
type tornStore struct {
	*MemoryStore
	mu     sync.Mutex
	budget int
	wrote  int
}

func (s *tornStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	for _, op := range ops {
		s.mu.Lock()
		dead := s.budget >= 0 && s.wrote >= s.budget
		if !dead {
			s.wrote++
		}
		s.mu.Unlock()
		if dead {
			return errCrash
		}
		if err := s.MemoryStore.Apply(ctx, op); err != nil {
			return err
		}
	}
	return nil
}

// crashBatch: two pairs, each turning rivals (an event) in the batch, and
// an unasserted story.
func crashBatch() []Item {
	var items []Item
	add := func(id string, day int, src, a, b, pol, mood string) {
		at := dayAt(day)
		items = append(items, Item{Story: StoryRef{ID: id, Published: at, Fetched: at.Add(time.Hour), Source: src, Title: "शीर्षक " + id},
			Stances: []pipeline.Stance{{Source: a, Target: b, Polarity: pol, Mood: mood, Score: 0.9, Evidence: "उन्होंने " + id + " में आलोचना की।"}}})
	}
	add("c1", 1, "khabar-ek", "elon-musk", "sam-altman", pipeline.Hostile, "")
	add("c2", 2, "khabar-do", "donald-trump", "elon-musk", pipeline.Hostile, "")
	add("c3", 3, "khabar-do", "sam-altman", "elon-musk", pipeline.Hostile, "")
	add("c4", 4, "khabar-teen", "elon-musk", "donald-trump", pipeline.Hostile, "")
	add("c5", 5, "khabar-teen", "elon-musk", "donald-trump", pipeline.Supportive, "question")
	add("c6", 6, "khabar-ek", "elon-musk", "sam-altman", pipeline.Hostile, "")
	return items
}

func published(res []folded) map[string]pipeline.Event {
	out := map[string]pipeline.Event{}
	for _, r := range res {
		for _, e := range append(slices.Clone(r.events), r.again...) {
			out[e.ID] = e
		}
	}
	return out
}

// A fold killed after any number of its records, then delivered again to
// a restarted tracker, ends with exactly the state and the events of a
// clean fold: the pair record is the only commit point, so no story counts
// twice, none is lost, and the events are published (again) once folded.
func TestCrashAtEveryWrite(t *testing.T) {
	ctx := context.Background()
	items := crashBatch()
	clean := &tornStore{MemoryStore: NewMemoryStore(), budget: -1}
	res, err := newTracker(t, clean).foldBatch(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	want := published(res)
	if len(want) != 2 {
		t.Fatalf("clean fold published %d events, want 2 new feuds", len(want))
	}
	total := clean.wrote
	for k := range total {
		t.Run(fmt.Sprintf("killed-after-%d-of-%d", k, total), func(t *testing.T) {
			s := &tornStore{MemoryStore: NewMemoryStore(), budget: k}
			if _, err := newTracker(t, s).foldBatch(ctx, items); !errors.Is(err, errCrash) {
				t.Fatalf("fold on a store killed after %d records: %v", k, err)
			}
			s.budget = -1
			// The restarted tracker gets the whole batch again (nothing of
			// it was committed on the stances topic).
			res, err := newTracker(t, s).foldBatch(ctx, items)
			if err != nil {
				t.Fatal(err)
			}
			if got := published(res); !reflect.DeepEqual(got, want) {
				t.Fatalf("published after the redelivery\n got %+v\nwant %+v", slices.Collect(maps.Keys(got)), slices.Collect(maps.Keys(want)))
			}
			if !reflect.DeepEqual(s.buckets, clean.buckets) {
				for b := range clean.buckets {
					if !reflect.DeepEqual(s.buckets[b], clean.buckets[b]) {
						t.Errorf("bucket %q differs from a clean fold: %d keys, want %d", b, len(s.buckets[b]), len(clean.buckets[b]))
					}
				}
				t.FailNow()
			}
			// And a third delivery changes nothing.
			again, err := newTracker(t, s).foldBatch(ctx, items)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range again {
				if len(r.events) != 0 {
					t.Fatalf("item %d emitted %d new events on its third delivery", i, len(r.events))
				}
			}
			if got := published(again); !reflect.DeepEqual(got, want) {
				t.Fatalf("third delivery republished %v", slices.Collect(maps.Keys(got)))
			}
			if !reflect.DeepEqual(s.buckets, clean.buckets) {
				t.Fatal("third delivery changed the state")
			}
		})
	}
}

// Markers are bounded by age (processing time) and by the safety cap; a
// pruned marker's events record is deleted with it; a story delivered
// again within the horizon is skipped, one past it (here: dropped by the
// cap of 3) and out of the window counts again (the documented cost of
// the bound).
func TestMarkersPruned(t *testing.T) {
	ctx := context.Background()
	now := day0.AddDate(5, 0, 0)
	clock := func() time.Time { return now }
	store := NewMemoryStore()
	tr, err := New(DefaultConfig(), store, nil, WithClock(clock), WithMarkers(time.Hour, 3), WithMarkerCap(3))
	if err != nil {
		t.Fatal(err)
	}
	srcs := []string{"khabar-ek", "khabar-do", "khabar-teen"}
	fold := func(id string, day int) []pipeline.Event {
		t.Helper()
		at := dayAt(day)
		evs, err := tr.Fold(ctx, StoryRef{ID: id, Published: at, Fetched: at, Source: srcs[day%3]},
			[]pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "आलोचना"}})
		if err != nil {
			t.Fatal(err)
		}
		return evs
	}
	key := pipeline.PairKey("elon-musk", "sam-altman")
	record := func() pairRecord {
		t.Helper()
		v, ok, err := store.Get(ctx, BucketPairs, key)
		if err != nil || !ok {
			t.Fatalf("pair record: %v %v", ok, err)
		}
		var rec pairRecord
		if err := codec.Unmarshal(v, &rec); err != nil {
			t.Fatal(err)
		}
		return rec
	}
	ids := func(rec pairRecord) []string {
		var out []string
		for _, m := range rec.Folded {
			out = append(out, m.Story)
		}
		return out
	}
	fold("p1", 1)
	if evs := fold("p2", 2); len(evs) != 1 {
		t.Fatalf("p2 emitted %v, want the new feud", evs)
	}
	if _, ok, _ := store.Get(ctx, BucketEventsPrefix+key, "p2"); !ok {
		t.Fatal("no events record for p2's marker")
	}
	fold("p3", 3)
	fold("p4", 4)
	if got := ids(record()); !reflect.DeepEqual(got, []string{"p2", "p3", "p4"}) {
		t.Fatalf("markers %v, want the newest 3", got)
	}
	fold("p5", 5)
	if _, ok, _ := store.Get(ctx, BucketEventsPrefix+key, "p2"); ok {
		t.Fatal("p2's events record outlived its marker")
	}
	// Within the horizon: skipped.
	if evs := fold("p5", 5); len(evs) != 0 || record().Counts.Stories != 5 {
		t.Fatalf("p5 folded again: %v, %d stories", evs, record().Counts.Stories)
	}
	// Past it (by the cap) and out of the window: counted again.
	fold("p1", 1)
	if n := record().Counts.Stories; n != 6 {
		t.Fatalf("%d stories after p1 came back past the horizon, want 6 (counted twice)", n)
	}
	// By age: two hours later only the new fold's marker is left.
	now = now.Add(2 * time.Hour)
	fold("p6", 6)
	if got := ids(record()); !reflect.DeepEqual(got, []string{"p6"}) {
		t.Fatalf("markers %v after 2 h, want only p6", got)
	}
	if s := record().PairState; s.State != StateRivals {
		t.Fatalf("state %s", s.State)
	}
}

// A marker written by an earlier version (BucketFolded) still stops a
// second fold, and its events are published again.
func TestLegacyMarkerHonoured(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryStore()
	tr := newTracker(t, store)
	ev := pipeline.Event{Kind: pipeline.KindNewFeud, ID: "new-feud:elon-musk|sam-altman:old", Pair: [2]string{"elon-musk", "sam-altman"}, Story: "old"}
	mv, err := markerValue(dayAt(1), []pipeline.Event{ev})
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Apply(ctx, pipeline.StateOp{Bucket: BucketFolded, Key: markerKey("old", pipeline.PairKey("elon-musk", "sam-altman")), Value: mv}); err != nil {
		t.Fatal(err)
	}
	res, err := tr.foldBatch(ctx, []Item{{Story: StoryRef{ID: "old", Published: dayAt(1), Fetched: dayAt(1)},
		Stances: []pipeline.Stance{{Source: "sam-altman", Target: "elon-musk", Polarity: pipeline.Hostile}}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res[0].events) != 0 || len(res[0].again) != 1 || res[0].again[0].ID != ev.ID {
		t.Fatalf("fold of a story with an old marker: %+v", res[0])
	}
	if _, ok, _ := store.Get(ctx, BucketPairs, pipeline.PairKey("elon-musk", "sam-altman")); ok {
		t.Fatal("the skipped story was folded")
	}
	evs, ok, err := tr.Folded(ctx, "old", "elon-musk", "sam-altman")
	if err != nil || !ok || len(evs) != 1 {
		t.Fatalf("Folded: %v %v %v", evs, ok, err)
	}
}

// ownStore records the partitions a stage claims, and the reads before
// the first claim.
type ownStore struct {
	*MemoryStore
	mu       sync.Mutex
	owned    []int
	unowned  int
	ownedErr error
}

func (s *ownStore) Own(_ context.Context, p int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.owned = append(s.owned, p)
	return s.ownedErr
}

func (s *ownStore) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	s.mu.Lock()
	if len(s.owned) == 0 {
		s.unowned++
	}
	s.mu.Unlock()
	return s.MemoryStore.Get(ctx, bucket, key)
}

// The bus handler claims the message's partition before the fold reads
// any state, and a failed claim is a (transient) error, not a fold.
func TestHandlerOwnsPartition(t *testing.T) {
	ctx := context.Background()
	store := &ownStore{MemoryStore: NewMemoryStore()}
	tr := newTracker(t, store)
	h := Handler(tr)
	msg := func() *pipeline.Message {
		m, err := pipeline.Encode("elon-musk|sam-altman", pipeline.StanceBatch{Story: StoryRef{ID: "o1", Published: dayAt(1), Fetched: dayAt(1)},
			Pair:    [2]string{"elon-musk", "sam-altman"},
			Stances: []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile}}})
		if err != nil {
			t.Fatal(err)
		}
		m.Origin = &pipeline.Origin{Topic: "khabar.stances", Partition: 4, Offset: 17}
		return m
	}
	store.ownedErr = errors.New("restore failed")
	if _, err := h(ctx, msg()); err == nil || pipeline.IsPermanent(err) {
		t.Fatalf("failed claim: %v", err)
	}
	if n, _, _ := store.Get(ctx, BucketPairs, "elon-musk|sam-altman"); n != nil {
		t.Fatal("folded without its partition")
	}
	store.ownedErr = nil
	if _, err := h(ctx, msg()); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(store.owned, []int{4, 4}) || store.unowned != 0 {
		t.Fatalf("claims %v, %d reads before the first", store.owned, store.unowned)
	}
}

// A history record written by a fold killed before its pair record is not
// shown as a change of the pair.
func TestUncommittedHistoryHidden(t *testing.T) {
	ctx := context.Background()
	s := &tornStore{MemoryStore: NewMemoryStore(), budget: -1}
	tr := newTracker(t, s)
	items := crashBatch()
	if _, err := tr.FoldBatch(ctx, items[:3]); err != nil { // elon-musk|sam-altman turns rivals with c3
		t.Fatal(err)
	}
	// c6 alone cannot change the pair; write a change record as a killed
	// fold of another order could have, then kill the writer before the
	// pair record.
	key := pipeline.PairKey("elon-musk", "sam-altman")
	orphan, err := codec.Marshal(Change{Seq: 2, From: StateRivals, To: StateAllies, Story: "ghost"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MemoryStore.Apply(ctx, pipeline.StateOp{Bucket: BucketHistoryPrefix + key, Key: historyKey(2), Value: orphan}); err != nil {
		t.Fatal(err)
	}
	d, ok, err := ReadPairDetail(ctx, s, DefaultConfig(), "elon-musk", "sam-altman", TimelineFilter{})
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	if len(d.History) != 1 || d.History[0].To != StateRivals {
		t.Fatalf("history %+v, want the one committed change", d.History)
	}
}

// Markers survive their encoding: ids that need escaping, fold times that
// repeat or change, the events flag.
func TestMarkersRoundTrip(t *testing.T) {
	rec := pairRecord{PairState: PairState{Pair: [2]string{"a", "b"}, State: StateRivals}, Folded: markers{
		{Story: "s1", At: 100}, {Story: "s2", At: 100}, {Story: `q"uote\back`, At: 100, Events: true},
		{Story: "s4", At: 100}, {Story: "हिंदी-id", At: 250}, {Story: "s6", At: 250}, {Story: "s7", At: 90},
	}}
	b, err := rec.encode()
	if err != nil {
		t.Fatal(err)
	}
	var back pairRecord
	if err := codec.Unmarshal(b, &back); err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if !reflect.DeepEqual(back.Folded, rec.Folded) || back.State != StateRivals {
		t.Fatalf("round trip of %s:\n got %+v\nwant %+v", b, back.Folded, rec.Folded)
	}
	// Readers of the summary alone ignore the markers.
	var st PairState
	if err := codec.Unmarshal(b, &st); err != nil || st.Pair != rec.Pair {
		t.Fatalf("summary of %s: %+v %v", b, st, err)
	}
	empty := pairRecord{PairState: PairState{State: StateNone}, Folded: markers{}}
	if b, err = empty.encode(); err != nil {
		t.Fatal(err)
	}
	if err := codec.Unmarshal(b, &back); err != nil || len(back.Folded) != 0 {
		t.Fatalf("empty markers %s: %+v %v", b, back.Folded, err)
	}
}
