package bleve

import (
	"context"
	"testing"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
)

var _ index.EventDeleter = (*Index)(nil)

// TestDeleteEvents: a retracted event's document is gone; the others and
// an id never written are no trouble.
func TestDeleteEvents(t *testing.T) {
	ix, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	keep := pipeline.Event{ID: "new-feud:a|b:s1", Kind: pipeline.KindNewFeud, Pair: [2]string{"a", "b"}, Story: "s1", Time: day(2)}
	gone := pipeline.Event{ID: "escalation:a|b:s2", Kind: pipeline.KindEscalation, Pair: [2]string{"a", "b"}, Story: "s2", Time: day(3)}
	if err := ix.WriteEvents(ctx, []pipeline.Event{keep, gone}); err != nil {
		t.Fatal(err)
	}
	if err := ix.DeleteEvents(ctx, []string{gone.ID, "never-written"}); err != nil {
		t.Fatal(err)
	}
	evs, err := ix.Events(ctx, "", 10)
	if err != nil || len(evs) != 1 || evs[0].ID != keep.ID {
		t.Fatalf("events after the delete: %+v, %v; want %s only", evs, err, keep.ID)
	}
}
