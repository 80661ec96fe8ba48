package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestCanonicalURLAndStoryID(t *testing.T) {
	same := []string{
		"https://News.Example.com/tech/story-1",
		"HTTPS://news.example.com/tech/story-1/",
		"https://news.example.com/tech/story-1?utm_source=rss&utm_medium=feed",
		"https://news.example.com/tech/story-1#comments",
		"https://news.example.com:443/tech/story-1?fbclid=abc&gclid=x",
	}
	want := StoryID(same[0], "")
	for _, u := range same {
		if got := StoryID(u, "guid-ignored"); got != want {
			t.Errorf("StoryID(%q) = %s, want %s (canonical %q)", u, got, want, CanonicalURL(u))
		}
	}
	different := []string{
		"http://news.example.com/tech/story-1", // scheme is part of identity
		"https://news.example.com/tech/story-2",
		"https://news.example.com/tech/story-1?id=2",
		"https://news.example.com/Tech/story-1", // paths are case-sensitive
	}
	for _, u := range different {
		if StoryID(u, "") == want {
			t.Errorf("StoryID(%q) collides with %q", u, same[0])
		}
	}
	if CanonicalURL("https://a.example/x?b=2&a=1") != "https://a.example/x?a=1&b=2" {
		t.Errorf("parameters not sorted: %s", CanonicalURL("https://a.example/x?b=2&a=1"))
	}
	if StoryID("", "tag:x,2025:1") == "" || StoryID("", "tag:x,2025:1") != StoryID("not a url", "tag:x,2025:1") {
		t.Error("GUID fallback not stable")
	}
	if StoryID("", "") != "" {
		t.Error("no link and no guid gives an id")
	}
}

func TestAckAfter(t *testing.T) {
	t.Run("acks when every child acked", func(t *testing.T) {
		p := NewMessage("p", nil)
		a, b := NewMessage("a", nil), NewMessage("b", nil)
		AckAfter(p, a, b)
		a.Ack()
		select {
		case <-p.Done():
			t.Fatal("parent done after one of two children")
		default:
		}
		b.Ack()
		<-p.Done()
		if p.Err() != nil {
			t.Errorf("parent err = %v", p.Err())
		}
	})
	t.Run("nacks with the first child error", func(t *testing.T) {
		p := NewMessage("p", nil)
		a, b := NewMessage("a", nil), NewMessage("b", nil)
		AckAfter(p, a, b)
		boom := errors.New("boom")
		a.Nack(boom)
		b.Ack()
		<-p.Done()
		if !errors.Is(p.Err(), boom) {
			t.Errorf("parent err = %v, want boom", p.Err())
		}
	})
	t.Run("no children acks at once", func(t *testing.T) {
		p := NewMessage("p", nil)
		AckAfter(p)
		<-p.Done()
	})
	t.Run("first outcome wins", func(t *testing.T) {
		m := NewMessage("m", nil)
		calls := 0
		m.Then(func(error) { calls++ })
		m.Ack()
		m.Nack(errors.New("late"))
		if m.Err() != nil || calls != 1 {
			t.Errorf("err %v, calls %d", m.Err(), calls)
		}
	})
}

// chanBus is the smallest Subscriber/Publisher for router tests.
type chanBus struct {
	mu  sync.Mutex
	out map[string][]*Message
}

func (b *chanBus) Publish(_ context.Context, topic string, msgs ...*Message) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.out[topic] = append(b.out[topic], msgs...)
	return nil
}

type memDLQ struct {
	mu  sync.Mutex
	dls []DeadLetter
	err error
}

func (d *memDLQ) DeadLetter(_ context.Context, dl DeadLetter) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.err != nil {
		return d.err
	}
	d.dls = append(d.dls, dl)
	return nil
}

