package index

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// gateSink lets a test hold writes: block decides, per batch of story ids,
// whether the write waits for release (or its context). It counts the
// writes running at once.
type gateSink struct {
	block   func(ids []string) bool
	release chan struct{}

	mu       sync.Mutex
	cur, max int
	started  int
	written  [][]string // ids of each batch whose write returned nil
	onStart  func(started int)
}

func (s *gateSink) WriteRecords(ctx context.Context, recs []pipeline.Record) error {
	ids := make([]string, len(recs))
	for i, r := range recs {
		ids[i] = r.Story.ID
	}
	s.mu.Lock()
	s.cur++
	s.started++
	s.max = max(s.max, s.cur)
	started, hook := s.started, s.onStart
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.cur--
		s.mu.Unlock()
	}()
	if hook != nil {
		hook(started)
	}
	if s.block != nil && s.block(ids) {
		select {
		case <-s.release:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	s.mu.Lock()
	s.written = append(s.written, ids)
	s.mu.Unlock()
	return nil
}
func (s *gateSink) WriteEvents(context.Context, []pipeline.Event) error { return nil }
func (s *gateSink) WriteAlerts(context.Context, []pipeline.Alert) error { return nil }

// consume runs Consume in a goroutine; the returned wait fails the test
// rather than hang when Consume does not return.
func consume(t *testing.T, ctx context.Context, st *Stage, in chan *pipeline.Message) (wait func()) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- st.Consume(ctx, Records, "analyses", in) }()
	return func() {
		t.Helper()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Consume: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("Consume did not return")
		}
	}
}

// send fails the test rather than hang when Consume stops reading.
func send(t *testing.T, in chan<- *pipeline.Message, m *pipeline.Message) {
	t.Helper()
	select {
	case in <- m:
	case <-time.After(5 * time.Second):
		t.Fatalf("Consume did not take %s", m.Key)
	}
}

