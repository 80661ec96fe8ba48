package alert

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/khabar/khabar/connectors/membus"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// keyedInput is one input of the equivalence test: an analysis or an event.
type keyedInput struct {
	story pipeline.Story
	a     *pipeline.Analysis
	ev    *pipeline.Event
}

// mixedInputs: bursts about three people from several outlets (some
// syndicated), a deal amount, feuds and a redelivered story, in time order.
func mixedInputs() []keyedInput {
	var in []keyedInput
	people := [][2]string{{"elon-musk", "sam-altman"}, {"donald-trump", "elon-musk"}, {"narendra-modi", "donald-trump"}}
	at := t0
	for i := range 24 {
		p := people[i%3]
		s := story(fmt.Sprint("k", i), []string{"a", "b", "c", "d"}[i%4], at)
		if i%5 == 0 {
			s.Cluster = "cl" + fmt.Sprint(i/10)
		}
		a := hostileAnalysis(s.ID, p[0], p[1])
		if i%7 == 0 {
			a.Deals = []string{"stargate"}
			a.Amounts = []pipeline.Amount{{Value: 5e11, Currency: "USD", Text: "500 अरब डॉलर", Deal: "stargate"}}
		}
		in = append(in, keyedInput{story: s, a: &a})
		if i%4 == 1 {
			ev := feud(p[0], p[1], s.ID, at)
			in = append(in, keyedInput{story: s, ev: &ev})
		}
		if i == 9 {
			in = append(in, in[len(in)-1]) // redelivered
		}
		at = at.Add(13 * time.Minute)
	}
	return in
}

