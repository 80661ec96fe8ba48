package elastic

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/index/indextest"
)

var (
	_ index.EventDeleter = (*Sink)(nil)
	_ index.EventApplier = (*Sink)(nil)
	_ index.AlertDeleter = (*Sink)(nil)
	_ indextest.Sink     = (*Sink)(nil)
)

// harness opens a sink on fresh indices of a real node; a rotation rolls
// the family over to a new write index (documents written before stay in
// the old one), and every listing is refreshed first.
func harness() indextest.Harness {
	return indextest.Harness{
		Open: func(t *testing.T) indextest.Sink {
			s, _ := newTestSink(t, testConfig(t))
			return s
		},
		Rotate: func(t *testing.T, s indextest.Sink, family string) indextest.Sink {
			t.Helper()
			es := s.(*Sink)
			if _, err := do(t.Context(), es.es, "rollover", rawRequest{method: "POST", path: "/" + es.cfg.alias(family) + "/_rollover"}, nil); err != nil {
				t.Fatal(err)
			}
			return s
		},
		Refresh: func(ctx context.Context, s indextest.Sink) error { return s.(*Sink).Refresh(ctx) },
	}
}

// TestDeleteEvents: the shared case (indextest.DeleteEvents) on a real
// node: an event deleted a moment after its write (not yet refreshed) or
// after a rollover.
func TestDeleteEvents(t *testing.T) { indextest.DeleteEvents(t, harness()) }

// TestApplyEventsByVersion: the shared case on a real node. Across a
// rollover, a newer event of an id stored in the old index replaces it
// there, its retraction deletes it there, and an old event coming late is
// refused by the version recorded in the event versions index, whichever
// index the alias writes to now (it failed before that index existed).
func TestApplyEventsByVersion(t *testing.T) { indextest.EventsByVersion(t, harness()) }

// TestAlertWithdrawal: the shared case on a real node, an alert written
// before a rollover withdrawn after it.
func TestAlertWithdrawal(t *testing.T) { indextest.AlertWithdrawal(t, harness()) }

// BenchmarkEventBatch: one events batch of 50 new events (each with three
// cited stories' evidence) and 2 retractions, as the index stage sends it:
// ApplyEvents (versions recorded, look-up of the ids across the family,
// versioned bulk, versions read again) against the unversioned
// WriteEvents + DeleteEvents in the same run.
func BenchmarkEventBatch(b *testing.B) {
	cfg := testConfig(b)
	s, _ := newTestSink(b, cfg)
	ctx := context.Background()
	at := time.Date(2025, 6, 5, 10, 0, 0, 0, time.UTC)
	batch := func(prefix string, iter int) ([]pipeline.Event, []string) {
		var evs []pipeline.Event
		for i := range 50 {
			story := fmt.Sprintf("%s-%d-%d", prefix, iter, i)
			evs = append(evs, pipeline.Event{ID: pipeline.KindStanceShift + ":donald-trump|elon-musk:" + story, Kind: pipeline.KindStanceShift,
				Pair: [2]string{"donald-trump", "elon-musk"}, From: "allies", To: "rivals", Story: story, Time: at,
				Evidence: []string{"मस्क ने ट्रंप की नीति को देश के लिए नुकसानदेह बताया।", "ट्रंप ने पलटवार करते हुए मस्क पर सब्सिडी का आरोप लगाया।", "दोनों के बीच तकरार सोशल मीडिया पर भी दिखी।"}})
		}
		return evs, []string{evs[0].ID, evs[1].ID}
	}
	b.Run("apply", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			evs, del := batch("a", i)
			var cs []index.EventChange
			for _, e := range evs[2:] {
				cs = append(cs, index.EventChange{Event: e, Version: 1})
			}
			for _, id := range del {
				cs = append(cs, index.EventChange{Event: pipeline.Event{ID: id}, Retracted: true, Version: 2})
			}
			if err := s.ApplyEvents(ctx, cs); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write+delete", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			evs, del := batch("w", i)
			if err := s.WriteEvents(ctx, evs[2:]); err != nil {
				b.Fatal(err)
			}
			if err := s.DeleteEvents(ctx, del); err != nil {
				b.Fatal(err)
			}
		}
	})
}
