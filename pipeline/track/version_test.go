package track

import (
	"context"
	"math/rand"
	"reflect"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// versionedIndex applies event messages the way a versioned index does
// (index.EventApplier): a message of an id is applied only if its version
// is at least the one applied for that id, a retraction leaving its
// version behind as a tombstone. With ignoreVersions, the last message
// applied wins (the index before versions).
type versionedIndex struct {
	ignoreVersions bool
	docs           map[string]pipeline.Event
	held           map[string]uint64
}

func (x *versionedIndex) apply(m EventMessage) {
	id := m.Event.ID
	if !x.ignoreVersions {
		if v, ok := x.held[id]; ok && m.Version < v {
			return
		}
		x.held[id] = m.Version
	}
	if m.Retracted {
		delete(x.docs, id)
	} else {
		x.docs[id] = m.Event
	}
}

// TestEventVersionsIndependentOfPublishOrder: the events of the shuffled
// runs of TestEventsIndependentOfOrder, published as the bus handler
// publishes them, reach an index in any order (two folds' handler
// goroutines publish concurrently; a redelivery publishes its first fold's
// messages again later): an index applying only messages at least as new
// as what it holds for an id ends with the events of the run in event-time
// order. Applied in the same orders without versions, the documents differ
// (a retracted event survives, or a re-sent one is deleted), so the test
// fails when the versions are wrong or absent. Every message is versioned,
// and a pair's versions grow with its folds.
func TestEventVersionsIndependentOfPublishOrder(t *testing.T) {
	ctx := context.Background()
	stories := orderStories(t)
	inOrder := newTracker(t, NewMemoryStore())
	want := map[string]pipeline.Event{}
	for _, s := range inEventOrder(stories) {
		res, err := inOrder.foldBatch(ctx, []Item{{Story: s.ref(), Stances: s.stances()}})
		if err != nil {
			t.Fatal(err)
		}
		applyOutputs(want, res)
	}
	unversionedDiffers := 0
	for seed := int64(1); seed <= 4; seed++ {
		rng := rand.New(rand.NewSource(seed))
		tr := newTracker(t, NewMemoryStore())
		var msgs []EventMessage
		retractions := 0
		for _, items := range shuffled(stories, rng) {
			res, err := tr.foldBatch(ctx, items)
			if err != nil {
				t.Fatal(err)
			}
			for i, r := range res {
				outs, err := eventOutputs(r, items[i].Story)
				if err != nil {
					t.Fatal(err)
				}
				for _, o := range outs {
					var m EventMessage
					if err := pipeline.Decode(o.Msg, &m); err != nil {
						t.Fatal(err)
					}
					if m.Version == 0 {
						t.Fatalf("seed %d: message of %s without a version", seed, m.Event.ID)
					}
					if m.Retracted {
						retractions++
					}
					msgs = append(msgs, m)
				}
			}
		}
		if retractions == 0 {
			t.Fatalf("seed %d: no retraction: the run tests nothing", seed)
		}
		// The order published, then shuffled message orders.
		for round := 0; round < 20; round++ {
			order := msgs
			if round > 0 {
				order = append([]EventMessage(nil), msgs...)
				rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			}
			got := &versionedIndex{docs: map[string]pipeline.Event{}, held: map[string]uint64{}}
			plain := &versionedIndex{ignoreVersions: true, docs: map[string]pipeline.Event{}}
			for _, m := range order {
				got.apply(m)
				plain.apply(m)
			}
			if !reflect.DeepEqual(got.docs, want) {
				t.Fatalf("seed %d, round %d: versioned index holds %v, want %v", seed, round, sortedIDs(got.docs), sortedIDs(want))
			}
			if round > 0 && !reflect.DeepEqual(plain.docs, want) {
				unversionedDiffers++
			}
		}
	}
	if unversionedDiffers == 0 {
		t.Fatal("without versions every shuffled order gave the right documents: the test cannot fail")
	}
	t.Logf("shuffled message orders an unversioned index gets wrong: %d of 76", unversionedDiffers)
}

// A pair record's fold count grows by one per batch that folds into the
// pair, survives a restart (it is in the pair record), and a redelivered
// story's messages carry its first fold's version.
func TestEventVersionsPerPair(t *testing.T) {
	ctx := context.Background()
	store := NewMemoryStore()
	tr := newTracker(t, store)
	h := Handler(tr)
	send := func(h pipeline.Handler, s fixtureStory) []EventMessage { return sendStances(t, h, s) }
	stories := escalationStories()
	versions := map[string]uint64{}
	for i, s := range stories {
		for _, m := range send(h, s) {
			if m.Version != uint64(i+1) {
				t.Fatalf("story %d (%s): %s version %d, want %d", i, s.ID, m.Event.ID, m.Version, i+1)
			}
			versions[m.Event.ID] = m.Version
		}
	}
	esc := "escalation:elon-musk|sam-altman:b3"
	if versions[esc] == 0 {
		t.Fatalf("no %s among %v", esc, versions)
	}
	// A restarted tracker goes on from the stored count.
	tr2 := newTracker(t, store)
	h2 := Handler(tr2)
	b0 := lateB0()
	ems := send(h2, b0)
	want := uint64(len(stories) + 1)
	if len(ems) != 2 || !ems[0].Retracted || ems[0].Event.ID != esc || ems[0].Version != want || ems[1].Version != want {
		t.Fatalf("b0: %+v, want the retraction of %s and an event, version %d", ems, esc, want)
	}
	if ems[0].Version <= versions[esc] {
		t.Fatalf("retraction version %d not above the event's %d", ems[0].Version, versions[esc])
	}
	// b0 again (a redelivery): the same messages, the same version, and
	// the count does not move; then a new story takes the next one.
	again := send(h2, b0)
	if !reflect.DeepEqual(again, ems) {
		t.Fatalf("b0 again: %+v, want %+v", again, ems)
	}
	later := stories[len(stories)-1]
	later.ID, later.Day = "b9", later.Day+1
	for _, m := range send(h2, later) {
		if m.Version != want+1 {
			t.Fatalf("after the redelivery: %s version %d, want %d", m.Event.ID, m.Version, want+1)
		}
	}
	var rec pairRecord
	raw, _, _ := store.Get(ctx, BucketPairs, "elon-musk|sam-altman")
	if err := codec.Unmarshal(raw, &rec); err != nil || rec.Ver != want+1 {
		t.Fatalf("stored fold count %d (%v), want %d", rec.Ver, err, want+1)
	}
}