// A redelivered observation is judged once: it neither counts again nor
// fires again, and when it had fired, its redelivery re-emits that alert
// (the first delivery may have died before the alert was published).
func TestJudgeRedeliveryNeverCountsTwice(t *testing.T) {
	rules := mustRules(t, `rules: [{name: burst, on: analysis, polarity: hostile, types: [person], key: entity, quiet: 6h,
  count: {at_least: 3, distinct: story, within: 1h}}]`)
	clock := newClock()
	e := newEngine(t, rules, track.NewMemoryStore(), clock)
	ctx := t.Context()
	obsOf := func(id string) Observation {
		t.Helper()
		s := story(id, "x", clock.Now())
		for _, o := range e.ObserveAnalysis(s, hostileAnalysis(id, "elon-musk", "sam-altman")) {
			if o.Key == "sam-altman" {
				return o
			}
		}
		t.Fatalf("story %s matched no burst/sam-altman", id)
		return Observation{}
	}
	judge := func(o Observation) []AlertMessage {
		t.Helper()
		al, err := e.Judge(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		return al
	}
	o1, o2 := obsOf("s1"), obsOf("s2")
	judge(o1)
	judge(o2)
	for range 3 {
		if al := judge(o2); len(al) != 0 { // s2 again: still two stories
			t.Fatalf("a redelivered story counted again: %+v", al)
		}
	}
	o3 := obsOf("s3")
	fired := judge(o3)
	if len(fired) != 1 || len(fired[0].Stories) != 3 {
		t.Fatalf("third story: %+v", fired)
	}
	again := judge(o3)
	if len(again) != 1 || again[0].ID != fired[0].ID || len(again[0].Stories) != 3 {
		t.Fatalf("redelivery of the firing input re-emitted %+v, want %s", again, fired[0].ID)
	}
	// The same story observed anew (polled twice, its analysis
	// redelivered): judged already, and its alert went out the first time.
	clock.Advance(time.Second)
	if al := judge(obsOf("s3")); len(al) != 0 {
		t.Fatalf("a story observed again re-emitted %+v", al)
	}
	page, err := e.ListPage(ctx, Filter{})
	if err != nil || page.Total != 1 {
		t.Fatalf("stored %d alerts (%v), want 1", page.Total, err)
	}
}

// failingStore fails the next Apply that writes an input record, n times,
// after writing only the ops keep selects (a process killed mid-write).
type failingStore struct {
	*track.MemoryStore
	mu       sync.Mutex
	failKeys int
	keep     func(pipeline.StateOp) bool
}

func (f *failingStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	f.mu.Lock()
	fail := f.failKeys > 0 && slices.ContainsFunc(ops, func(op pipeline.StateOp) bool { return op.Bucket == BucketInputs })
	if fail {
		f.failKeys--
	}
	f.mu.Unlock()
	if !fail {
		return f.MemoryStore.Apply(ctx, ops...)
	}
	var kept []pipeline.StateOp
	for _, op := range ops {
		if f.keep(op) {
			kept = append(kept, op)
		}
	}
	if err := f.MemoryStore.Apply(ctx, kept...); err != nil {
		return err
	}
	return errors.New("broker gone")
}

// A judging that dies with only part of its records written — only the
// input's record, or everything but it — is judged again when its message
// is delivered again: the alert is emitted, stored once, and the window
// holds (the next feud in it fires nothing); a count rule whose input's
// tick was lost counts it on the redelivery.
func TestJudgeCrashBeforeCommit(t *testing.T) {
	parts := map[string]func(pipeline.StateOp) bool{
		"only the input":    func(op pipeline.StateOp) bool { return op.Bucket == BucketInputs },
		"all but the input": func(op pipeline.StateOp) bool { return op.Bucket != BucketInputs },
		"nothing of it":     func(pipeline.StateOp) bool { return false },
	}
	for name, keep := range parts {
		t.Run("feud, "+name, func(t *testing.T) {
			rules := mustRules(t, `rules: [{name: feud, on: event, kinds: [new-feud], quiet: 6h}]`)
			clock := newClock()
			st := &failingStore{MemoryStore: track.NewMemoryStore(), failKeys: 1, keep: keep}
			e := newEngine(t, rules, st, clock)
			ctx := t.Context()
			obs := e.ObserveEvent(feud("elon-musk", "sam-altman", "s1", t0), story("s1", "x", t0))
			if len(obs) != 1 {
				t.Fatalf("observations %+v", obs)
			}
			if _, err := e.Judge(ctx, obs[0]); err == nil {
				t.Fatal("a failed write was not reported")
			}
			al, err := e.Judge(ctx, obs[0])
			if err != nil || len(al) != 1 || al[0].Retracted {
				t.Fatalf("judged again: %+v %v", al, err)
			}
			obs2 := e.ObserveEvent(feud("elon-musk", "sam-altman", "s2", t0.Add(time.Hour)), story("s2", "x", t0.Add(time.Hour)))
			if al2, err := e.Judge(ctx, obs2[0]); err != nil || len(al2) != 0 {
				t.Fatalf("window lost: %+v %v", al2, err)
			}
			page, err := e.ListPage(ctx, Filter{})
			if err != nil || page.Total != 1 || page.Alerts[0].ID != al[0].ID {
				t.Fatalf("stored %+v %v", page, err)
			}
		})
		t.Run("burst, "+name, func(t *testing.T) {
			rules := mustRules(t, `rules: [{name: burst, on: analysis, polarity: hostile, key: entity, quiet: 6h,
  count: {at_least: 3, distinct: source, within: 1h}}]`)
			clock := newClock()
			st := &failingStore{MemoryStore: track.NewMemoryStore(), keep: keep}
			e := newEngine(t, rules, st, clock)
			ctx := t.Context()
			var fired []AlertMessage
			for i, src := range []string{"a", "b", "c"} {
				at := t0.Add(time.Duration(i) * time.Minute)
				clock.Set(at.Add(time.Second))
				id := fmt.Sprint("s", i)
				for _, o := range e.ObserveAnalysis(story(id, src, at), hostileAnalysis(id, "elon-musk", "sam-altman")) {
					if o.Key != "sam-altman" {
						continue
					}
					if i == 1 {
						st.mu.Lock()
						st.failKeys = 1 // the second story's judging dies mid-write
						st.mu.Unlock()
						if _, err := e.Judge(ctx, o); err == nil {
							t.Fatal("a failed write was not reported")
						}
					}
					al, err := e.Judge(ctx, o)
					if err != nil {
						t.Fatal(err)
					}
					fired = append(fired, al...)
				}
			}
			if len(fired) != 1 || !strings.HasPrefix(fired[0].Reason, "3 distinct") {
				t.Fatalf("fired %+v, want one alert counting 3 sources", fired)
			}
		})
	}
}

func TestTimelineKeyOrder(t *testing.T) {
	times := []time.Time{time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC), time.Unix(0, 0), t0, t0.Add(time.Nanosecond), t0.AddDate(100, 0, 0)}
	var keys []string
	for i, tm := range times {
		k := timelineKey(tm, fmt.Sprint("r/k/", i))
		back, id, ok := parseTimelineKey(k)
		if !ok || !back.Equal(tm) || id != fmt.Sprint("r/k/", i) {
			t.Fatalf("%v: round trip %v %q %v", tm, back, id, ok)
		}
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		if keys[i] >= keys[i-1] {
			t.Fatalf("key of %v does not sort before the key of %v", times[i], times[i-1])
		}
	}
}

