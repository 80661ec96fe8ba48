package elastic

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
)

// rollover rolls a family's write alias over to a new index.
func rollover(t testing.TB, s *Sink, family string) {
	t.Helper()
	if _, err := do(context.Background(), s.es, "rollover", rawRequest{method: "POST", path: "/" + s.cfg.alias(family) + "/_rollover"}, nil); err != nil {
		t.Error(err)
	}
}

// versionedEvent is an event of one pair whose evidence names its version.
func versionedEvent(story string, version uint64) pipeline.Event {
	return pipeline.Event{ID: pipeline.KindStanceShift + ":donald-trump|elon-musk:" + story, Kind: pipeline.KindStanceShift,
		Pair: [2]string{"donald-trump", "elon-musk"}, From: "allies", To: "rivals", Story: story,
		Time:     time.Date(2025, 6, 5, 10, 0, 0, 0, time.UTC),
		Evidence: []string{fmt.Sprintf("संस्करण %d: मस्क ने ट्रंप की नीति की आलोचना की।", version)}}
}

// storedEvents returns the evidence of every stored event by id, failing
// on an id stored twice.
func storedEvents(t *testing.T, s *Sink) map[string]string {
	t.Helper()
	if err := s.Refresh(t.Context()); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(t.Context(), "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range evs {
		if _, dup := got[e.ID]; dup {
			t.Fatalf("two documents of %s", e.ID)
		}
		got[e.ID] = e.Evidence[0]
	}
	return got
}

// TestApplyEventsAnotherIndexerMidBatch: indexer A records version 1 of an
// event; before it writes the document, indexer B applies version 2 and
// the alias rolls over. When version 2 is a retraction, A finds no
// document and writes version 1 into a new write index B never saw; A
// reads the versions again and deletes what it wrote (without that second
// read the retracted event comes back: this case fails with it off). When
// version 2 is the event again, A finds B's document in the old index and
// its own write there is refused as older: one document, B's.
func TestApplyEventsAnotherIndexerMidBatch(t *testing.T) {
	for _, retract := range []bool{true, false} {
		t.Run(map[bool]string{true: "retraction", false: "newer_event"}[retract], func(t *testing.T) {
			cfg := testConfig(t)
			a, _ := newTestSink(t, cfg)
			b, _ := newTestSink(t, cfg) // setup again: unchanged
			ctx := t.Context()
			v1, v2 := versionedEvent("s1", 1), versionedEvent("s1", 2)
			once := true
			a.afterRecord = func(ctx context.Context) error {
				if !once {
					return nil
				}
				once = false
				if err := b.ApplyEvents(ctx, []index.EventChange{{Event: v2, Retracted: retract, Version: 2}}); err != nil {
					return err
				}
				rollover(t, a, FamilyEvents)
				return nil
			}
			if err := a.ApplyEvents(ctx, []index.EventChange{{Event: v1, Version: 1}}); err != nil {
				t.Fatal(err)
			}
			want := map[string]string{}
			if !retract {
				want[v2.ID] = v2.Evidence[0]
			}
			if got := storedEvents(t, a); !maps.Equal(got, want) {
				t.Fatalf("documents %v, want %v", got, want)
			}
			wantUndone := map[bool]float64{true: 1, false: 0}[retract]
			if n := testutil.ToFloat64(a.m.docs.WithLabelValues(FamilyEvents, "superseded")); n != wantUndone {
				t.Fatalf("superseded deletes %v, want %v", n, wantUndone)
			}
		})
	}
}

// TestApplyEventsTwoIndexersRollovers: two indexers apply the same
// messages (4 versions of 30 events, each version an event or a
// retraction) in two different shuffled orders, in batches of 6, at once,
// while the events alias rolls over three times. Every id ends as its
// newest message says: one document with that version's evidence, or
// none when it is a retraction.
func TestApplyEventsTwoIndexersRollovers(t *testing.T) {
	cfg := testConfig(t)
	a, _ := newTestSink(t, cfg)
	b, _ := newTestSink(t, cfg)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 14))
	var msgs []index.EventChange
	want := map[string]string{}
	for i := range 30 {
		story := fmt.Sprintf("s%02d", i)
		for v := uint64(1); v <= 4; v++ {
			e := versionedEvent(story, v)
			retracted := rng.IntN(3) == 0
			msgs = append(msgs, index.EventChange{Event: e, Retracted: retracted, Version: v})
			if v == 4 {
				if retracted {
					delete(want, e.ID)
				} else {
					want[e.ID] = e.Evidence[0]
				}
			}
		}
	}
	order := func() []index.EventChange {
		out := append([]index.EventChange(nil), msgs...)
		rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out
	}
	orders := [][]index.EventChange{order(), order()}
	progress := make(chan struct{}, 64)
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i, s := range []*Sink{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ms := orders[i]
			for j := 0; j < len(ms); j += 6 {
				if err := s.ApplyEvents(t.Context(), ms[j:min(j+6, len(ms))]); err != nil {
					errs <- fmt.Errorf("indexer %d, batch at %d: %w", i, j, err)
					return
				}
				progress <- struct{}{}
			}
		}()
	}
	done := make(chan struct{})
	var roller sync.WaitGroup
	roller.Add(1)
	go func() { // rolls over after the 10th, 20th and 30th batch of either indexer
		defer roller.Done()
		n := 0
		for {
			select {
			case <-progress:
				n++
				if n%10 == 0 && n <= 30 {
					rollover(t, a, FamilyEvents)
				}
			case <-done:
				return
			}
		}
	}()
	wg.Wait()
	close(done)
	roller.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var list map[string]any
	if _, err := do(t.Context(), a.es, "list", esapi.IndicesGetAliasRequest{Index: []string{cfg.pattern(FamilyEvents)}}, &list); err != nil {
		t.Fatal(err)
	}
	if len(list) != 4 {
		t.Fatalf("%d events indices, want 4 (three rollovers)", len(list))
	}
	got := storedEvents(t, a)
	if !maps.Equal(got, want) {
		for id, w := range want {
			if got[id] != w {
				t.Errorf("%s: stored %q, want %q", id, got[id], w)
			}
		}
		for id, g := range got {
			if _, ok := want[id]; !ok {
				t.Errorf("%s: stored %q, want none (retracted)", id, g)
			}
		}
	}
}

