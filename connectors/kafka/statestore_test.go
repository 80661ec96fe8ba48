package kafka_test

import (
	"context"
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
	open := func() *kafka.StateStore {
		t.Helper()
		s, err := kafka.OpenStateStore(ctx, b, kafka.TopicTrackState)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
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