// countingStore counts reads of stored alerts.
type countingStore struct {
	*track.MemoryStore
	mu         sync.Mutex
	alertGets  int
	alertScans int
}

func (c *countingStore) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	if bucket == BucketAlerts {
		c.mu.Lock()
		c.alertGets++
		c.mu.Unlock()
	}
	return c.MemoryStore.Get(ctx, bucket, key)
}

func (c *countingStore) ForEach(ctx context.Context, bucket string, fn func(string, []byte) error) error {
	if bucket == BucketAlerts {
		c.mu.Lock()
		c.alertScans++
		c.mu.Unlock()
	}
	return c.MemoryStore.ForEach(ctx, bucket, fn)
}

// fireMany stores n alerts of rules feud and shift, one a minute.
func fireMany(t *testing.T, e *Engine, clock *testClock, n int) {
	t.Helper()
	for i := range n {
		at := t0.Add(time.Duration(i) * time.Minute)
		clock.Set(at.Add(time.Second))
		ev := feud("elon-musk", fmt.Sprint("p", i), fmt.Sprint("s", i), at)
		if i%2 == 1 {
			ev.Kind, ev.From, ev.ID = pipeline.KindStanceShift, pipeline.Supportive, "shift:"+ev.ID
		}
		for _, o := range e.ObserveEvent(ev, story(ev.Story, "x", at)) {
			if _, err := e.Judge(t.Context(), o); err != nil {
				t.Fatal(err)
			}
		}
	}
}

const feudShift = `rules:
  - {name: feud, on: event, kinds: [new-feud], quiet: 1h}
  - {name: shift, on: event, kinds: [stance-shift], quiet: 1h}`

