package alert

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// applyCounter is a state store that records the largest Apply.
type applyCounter struct {
	pipeline.StateStore
	most int
}

func (s *applyCounter) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	s.most = max(s.most, len(ops))
	return s.StateStore.Apply(ctx, ops...)
}

// A sweep deletes many old delivery marks in batches of at most
// pruneBatch ops, like the alerts it prunes, not in one write of them all.
func TestPruneDeliveryMarksInBatches(t *testing.T) {
	clock := newClock()
	store := &applyCounter{StateStore: track.NewMemoryStore()}
	cfg := DefaultConfig()
	cfg.Retention = 48 * time.Hour
	e, err := New(cfg, mustRules(t, feudShift), store, nil, nil, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	const n = 3*pruneBatch + 7
	old := []byte(clock.Now().UTC().Format(time.RFC3339Nano))
	for i := range n {
		if err := store.StateStore.Apply(ctx, pipeline.StateOp{Bucket: BucketDelivered, Key: fmt.Sprintf("a%d\x00hook", i), Value: old}); err != nil {
			t.Fatal(err)
		}
	}
	clock.Advance(49 * time.Hour)
	st, err := e.PruneStored(ctx)
	if err != nil {
		t.Fatal(err)
	}
	left := 0
	if err := store.ForEach(ctx, BucketDelivered, func(string, []byte) error { left++; return nil }); err != nil {
		t.Fatal(err)
	}
	if st.Delivered != n || left != 0 {
		t.Fatalf("pruned %d of %d delivery marks, %d left", st.Delivered, n, left)
	}
	if store.most > pruneBatch {
		t.Fatalf("one Apply of %d ops (bound %d)", store.most, pruneBatch)
	}
}

// clockNotifier fails every call and moves the engine's clock on by step.
type clockNotifier struct {
	clock *testClock
	step  time.Duration
	calls int
}

func (n *clockNotifier) Notify(context.Context, pipeline.Alert) error {
	n.calls++
	n.clock.Advance(n.step)
	return errors.New("503: down")
}

// Deliver gives up after alert.give_up_after on the engine's clock (the
// injected one), not on the machine's: here the engine's clock passes it
// at the third failure while almost no real time goes by.
func TestDeliverGivesUpOnEngineClock(t *testing.T) {
	clock := newClock()
	cfg := DefaultConfig()
	cfg.RetryMin, cfg.RetryMax = time.Millisecond, time.Millisecond
	cfg.GiveUpAfter = time.Hour
	hook := &clockNotifier{clock: clock, step: 25 * time.Minute}
	e, err := New(cfg, mustRules(t, `rules: [{name: feud, on: event, notify: [hook], quiet: 1h}]`),
		track.NewMemoryStore(), map[string]Notifier{"hook": hook}, nil, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	err = e.Deliver(ctx, pipeline.Alert{ID: "feud/x|y/20250301T000000Z", Rule: "feud"})
	if !pipeline.IsPermanent(err) || hook.calls != 3 {
		t.Fatalf("after %d calls: %v, want a permanent error at the third", hook.calls, err)
	}
}

// ctxStore refuses writes once their context is done, as the Kafka and
// bbolt-backed stores' blocking writes do.
type ctxStore struct{ pipeline.StateStore }

func (s ctxStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.StateStore.Apply(ctx, ops...)
}

// shutdownNotifier takes the alert while the process is told to stop: it
// cancels the delivery's parent context, then answers success.
type shutdownNotifier struct {
	cancel context.CancelFunc
	calls  int
}

func (n *shutdownNotifier) Notify(context.Context, pipeline.Alert) error {
	n.calls++
	n.cancel()
	return nil
}

// A notifier that took the alert while the process was shutting down has
// it: the delivery is marked although the context ended, so the alert
// arriving again (after the restart) is not sent a second time — through
// DeliveryHandler's Deliver and through the outbox's Deliverer alike.
func TestDeliveryMarkedDespiteShutdown(t *testing.T) {
	rules := mustRules(t, `rules: [{name: feud, on: event, notify: [hook], quiet: 1h}]`)
	a := pipeline.Alert{ID: "feud/x|y/20250301T000000Z", Rule: "feud"}

	t.Run("Deliver", func(t *testing.T) {
		hook := &shutdownNotifier{}
		e, err := New(DefaultConfig(), rules, ctxStore{track.NewMemoryStore()}, map[string]Notifier{"hook": hook}, nil, time.Now)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		hook.cancel = cancel
		if err := e.Deliver(ctx, a); err != nil {
			t.Logf("shutdown: %v", err) // may surface as an error: the message is redelivered
		}
		if err := e.Deliver(t.Context(), a); err != nil {
			t.Fatal(err)
		}
		if hook.calls != 1 {
			t.Fatalf("the webhook got the alert %d times", hook.calls)
		}
	})

	t.Run("Deliverer", func(t *testing.T) {
		hook := &shutdownNotifier{}
		e, err := New(DefaultConfig(), rules, ctxStore{track.NewMemoryStore()}, map[string]Notifier{"hook": hook}, nil, time.Now)
		if err != nil {
			t.Fatal(err)
		}
		msg, err := pipeline.Encode(a.ID, a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := OutboxHandler(e)(t.Context(), msg); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		hook.cancel = cancel
		if _, err := e.Deliverer().DeliverDue(ctx); err != nil {
			t.Logf("shutdown: %v", err)
		}
		if _, err := e.Deliverer().DeliverDue(t.Context()); err != nil {
			t.Fatal(err)
		}
		if _, err := OutboxHandler(e)(t.Context(), msg); err != nil { // the alert again on the topic
			t.Fatal(err)
		}
		if _, err := e.Deliverer().DeliverDue(t.Context()); err != nil {
			t.Fatal(err)
		}
		if hook.calls != 1 {
			t.Fatalf("the webhook got the alert %d times", hook.calls)
		}
	})
}
