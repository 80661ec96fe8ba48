package index

import (
	"context"
	"errors"
	"maps"
	"slices"
	"sync"
	"testing"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest"
)

// docSink keeps event documents by id, as the real sinks do, and deletes
// them (refusing the first deletes.refuse).
type docSink struct {
	flakySink
	mu   sync.Mutex
	docs map[string]pipeline.Event
	deletes
}

// deletes counts a sink's delete calls and refuses the first refuse.
type deletes struct {
	refuse, calls int
}

func (d *deletes) call() error {
	d.calls++
	if d.refuse > 0 {
		d.refuse--
		return errors.New("sink unavailable")
	}
	return nil
}

func (s *docSink) WriteEvents(_ context.Context, evs []pipeline.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range evs {
		s.docs[e.ID] = e
	}
	return nil
}

func (s *docSink) DeleteEvents(_ context.Context, ids []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.call(); err != nil {
		return err
	}
	for _, id := range ids {
		delete(s.docs, id)
	}
	return nil
}

func eventMsg(t *testing.T, id string, retracted bool) *pipeline.Message {
	t.Helper()
	m, err := pipeline.Encode("a|b", pipeline.EventMessage{Event: pipeline.Event{ID: id, Kind: pipeline.KindStanceShift, Pair: [2]string{"a", "b"}}, Retracted: retracted})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRetractionDeletesEvent: a retraction deletes its event's document;
// within a batch the last message of an id decides (event then retraction:
// gone; retraction then the event again: kept); a refused delete is
// retried; every message is acked once its effect is durable.
func TestRetractionDeletesEvent(t *testing.T) {
	sink := &docSink{docs: map[string]pipeline.Event{"old": {ID: "old"}}, deletes: deletes{refuse: 2}}
	st, err := New(Config{BatchSize: 7}, sink, &memDLQ{}, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	consumeAll(t, st, Events,
		eventMsg(t, "e1", false), eventMsg(t, "e2", false), eventMsg(t, "e1", true),
		eventMsg(t, "e3", true), eventMsg(t, "e3", false),
		eventMsg(t, "old", true), eventMsg(t, "never-written", true),
	)
	if got := slices.Sorted(maps.Keys(sink.docs)); !slices.Equal(got, []string{"e2", "e3"}) {
		t.Fatalf("documents %v, want [e2 e3]", got)
	}
	if sink.calls != 3 {
		t.Fatalf("%d delete calls, want 2 refused and 1 done", sink.calls)
	}
}

// TestRetractionWithoutDeleter: a sink that cannot delete gets no
// retraction written as if it were the event: it is dead-lettered.
func TestRetractionWithoutDeleter(t *testing.T) {
	sink := &flakySink{}
	dlq := &memDLQ{}
	st, _ := New(Config{BatchSize: 2}, sink, dlq, nil, quiet)
	consumeAll(t, st, Events, eventMsg(t, "e1", false), eventMsg(t, "e1", true))
	if len(sink.events) != 1 || sink.events[0].ID != "e1" {
		t.Fatalf("written %+v, want e1 once", sink.events)
	}
	if len(dlq.dls) != 1 || dlq.dls[0].Stage != "index" {
		t.Fatalf("dead letters %+v, want the retraction", dlq.dls)
	}
}

// versionedMsg is an event message as the track stage publishes it, with
// its fold's version.
func versionedMsg(t *testing.T, id string, retracted bool, version uint64, title string) *pipeline.Message {
	t.Helper()
	m, err := pipeline.Encode("a|b", struct {
		pipeline.EventMessage
		Version uint64 `json:"version"`
	}{pipeline.EventMessage{Event: pipeline.Event{ID: id, Kind: pipeline.KindStanceShift, Pair: [2]string{"a", "b"}, Evidence: []string{title}},
		Retracted: retracted}, version})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// applierSink records the changes it is given.
type applierSink struct {
	flakySink
	mu      sync.Mutex
	changes [][]EventChange
}

func (s *applierSink) ApplyEvents(_ context.Context, cs []EventChange) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.changes = append(s.changes, slices.Clone(cs))
	return nil
}

// consumeAll runs st over msgs of one kind and waits for every ack.
func consumeAll(t *testing.T, st *Stage, kind Kind, msgs ...*pipeline.Message) {
	t.Helper()
	bustest.ConsumeAll(t, func(ctx context.Context, in <-chan *pipeline.Message) error {
		return st.Consume(ctx, kind, kind.String(), in)
	}, msgs...)
}

// TestNewestVersionDecides: within a batch the message of an id with the
// highest version decides, whatever its place (a retraction of v2 before
// the event of v1: deleted; v2's event before v1's: v2's content); equal
// versions (none, before versions) go by topic order. A sink that is an
// EventApplier gets that one change per id, with its version.
func TestNewestVersionDecides(t *testing.T) {
	msgs := func() []*pipeline.Message {
		return []*pipeline.Message{
			versionedMsg(t, "gone", true, 2, ""), versionedMsg(t, "gone", false, 1, "v1"),
			versionedMsg(t, "kept", false, 2, "v2"), versionedMsg(t, "kept", false, 1, "v1"),
			versionedMsg(t, "back", true, 1, ""), versionedMsg(t, "back", false, 2, "v2"),
			eventMsg(t, "plain", false), eventMsg(t, "plain", true),
		}
	}
	sink := &docSink{docs: map[string]pipeline.Event{"gone": {ID: "gone"}, "plain": {ID: "plain"}}}
	st, err := New(Config{BatchSize: 8}, sink, &memDLQ{}, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	consumeAll(t, st, Events, msgs()...)
	if got := slices.Sorted(maps.Keys(sink.docs)); !slices.Equal(got, []string{"back", "kept"}) {
		t.Fatalf("documents %v, want [back kept]", got)
	}
	if sink.docs["kept"].Evidence[0] != "v2" || sink.docs["back"].Evidence[0] != "v2" {
		t.Fatalf("documents %+v, want v2's", sink.docs)
	}

	ap := &applierSink{}
	st, err = New(Config{BatchSize: 8}, ap, &memDLQ{}, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	consumeAll(t, st, Events, msgs()...)
	if len(ap.changes) != 1 {
		t.Fatalf("%d ApplyEvents calls, want 1", len(ap.changes))
	}
	type ch struct {
		id        string
		retracted bool
		version   uint64
		title     string
	}
	var got []ch
	for _, c := range ap.changes[0] {
		title := ""
		if len(c.Event.Evidence) > 0 {
			title = c.Event.Evidence[0]
		}
		got = append(got, ch{c.Event.ID, c.Retracted, c.Version, title})
	}
	want := []ch{{"gone", true, 2, ""}, {"kept", false, 2, "v2"}, {"back", false, 2, "v2"}, {"plain", true, 0, ""}}
	if !slices.Equal(got, want) {
		t.Fatalf("changes %+v, want %+v", got, want)
	}
	if len(ap.events) != 0 {
		t.Fatalf("an applier sink was written with WriteEvents: %+v", ap.events)
	}
}