// A page of /api/alerts decodes the page's alerts only; the total counts
// every match (keys only); since stops the walk.
func TestListPageBounded(t *testing.T) {
	clock := newClock()
	st := &countingStore{MemoryStore: track.NewMemoryStore()}
	e := newEngine(t, mustRules(t, feudShift), st, clock)
	fireMany(t, e, clock, 300)
	ctx := t.Context()
	tests := []struct {
		name    string
		f       Filter
		total   int
		first   string // key of the first alert of the page
		n       int
		maxGets int
	}{
		{"first page", Filter{Size: 10}, 300, "elon-musk|p299", 10, 10},
		{"second page", Filter{Size: 10, Offset: 10}, 300, "elon-musk|p289", 10, 10},
		{"past the end", Filter{Size: 10, Offset: 300}, 300, "", 0, 0},
		{"rule", Filter{Rule: "feud", Size: 5}, 150, "elon-musk|p298", 5, 5},
		{"since", Filter{Since: t0.Add(290 * time.Minute), Size: 50}, 10, "elon-musk|p299", 10, 10},
		{"until", Filter{Until: t0.Add(100 * time.Minute), Size: 3}, 101, "elon-musk|p100", 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st.mu.Lock()
			st.alertGets, st.alertScans = 0, 0
			st.mu.Unlock()
			p, err := e.ListPage(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if p.Total != tt.total || len(p.Alerts) != tt.n || (tt.n > 0 && p.Alerts[0].Key != tt.first) {
				t.Fatalf("total %d, %d alerts, first %+v", p.Total, len(p.Alerts), p.Alerts)
			}
			for i := 1; i < len(p.Alerts); i++ {
				if p.Alerts[i].Time.After(p.Alerts[i-1].Time) {
					t.Fatal("not newest first")
				}
			}
			if st.alertGets > tt.maxGets || st.alertScans != 0 {
				t.Fatalf("read %d stored alerts and scanned them %d times for a page of %d", st.alertGets, st.alertScans, tt.n)
			}
		})
	}
	if n, err := e.CountAlerts(ctx); err != nil || n != 300 {
		t.Fatalf("CountAlerts = %d, %v", n, err)
	}
}

// Pruning by age: stored alerts, key records and the quiet and count
// records the direct path wrote before the judge, older than
// alert.retention, go; younger ones stay, and
// a key pruned of its state fires again.
func TestPrune(t *testing.T) {
	clock := newClock()
	store := track.NewMemoryStore()
	cfg := DefaultConfig()
	cfg.Retention = 48 * time.Hour
	e, err := New(cfg, mustRules(t, feudShift+"\n  - {name: burst, on: analysis, polarity: hostile, key: entity, count: {at_least: 2, within: 1h}}"),
		store, nil, nil, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	fireMany(t, e, clock, 20) // stored around t0
	// What the direct path (before the judge) left in a store: an alert,
	// its quiet-period record and two counts that never fired.
	legacy := newAlert(&e.rules[0], "donald-trump|elon-musk", clock.Now(), "legacy", []pipeline.AlertStory{{ID: "d1"}}, false)
	ops, err := storeAlertOps(legacy, clock.Now())
	if err != nil {
		t.Fatal(err)
	}
	put := func(bucket, key string, v any) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, pipeline.StateOp{Bucket: bucket, Key: key, Value: b})
	}
	put(BucketQuiet, stateKey(legacy.Rule, legacy.Key), quietState{Last: clock.Now(), Alert: legacy.ID, Triggers: []string{"d1"}})
	for _, p := range []string{"elon-musk", "sam-altman"} {
		put(BucketCounts, stateKey("burst", p), []observation{{Story: pipeline.AlertStory{ID: "d2"}, Distinct: "d2", Time: clock.Now()}})
	}
	if err := store.Apply(ctx, ops...); err != nil {
		t.Fatal(err)
	}
	first, err := e.ListPage(ctx, Filter{Size: 1})
	if err != nil || len(first.Alerts) != 1 {
		t.Fatalf("list: %+v %v", first, err)
	}
	if err := e.Deliver(ctx, first.Alerts[0]); err != nil { // marks it delivered to "log"
		t.Fatal(err)
	}
	count := func(bucket string) int {
		n := 0
		_ = store.ForEach(ctx, bucket, func(string, []byte) error { n++; return nil })
		return n
	}
	if count(BucketWindows) != 20 || count(BucketInputs) != 20 || count(BucketAlerts) != 21 || count(BucketQuiet) != 1 || count(BucketCounts) != 2 {
		t.Fatalf("before: windows %d inputs %d alerts %d quiet %d counts %d", count(BucketWindows), count(BucketInputs), count(BucketAlerts), count(BucketQuiet), count(BucketCounts))
	}
	// A day later nothing is old enough.
	clock.Advance(24 * time.Hour)
	if st, err := e.Prune(ctx); err != nil || st != (PruneStats{}) {
		t.Fatalf("pruned %+v (%v) within the retention", st, err)
	}
	// A fresh key, then past the retention of the first ones.
	clock.Advance(25 * time.Hour)
	fresh := feud("elon-musk", "p0", "late", clock.Now())
	for _, o := range e.ObserveEvent(fresh, story("late", "x", clock.Now())) {
		if al, err := e.Judge(ctx, o); err != nil || len(al) != 1 {
			t.Fatalf("fresh feud: %+v %v", al, err)
		}
	}
	st, err := e.Prune(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Alerts != 21 || st.StaleKeys != 2*20 || st.Legacy != 3 || st.Delivered != 1 || count(BucketDelivered) != 0 {
		t.Fatalf("pruned %+v", st)
	}
	if count(BucketWindows) != 1 || count(BucketInputs) != 1 || count(BucketAlerts) != 1 || count(BucketTimeline) != 1 || count(BucketQuiet) != 0 || count(BucketCounts) != 0 {
		t.Fatalf("after: windows %d inputs %d alerts %d timeline %d quiet %d counts %d", count(BucketWindows), count(BucketInputs), count(BucketAlerts),
			count(BucketTimeline), count(BucketQuiet), count(BucketCounts))
	}
	p, err := e.ListPage(ctx, Filter{})
	if err != nil || p.Total != 1 || p.Alerts[0].Stories[0].ID != "late" {
		t.Fatalf("listed after pruning: %+v %v", p, err)
	}
}

