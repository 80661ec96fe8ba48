// Package bustest is the conformance suite every pipeline.Bus passes: the
// in-process bus and Kafka alike. A bus states its optional behaviours in
// Features; the suite tests the common contract plus what it claims.
package bustest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Features are the behaviours that differ between buses.
type Features struct {
	// Durable: messages published before a group first subscribes are
	// still delivered to it (Kafka: from the earliest offset).
	Durable bool
	// Redelivery: a nacked or unacked message is delivered again to a new
	// subscriber of the same group after the first subscription ended,
	// while messages acked before it (in partition order) are not.
	Redelivery bool
	// RedeliveryInSession: a message nacked while the subscription runs is
	// delivered again on the same channel, and once it is acked the group's
	// position moves past it (a later subscriber of the group does not get
	// it again).
	RedeliveryInSession bool
	// NackToPublisher: a consumer's Nack reaches the publisher's message
	// (the in-process bus passes the message object through).
	NackToPublisher bool
	// SchemaDeadLetter: a message whose schema-version major is unknown is
	// not delivered but written to pipeline.TopicDLQ with the reason.
	SchemaDeadLetter bool
	// Timeout bounds each wait in the suite (default 60 s): group joins on
	// a real broker take seconds.
	Timeout time.Duration
}

// NewBus returns a fresh bus whose topics (every pipeline.Topic*) exist
// and are empty. It registers its own cleanup.
type NewBus func(t *testing.T) pipeline.Bus

// Run runs the suite.
func Run(t *testing.T, f Features, newBus NewBus) {
	if f.Timeout <= 0 {
		f.Timeout = 60 * time.Second
	}
	tests := []struct {
		name string
		run  func(*testing.T, Features, NewBus)
		need bool
	}{
		{"OrderPerKey", testOrderPerKey, true},
		{"KeyValueHeaders", testKeyValueHeaders, true},
		{"FanOutToGroups", testFanOut, true},
		{"ConcurrentPublish", testConcurrentPublish, true},
		{"CancelClosesChannel", testCancelCloses, true},
		{"PublishedBeforeSubscribe", testDurable, f.Durable},
		{"RedeliveryAfterNack", testRedelivery, f.Redelivery},
		{"RedeliveryInSession", testRedeliveryInSession, f.RedeliveryInSession},
		{"NackToPublisher", testNackToPublisher, f.NackToPublisher},
		{"SchemaDeadLetter", testSchemaDeadLetter, f.SchemaDeadLetter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.need {
				t.Skip("feature not claimed by this bus")
			}
			tt.run(t, f, newBus)
		})
	}
}

// payload is the JSON value the suite publishes.
type payload struct {
	Key string `json:"key"`
	Seq int    `json:"seq"`
}

func msg(t *testing.T, key string, seq int) *pipeline.Message {
	t.Helper()
	v, err := json.Marshal(payload{Key: key, Seq: seq})
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.NewMessage(key, v)
}

func decode(t *testing.T, m *pipeline.Message) payload {
	t.Helper()
	var p payload
	if err := json.Unmarshal(m.Value, &p); err != nil {
		t.Fatalf("message %q: value %q is not the suite's JSON: %v", m.Key, m.Value, err)
	}
	return p
}

func group(t *testing.T, name string) string {
	return strings.NewReplacer("/", "-", " ", "-").Replace(t.Name()) + "-" + name
}

func subscribe(t *testing.T, ctx context.Context, b pipeline.Bus, topic, g string) <-chan *pipeline.Message {
	t.Helper()
	ch, err := b.Subscribe(ctx, topic, g)
	if err != nil {
		t.Fatalf("subscribe %s/%s: %v", topic, g, err)
	}
	return ch
}

// receive takes n messages from ch, acking each when ack is set.
func receive(t *testing.T, f Features, ch <-chan *pipeline.Message, n int, ack bool) []*pipeline.Message {
	t.Helper()
	out := make([]*pipeline.Message, 0, n)
	deadline := time.NewTimer(f.Timeout)
	defer deadline.Stop()
	for len(out) < n {
		select {
		case m, ok := <-ch:
			if !ok {
				t.Fatalf("channel closed after %d of %d messages", len(out), n)
			}
			if ack {
				m.Ack()
			}
			out = append(out, m)
		case <-deadline.C:
			t.Fatalf("received %d of %d messages within %s", len(out), n, f.Timeout)
		}
	}
	return out
}

func waitDone(t *testing.T, f Features, msgs []*pipeline.Message) {
	t.Helper()
	deadline := time.NewTimer(f.Timeout)
	defer deadline.Stop()
	for i, m := range msgs {
		select {
		case <-m.Done():
			if err := m.Err(); err != nil {
				t.Fatalf("published message %d (%q) nacked: %v", i, m.Key, err)
			}
		case <-deadline.C:
			t.Fatalf("published message %d (%q) neither acked nor nacked within %s", i, m.Key, f.Timeout)
		}
	}
}

