package bleve

import (
	"context"
	"log/slog"
	"maps"
	"testing"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
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

var _ index.EventApplier = (*Index)(nil)

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
func consumeEach(t *testing.T, ix *Index, msgs ...*pipeline.Message) {
	t.Helper()
	st, err := index.New(index.Config{BatchSize: 1}, ix, nil, nil, slog.New(slog.DiscardHandler))
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

// TestApplyEventsByVersion: event messages reach the index out of order,
// each in its own batch of the index stage. A retraction (fold v2) applied
// before its event (fold v1) leaves no document, also after the index is
// reopened; an event of v1 after the same event of v2 leaves v2's
// content; an event re-sent after its retraction (v3 after v2) is written;
// an id held at a version takes an equal one again (a redelivery).
func TestApplyEventsByVersion(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	gone := pipeline.Event{ID: "escalation:a|b:s2", Kind: pipeline.KindEscalation, Pair: [2]string{"a", "b"}, Story: "s2", Time: day(3),
		Evidence: []string{"पहले संस्करण का साक्ष्य"}}
	v1 := pipeline.Event{ID: "new-feud:a|b:s1", Kind: pipeline.KindNewFeud, Pair: [2]string{"a", "b"}, Story: "s1", Time: day(2),
		Evidence: []string{"पहले संस्करण का साक्ष्य"}}
	v2 := v1
	v2.Evidence = []string{"दूसरे संस्करण का साक्ष्य"}
	back := pipeline.Event{ID: "stance-shift:a|b:s3", Kind: pipeline.KindStanceShift, Pair: [2]string{"a", "b"}, Story: "s3", Time: day(4),
		Evidence: []string{"फिर से भेजा गया"}}
	consumeEach(t, ix,
		versioned(t, gone, true, 2), versioned(t, gone, false, 1),
		versioned(t, v2, false, 2), versioned(t, v1, false, 1),
		versioned(t, back, false, 1), versioned(t, back, true, 2), versioned(t, back, false, 3),
	)
	check := func(when string) {
		t.Helper()
		evs, err := ix.Events(t.Context(), "", 10)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, e := range evs {
			got[e.ID] = e.Evidence[0]
		}
		want := map[string]string{v1.ID: "दूसरे संस्करण का साक्ष्य", back.ID: "फिर से भेजा गया"}
		if !maps.Equal(got, want) {
			t.Fatalf("%s: documents %v, want %v", when, got, want)
		}
	}
	check("applied")
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if ix, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// After a reopen the versions hold: the old messages again change
	// nothing; v2's event again (a redelivery) is applied, the same.
	consumeEach(t, ix, versioned(t, gone, false, 1), versioned(t, v1, false, 1), versioned(t, back, true, 2), versioned(t, v2, false, 2))
	check("reopened, old messages again")
}