func waitDone(t *testing.T, m *pipeline.Message) {
	t.Helper()
	select {
	case <-m.Done():
		if m.Err() != nil {
			t.Errorf("%s nacked: %v", m.Key, m.Err())
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("%s never acknowledged", m.Key)
	}
}

func isDone(m *pipeline.Message) bool {
	select {
	case <-m.Done():
		return true
	default:
		return false
	}
}

func TestWritesUpToInFlightBatchesAtOnce(t *testing.T) {
	for _, inFlight := range []int{1, 2, 3} {
		t.Run(fmt.Sprintf("in_flight=%d", inFlight), func(t *testing.T) {
			allStarted := make(chan struct{})
			var (
				timeoutMu sync.Mutex
				timedOut  bool
			)
			sink := &gateSink{}
			// The first inFlight writes each wait until all of them have
			// started: they can only finish if the stage runs them at once.
			// Later writes pause a little, a chance to overlap more than
			// allowed if the stage did not hold back.
			sink.onStart = func(started int) {
				if started == inFlight {
					close(allStarted)
				}
				if started > inFlight {
					time.Sleep(time.Millisecond)
					return
				}
				select {
				case <-allStarted:
				case <-time.After(5 * time.Second):
					timeoutMu.Lock()
					timedOut = true
					timeoutMu.Unlock()
				}
			}
			st, err := New(Config{BatchSize: 2, FlushInterval: time.Hour, InFlight: inFlight}, sink, &memDLQ{}, nil, quiet)
			if err != nil {
				t.Fatal(err)
			}
			var msgs []*pipeline.Message
			in := make(chan *pipeline.Message, 8*inFlight)
			for i := range 8 * inFlight {
				m := record(t, fmt.Sprintf("s%02d", i))
				msgs = append(msgs, m)
				in <- m
			}
			close(in)
			consume(t, context.Background(), st, in)()
			for _, m := range msgs {
				waitDone(t, m)
			}
			timeoutMu.Lock()
			defer timeoutMu.Unlock()
			if timedOut {
				t.Fatalf("the first %d batches were not written at once", inFlight)
			}
			if sink.max != inFlight {
				t.Errorf("at most %d writes ran at once, want %d", sink.max, inFlight)
			}
			if len(sink.written) != 4*inFlight {
				t.Errorf("%d batches written, want %d", len(sink.written), 4*inFlight)
			}
		})
	}
}

// While InFlight batches are being written, Consume reads nothing more
// than the next batch, so the subscription's flow control holds the rest.
func TestBackpressureWhileWritesAreInFlight(t *testing.T) {
	sink := &gateSink{block: func([]string) bool { return true }, release: make(chan struct{})}
	st, _ := New(Config{BatchSize: 1, FlushInterval: time.Hour, InFlight: 2}, sink, &memDLQ{}, nil, quiet)
	in := make(chan *pipeline.Message)
	wait := consume(t, context.Background(), st, in)
	var msgs []*pipeline.Message
	for i := range 3 { // two in flight, the third held waiting for a slot
		m := record(t, fmt.Sprintf("m%d", i))
		msgs = append(msgs, m)
		select {
		case in <- m:
		case <-time.After(5 * time.Second):
			t.Fatalf("message %d not taken while fewer than 2 batches were in flight", i)
		}
	}
	extra := record(t, "m3")
	select {
	case in <- extra:
		t.Fatal("Consume took a message while 2 batches were in flight and the next was waiting")
	case <-time.After(100 * time.Millisecond):
	}
	sink.mu.Lock()
	if sink.max != 2 {
		t.Errorf("%d writes at once, want 2", sink.max)
	}
	sink.mu.Unlock()
	close(sink.release)
	send(t, in, extra)
	close(in)
	wait()
	for _, m := range append(msgs, extra) {
		waitDone(t, m)
	}
}

// Each batch is acknowledged after its own write returned, whatever the
// other batch in flight does; and the messages acknowledged are the ones
// the write carried (a batch is never reused while its write runs).
func TestEachBatchAckedAfterItsOwnWrite(t *testing.T) {
	sink := &gateSink{block: func(ids []string) bool { return slices.Contains(ids, "a1") }, release: make(chan struct{})}
	st, _ := New(Config{BatchSize: 2, FlushInterval: time.Hour, InFlight: 2}, sink, &memDLQ{}, nil, quiet)
	in := make(chan *pipeline.Message)
	wait := consume(t, context.Background(), st, in)
	byID := map[string]*pipeline.Message{}
	for _, id := range []string{"a1", "a2", "b1", "b2", "c1", "c2"} {
		byID[id] = record(t, id)
		send(t, in, byID[id])
	}
	// B is written beside the held A; C after B returned.
	for _, id := range []string{"b1", "b2", "c1", "c2"} {
		waitDone(t, byID[id])
	}
	for _, id := range []string{"a1", "a2"} {
		if isDone(byID[id]) {
			t.Fatalf("%s acknowledged while its batch's write was still running", id)
		}
	}
	close(sink.release)
	waitDone(t, byID["a1"])
	waitDone(t, byID["a2"])
	close(in)
	wait()
	got := map[string]bool{}
	for _, b := range sink.written {
		got[fmt.Sprint(b)] = true
	}
	for _, want := range []string{"[a1 a2]", "[b1 b2]", "[c1 c2]"} {
		if !got[want] {
			t.Errorf("batch %s not written as sent; batches = %v", want, sink.written)
		}
	}
}

// On shutdown Consume flushes what it holds and returns only after every
// write in flight returned, so the writes that succeed are acknowledged —
// also when ctx is done, within ShutdownTimeout.
func TestShutdownWaitsForWritesInFlight(t *testing.T) {
	for _, cancelCtx := range []bool{false, true} {
		t.Run(fmt.Sprintf("ctx_cancelled=%v", cancelCtx), func(t *testing.T) {
			sink := &gateSink{block: func(ids []string) bool { return slices.Contains(ids, "a1") }, release: make(chan struct{})}
			started := make(chan struct{}, 8)
			sink.onStart = func(int) { started <- struct{}{} }
			st, _ := New(Config{BatchSize: 2, FlushInterval: time.Hour, InFlight: 2, ShutdownTimeout: time.Minute}, sink, &memDLQ{}, nil, quiet)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			in := make(chan *pipeline.Message)
			wait := consume(t, ctx, st, in)
			msgs := []*pipeline.Message{record(t, "a1"), record(t, "a2"), record(t, "b1")}
			for _, m := range msgs {
				send(t, in, m)
			}
			<-started // A's write is running, b1 is held
			if cancelCtx {
				cancel()
			}
			close(in)
			go func() {
				// Gives a Consume that does not wait the time to return early.
				time.Sleep(50 * time.Millisecond)
				close(sink.release)
			}()
			wait()
			for _, m := range msgs {
				if !isDone(m) {
					t.Errorf("%s not settled when Consume returned", m.Key)
				} else if m.Err() != nil {
					t.Errorf("%s nacked: %v", m.Key, m.Err())
				}
			}
		})
	}
}

// A write that does not finish within ShutdownTimeout is cut off and its
// messages nacked, so Consume returns.
func TestShutdownTimeoutBoundsWritesInFlight(t *testing.T) {
	sink := &gateSink{block: func([]string) bool { return true }, release: make(chan struct{})}
	st, _ := New(Config{BatchSize: 1, FlushInterval: time.Hour, InFlight: 2, ShutdownTimeout: 50 * time.Millisecond}, sink, &memDLQ{}, nil, quiet)
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan *pipeline.Message)
	wait := consume(t, ctx, st, in)
	msgs := []*pipeline.Message{record(t, "x"), record(t, "y")}
	for _, m := range msgs {
		send(t, in, m)
	}
	cancel()
	close(in)
	wait()
	for _, m := range msgs {
		if !isDone(m) || m.Err() == nil {
			t.Errorf("%s: a batch never written was not nacked", m.Key)
		}
	}
}