func testOrderPerKey(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	ch := subscribe(t, ctx, b, pipeline.TopicStories, group(t, "g"))
	keys := []string{"alpha", "beta", "gamma", "delta"}
	const per = 40
	var pub []*pipeline.Message
	for i := range per {
		for _, k := range keys {
			m := msg(t, k, i)
			pub = append(pub, m)
			if err := b.Publish(ctx, pipeline.TopicStories, m); err != nil {
				t.Fatalf("publish: %v", err)
			}
		}
	}
	got := receive(t, f, ch, len(pub), true)
	next := map[string]int{}
	for _, m := range got {
		p := decode(t, m)
		if m.Key != p.Key {
			t.Fatalf("key %q carries value of key %q", m.Key, p.Key)
		}
		if p.Seq != next[p.Key] {
			t.Fatalf("key %q: got seq %d, want %d (order per key broken or message lost/duplicated)", p.Key, p.Seq, next[p.Key])
		}
		next[p.Key]++
	}
	waitDone(t, f, pub)
}

func testKeyValueHeaders(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	ch := subscribe(t, ctx, b, pipeline.TopicAnalyses, group(t, "g"))
	value := []byte(`{"id":"ab12","title":"दिल्ली में बारिश","n":[1,2,3]}`)
	m := pipeline.NewMessage("ab12", value)
	m.Headers["trace"] = "t-1"
	if err := b.Publish(ctx, pipeline.TopicAnalyses, m); err != nil {
		t.Fatal(err)
	}
	got := receive(t, f, ch, 1, true)[0]
	if got.Key != "ab12" || string(got.Value) != string(value) {
		t.Fatalf("got key %q value %s, want ab12 %s", got.Key, got.Value, value)
	}
	if got.Headers[pipeline.HeaderSchemaVersion] != pipeline.SchemaVersion || got.Headers["trace"] != "t-1" {
		t.Fatalf("headers %v lost schema-version or trace", got.Headers)
	}
	waitDone(t, f, []*pipeline.Message{m})
}

func testFanOut(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	a := subscribe(t, ctx, b, pipeline.TopicEvents, group(t, "a"))
	c := subscribe(t, ctx, b, pipeline.TopicEvents, group(t, "b"))
	const n = 30
	var pub []*pipeline.Message
	for i := range n {
		m := msg(t, fmt.Sprintf("k%d", i%5), i)
		pub = append(pub, m)
	}
	if err := b.Publish(ctx, pipeline.TopicEvents, pub...); err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]<-chan *pipeline.Message{"a": a, "b": c} {
		seen := map[int]bool{}
		for _, m := range receive(t, f, ch, n, true) {
			seen[decode(t, m).Seq] = true
		}
		if len(seen) != n {
			t.Fatalf("group %s saw %d distinct of %d messages", name, len(seen), n)
		}
	}
	waitDone(t, f, pub)
}

func testConcurrentPublish(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	ch := subscribe(t, ctx, b, pipeline.TopicStances, group(t, "g"))
	const writers, per = 8, 25
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		pub  []*pipeline.Message
		errs = make(chan error, writers)
	)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				m := msg(t, fmt.Sprintf("w%d", w), w*per+i)
				mu.Lock()
				pub = append(pub, m)
				mu.Unlock()
				if err := b.Publish(ctx, pipeline.TopicStances, m); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	// Consume while publishing: a bus with backpressure blocks otherwise.
	got := receive(t, f, ch, writers*per, true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent publish: %v", err)
	}
	seen := map[int]bool{}
	for _, m := range got {
		seen[decode(t, m).Seq] = true
	}
	if len(seen) != writers*per {
		t.Fatalf("saw %d distinct of %d messages", len(seen), writers*per)
	}
	waitDone(t, f, pub)
}

func testCancelCloses(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx, cancel := context.WithCancel(t.Context())
	ch := subscribe(t, ctx, b, pipeline.TopicAlerts, group(t, "g"))
	cancel()
	deadline := time.NewTimer(f.Timeout)
	defer deadline.Stop()
	for {
		select {
		case m, ok := <-ch:
			if !ok {
				return
			}
			m.Nack(errors.New("test: shutting down"))
		case <-deadline.C:
			t.Fatalf("channel not closed within %s of ctx cancel", f.Timeout)
		}
	}
}

func testDurable(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	var pub []*pipeline.Message
	for i := range 10 {
		pub = append(pub, msg(t, "early", i))
	}
	if err := b.Publish(ctx, pipeline.TopicStories, pub...); err != nil {
		t.Fatal(err)
	}
	waitDone(t, f, pub)
	ch := subscribe(t, ctx, b, pipeline.TopicStories, group(t, "late"))
	for i, m := range receive(t, f, ch, 10, true) {
		if p := decode(t, m); p.Seq != i {
			t.Fatalf("late group: message %d has seq %d", i, p.Seq)
		}
	}
}