// With a publisher, stale keys are handed to their owner as prune
// observations on the inputs topic; the owner deletes a key only if it is
// still stale when the request arrives.
func TestPruneThroughOwner(t *testing.T) {
	clock := newClock()
	store := track.NewMemoryStore()
	cfg := DefaultConfig()
	cfg.Retention = time.Hour
	e, err := New(cfg, mustRules(t, feudShift), store, nil, nil, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	fireMany(t, e, clock, 4)
	clock.Advance(2 * time.Hour)
	pub := &capturePub{}
	if _, err := e.sweep(ctx, pub); err != nil {
		t.Fatal(err)
	}
	if len(pub.msgs) != 8 { // each key's input and window records
		t.Fatalf("published %d prune requests, want 8", len(pub.msgs))
	}
	// One key changes before its request arrives: it is kept.
	fresh := feud("elon-musk", "p1", "late", clock.Now())
	for _, o := range e.ObserveEvent(fresh, story("late", "x", clock.Now())) {
		if _, err := e.Judge(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	h := JudgeHandler(e)
	for _, m := range pub.msgs {
		if outs, err := h(ctx, m); err != nil || len(outs) != 0 {
			t.Fatalf("prune request %s: %v %v", m.Key, outs, err)
		}
	}
	var left []string
	_ = store.ForEach(ctx, BucketWindows, func(k string, _ []byte) error { left = append(left, k); return nil })
	if len(left) != 1 || !strings.Contains(left[0], "elon-musk|p1\x00") {
		t.Fatalf("windows left %q", left)
	}
	left = nil
	_ = store.ForEach(ctx, BucketInputs, func(k string, _ []byte) error { left = append(left, k); return nil })
	if len(left) != 1 || !strings.HasSuffix(left[0], "late") {
		t.Fatalf("inputs left %q", left)
	}
}

// capturePub acks what it is given and keeps it.
type capturePub struct{ msgs []*pipeline.Message }

func (c *capturePub) Publish(_ context.Context, topic string, msgs ...*pipeline.Message) error {
	if topic != TopicInputs {
		return fmt.Errorf("published to %s", topic)
	}
	for _, m := range msgs {
		c.msgs = append(c.msgs, m)
		m.Ack()
	}
	return nil
}

// Delivery through the alerts topic: transient failures are retried with
// backoff while the handler holds the message; each notifier gets the
// alert once; a permanent failure is a pipeline.Permanent error (the
// router dead-letters it).
func TestDeliveryHandler(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec, logRec := &recorder{fail: 4}, &recorder{}
		rules := mustRules(t, `rules: [{name: feud, on: event, notify: [log2, hook], quiet: 1h}]`)
		e, err := New(DefaultConfig(), rules, track.NewMemoryStore(), map[string]Notifier{"hook": rec, "log2": logRec}, nil, time.Now)
		if err != nil {
			t.Fatal(err)
		}
		a := pipeline.Alert{ID: "feud/x|y/20250301T000000Z", Rule: "feud"}
		msg, err := pipeline.Encode(a.ID, a)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if outs, err := DeliveryHandler(e)(t.Context(), msg); err != nil || len(outs) != 0 {
			t.Fatalf("deliver: %v %v", outs, err)
		}
		if rec.ok[a.ID] != 1 || logRec.ok[a.ID] != 1 || len(rec.calls) != 5 || len(logRec.calls) != 1 {
			t.Fatalf("hook %v (%d calls), log2 %v (%d calls)", rec.ok, len(rec.calls), logRec.ok, len(logRec.calls))
		}
		// 5s, 10s, 20s, 40s of backoff in fake time.
		if waited := time.Since(start); waited < 75*time.Second {
			t.Fatalf("retried without backing off: %v", waited)
		}
		// The alert again on the topic: marked delivered, not sent again.
		if _, err := DeliveryHandler(e)(t.Context(), msg); err != nil || len(rec.calls) != 5 || len(logRec.calls) != 1 {
			t.Fatalf("delivered again: %v, %d and %d calls", err, len(rec.calls), len(logRec.calls))
		}

		perm := &recorder{fail: 1, perm: true}
		e2, _ := New(DefaultConfig(), rules, track.NewMemoryStore(), map[string]Notifier{"hook": perm, "log2": &recorder{}}, nil, time.Now)
		_, err = DeliveryHandler(e2)(t.Context(), msg)
		if !pipeline.IsPermanent(err) || !strings.Contains(err.Error(), "hook") || len(perm.calls) != 1 {
			t.Fatalf("permanent failure: %v after %d calls", err, len(perm.calls))
		}

		// Shutting down while retrying: the context's error, not permanent.
		down := &recorder{fail: 1 << 30}
		e3, _ := New(DefaultConfig(), rules, track.NewMemoryStore(), map[string]Notifier{"hook": down, "log2": &recorder{}}, nil, time.Now)
		ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
		defer cancel()
		_, err = DeliveryHandler(e3)(ctx, msg)
		if err == nil || pipeline.IsPermanent(err) || !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("interrupted delivery: %v", err)
		}
	})
}

