package elastic

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/khabar/khabar/pipeline/index"
)

// versionDoc reads the recorded version of an event id (0: none).
func versionDoc(t *testing.T, s *Sink, id string) int64 {
	t.Helper()
	var res struct {
		Found   bool  `json:"found"`
		Version int64 `json:"_version"`
	}
	st, err := do(t.Context(), s.es, "get version", esapi.GetRequest{Index: s.cfg.versionsIndex(), DocumentID: id}, &res)
	if st == 404 {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return res.Version
}

// Issue 14 §2: the event versions index is pruned by age. Within the
// retention a late older message of a retracted event stays refused (the
// no-resurrection guarantee); PruneVersions deletes only the versions
// whose last change is older than the retention, says how many (return,
// log, metric khabar_elastic_documents_total{family="event-versions",
// outcome="pruned"}), and past it the same late message is applied as
// new: the documented cost, asserted here so it cannot change unnoticed.
func TestPruneVersionsByAge(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	ctx := t.Context()
	// Tombstones of deleted versions and events go at the next refresh
	// (index.gc_deletes, default 60 s: until then the pruned id still
	// refuses an older version).
	if _, err := do(ctx, s.es, "gc_deletes", esapi.IndicesPutSettingsRequest{Index: []string{cfg.versionsIndex(), cfg.pattern(FamilyEvents)},
		Body: strings.NewReader(`{"index": {"gc_deletes": "0s"}}`)}, nil); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	now := t0
	s.now = func() time.Time { return now }
	a1, a2, b1 := versionedEvent("a", 1), versionedEvent("a", 2), versionedEvent("b", 1)
	apply := func(c index.EventChange) {
		t.Helper()
		if err := s.ApplyEvents(ctx, []index.EventChange{c}); err != nil {
			t.Fatal(err)
		}
	}
	apply(index.EventChange{Event: a1, Version: 1})
	apply(index.EventChange{Event: a2, Version: 2, Retracted: true})
	now = t0.Add(25 * 24 * time.Hour)
	apply(index.EventChange{Event: b1, Version: 1})
	// 29 days on: a's late version 1 is refused, and nothing is pruned.
	now = t0.Add(29 * 24 * time.Hour)
	apply(index.EventChange{Event: a1, Version: 1})
	if got := storedEvents(t, s); len(got) != 1 || got[b1.ID] == "" {
		t.Fatalf("stored %v, want only %s (a stays retracted)", got, b1.ID)
	}
	if n, err := s.PruneVersions(ctx); err != nil || n != 0 {
		t.Fatalf("pruned %d (%v) within the retention, want 0", n, err)
	}
	// 31 days on: a's version (last change at t0) goes, b's stays.
	now = t0.Add(31 * 24 * time.Hour)
	n, err := s.PruneVersions(ctx)
	if err != nil || n != 1 {
		t.Fatalf("pruned %d (%v), want 1", n, err)
	}
	if v := versionDoc(t, s, a1.ID); v != 0 {
		t.Fatalf("a's version %d still recorded", v)
	}
	if v := versionDoc(t, s, b1.ID); v != 1 {
		t.Fatalf("b's version %d, want 1 (applied 6 days before)", v)
	}
	if m := testutil.ToFloat64(s.m.docs.WithLabelValues("event-versions", "pruned")); m != 1 {
		t.Fatalf("pruned metric %v, want 1", m)
	}
	// Past the retention a late older message of a is applied as new,
	// once the deletion's tombstone is gone (gc_deletes 0 s here; the
	// node's clock is cached for 200 ms, so a refresh within that keeps
	// it): applied again until it is recorded, up to 30 s.
	deadline := time.Now().Add(30 * time.Second)
	for versionDoc(t, s, a1.ID) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("a's late version 1 past the retention is still refused 30 s after the prune; README says it is applied")
		}
		time.Sleep(100 * time.Millisecond)
		if _, err := do(ctx, s.es, "refresh", esapi.IndicesRefreshRequest{Index: []string{cfg.versionsIndex(), cfg.pattern(FamilyEvents)}}, nil); err != nil {
			t.Fatal(err)
		}
		apply(index.EventChange{Event: a1, Version: 1})
	}
	if got := storedEvents(t, s); got[a1.ID] == "" {
		t.Fatalf("stored %v: a's version 1 recorded but not written", got)
	}
}

// A versions index created before the "at" field cannot be pruned: the
// prune says so (ErrNotSetUp) instead of deleting nothing in silence, and
// setup adds the field.
func TestPruneVersionsNeedsSetup(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	ctx := t.Context()
	ix := cfg.versionsIndex()
	if _, err := do(ctx, s.es, "delete "+ix, esapi.IndicesDeleteRequest{Index: []string{ix}}, nil); err != nil {
		t.Fatal(err)
	}
	old := `{"mappings": {"dynamic": false, "properties": {"retracted": {"type": "boolean"}}}}`
	if _, err := do(ctx, s.es, "create "+ix, esapi.IndicesCreateRequest{Index: ix, Body: strings.NewReader(old)}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PruneVersions(ctx); !errors.Is(err, ErrNotSetUp) {
		t.Fatalf("prune without the at field: %v, want ErrNotSetUp", err)
	}
	newTestSink(t, cfg) // setup again
	if _, err := s.PruneVersions(ctx); err != nil {
		t.Fatalf("prune after setup: %v", err)
	}
}

func TestVersionsRetentionValidated(t *testing.T) {
	for _, r := range []time.Duration{-time.Hour, 24 * time.Hour} {
		c := DefaultConfig()
		c.VersionsRetention = r
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "VersionsRetention") {
			t.Fatalf("retention %s: %v", r, err)
		}
	}
	c := DefaultConfig()
	c.VersionsRetention = 0
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkPruneVersions: one PruneVersions call deleting 10,000 versions
// past the retention (recorded by ApplyEvents in batches of 500, half of
// them retractions) while 1,000 recent ones stay; per op, one prune.
func BenchmarkPruneVersions(b *testing.B) {
	cfg := testConfig(b)
	s, _ := newTestSink(b, cfg)
	ctx := b.Context()
	t0 := time.Now()
	n := 0
	record := func(count int, at time.Time) {
		s.now = func() time.Time { return at }
		for i := 0; i < count; i += 500 {
			var cs []index.EventChange
			for j := 0; j < 500 && i+j < count; j++ {
				cs = append(cs, index.EventChange{Event: versionedEvent(fmt.Sprintf("b%07d", n), 1), Version: 1, Retracted: n%2 == 1})
				n++
			}
			if err := s.ApplyEvents(ctx, cs); err != nil {
				b.Fatal(err)
			}
		}
	}
	for b.Loop() {
		b.StopTimer()
		record(10000, t0)
		record(1000, t0.Add(30*24*time.Hour))
		s.now = func() time.Time { return t0.Add(31 * 24 * time.Hour) }
		b.StartTimer()
		got, err := s.PruneVersions(ctx)
		if err != nil || got != 10000 {
			b.Fatalf("pruned %d (%v), want 10000", got, err)
		}
	}
}