func TestRouterDeadLettersAndAcks(t *testing.T) {
	bus := &chanBus{out: map[string][]*Message{}}
	dlq := &memDLQ{}
	r := &Router{Pub: bus, DLQ: dlq, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	h := func(_ context.Context, m *Message) ([]Output, error) {
		switch m.Key {
		case "bad":
			return nil, Permanent(errors.New("cannot decode"))
		case "panic":
			panic("poison")
		}
		return []Output{{Topic: "next", Msg: NewMessage(m.Key+"-out", nil)}}, nil
	}
	in := make(chan *Message, 4)
	good, bad, poison := NewMessage("good", nil), NewMessage("bad", nil), NewMessage("panic", nil)
	future := NewMessage("future", nil)
	future.Headers[HeaderSchemaVersion] = "2.0"
	for _, m := range []*Message{good, bad, poison, future} {
		in <- m
	}
	close(in)
	if err := r.Consume(context.Background(), Route{Stage: "test", Topic: "in", Handler: h}, in); err != nil {
		t.Fatal(err)
	}
	for _, m := range []*Message{bad, poison, future} {
		select {
		case <-m.Done():
			if m.Err() != nil {
				t.Errorf("%s: dead-lettered message should be acked, got %v", m.Key, m.Err())
			}
		case <-time.After(time.Second):
			t.Fatalf("%s not acknowledged", m.Key)
		}
	}
	if len(dlq.dls) != 3 {
		t.Fatalf("dead letters = %+v", dlq.dls)
	}
	reasons := dlq.dls[0].Reason + dlq.dls[1].Reason + dlq.dls[2].Reason
	for _, want := range []string{"cannot decode", "poison", "unknown schema version"} {
		if !contains(reasons, want) {
			t.Errorf("reasons %q lack %q", reasons, want)
		}
	}
	select {
	case <-good.Done():
		t.Fatal("good acked before its output was")
	default:
	}
	bus.out["next"][0].Ack()
	<-good.Done()
	if good.Err() != nil {
		t.Errorf("good: %v", good.Err())
	}
}

// TestRouterRetriesDeadLetterUntilStored: a dead letter that cannot be
// stored is retried; the message is acked only once it is stored, and
// nacked (not acked) when the stage stops first.
func TestRouterRetriesDeadLetterUntilStored(t *testing.T) {
	dlq := &flakyDLQ{failures: 2}
	r := &Router{Pub: &chanBus{out: map[string][]*Message{}}, DLQ: dlq, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Backoff: func(int) time.Duration { return time.Millisecond }}
	in := make(chan *Message, 1)
	m := NewMessage("bad", nil)
	m.Origin = &Origin{Topic: "khabar.stories", Partition: 2, Offset: 1712}
	in <- m
	close(in)
	_ = r.Consume(context.Background(), Route{Stage: "work", Topic: "stories", Handler: func(context.Context, *Message) ([]Output, error) {
		return nil, Permanent(errors.New("no id"))
	}}, in)
	<-m.Done()
	if m.Err() != nil || dlq.calls != 3 || len(dlq.stored) != 1 {
		t.Fatalf("err %v after %d attempts, %d stored; want acked after the third", m.Err(), dlq.calls, len(dlq.stored))
	}
	if dl := dlq.stored[0]; dl.Topic != "khabar.stories" || dl.Partition != 2 || dl.Offset != 1712 || dl.Stage != "work" {
		t.Fatalf("dead letter %+v lacks its origin (khabar.stories/2/1712) or stage", dl)
	}

	ctx, cancel := context.WithCancel(context.Background())
	never := &flakyDLQ{failures: 1 << 30, onCall: func(n int) {
		if n == 3 {
			cancel()
		}
	}}
	r.DLQ = never
	in = make(chan *Message, 1)
	m = NewMessage("bad", nil)
	in <- m
	close(in)
	_ = r.Consume(ctx, Route{Stage: "t", Topic: "in", Handler: func(context.Context, *Message) ([]Output, error) {
		return nil, Permanent(errors.New("nope"))
	}}, in)
	<-m.Done()
	if m.Err() == nil {
		t.Error("message acked although its dead letter was never stored")
	}
}

type flakyDLQ struct {
	mu       sync.Mutex
	failures int
	calls    int
	stored   []DeadLetter
	onCall   func(n int)
}

func (d *flakyDLQ) DeadLetter(_ context.Context, dl DeadLetter) error {
	d.mu.Lock()
	d.calls++
	n := d.calls
	fail := d.calls <= d.failures
	if !fail {
		d.stored = append(d.stored, dl)
	}
	d.mu.Unlock()
	if d.onCall != nil {
		d.onCall(n)
	}
	if fail {
		return errors.New("disk full")
	}
	return nil
}

// TestRouterRetriesTransientErrors: a handler error that is not permanent
// (a state store or sink in trouble) is retried with the same message until
// it succeeds; nothing is dead-lettered and the output is published once.
func TestRouterRetriesTransientErrors(t *testing.T) {
	bus := &chanBus{out: map[string][]*Message{}}
	dlq := &memDLQ{}
	r := &Router{Pub: bus, DLQ: dlq, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Backoff: func(int) time.Duration { return time.Millisecond }}
	var calls int
	in := make(chan *Message, 1)
	m := NewMessage("s1", nil)
	in <- m
	close(in)
	_ = r.Consume(context.Background(), Route{Stage: "track", Topic: "stances", Handler: func(context.Context, *Message) ([]Output, error) {
		calls++
		if calls <= 3 {
			return nil, errors.New("state store: connection refused")
		}
		return []Output{{Topic: "events", Msg: NewMessage("e1", nil)}}, nil
	}}, in)
	if calls != 4 || len(dlq.dls) != 0 || len(bus.out["events"]) != 1 {
		t.Fatalf("%d calls, %d dead letters, %d outputs; want 4, 0, 1", calls, len(dlq.dls), len(bus.out["events"]))
	}
	bus.out["events"][0].Ack()
	<-m.Done()
	if m.Err() != nil {
		t.Fatalf("input nacked: %v", m.Err())
	}

	// A transient failure that outlasts the stage: nacked at shutdown, not
	// dead-lettered.
	ctx, cancel := context.WithCancel(context.Background())
	in = make(chan *Message, 1)
	m = NewMessage("s2", nil)
	in <- m
	close(in)
	calls = 0
	_ = r.Consume(ctx, Route{Stage: "track", Topic: "stances", Handler: func(context.Context, *Message) ([]Output, error) {
		calls++
		if calls == 5 {
			cancel()
		}
		return nil, errors.New("state store: connection refused")
	}}, in)
	<-m.Done()
	if m.Err() == nil || len(dlq.dls) != 0 {
		t.Fatalf("err %v, %d dead letters; want nacked, none", m.Err(), len(dlq.dls))
	}
}

// refusingBus nacks the first n messages published to it (a broker outage
// longer than the producer's own retries), then holds them like chanBus.
type refusingBus struct {
	chanBus
	refuse int
	seen   int
}

func (b *refusingBus) Publish(ctx context.Context, topic string, msgs ...*Message) error {
	b.mu.Lock()
	var nack []*Message
	for _, m := range msgs {
		b.seen++
		if b.seen <= b.refuse {
			nack = append(nack, m)
			continue
		}
		b.out[topic] = append(b.out[topic], m)
	}
	b.mu.Unlock()
	for _, m := range nack {
		m.Nack(errors.New("kafka: write: leader not available"))
	}
	return nil
}

// TestRouterRepublishesRefusedOutputs: an output the bus nacks while the
// stage runs is published again; the input is acked once the output is,
// never nacked — a nacked input would hold its Kafka partition's commits
// until a restart (issue 14 §1).
func TestRouterRepublishesRefusedOutputs(t *testing.T) {
	bus := &refusingBus{chanBus: chanBus{out: map[string][]*Message{}}, refuse: 3}
	r := &Router{Pub: bus, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Backoff: func(int) time.Duration { return time.Millisecond }}
	in := make(chan *Message, 1)
	m := NewMessage("s1", nil)
	in <- m
	close(in)
	_ = r.Consume(context.Background(), Route{Stage: "work", Topic: "stories", Handler: func(context.Context, *Message) ([]Output, error) {
		return []Output{{Topic: "analyses", Msg: NewMessage("s1", []byte(`{"id":"s1"}`))}}, nil
	}}, in)
	bus.mu.Lock()
	got, seen := bus.out["analyses"], bus.seen
	bus.mu.Unlock()
	if seen != 4 || len(got) != 1 || string(got[0].Value) != `{"id":"s1"}` {
		t.Fatalf("%d publish attempts, %d held; want 4 attempts, the last one held", seen, len(got))
	}
	select {
	case <-m.Done():
		t.Fatalf("input done (%v) before its output was acked", m.Err())
	default:
	}
	got[0].Ack()
	<-m.Done()
	if m.Err() != nil {
		t.Fatalf("input nacked: %v", m.Err())
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// TestDecodeMatchesEncodingJSON: Decode must read what encoding/json would,
// including odd strings, since it uses another decoder for speed.
func TestDecodeMatchesEncodingJSON(t *testing.T) {
	rec := Record{
		Story: Story{ID: "x", Title: "मस्क \"उद्धरण\" <b>&amp;</b> \u2028 टैब\t", Body: "पंक्ति\nदो", Published: time.Date(2025, 6, 5, 10, 0, 0, 123, time.FixedZone("IST", 19800)), Sources: []string{"a", "b"}},
		Analysis: Analysis{ID: "x", Entities: []string{}, Amounts: []Amount{{Value: 5e11, Currency: "USD", Text: "500 अरब डॉलर"}}, Feud: true,
			Stances: []Stance{{Source: "a", Target: "b", Polarity: Hostile, Score: 0.75, Evidence: "ई"}}},
	}
	m, err := Encode("x", rec)
	if err != nil {
		t.Fatal(err)
	}
	var got, want Record
	if err := Decode(m, &got); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(m.Value, &want); err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("decoders differ:\n%s\n%s", a, b)
	}
	for _, bad := range []string{`{"story":`, `{"story":{"id":5}}`, "\xff"} {
		if err := Decode(NewMessage("k", []byte(bad)), &got); err == nil || !strings.Contains(err.Error(), `"k"`) {
			t.Errorf("Decode(%q) = %v, want an error naming the key", bad, err)
		}
	}
}

// TestRouterByKey: with ByKey, messages of one key are handled one at a
// time and in their order, while other keys run alongside.
func TestRouterByKey(t *testing.T) {
	bus := &chanBus{out: map[string][]*Message{}}
	r := &Router{Pub: bus, DLQ: &memDLQ{}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	const keys, perKey = 8, 60
	in := make(chan *Message, keys*perKey)
	for i := range perKey {
		for k := range keys {
			in <- NewMessage(fmt.Sprintf("k%d", k), []byte(strconv.Itoa(i)))
		}
	}
	close(in)
	var (
		mu       sync.Mutex
		last     = map[string]int{}
		inFlight = map[string]int{}
		maxBusy  int
		busy     int
		problems []string
		other    = make(chan struct{})
		once     sync.Once
	)
	h := func(_ context.Context, m *Message) ([]Output, error) {
		n, _ := strconv.Atoi(string(m.Value))
		mu.Lock()
		inFlight[m.Key]++
		busy++
		maxBusy = max(maxBusy, busy)
		if inFlight[m.Key] > 1 {
			problems = append(problems, fmt.Sprintf("%s: two messages at once", m.Key))
		}
		if prev, ok := last[m.Key]; ok && n != prev+1 || !ok && n != 0 {
			problems = append(problems, fmt.Sprintf("%s: %d after %d", m.Key, n, last[m.Key]))
		}
		last[m.Key] = n
		mu.Unlock()
		if m.Key == "k0" && n == 0 {
			// Another key must start while this one is held: the lanes
			// run in parallel.
			select {
			case <-other:
			case <-time.After(10 * time.Second):
				mu.Lock()
				problems = append(problems, "no other key ran while k0 was held")
				mu.Unlock()
			}
		} else if m.Key != "k0" {
			once.Do(func() { close(other) })
		}
		runtime.Gosched()
		mu.Lock()
		inFlight[m.Key]--
		busy--
		mu.Unlock()
		m.Ack()
		return nil, nil
	}
	if err := r.Consume(context.Background(), Route{Stage: "judge", Topic: "inputs", Workers: 4, ByKey: true, Handler: h}, in); err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Fatalf("%d problems, first: %v", len(problems), problems[:min(5, len(problems))])
	}
	for k := range keys {
		if got := last[fmt.Sprintf("k%d", k)]; got != perKey-1 {
			t.Fatalf("k%d: last message %d, want %d", k, got, perKey-1)
		}
	}
	if maxBusy < 2 {
		t.Fatalf("at most %d handler at once, want parallel lanes", maxBusy)
	}
}
