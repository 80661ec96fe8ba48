package kafka_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
)

func TestStateStoreChangelog(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()
	open := func() *kafka.StateStore { return openTestStore(t, b, kafka.TopicTrackState) }
	a := open()
	other := open()
	if err := a.Apply(ctx,
		pipeline.StateOp{Bucket: "pairs", Key: "elon-musk|openai", Value: []byte(`{"score":-2}`)},
		pipeline.StateOp{Bucket: "pairs", Key: "modi|trump", Value: []byte(`{"score":1}`)},
		pipeline.StateOp{Bucket: "markers", Key: "s1", Value: []byte{}},
	); err != nil {
		t.Fatal(err)
	}
	if err := a.Apply(ctx, pipeline.StateOp{Bucket: "pairs", Key: "modi|trump", Delete: true}); err != nil {
		t.Fatal(err)
	}
	check := func(name string, s *kafka.StateStore) {
		t.Helper()
		var keys []string
		_ = s.ForEach(ctx, "pairs", func(k string, v []byte) error { keys = append(keys, k+"="+string(v)); return nil })
		if len(keys) != 1 || keys[0] != `elon-musk|openai={"score":-2}` {
			t.Fatalf("%s: pairs %v", name, keys)
		}
		if _, ok, _ := s.Get(ctx, "markers", "s1"); !ok {
			t.Fatalf("%s: empty value lost (taken for a delete)", name)
		}
	}
	check("writer", a)
	// The other instance sees the writes by tailing.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, ok1, _ := other.Get(ctx, "pairs", "elon-musk|openai")
		_, ok2, _ := other.Get(ctx, "pairs", "modi|trump")
		if ok1 && !ok2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("second instance never saw the writes")
		}
		time.Sleep(50 * time.Millisecond)
	}
	check("tailing instance", other)
	// A new instance restores from the changelog before Open returns.
	rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	restored, err := kafka.OpenStateStore(rctx, b, kafka.TopicTrackState)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	check("restored", restored)
}

// TestStateStoreSync: after Sync, a second instance has every write the
// first made before the call — no polling (the catch-up a new owner of a
// key needs after a rebalance).
func TestStateStoreSync(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()
	open := func() *kafka.StateStore { return openTestStore(t, b, kafka.TopicAlertState) }
	a, other := open(), open()
	for round := range 3 {
		ops := make([]pipeline.StateOp, 0, 400)
		for i := range 400 {
			ops = append(ops, pipeline.StateOp{Bucket: "alert.keys", Key: fmt.Sprintf("r%d/k%03d", round, i), Value: []byte(`{"n":1}`)})
		}
		if err := a.Apply(ctx, ops...); err != nil {
			t.Fatal(err)
		}
		sctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		err := other.Sync(sctx)
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		missing := 0
		for _, op := range ops {
			if _, ok, _ := other.Get(ctx, op.Bucket, op.Key); !ok {
				missing++
			}
		}
		if missing > 0 {
			t.Fatalf("round %d: %d of %d writes missing right after Sync", round, missing, len(ops))
		}
	}
}

// openTestStore opens a state store over topic, closed at the end of the
// test.
func openTestStore(t *testing.T, b *kafka.Bus, topic string) *kafka.StateStore {
	t.Helper()
	s, err := kafka.OpenStateStore(t.Context(), b, topic)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}
