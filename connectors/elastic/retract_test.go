package elastic

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
)

var _ index.EventDeleter = (*Sink)(nil)

// TestDeleteEvents: a retracted event's document is deleted whether it was
// written a moment ago (not yet refreshed) or before a rollover; the others
// stay, and an id never written is no error.
func TestDeleteEvents(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	ctx := context.Background()
	at := time.Date(2025, 6, 5, 10, 0, 0, 0, time.UTC)
	ev := func(kind, story string) pipeline.Event {
		return pipeline.Event{ID: kind + ":donald-trump|elon-musk:" + story, Kind: kind, Pair: [2]string{"donald-trump", "elon-musk"}, Story: story, Time: at}
	}
	old, keep, fresh := ev(pipeline.KindEscalation, "s1"), ev(pipeline.KindNewFeud, "s2"), ev(pipeline.KindStanceShift, "s3")
	if err := s.WriteEvents(ctx, []pipeline.Event{old}); err != nil {
		t.Fatal(err)
	}
	if _, err := do(ctx, s.es, "rollover", rawRequest{method: "POST", path: "/" + cfg.alias(FamilyEvents) + "/_rollover"}, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteEvents(ctx, []pipeline.Event{keep, fresh}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEvents(ctx, []string{old.ID, fresh.ID, "stance-shift:a|b:never-written"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, "", 0)
	if err != nil || len(evs) != 1 || evs[0].ID != keep.ID {
		t.Fatalf("events after the delete: %+v, %v; want %s only", evs, err, keep.ID)
	}
}

var _ index.EventApplier = (*Sink)(nil)

// versioned is an event message as the track stage publishes it.
func versioned(t *testing.T, e pipeline.Event, retracted bool, version uint64) *pipeline.Message {
	t.Helper()
	if retracted {
		e.Evidence = []string{}
	}
	m, err := pipeline.Encode(pipeline.PairKey(e.Pair[0], e.Pair[1]),
		track.EventMessage{EventMessage: pipeline.EventMessage{Event: e, Retracted: retracted}, Version: version})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// consumeEach runs the index stage over msgs, one batch a message (each
// applied before the next is read), and waits for every ack.
func consumeEach(t *testing.T, s *Sink, msgs ...*pipeline.Message) {
	t.Helper()
	st, err := index.New(index.Config{BatchSize: 1}, s, nil, nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan *pipeline.Message, len(msgs))
	for _, m := range msgs {
		in <- m
	}
	close(in)
	if err := st.Consume(t.Context(), index.Events, "events", in); err != nil {
		t.Fatal(err)
	}
	for i, m := range msgs {
		<-m.Done()
		if m.Err() != nil {
			t.Fatalf("message %d: %v", i, m.Err())
		}
	}
}

// TestApplyEventsByVersion (real node): event messages reach the index
// stage out of order, each in its own batch. A retraction (fold v2) applied
// before its event (v1) leaves no document; v1's event after v2's leaves
// v2's content; an event re-sent after its retraction (v3 after v2) is
// written. Across a rollover: a newer event of an id stored in the old
// index replaces it there (one document, not two), and its retraction
// deletes it there and leaves a tombstone in the new write index, so the
// old event coming late is not written there.
func TestApplyEventsByVersion(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	ctx := context.Background()
	at := time.Date(2025, 6, 5, 10, 0, 0, 0, time.UTC)
	ev := func(kind, story, evidence string) pipeline.Event {
		return pipeline.Event{ID: kind + ":donald-trump|elon-musk:" + story, Kind: kind, Pair: [2]string{"donald-trump", "elon-musk"},
			Story: story, Time: at, Evidence: []string{evidence}}
	}
	gone := ev(pipeline.KindEscalation, "s1", "पहला संस्करण")
	v1, v2 := ev(pipeline.KindNewFeud, "s2", "पहला संस्करण"), ev(pipeline.KindNewFeud, "s2", "दूसरा संस्करण")
	back := ev(pipeline.KindStanceShift, "s3", "फिर से भेजा गया")
	rolled1, rolled2 := ev(pipeline.KindStanceShift, "s4", "पहला संस्करण"), ev(pipeline.KindStanceShift, "s4", "दूसरा संस्करण")
	late := ev(pipeline.KindEscalation, "s5", "पहला संस्करण")
	consumeEach(t, s,
		versioned(t, gone, true, 2), versioned(t, gone, false, 1),
		versioned(t, v2, false, 2), versioned(t, v1, false, 1),
		versioned(t, back, false, 1), versioned(t, back, true, 2), versioned(t, back, false, 3),
		versioned(t, rolled1, false, 1), versioned(t, late, false, 1),
	)
	if _, err := do(ctx, s.es, "rollover", rawRequest{method: "POST", path: "/" + cfg.alias(FamilyEvents) + "/_rollover"}, nil); err != nil {
		t.Fatal(err)
	}
	consumeEach(t, s,
		versioned(t, rolled2, false, 2), versioned(t, rolled1, false, 1),
		versioned(t, late, true, 2), versioned(t, late, false, 1),
	)
	if err := s.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, "", 0)
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
	want := map[string]string{v1.ID: "दूसरा संस्करण", back.ID: "फिर से भेजा गया", rolled1.ID: "दूसरा संस्करण"}
	if !maps.Equal(got, want) {
		t.Fatalf("documents %v, want %v", got, want)
	}
}

// BenchmarkEventBatch: one events batch of 50 new events (each with three
// cited stories' evidence) and 2 retractions, as the index stage sends it:
// ApplyEvents (refresh, look-up of the ids across the family, versioned
// bulk) against the unversioned WriteEvents + DeleteEvents in the same run.
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