func TestFeedFailingHandler(t *testing.T) {
	rules := mustRules(t, `rules: [{name: feeds, on: feed, quiet: 1h}]`)
	clock := newClock()
	e := newEngine(t, rules, track.NewMemoryStore(), clock)
	msg, _ := pipeline.Encode("https://f.test/rss", FeedFailingMessage{URL: "https://f.test/rss", Name: "एफ", Failures: 5, Since: t0.Add(-time.Hour)})
	outs, err := FeedFailingHandler(e)(t.Context(), msg)
	if err != nil || len(outs) != 1 || outs[0].Topic != TopicInputs || outs[0].Msg.Key != "feeds/https://f.test/rss" {
		t.Fatalf("outputs %+v %v", outs, err)
	}
	alerts, err := JudgeHandler(e)(t.Context(), outs[0].Msg)
	if err != nil || len(alerts) != 1 || alerts[0].Topic != pipeline.TopicAlerts {
		t.Fatalf("judged %+v %v", alerts, err)
	}
	bad, _ := pipeline.Encode("k", FeedFailingMessage{Failures: 1})
	if _, err := FeedFailingHandler(e)(t.Context(), bad); !pipeline.IsPermanent(err) {
		t.Fatalf("a message without url: %v, want permanent", err)
	}
}