// TestApplyEventsCrashBetweenSteps: a batch (a retraction of a stored
// event, a new event) stops after its versions are recorded and before its
// documents are written, as a kill -9 would. A late older message of the
// retracted event then changes nothing; the batch given again to a new
// sink (the redelivery after the restart) leaves the right documents, and
// so does a third delivery and, after a rollover, the older message again.
func TestApplyEventsCrashBetweenSteps(t *testing.T) {
	cfg := testConfig(t)
	a, _ := newTestSink(t, cfg)
	ctx := t.Context()
	old, fresh := versionedEvent("s1", 1), versionedEvent("s2", 1)
	if err := a.ApplyEvents(ctx, []index.EventChange{{Event: old, Version: 1}}); err != nil {
		t.Fatal(err)
	}
	killed := errors.New("killed")
	a.afterRecord = func(context.Context) error { return killed }
	batch := []index.EventChange{{Event: pipeline.Event{ID: old.ID}, Retracted: true, Version: 2}, {Event: fresh, Version: 1}}
	if err := a.ApplyEvents(ctx, batch); !errors.Is(err, killed) {
		t.Fatalf("crashed batch: %v, want the crash", err)
	}
	if got := storedEvents(t, a); !maps.Equal(got, map[string]string{old.ID: old.Evidence[0]}) {
		t.Fatalf("after the crash: %v, want the old event only (nothing written yet)", got)
	}
	b, err := New(ctx, cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.ApplyEvents(ctx, []index.EventChange{{Event: old, Version: 1}}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{fresh.ID: fresh.Evidence[0]}
	for i := range 2 {
		if err := b.ApplyEvents(ctx, batch); err != nil {
			t.Fatal(err)
		}
		if got := storedEvents(t, b); !maps.Equal(got, want) {
			t.Fatalf("delivery %d after the restart: %v, want %v", i+2, got, want)
		}
	}
	rollover(t, b, FamilyEvents)
	if err := b.ApplyEvents(ctx, []index.EventChange{{Event: old, Version: 1}, {Event: fresh, Version: 1}}); err != nil {
		t.Fatal(err)
	}
	if got := storedEvents(t, b); !maps.Equal(got, want) {
		t.Fatalf("after a rollover, the old messages again: %v, want %v", got, want)
	}
}

// TestNewWithoutVersionsIndexFails: a cluster set up before the event
// versions index existed is refused at start, naming the index.
func TestNewWithoutVersionsIndexFails(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	if _, err := do(t.Context(), s.es, "delete", esapi.IndicesDeleteRequest{Index: []string{cfg.versionsIndex()}}, nil); err != nil {
		t.Fatal(err)
	}
	_, err := New(t.Context(), cfg, nil, nil)
	if !errors.Is(err, ErrNotSetUp) || !strings.Contains(err.Error(), cfg.versionsIndex()) {
		t.Fatalf("New without the versions index: %v, want ErrNotSetUp naming %s", err, cfg.versionsIndex())
	}
}

// TestApplyEventsIDTooLong: an event whose id Elasticsearch refuses (over
// 512 bytes, which fails the whole bulk request it is in) is dead-lettered
// before anything is sent, instead of failing the batch for ever; the
// other events of the batch are written, and its retraction is no error.
func TestApplyEventsIDTooLong(t *testing.T) {
	cfg := testConfig(t)
	var dl deadLetters
	cfg.DeadLetter = dl.add
	s, _ := newTestSink(t, cfg)
	long, ok := versionedEvent(strings.Repeat("कहानी", 40), 1), versionedEvent("s1", 1)
	if len(long.ID) <= 512 {
		t.Fatalf("id of %d bytes is not too long", len(long.ID))
	}
	if err := s.ApplyEvents(t.Context(), []index.EventChange{{Event: long, Version: 1}, {Event: ok, Version: 1}}); err != nil {
		t.Fatal(err)
	}
	if reason, found := dl.get(long.ID); !found || !strings.Contains(reason, "512") {
		t.Fatalf("dead letter of the long id: %q, %v; want one naming the 512-byte limit", reason, found)
	}
	if err := s.ApplyEvents(t.Context(), []index.EventChange{{Event: long, Retracted: true, Version: 2}}); err != nil {
		t.Fatal(err)
	}
	if got := storedEvents(t, s); !maps.Equal(got, map[string]string{ok.ID: ok.Evidence[0]}) {
		t.Fatalf("documents %v, want %s only", got, ok.ID)
	}
}
