package index

import (
	"context"
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// alertSink keeps alert documents by id, as the real sinks do, and
// deletes them (refusing the first deletes.refuse). While gate is
// set, a delete waits until gate is closed or a write starts meanwhile
// (a write overlapping a delete: batches of alerts out of order).
type alertSink struct {
	flakySink
	mu   sync.Mutex
	docs map[string]pipeline.Alert
	deletes
	gate       chan struct{}
	writing    chan struct{}
	overlapped bool
	deleting   bool
}

func (s *alertSink) WriteAlerts(_ context.Context, as []pipeline.Alert) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.deleting && !s.overlapped {
		s.overlapped = true
		close(s.writing)
	}
	for _, a := range as {
		s.docs[a.ID] = a
	}
	return nil
}

func (s *alertSink) DeleteAlerts(_ context.Context, ids []string) error {
	s.mu.Lock()
	if err := s.call(); err != nil {
		s.mu.Unlock()
		return err
	}
	gate := s.gate
	s.deleting = true
	s.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-s.writing:
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deleting = false
	for _, id := range ids {
		delete(s.docs, id)
	}
	return nil
}

// alertMsg is an alerts-topic message (alert.AlertMessage): the alert, or
// its withdrawal with only id, rule, key and window.
func alertMsg(t *testing.T, id, reason string, retracted bool) *pipeline.Message {
	t.Helper()
	a := pipeline.Alert{ID: id, Rule: "feud", Key: "a|b", Window: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	if !retracted {
		a.Title, a.Reason = "तकरार", reason
	}
	m, err := pipeline.Encode(id, alertMessage{Alert: a, Retracted: retracted})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestAlertWithdrawalDeletes: a withdrawal deletes its alert's document
// instead of writing the withdrawal over it; within a batch the last
// message of an id decides (alert then withdrawal: gone; withdrawal then
// the alert fired again: the fired alert); a withdrawal of an id never
// written is no trouble; a refused delete is retried.
func TestAlertWithdrawalDeletes(t *testing.T) {
	sink := &alertSink{docs: map[string]pipeline.Alert{"old": {ID: "old", Reason: "पहले से"}}, deletes: deletes{refuse: 2}}
	st, err := New(Config{BatchSize: 7}, sink, &memDLQ{}, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	consumeAll(t, st, Alerts,
		alertMsg(t, "a1", "पहली", false), alertMsg(t, "a2", "दूसरी", false), alertMsg(t, "a1", "", true),
		alertMsg(t, "a3", "", true), alertMsg(t, "a3", "फिर से", false),
		alertMsg(t, "old", "", true), alertMsg(t, "never-written", "", true),
	)
	got := map[string]string{}
	for id, a := range sink.docs {
		got[id] = a.Reason
	}
	if want := map[string]string{"a2": "दूसरी", "a3": "फिर से"}; !maps.Equal(got, want) {
		t.Fatalf("documents %v, want %v", got, want)
	}
	if sink.calls != 3 {
		t.Fatalf("%d delete calls, want 2 refused and 1 done", sink.calls)
	}
}

// TestAlertBatchesInOrder: alert batches are written one at a time even
// with InFlight > 1, so a withdrawal's batch and the next batch firing the
// alert again land in order: the fired alert stays. The delete is held
// until the gate opens, or released at once if a write starts meanwhile
// (which, before, let the fired alert be written and then deleted).
func TestAlertBatchesInOrder(t *testing.T) {
	sink := &alertSink{docs: map[string]pipeline.Alert{}, gate: make(chan struct{}), writing: make(chan struct{})}
	st, err := New(Config{BatchSize: 1, InFlight: 4}, sink, &memDLQ{}, nil, quiet)
	if err != nil {
		t.Fatal(err)
	}
	// The gate bounds how long a delete waits for an overlapping write.
	release := time.AfterFunc(300*time.Millisecond, func() { close(sink.gate) })
	defer release.Stop()
	consumeAll(t, st, Alerts,
		alertMsg(t, "a1", "पहली", false), alertMsg(t, "a1", "", true), alertMsg(t, "a1", "फिर से", false),
	)
	if sink.overlapped {
		t.Fatal("an alert was written while the previous batch's delete was in flight")
	}
	if a, ok := sink.docs["a1"]; !ok || a.Reason != "फिर से" {
		t.Fatalf("documents %v, want a1 fired again", slices.Collect(maps.Keys(sink.docs)))
	}
}

// TestWithdrawalWithoutDeleter: a sink that cannot delete alerts gets no
// withdrawal written as if it were the alert: it is dead-lettered.
func TestWithdrawalWithoutDeleter(t *testing.T) {
	dlq := &memDLQ{}
	st, _ := New(Config{BatchSize: 2}, &flakySink{}, dlq, nil, quiet)
	consumeAll(t, st, Alerts, alertMsg(t, "a1", "पहली", false), alertMsg(t, "a1", "", true))
	if len(dlq.dls) != 1 || dlq.dls[0].Key != "a1" {
		t.Fatalf("dead letters %+v, want the withdrawal", dlq.dls)
	}
}
