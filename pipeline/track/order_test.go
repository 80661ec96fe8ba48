package track

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
)

// published applies a batch's outputs the way the index does: a
// retraction deletes the event's document, an event writes it (the bus
// handler sends an item's retractions before its events).
func applyOutputs(final map[string]pipeline.Event, res []folded) {
	for _, r := range res {
		for _, e := range append(slices.Clone(r.retracted), r.againRetracted...) {
			delete(final, e.ID)
		}
		for _, e := range append(slices.Clone(r.events), r.again...) {
			final[e.ID] = e
		}
	}
}

// inEventOrder sorts stories by event time, ties by id: the clean run.
func inEventOrder(stories []fixtureStory) []fixtureStory {
	out := slices.Clone(stories)
	slices.SortStableFunc(out, func(a, b fixtureStory) int {
		if c := a.ref().Published.Compare(b.ref().Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
}

// orderStories is every fixture: a year of three pairs and the timelines.
// A story id some timelines share (with other sentences) is kept once: a
// story is one story, whichever copy arrives.
func orderStories(t *testing.T) []fixtureStory {
	stories := yearOfNews()
	for _, tl := range loadTimelines(t) {
		stories = append(stories, tl.Stories...)
	}
	seen := map[string]bool{}
	out := stories[:0]
	for _, s := range stories {
		if k := s.ID + " " + pipeline.PairKey(s.From, s.To); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}

// shuffled deals the stories out in a random order, in batches of 1–40
// (the sequencer's batches, each sorted by event time as it sorts them),
// with about one story in five delivered a second time: in the same batch
// or a later one (a redelivery).
func shuffled(stories []fixtureStory, rng *rand.Rand) [][]Item {
	type delivery struct {
		at float64
		s  fixtureStory
	}
	var ds []delivery
	for _, s := range stories {
		at := rng.Float64()
		ds = append(ds, delivery{at, s})
		if rng.Intn(5) == 0 {
			ds = append(ds, delivery{at + rng.Float64()*(1-at), s})
		}
	}
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].at < ds[j].at })
	seq := make([]fixtureStory, len(ds))
	for i, d := range ds {
		seq[i] = d.s
	}
	var batches [][]Item
	for len(seq) > 0 {
		n := min(len(seq), 1+rng.Intn(40))
		b := inEventOrder(seq[:n])
		items := make([]Item, len(b))
		for i, s := range b {
			items[i] = Item{Story: s.ref(), Stances: s.stances()}
		}
		batches = append(batches, items)
		seq = seq[n:]
	}
	return batches
}

type pairView struct {
	State   PairState
	History []Change
}

func pairViews(t *testing.T, tr *Tracker, stories []fixtureStory) map[string]pairView {
	t.Helper()
	out := map[string]pairView{}
	for _, s := range stories {
		key := pipeline.PairKey(s.From, s.To)
		if _, ok := out[key]; ok {
			continue
		}
		d, ok, err := tr.Detail(context.Background(), s.From, s.To, TimelineFilter{Size: 1000})
		if err != nil || !ok {
			t.Fatalf("detail %s: %v %v", key, ok, err)
		}
		out[key] = pairView{State: d.PairState, History: d.History}
	}
	return out
}

// The same set of stances, folded in several shuffled orders, in batches,
// with duplicates and redeliveries, ends with the same events (ids, from →
// to, cited stories, evidence), the same summaries and the same histories
// as a run in event-time order, over a memory store and over bbolt. The run
// in order retracts nothing.
func TestEventsIndependentOfOrder(t *testing.T) {
	ctx := context.Background()
	stories := orderStories(t)
	stores := map[string]func(t *testing.T) pipeline.StateStore{
		"memory": func(*testing.T) pipeline.StateStore { return NewMemoryStore() },
		"bolt": func(t *testing.T) pipeline.StateStore {
			s, err := boltstore.Open(filepath.Join(t.TempDir(), "state.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = s.Close() })
			return s
		},
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			ref := newTracker(t, open(t))
			want := map[string]pipeline.Event{}
			for _, s := range inEventOrder(stories) {
				res, err := ref.foldBatch(ctx, []Item{{Story: s.ref(), Stances: s.stances()}})
				if err != nil {
					t.Fatal(err)
				}
				if len(res[0].retracted) > 0 {
					t.Fatalf("in order, %s retracted %+v", s.ID, res[0].retracted)
				}
				applyOutputs(want, res)
			}
			if len(want) < 10 {
				t.Fatalf("only %d events in order", len(want))
			}
			wantViews := pairViews(t, ref, stories)
			for seed := int64(1); seed <= 4; seed++ {
				tr := newTracker(t, open(t))
				got := map[string]pipeline.Event{}
				retractions := 0
				for _, b := range shuffled(stories, rand.New(rand.NewSource(seed))) {
					res, err := tr.foldBatch(ctx, b)
					if err != nil {
						t.Fatal(err)
					}
					for _, r := range res {
						retractions += len(r.retracted)
					}
					applyOutputs(got, res)
				}
				if !reflect.DeepEqual(got, want) {
					for id, w := range want {
						if g := got[id]; !reflect.DeepEqual(g, w) {
							t.Errorf("seed %d: %s\n got %+v\nwant %+v", seed, id, g, w)
						}
					}
					t.Fatalf("seed %d: events\n got %v\nwant %v", seed, sortedIDs(got), sortedIDs(want))
				}
				if retractions == 0 {
					t.Fatalf("seed %d: a shuffled year retracted nothing", seed)
				}
				if views := pairViews(t, tr, stories); !reflect.DeepEqual(views, wantViews) {
					for k := range wantViews {
						if g, w := views[k], wantViews[k]; !reflect.DeepEqual(g.State, w.State) {
							t.Fatalf("seed %d: pair %s\n got %+v\nwant %+v", seed, k, g.State, w.State)
						} else if !reflect.DeepEqual(g.History, w.History) {
							t.Fatalf("seed %d: pair %s history\n got %+v\nwant %+v", seed, k, g.History, w.History)
						}
					}
				}
				t.Logf("seed %d: %d events, %d retractions on the way", seed, len(got), retractions)
			}
		})
	}
}

func sortedIDs(m map[string]pipeline.Event) []string {
	var out []string
	for id, e := range m {
		out = append(out, id+" "+e.From+"→"+e.To)
	}
	sort.Strings(out)
	return out
}

// escalationStories: a rivalry settled in January, quiet, then a burst in
// April from three outlets over 36 hours.
func escalationStories() []fixtureStory {
	h := func(id string, day, hour int, src string) fixtureStory {
		return fixtureStory{ID: id, Day: day, Hour: hour, Source: src, From: "elon-musk", To: "sam-altman",
			Polarity: pipeline.Hostile, Score: 1, Evidence: "मस्क ने ऑल्टमैन पर आरोप लगाया, कहानी " + id}
	}
	return []fixtureStory{
		h("r1", 1, 0, "khabar-ek"), h("r2", 2, 0, "khabar-do"),
		h("b1", 100, 0, "khabar-ek"), h("b2", 100, 12, "khabar-do"), h("b3", 101, 12, "khabar-teen"),
	}
}

// The pair of escalationStories and its escalation at b3, which lateB0
// retracts when it comes after b3.
const (
	burstPair    = "elon-musk|sam-altman"
	escalationB3 = "escalation:" + burstPair + ":b3"
)

// lateB0 is the late story of the burst: dated between b1 and b2, it
// moves the escalation's trigger from b3 to b2 when it comes after b3.
func lateB0() fixtureStory {
	return fixtureStory{ID: "b0", Day: 100, Hour: 6, Source: "khabar-char", From: "sam-altman", To: "elon-musk",
		Polarity: pipeline.Hostile, Score: 1, Evidence: "ऑल्टमैन ने मस्क को झूठा कहा, कहानी b0"}
}

// sendStances hands the handler s's stance batch and decodes the event
// messages it returns.
func sendStances(t *testing.T, h pipeline.Handler, s fixtureStory) []EventMessage {
	t.Helper()
	msg, err := pipeline.Encode(pipeline.PairKey(s.From, s.To), pipeline.StanceBatch{Story: s.ref(), Pair: pipeline.SortedPair(s.From, s.To), Stances: s.stances()})
	if err != nil {
		t.Fatal(err)
	}
	outs, err := h(context.Background(), msg)
	if err != nil {
		t.Fatal(err)
	}
	var ems []EventMessage
	for _, o := range outs {
		if o.Topic != pipeline.TopicEvents || string(o.Msg.Key) != pipeline.PairKey(s.From, s.To) {
			t.Fatalf("output to %s key %q", o.Topic, o.Msg.Key)
		}
		var em EventMessage
		if err := pipeline.Decode(o.Msg, &em); err != nil {
			t.Fatal(err)
		}
		ems = append(ems, em)
	}
	return ems
}

// storedRecord reads and decodes a pair's record.
func storedRecord(t *testing.T, st pipeline.StateStore, key string) pairRecord {
	t.Helper()
	raw, ok, err := st.Get(context.Background(), BucketPairs, key)
	if err != nil || !ok {
		t.Fatalf("pair record %s: %v %v", key, ok, err)
	}
	var rec pairRecord
	if err := codec.Unmarshal(raw, &rec); err != nil {
		t.Fatalf("decode pair record %s: %v", key, err)
	}
	return rec
}

// A late story that moves an escalation's trigger: b3 escalated the burst
// (its third story); b0, dated between b1 and b2, arrives after b3, so in
// event-time order the burst's third story is b2. Folding b0 retracts
// escalation:…:b3 and emits escalation:…:b2 — exactly one of each — and
// the pair ends as a run in order leaves it.
func TestLateStoryMovesEscalation(t *testing.T) {
	ctx := context.Background()
	stories := escalationStories()
	b0 := lateB0()
	tr := newTracker(t, NewMemoryStore())
	final := map[string]pipeline.Event{}
	for _, s := range stories {
		res, err := tr.foldBatch(ctx, []Item{{Story: s.ref(), Stances: s.stances()}})
		if err != nil {
			t.Fatal(err)
		}
		applyOutputs(final, res)
	}
	if _, ok := final["escalation:elon-musk|sam-altman:b3"]; !ok {
		t.Fatalf("before b0: %v", sortedIDs(final))
	}
	res, err := tr.foldBatch(ctx, []Item{{Story: b0.ref(), Stances: b0.stances()}})
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if len(r.retracted) != 1 || r.retracted[0].ID != "escalation:elon-musk|sam-altman:b3" || r.retracted[0].Kind != pipeline.KindEscalation {
		t.Fatalf("retracted %+v", r.retracted)
	}
	if got := summarize(r.events); len(got) != 1 || got[0].Kind != pipeline.KindEscalation || got[0].Story != "b2" ||
		!reflect.DeepEqual(got[0].Cites, []string{"b1", "b0", "b2"}) {
		t.Fatalf("emitted %+v", got)
	}
	applyOutputs(final, res)

	inOrder := newTracker(t, NewMemoryStore())
	want := map[string]pipeline.Event{}
	for _, s := range inEventOrder(append(slices.Clone(stories), b0)) {
		res, err := inOrder.foldBatch(ctx, []Item{{Story: s.ref(), Stances: s.stances()}})
		if err != nil {
			t.Fatal(err)
		}
		applyOutputs(want, res)
	}
	if !reflect.DeepEqual(final, want) {
		t.Fatalf("events\n got %v\nwant %v", sortedIDs(final), sortedIDs(want))
	}
	all := append(slices.Clone(stories), b0)
	if got, want := pairViews(t, tr, all), pairViews(t, inOrder, all); !reflect.DeepEqual(got, want) {
		t.Fatalf("pair\n got %+v\nwant %+v", got, want)
	}

	// Redelivery changes nothing: b3 again does not bring its retracted
	// escalation back, b0 again sends its retraction and its event again
	// (same ids), and the state stays byte for byte.
	before, _, _ := tr.store.Get(ctx, BucketPairs, "elon-musk|sam-altman")
	for _, s := range []fixtureStory{stories[4], b0} {
		res, err := tr.foldBatch(ctx, []Item{{Story: s.ref(), Stances: s.stances()}})
		if err != nil {
			t.Fatal(err)
		}
		if len(res[0].events)+len(res[0].retracted) != 0 {
			t.Fatalf("redelivered %s folded again: %+v", s.ID, res[0])
		}
		switch s.ID {
		case "b3":
			if len(res[0].again)+len(res[0].againRetracted) != 0 {
				t.Fatalf("b3 again: %+v / %+v", res[0].again, res[0].againRetracted)
			}
		case "b0":
			if len(res[0].again) != 1 || res[0].again[0].ID != "escalation:elon-musk|sam-altman:b2" ||
				len(res[0].againRetracted) != 1 || res[0].againRetracted[0].ID != "escalation:elon-musk|sam-altman:b3" {
				t.Fatalf("b0 again: %+v / %+v", res[0].again, res[0].againRetracted)
			}
		}
		applyOutputs(final, res)
	}
	after, _, _ := tr.store.Get(ctx, BucketPairs, "elon-musk|sam-altman")
	if string(before) != string(after) || !reflect.DeepEqual(final, want) {
		t.Fatalf("redelivery changed the pair or its events: %v", sortedIDs(final))
	}
}

// The bus handler publishes a retraction as an EventMessage with
// Retracted set, before the fold's events.
func TestHandlerPublishesRetraction(t *testing.T) {
	tr := newTracker(t, NewMemoryStore())
	h := Handler(tr)
	send := func(s fixtureStory) []EventMessage { return sendStances(t, h, s) }
	for _, s := range escalationStories() {
		send(s)
	}
	b0 := lateB0()
	ems := send(b0)
	if len(ems) != 2 || !ems[0].Retracted || ems[0].Event.ID != "escalation:elon-musk|sam-altman:b3" ||
		ems[1].Retracted || ems[1].Event.ID != "escalation:elon-musk|sam-altman:b2" || ems[1].Story.ID != "b0" {
		t.Fatalf("messages %+v", ems)
	}
}

// The window's cut moves on as the markers go: with 8 markers a pair, a
// year in order gives the same events and summaries as with 512, and the
// window never holds more than 8 stories.
func TestWindowCutInOrder(t *testing.T) {
	ctx := context.Background()
	stories := inEventOrder(yearOfNews())
	store := &countingStore{MemoryStore: NewMemoryStore()}
	small, err := New(DefaultConfig(), store, nil, WithClock(fixedClock), WithMarkers(time.Hour, 8))
	if err != nil {
		t.Fatal(err)
	}
	wide := newTracker(t, NewMemoryStore())
	if got, want := foldAll(t, small, stories), foldAll(t, wide, stories); !reflect.DeepEqual(got, want) || len(want) < 4 {
		t.Fatalf("events with 8 markers\n got %+v\nwant %+v", summarize(got), summarize(want))
	}
	if store.maxWindow == 0 || store.maxWindow > 8 {
		t.Fatalf("window up to %d stories", store.maxWindow)
	}
	if got, want := pairViews(t, small, stories), pairViews(t, wide, stories); !reflect.DeepEqual(got, want) {
		t.Fatalf("pairs\n got %+v\nwant %+v", got, want)
	}
	// A story older than the cut is folded into the base, at its own time,
	// as a late story always was: counted, nothing retracted, no error.
	old := fixtureStory{ID: "tm-old", Day: 5, Hour: 1, Source: "khabar-ek", From: "donald-trump", To: "elon-musk", Polarity: pipeline.Hostile, Score: 1, Evidence: "पुरानी कहानी"}
	res, err := small.foldBatch(ctx, []Item{{Story: old.ref(), Stances: old.stances()}})
	if err != nil || len(res[0].retracted) != 0 {
		t.Fatalf("older than the cut: %+v, %v", res, err)
	}
	st, _, _ := small.Pair(ctx, "donald-trump", "elon-musk")
	if want := pairViews(t, wide, stories)["donald-trump|elon-musk"].State.Counts.Stories + 1; st.Counts.Stories != want {
		t.Fatalf("stories %d, want %d", st.Counts.Stories, want)
	}
}

// A pair record written before the window (no base) goes on in order with
// the same events: all of it becomes the base.
func TestRecordWithoutWindow(t *testing.T) {
	ctx := context.Background()
	stories := inEventOrder(yearOfNews())
	want := foldAll(t, newTracker(t, NewMemoryStore()), stories)
	store := NewMemoryStore()
	tr := newTracker(t, store)
	mid := len(stories) / 2
	got := foldAll(t, tr, stories[:mid])
	var ops []pipeline.StateOp
	if err := store.ForEach(ctx, BucketPairs, func(k string, v []byte) error {
		var rec pairRecord
		if err := codec.Unmarshal(v, &rec); err != nil {
			return err
		}
		if rec.Base == nil {
			return fmt.Errorf("pair %s has no base", k)
		}
		rec.Base, rec.Window, rec.Cut = nil, nil, cutMark{}
		b, err := rec.encode()
		ops = append(ops, pipeline.StateOp{Bucket: BucketPairs, Key: k, Value: b})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := store.Apply(ctx, ops...); err != nil {
		t.Fatal(err)
	}
	got = append(got, foldAll(t, newTracker(t, store), stories[mid:])...)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("after the upgrade\n got %+v\nwant %+v", summarize(got), summarize(want))
	}
}

// Weights are written short and read back exactly.
func TestWeightRoundTrip(t *testing.T) {
	for _, w := range []float64{0, 1, 0.9, 0.05, 0.123, 0.001, 0.999, 0.1 + 0.2, 0.5000001, 1.0 / 3, 0.87654321} {
		b := appendWeight(nil, w)
		back, err := strconv.ParseFloat(string(b), 64)
		if err != nil || back != w {
			t.Errorf("%v written %q, read %v (%v)", w, b, back, err)
		}
	}
	if got := string(appendWeight(nil, 0.9)); got != "0.9" {
		t.Errorf("0.9 written %q", got)
	}
	if got := string(appendWeight(nil, 0.05)); got != "0.05" {
		t.Errorf("0.05 written %q", got)
	}
}

// The window's encoding round-trips, outlets interned.
func TestWindowRoundTrip(t *testing.T) {
	w := window{
		{Story: "a", Time: time.Unix(1700000000, 5).UTC(), Source: "khabar-ek", H: 0.9},
		{Story: `q"uote`, Time: time.Unix(1700000001, 0).UTC(), Source: "खबर \"दो\"", Cluster: "c1", S: 1, Replay: true},
		{Story: "b", Time: time.Unix(1700000002, 0).UTC(), Source: "khabar-ek", H: 0.5, S: 0.25},
	}
	b, err := w.appendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var back window
	if err := back.UnmarshalJSON(b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, w) {
		t.Fatalf("round trip %s\n got %+v\nwant %+v", b, back, w)
	}
	if strings.Count(string(b), "khabar-ek") != 1 {
		t.Fatalf("outlet not interned: %s", b)
	}
	var bad window
	if err := bad.UnmarshalJSON([]byte(`{"src":[],"e":[["a",1,0,3,"",1,0]]}`)); err == nil || !strings.Contains(err.Error(), "outlet 3") {
		t.Fatalf("bad outlet index: %v", err)
	}
}
