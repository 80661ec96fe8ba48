package index

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// flakySink refuses the first n writes, then records what it is given.
type flakySink struct {
	mu      sync.Mutex
	refuse  int
	batches [][]pipeline.Record
	events  []pipeline.Event
}

func (s *flakySink) WriteRecords(_ context.Context, recs []pipeline.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.refuse > 0 {
		s.refuse--
		return errors.New("sink unavailable")
	}
	s.batches = append(s.batches, recs)
	return nil
}
func (s *flakySink) WriteEvents(_ context.Context, evs []pipeline.Event) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.events = append(s.events, evs...)
	return nil
}
func (s *flakySink) WriteAlerts(context.Context, []pipeline.Alert) error { return nil }

type memDLQ struct {
	mu  sync.Mutex
	dls []pipeline.DeadLetter
}

func (d *memDLQ) DeadLetter(_ context.Context, dl pipeline.DeadLetter) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.dls = append(d.dls, dl)
	return nil
}

func record(t *testing.T, id string) *pipeline.Message {
	t.Helper()
	m, err := pipeline.Encode(id, pipeline.Record{Story: pipeline.Story{ID: id, Title: "शीर्षक " + id}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestBatchesRetriesAndAcksAfterWrite(t *testing.T) {
	sink := &flakySink{refuse: 2}
	dlq := &memDLQ{}
	st, err := New(Config{BatchSize: 3, FlushInterval: time.Hour}, sink, dlq, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan *pipeline.Message)
	done := make(chan struct{})
	go func() { st.Consume(context.Background(), Records, "analyses", in); close(done) }()
	msgs := []*pipeline.Message{record(t, "a"), record(t, "b"), pipeline.NewMessage("junk", []byte("{not json")), record(t, "c"), record(t, "d")}
	for _, m := range msgs {
		in <- m
	}
	// a, b and the junk fill one batch of 3: written after two refusals.
	for _, m := range msgs[:3] {
		select {
		case <-m.Done():
		case <-time.After(5 * time.Second):
			t.Fatalf("%s not acknowledged after the sink recovered", m.Key)
		}
		if m.Err() != nil {
			t.Errorf("%s: %v", m.Key, m.Err())
		}
	}
	select {
	case <-msgs[3].Done():
		t.Fatal("c acked before its batch was written")
	default:
	}
	close(in) // shutdown flushes what is held
	<-done
	for _, m := range msgs[3:] {
		<-m.Done()
		if m.Err() != nil {
			t.Errorf("%s: %v", m.Key, m.Err())
		}
	}
	if len(sink.batches) != 2 || len(sink.batches[0]) != 2 || len(sink.batches[1]) != 2 {
		t.Errorf("batches = %v", sink.batches)
	}
	if len(dlq.dls) != 1 || dlq.dls[0].Key != "junk" || dlq.dls[0].Reason == "" {
		t.Errorf("dead letters = %+v", dlq.dls)
	}
}

func TestFlushOnInterval(t *testing.T) {
	sink := &flakySink{}
	st, _ := New(Config{BatchSize: 1000, FlushInterval: 20 * time.Millisecond}, sink, &memDLQ{}, nil, quiet)
	in := make(chan *pipeline.Message, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go st.Consume(ctx, Records, "analyses", in)
	m := record(t, "x")
	in <- m
	select {
	case <-m.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("a lone message was never flushed")
	}
}

func TestUnwrittenBatchIsNackedOnShutdown(t *testing.T) {
	sink := &flakySink{refuse: 1 << 30}
	st, _ := New(Config{BatchSize: 1, ShutdownTimeout: 50 * time.Millisecond}, sink, &memDLQ{}, nil, quiet)
	in := make(chan *pipeline.Message, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { st.Consume(ctx, Records, "analyses", in); close(done) }()
	m := record(t, "x")
	in <- m
	time.Sleep(100 * time.Millisecond)
	cancel()
	close(in)
	<-done
	<-m.Done()
	if m.Err() == nil {
		t.Error("a batch the sink never took was acknowledged")
	}
}

func TestEvents(t *testing.T) {
	sink := &flakySink{}
	st, _ := New(Config{BatchSize: 2}, sink, &memDLQ{}, nil, quiet)
	in := make(chan *pipeline.Message, 2)
	for _, id := range []string{"e1", "e2"} {
		m, _ := pipeline.Encode(id, pipeline.EventMessage{Event: pipeline.Event{ID: id, Kind: pipeline.KindNewFeud}})
		in <- m
	}
	close(in)
	st.Consume(context.Background(), Events, "events", in)
	if len(sink.events) != 2 {
		t.Errorf("events = %+v", sink.events)
	}
}