// testRedelivery: on one key (one partition), ack 0..4, nack 5, ack 7,
// leave 6, 8, 9 unacked. A new subscriber of the group must get 5, 6, 8
// and 9 again and none of 0..4.
func testRedelivery(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	g := group(t, "g")
	var pub []*pipeline.Message
	for i := range 10 {
		pub = append(pub, msg(t, "one-key", i))
	}
	if err := b.Publish(ctx, pipeline.TopicStories, pub...); err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	first := receive(t, f, subscribe(t, sctx, b, pipeline.TopicStories, g), 10, false)
	for _, m := range first {
		switch p := decode(t, m); {
		case p.Seq < 5 || p.Seq == 7:
			m.Ack()
		case p.Seq == 5:
			m.Nack(errors.New("test: cannot process"))
		}
	}
	cancel()

	want := map[int]bool{5: true, 6: true, 8: true, 9: true}
	ch := subscribe(t, ctx, b, pipeline.TopicStories, g)
	deadline := time.NewTimer(f.Timeout)
	defer deadline.Stop()
	for len(want) > 0 {
		select {
		case m, ok := <-ch:
			if !ok {
				t.Fatal("second subscription closed early")
			}
			p := decode(t, m)
			if p.Seq < 5 {
				t.Fatalf("seq %d was acked (and committed) yet delivered again", p.Seq)
			}
			delete(want, p.Seq)
			m.Ack()
		case <-deadline.C:
			t.Fatalf("not redelivered within %s: %v", f.Timeout, want)
		}
	}
}

// testRedeliveryInSession: on one key, ack 0 and 2, nack 1. The same
// subscription gets 1 again; once it is acked too, a new subscriber of the
// group gets only what is published next.
func testRedeliveryInSession(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	g := group(t, "g")
	var pub []*pipeline.Message
	for i := range 3 {
		pub = append(pub, msg(t, "one-key", i))
	}
	if err := b.Publish(ctx, pipeline.TopicStories, pub...); err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	ch := subscribe(t, sctx, b, pipeline.TopicStories, g)
	for _, m := range receive(t, f, ch, 3, false) {
		if decode(t, m).Seq == 1 {
			m.Nack(errors.New("test: broker trouble downstream"))
		} else {
			m.Ack()
		}
	}
	again := receive(t, f, ch, 1, false)[0]
	if p := decode(t, again); p.Seq != 1 {
		t.Fatalf("redelivered seq %d, want 1", p.Seq)
	}
	again.Ack()
	cancel()
	// Every message was acked, so the group's position is past them all
	// (the subscription commits as it stops): a new subscriber of the
	// group gets only what is published next.
	next := msg(t, "one-key", 3)
	if err := b.Publish(ctx, pipeline.TopicStories, next); err != nil {
		t.Fatal(err)
	}
	ch2 := subscribe(t, ctx, b, pipeline.TopicStories, g)
	if p := decode(t, receive(t, f, ch2, 1, true)[0]); p.Seq != 3 {
		t.Fatalf("the next subscriber got seq %d first, want 3: the redelivered message held the partition's commits", p.Seq)
	}
}

func testNackToPublisher(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	ch := subscribe(t, ctx, b, pipeline.TopicStories, group(t, "g"))
	m := msg(t, "k", 1)
	if err := b.Publish(ctx, pipeline.TopicStories, m); err != nil {
		t.Fatal(err)
	}
	receive(t, f, ch, 1, false)[0].Nack(errors.New("test: refused"))
	select {
	case <-m.Done():
		if m.Err() == nil {
			t.Fatalf("publisher's message acked although the consumer nacked")
		}
	case <-time.After(f.Timeout):
		t.Fatal("consumer nack never reached the publisher")
	}
}

func testSchemaDeadLetter(t *testing.T, f Features, newBus NewBus) {
	b := newBus(t)
	ctx := t.Context()
	ch := subscribe(t, ctx, b, pipeline.TopicStories, group(t, "g"))
	dlq := subscribe(t, ctx, b, pipeline.TopicDLQ, group(t, "dlq"))
	bad := msg(t, "same", 0)
	bad.Headers[pipeline.HeaderSchemaVersion] = "9.0"
	good := msg(t, "same", 1)
	if err := b.Publish(ctx, pipeline.TopicStories, bad, good); err != nil {
		t.Fatal(err)
	}
	got := receive(t, f, ch, 1, true)[0]
	if p := decode(t, got); p.Seq != 1 {
		t.Fatalf("delivered seq %d; the 9.0 message must not be delivered", p.Seq)
	}
	dl := receive(t, f, dlq, 1, true)[0]
	var letter pipeline.DeadLetter
	if err := json.Unmarshal(dl.Value, &letter); err != nil {
		t.Fatalf("dead letter %s: %v", dl.Value, err)
	}
	if !strings.Contains(letter.Reason, "9.0") || !strings.Contains(letter.Reason, "schema") {
		t.Fatalf("dead letter reason %q does not name the version", letter.Reason)
	}
	if letter.Headers[pipeline.HeaderSchemaVersion] != "9.0" || letter.Key != "same" || !strings.HasSuffix(letter.Topic, pipeline.TopicStories) {
		t.Fatalf("dead letter lost the source: %+v", letter)
	}
	if p := (payload{}); json.Unmarshal(letter.Value, &p) != nil || p.Seq != 0 {
		t.Fatalf("dead letter value %q is not the original", letter.Value)
	}
}