// The keyed path in one process over the in-process bus (embedded mode):
// analyses → observations → judged → alerts topic → outbox → Deliverer;
// the alert arriving on the topic again is not queued again.
func TestKeyedPathEmbedded(t *testing.T) {
	rec := &recorder{}
	rules := mustRules(t, `rules: [{name: burst, on: analysis, polarity: hostile, entities: [sam-altman], key: entity, quiet: 6h,
  notify: [hook], count: {at_least: 3, distinct: source, within: 1h}}]`)
	cfg := DefaultConfig()
	cfg.RetryMin, cfg.RetryMax = time.Millisecond, 10*time.Millisecond
	e, err := New(cfg, rules, track.NewMemoryStore(), map[string]Notifier{"hook": rec}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	bus := membus.New(membus.Config{})
	defer bus.Close()
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	router := &pipeline.Router{Sub: bus, Pub: bus, Logger: slog.New(slog.DiscardHandler)}
	var wg sync.WaitGroup
	for _, rt := range []pipeline.Route{
		{Stage: "alert", Topic: pipeline.TopicAnalyses, Group: "alert", Handler: InputsFromAnalyses(e)},
		{Stage: "alert-judge", Topic: TopicInputs, Group: "alert-judge", Handler: JudgeHandler(e)},
		{Stage: "alert-delivery", Topic: pipeline.TopicAlerts, Group: "alert-delivery", Handler: OutboxHandler(e)},
	} {
		msgs, err := bus.Subscribe(ctx, rt.Topic, rt.Group)
		if err != nil {
			t.Fatal(err)
		}
		wg.Add(1)
		go func() { defer wg.Done(); _ = router.Consume(ctx, rt, msgs) }()
	}
	wg.Add(1)
	go func() { defer wg.Done(); _ = e.Deliverer().Run(ctx) }()
	defer wg.Wait()
	defer cancel()

	now := time.Now().UTC().Add(-time.Hour)
	var msgs []*pipeline.Message
	for i, src := range []string{"a", "b", "b", "c"} { // one story twice
		id := fmt.Sprint("e", []int{0, 1, 1, 2}[i])
		s := story(id, src, now)
		m, err := pipeline.Encode(id, pipeline.Record{Story: s, Analysis: hostileAnalysis(id, "elon-musk", "sam-altman")})
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	if err := bus.Publish(ctx, pipeline.TopicAnalyses, msgs...); err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		<-m.Done() // acked once judged and queued for delivery
		if m.Err() != nil {
			t.Fatal(m.Err())
		}
	}
	var id string
	deadline := time.Now().Add(20 * time.Second)
	for id == "" {
		rec.mu.Lock()
		for k := range rec.ok {
			id = k
		}
		rec.mu.Unlock()
		if time.Now().After(deadline) {
			n, _ := e.Pending(ctx)
			p, _ := e.ListPage(ctx, Filter{})
			t.Fatalf("nothing delivered within 20 s: %d pending, %d stored, calls %v", n, p.Total, rec.calls)
		}
		time.Sleep(5 * time.Millisecond)
	}
	// Delivered and marked; the same alert on the topic again.
	p, err := e.ListPage(ctx, Filter{})
	if err != nil || p.Total != 1 || len(p.Alerts[0].Stories) != 3 {
		t.Fatalf("stored %+v %v", p, err)
	}
	deadline = time.Now().Add(20 * time.Second)
	for {
		if _, ok, _ := e.store.Get(ctx, BucketDelivered, id+"\x00hook"); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("delivery never marked")
		}
		time.Sleep(5 * time.Millisecond)
	}
	again, _ := pipeline.Encode(id, p.Alerts[0])
	if err := bus.Publish(ctx, pipeline.TopicAlerts, again); err != nil {
		t.Fatal(err)
	}
	<-again.Done()
	if n, err := e.Pending(ctx); err != nil || n != 0 {
		t.Fatalf("a delivered alert was queued again: %d pending, %v", n, err)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.ok) != 1 || rec.ok[id] != 1 {
		t.Fatalf("delivered %v", rec.ok)
	}
}
