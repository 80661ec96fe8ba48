package kafka_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
)

// TestFeedStateStoreKeepsOnlyWhatItsFilterKeeps: over a real broker, a
// filtered store restores only the latest record of the keys its filter
// keeps (several updates each, uncompacted), drops the others as they
// stream by (also a key it held, once a record of it is not kept), sees
// other writers' records of kept keys by tailing, writes every op to the
// topic but holds only the kept ones, and forgets a bucket on Drop.
func TestFeedStateStoreKeepsOnlyWhatItsFilterKeeps(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()

	// The filter keeps "mine/*" keys, and "late" only while its value is
	// not "drop"; it sees every record and counts them.
	var mu sync.Mutex
	offered := map[string]int{}
	keep := func(bucket, key string, value []byte, deleted bool) bool {
		mu.Lock()
		offered[bucket+"/"+key]++
		mu.Unlock()
		if bucket == "feeds.state" && key == "late" {
			return string(value) != "drop"
		}
		return strings.HasPrefix(key, "mine/")
	}

	// Ten updates of 20 keys, half of them ours, written by a plain store.
	w, err := kafka.OpenStateStore(ctx, b, kafka.TopicFeedState)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for u := range 10 {
		var ops []pipeline.StateOp
		for k := range 10 {
			ops = append(ops,
				pipeline.StateOp{Bucket: "feeds.state", Key: fmt.Sprintf("mine/%d", k), Value: fmt.Appendf(nil, `{"polls":%d}`, u)},
				pipeline.StateOp{Bucket: "feeds.state", Key: fmt.Sprintf("theirs/%d", k), Value: fmt.Appendf(nil, `{"polls":%d}`, u)})
		}
		if err := w.Apply(ctx, ops...); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Apply(ctx, pipeline.StateOp{Bucket: "feeds.state", Key: "mine/9", Delete: true}); err != nil {
		t.Fatal(err)
	}

	rctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	s, err := kafka.OpenFeedStateStore(rctx, b, kafka.TopicFeedState, keep)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	held := func() []string {
		var out []string
		if err := s.ForEach(ctx, "feeds.state", func(k string, v []byte) error {
			out = append(out, k+"="+string(v))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	got := strings.Join(held(), " ")
	want := `mine/0={"polls":9} mine/1={"polls":9} mine/2={"polls":9} mine/3={"polls":9} mine/4={"polls":9} ` +
		`mine/5={"polls":9} mine/6={"polls":9} mine/7={"polls":9} mine/8={"polls":9}`
	if got != want {
		t.Fatalf("restored %s\nwant     %s", got, want)
	}
	mu.Lock()
	if n := offered["feeds.state/theirs/3"]; n != 10 {
		t.Errorf("the filter saw %d records of theirs/3, want its 10 updates", n)
	}
	mu.Unlock()

	// Another writer's records: a kept key is seen, a dropped one not,
	// and a key held until a record of it is not kept is forgotten.
	if err := w.Apply(ctx,
		pipeline.StateOp{Bucket: "feeds.state", Key: "mine/0", Value: []byte(`{"polls":10}`)},
		pipeline.StateOp{Bucket: "feeds.state", Key: "theirs/0", Value: []byte(`{"polls":10}`)},
		pipeline.StateOp{Bucket: "feeds.state", Key: "late", Value: []byte(`kept`)},
	); err != nil {
		t.Fatal(err)
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if v, ok, _ := s.Get(ctx, "feeds.state", "mine/0"); !ok || string(v) != `{"polls":10}` {
		t.Fatalf("tail: mine/0 = %q %v", v, ok)
	}
	if _, ok, _ := s.Get(ctx, "feeds.state", "theirs/0"); ok {
		t.Fatal("tail: theirs/0 held")
	}
	if _, ok, _ := s.Get(ctx, "feeds.state", "late"); !ok {
		t.Fatal("tail: late not held")
	}
	if err := w.Apply(ctx, pipeline.StateOp{Bucket: "feeds.state", Key: "late", Value: []byte(`drop`)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Get(ctx, "feeds.state", "late"); ok {
		t.Fatal("tail: late still held after a record of it was not kept")
	}

	// Own writes: every op reaches the topic, only kept ones are held.
	if err := s.Apply(ctx,
		pipeline.StateOp{Bucket: "feeds.state", Key: "mine/1", Value: []byte(`{"polls":11}`)},
		pipeline.StateOp{Bucket: "feeds.push", Key: "theirs/1\x1fp1", Value: []byte(`{"body":"x"}`)},
	); err != nil {
		t.Fatal(err)
	}
	if v, _, _ := s.Get(ctx, "feeds.state", "mine/1"); string(v) != `{"polls":11}` {
		t.Fatalf("own write of mine/1 held as %q", v)
	}
	if _, ok, _ := s.Get(ctx, "feeds.push", "theirs/1\x1fp1"); ok {
		t.Fatal("own write of a key not kept is held")
	}
	if err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if v, ok, _ := w.Get(ctx, "feeds.push", "theirs/1\x1fp1"); !ok || string(v) != `{"body":"x"}` {
		t.Fatalf("own write of a key not kept is not on the topic: %q %v", v, ok)
	}
	if s.Size("feeds.state") != 9 {
		t.Fatalf("holds %d feed states, want 9", s.Size("feeds.state"))
	}
	s.Drop("feeds.state")
	if n := len(held()); n != 0 {
		t.Fatalf("%d feed states held after Drop", n)
	}
}
