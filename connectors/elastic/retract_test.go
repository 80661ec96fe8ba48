package elastic

import (
	"context"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
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
