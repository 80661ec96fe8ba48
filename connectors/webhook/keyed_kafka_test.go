package webhook

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/http/httptest"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
)

// The keyed alert path over a real broker (issue 14 §3): two alert
// processes in one consumer group give exactly the alerts one process
// gives, and a webhook receives each alert once, with the alert id as
// Idempotency-Key. The processes keep their state as khabar does over
// Kafka since the split of session 7 (alertStores: alert-judge-state per
// partition, alert-list for the stored alerts and delivery marks), and
// each test checks that the alerts and marks are in alert-list and that
// the old alert-state topic got nothing (checkRealPath).

func kafkaLogger() *slog.Logger { return kafkatest.Logger(slog.LevelWarn) }

// kafkaConfig has a fresh topic prefix and khabar's topics set up.
func kafkaConfig(t *testing.T, addr string) kafka.Config {
	t.Helper()
	cfg := kafkatest.Config(t, addr, "t")
	kafkatest.Setup(t, cfg, kafkaLogger())
	return cfg
}

type types map[string]string

func (m types) Type(id string) string { return m[id] }

// sink is a webhook receiver that records every POST's Idempotency-Key
// and the alert in its body.
type sink struct {
	mu     sync.Mutex
	keys   map[string][]string // alert id → Idempotency-Key of each POST
	alerts map[string]pipeline.Alert
}

func newSink() *sink {
	return &sink{keys: map[string][]string{}, alerts: map[string]pipeline.Alert{}}
}

func (s *sink) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b, _ := io.ReadAll(r.Body)
	var a pipeline.Alert
	if err := json.Unmarshal(b, &a); err != nil || a.ID == "" {
		http.Error(w, "bad alert", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.keys[a.ID] = append(s.keys[a.ID], r.Header.Get("Idempotency-Key"))
	s.alerts[a.ID] = a
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

func (s *sink) snapshot() (map[string][]string, map[string]pipeline.Alert) {
	s.mu.Lock()
	defer s.mu.Unlock()
	keys := map[string][]string{}
	for k, v := range s.keys {
		keys[k] = slices.Clone(v)
	}
	alerts := map[string]pipeline.Alert{}
	for k, v := range s.alerts {
		alerts[k] = v
	}
	return keys, alerts
}

const keyedRules = `rules:
  - {name: burst, on: analysis, polarity: hostile, types: [person], key: entity, quiet: 6h, notify: [hook],
     count: {at_least: 3, distinct: source, within: 1h}}
  - {name: feud, on: event, kinds: [new-feud], quiet: 24h, notify: [hook]}
`

const (
	people = 12
	base   = "2025-03-01T06:00:00Z"
)

func entityTypes() types {
	ts := types{}
	for i := range people {
		ts[fmt.Sprint("p", i)] = "person"
		ts[fmt.Sprint("o", i)] = "org"
	}
	return ts
}

// streamMessages are the inputs: for each person, three hostile stories
// from three outlets at one time (so the burst fires once whichever
// arrives third), one story delivered twice, and one new-feud event. Every
// alert is thus independent of the order the inputs reach their key.
func streamMessages(t *testing.T) (analyses, events []*pipeline.Message, wantAlerts int) {
	t.Helper()
	t0, _ := time.Parse(time.RFC3339, base)
	for i := range people {
		p, o := fmt.Sprint("p", i), fmt.Sprint("o", i)
		at := t0.Add(time.Duration(i) * 7 * time.Hour)
		for j, src := range []string{"a", "b", "c"} {
			s := pipeline.Story{ID: fmt.Sprintf("s%d-%d", i, j), Title: "ख़बर", URL: fmt.Sprintf("https://news.test/%d/%d", i, j),
				Source: src, Category: pipeline.CategoryTech, Published: at, Fetched: at.Add(time.Minute)}
			a := pipeline.Analysis{ID: s.ID, Entities: []string{p, o}, Stances: []pipeline.Stance{{Source: p, Target: o,
				Polarity: pipeline.Hostile, Score: 0.9, Evidence: p + " ने " + o + " की आलोचना की।"}}}
			m, err := pipeline.Encode(s.ID, pipeline.Record{Story: s, Analysis: a})
			if err != nil {
				t.Fatal(err)
			}
			analyses = append(analyses, m)
			if j == 1 { // a redelivered story
				again, _ := pipeline.Encode(s.ID, pipeline.Record{Story: s, Analysis: a})
				analyses = append(analyses, again)
			}
		}
		ev := pipeline.Event{ID: "new-feud:" + pipeline.PairKey(p, o) + ":s" + fmt.Sprint(i), Kind: pipeline.KindNewFeud,
			Pair: pipeline.SortedPair(p, o), To: pipeline.Hostile, Story: fmt.Sprintf("s%d-0", i), Time: at}
		m, err := pipeline.Encode(pipeline.PairKey(p, o), pipeline.EventMessage{Event: ev,
			Story: pipeline.StoryRef{ID: ev.Story, Published: at, Source: "a", Fetched: at.Add(time.Minute)}})
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, m)
	}
	return analyses, events, 2 * people
}

// alertStores is an alert process's state over Kafka, opened as
// cmd/khabar's plumbing.alertState opens it: a bus of its own whose
// writer sends a batch after at most 1 ms; the judge's records on
// alert-judge-state, loaded, tailed and fenced per alert-inputs partition
// it consumes; and the list store on alert-list (stored alerts, delivery
// marks), restored whole, which the delivery path writes (RecordAlert,
// the marks of Deliver).
type alertStores struct {
	bus   *kafka.Bus
	judge *kafka.PartitionedStateStore
	list  *kafka.StateStore
}

func openAlertStores(ctx context.Context, t *testing.T, cfg kafka.Config) *alertStores {
	t.Helper()
	scfg := cfg
	scfg.BatchTimeout = min(scfg.BatchTimeout, time.Millisecond)
	b, err := kafka.New(ctx, scfg, kafkaLogger())
	if err != nil {
		t.Fatal(err)
	}
	judge, err := kafka.OpenAlertJudgeStore(ctx, b)
	if err != nil {
		t.Fatal(errors.Join(err, b.Close()))
	}
	list, err := kafka.OpenAlertListStore(ctx, b)
	if err != nil {
		t.Fatal(errors.Join(err, judge.Close(), b.Close()))
	}
	return &alertStores{bus: b, judge: judge, list: list}
}

// engine builds the alert engine over the stores as cmd/khabar does: the
// judge's store, and the list store set for listing and delivery.
func (st *alertStores) engine(t *testing.T, cfg alert.Config, rules []alert.Rule, notifiers map[string]alert.Notifier) *alert.Engine {
	t.Helper()
	e, err := alert.New(cfg, rules, st.judge, notifiers, kafkaLogger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	e.SetListStore(st.list)
	return e
}

// close closes the stores before the bus they read, errors named.
func (st *alertStores) close() error {
	var errs []error
	if err := st.list.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close alert-list store: %w", err))
	}
	if err := st.judge.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close alert-judge-state store: %w", err))
	}
	if err := st.bus.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close state bus: %w", err))
	}
	return errors.Join(errs...)
}

// process is one alert process: its own bus, state stores (alertStores),
// engine and router, running every alert route.
type process struct {
	name    string
	handled map[string]*atomic.Int64 // route → messages handled
	stop    context.CancelFunc
	done    chan error
}

// crashFirstFiring makes a process die the first time its judge fires an
// alert: after the key's state was written, before the alert is published
// and the input acknowledged.
type crashFirstFiring struct{ crashed atomic.Bool }

func startProcess(t *testing.T, name string, cfg kafka.Config, hookURL string, rules []alert.Rule, crash ...*crashFirstFiring) *process {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	p := &process{name: name, stop: cancel, done: make(chan error, 1), handled: map[string]*atomic.Int64{}}
	bus, err := kafka.New(ctx, cfg, kafkaLogger())
	if err != nil {
		t.Fatal(err)
	}
	state := openAlertStores(ctx, t, cfg)
	hook, err := New(Config{Name: "hook", URL: hookURL, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	acfg := alert.DefaultConfig()
	acfg.RetryMin, acfg.RetryMax = 10*time.Millisecond, 200*time.Millisecond
	e := state.engine(t, acfg, rules, map[string]alert.Notifier{"hook": hook})
	router := &pipeline.Router{Sub: bus, Pub: bus, DLQ: bus, Logger: kafkaLogger()}
	routes := []pipeline.Route{
		{Stage: "alert", Topic: pipeline.TopicAnalyses, Group: "alert", Handler: alert.InputsFromAnalyses(e)},
		{Stage: "alert", Topic: pipeline.TopicEvents, Group: "alert", Handler: alert.InputsFromEvents(e)},
		{Stage: "alert-judge", Topic: alert.TopicInputs, Group: "alert-judge", Handler: alert.JudgeHandler(e)},
		{Stage: "alert-delivery", Topic: pipeline.TopicAlerts, Group: "alert-delivery", Handler: alert.DeliveryHandler(e)},
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, rt := range routes {
		n := &atomic.Int64{}
		p.handled[rt.Topic] = n
		h := rt.Handler
		if rt.Topic == alert.TopicInputs && len(crash) > 0 {
			inner, c := h, crash[0]
			h = func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
				outs, err := inner(ctx, m)
				if err == nil && len(outs) > 0 && c.crashed.CompareAndSwap(false, true) {
					cancel()
					return nil, ctx.Err()
				}
				return outs, err
			}
		}
		rt.Workers = 1
		rt.Handler = func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
			n.Add(1)
			return h(ctx, m)
		}
		g.Go(func() error { return router.Run(gctx, rt) })
	}
	go func() {
		err := g.Wait()
		p.done <- errors.Join(err, closeProcess(state, bus))
	}()
	t.Cleanup(func() { p.close(t) })
	return p
}

// closeProcess closes a process's state stores and bus, their errors named.
func closeProcess(state *alertStores, bus *kafka.Bus) error {
	var errs []error
	if err := state.close(); err != nil {
		errs = append(errs, err)
	}
	if err := bus.Close(); err != nil {
		errs = append(errs, fmt.Errorf("close bus: %w", err))
	}
	return errors.Join(errs...)
}

func (p *process) close(t *testing.T) {
	if p.stop == nil {
		return
	}
	p.stop()
	p.stop = nil
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("%s: %v", p.name, err)
		}
	case <-time.After(60 * time.Second):
		t.Errorf("%s did not stop within 60 s", p.name)
	}
}

// checkRealPath asserts that the alerts went the production way: each
// alert id is listed from alert-list and marked delivered to the webhook
// there (the mark that keeps a redelivered alert from a second POST), and
// the old alert-state topic holds nothing.
func checkRealPath(t *testing.T, ctx context.Context, client *kafka.Bus, ids []string) {
	t.Helper()
	list, err := kafka.OpenAlertListStore(ctx, client)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := list.Close(); err != nil {
			t.Errorf("close alert-list store: %v", err)
		}
	}()
	for _, id := range ids {
		if _, ok, err := list.Get(ctx, alert.BucketAlerts, id); err != nil || !ok {
			t.Errorf("%s not listed in alert-list (found %v, %v)", id, ok, err)
		}
		if _, ok, err := list.Get(ctx, alert.BucketDelivered, id+"\x00hook"); err != nil || !ok {
			t.Errorf("%s has no delivery mark in alert-list (found %v, %v)", id, ok, err)
		}
	}
	old, err := kafka.OpenStateStore(ctx, client, kafka.TopicAlertState)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := old.Close(); err != nil {
			t.Errorf("close alert-state store: %v", err)
		}
	}()
	for _, b := range []string{alert.BucketAlerts, alert.BucketDelivered, alert.BucketOutbox, alert.BucketInputs, alert.BucketWindows} {
		if err := old.ForEach(ctx, b, func(k string, _ []byte) error {
			t.Errorf("the old alert-state topic got %s %q", b, k)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
}

// alertSummary is what must not depend on how many processes ran: the
// id, the event time and the stories counted (as a set: which story
// arrived third differs).
type alertSummary struct {
	Time    time.Time
	Stories string
}

func summarise(a pipeline.Alert) alertSummary {
	var ids []string
	for _, s := range a.Stories {
		ids = append(ids, s.ID)
	}
	sort.Strings(ids)
	return alertSummary{Time: a.Time.UTC(), Stories: strings.Join(ids, ",")}
}

// keyedEnv is what each keyed-path test over a real broker starts with:
// a unique topic prefix, the rules, a webhook sink and a client bus, all
// closed when the test ends.
type keyedEnv struct {
	cfg    kafka.Config
	rules  []alert.Rule
	hook   *sink
	srv    *httptest.Server
	ctx    context.Context
	client *kafka.Bus
}

func newKeyedEnv(t *testing.T, addr string) *keyedEnv {
	t.Helper()
	env := &keyedEnv{cfg: kafkaConfig(t, addr), hook: newSink()}
	rules, err := alert.ParseRules("keyed.yaml", []byte(keyedRules), entityTypes())
	if err != nil {
		t.Fatal(err)
	}
	env.rules = rules
	env.srv = httptest.NewServer(env.hook)
	t.Cleanup(env.srv.Close)
	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Minute)
	t.Cleanup(cancel)
	env.ctx = ctx
	env.client = kafkatest.Bus(t, env.cfg, kafkaLogger())
	return env
}

// runAlerts runs n alert processes over the stream and returns what the
// alerts topic carried (id → summary, and how many messages per id) and
// the webhook's record.
func runAlerts(t *testing.T, addr string, n int) (map[string]alertSummary, map[string]int, map[string][]string) {
	t.Helper()
	env := newKeyedEnv(t, addr)
	cfg, rules, hook, srv, ctx, client := env.cfg, env.rules, env.hook, env.srv, env.ctx, env.client

	var procs []*process
	for i := range n {
		procs = append(procs, startProcess(t, fmt.Sprint("alert-", i), cfg, srv.URL, rules))
	}
	// Before the stream: probes until every process judges and observes
	// (each owns partitions of both groups). A probe analysis matches no
	// rule; a probe input names no configured rule: both change nothing.
	deadline := time.Now().Add(90 * time.Second)
	for round := 0; ; round++ {
		ready := true
		for _, p := range procs {
			ready = ready && p.handled[alert.TopicInputs].Load() > 0 && p.handled[pipeline.TopicAnalyses].Load() > 0
		}
		if ready {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not every process got partitions within 90 s")
		}
		var probes, inputs []*pipeline.Message
		for k := range 12 {
			id := fmt.Sprintf("probe-%d-%d", round, k)
			m, _ := pipeline.Encode(id, pipeline.Record{Story: pipeline.Story{ID: id}, Analysis: pipeline.Analysis{ID: id}})
			probes = append(probes, m)
			o := alert.Observation{Rule: "probe", Key: id, Trigger: id}
			im, _ := pipeline.Encode(o.MessageKey(), o)
			inputs = append(inputs, im)
		}
		kafkatest.PublishAll(t, ctx, client, pipeline.TopicAnalyses, probes...)
		kafkatest.PublishAll(t, ctx, client, alert.TopicInputs, inputs...)
		time.Sleep(300 * time.Millisecond) // pace the probes; readiness is checked, not assumed
	}

	// Collect what reaches the alerts topic.
	collected := map[string]alertSummary{}
	perID := map[string]int{}
	var cmu sync.Mutex
	cctx, ccancel := context.WithCancel(ctx)
	sub, err := client.Subscribe(cctx, pipeline.TopicAlerts, "collect")
	if err != nil {
		t.Fatal(err)
	}
	cdone := make(chan struct{})
	go func() {
		defer close(cdone)
		for m := range sub {
			var a pipeline.Alert
			if err := json.Unmarshal(m.Value, &a); err == nil {
				cmu.Lock()
				collected[a.ID] = summarise(a)
				perID[a.ID]++
				cmu.Unlock()
			}
			m.Ack()
		}
	}()

	analyses, events, want := streamMessages(t)
	kafkatest.PublishAll(t, ctx, client, pipeline.TopicAnalyses, analyses...)
	kafkatest.PublishAll(t, ctx, client, pipeline.TopicEvents, events...)
	kafkatest.WaitDrained(t, t.Context(), cfg, 2*time.Minute, [2]string{"alert", pipeline.TopicAnalyses}, [2]string{"alert", pipeline.TopicEvents},
		[2]string{"alert-judge", alert.TopicInputs})
	// Every alert fired is on the topic; wait until it was delivered and collected.
	kafkatest.WaitDrained(t, t.Context(), cfg, 2*time.Minute, [2]string{"alert-delivery", pipeline.TopicAlerts}, [2]string{"collect", pipeline.TopicAlerts})
	ccancel()
	<-cdone
	for _, p := range procs {
		p.close(t)
		if n > 1 && p.handled[alert.TopicInputs].Load() == 0 {
			t.Errorf("%s judged nothing", p.name)
		}
	}
	keys, _ := hook.snapshot()
	cmu.Lock()
	defer cmu.Unlock()
	if len(collected) != want {
		t.Fatalf("%d processes: %d alerts on the topic, want %d: %v", n, len(collected), want, collected)
	}
	checkRealPath(t, ctx, client, slices.Sorted(maps.Keys(collected)))
	return collected, perID, keys
}

func TestKeyedAlertsTwoProcessesKafka(t *testing.T) {
	addr := kafkatest.Broker(t)
	one, onePer, oneHook := runAlerts(t, addr, 1)
	two, twoPer, twoHook := runAlerts(t, addr, 2)
	for id, w := range one {
		g, ok := two[id]
		if !ok {
			t.Errorf("two processes did not fire %s", id)
			continue
		}
		if g != w {
			t.Errorf("%s: two processes %+v, one %+v", id, g, w)
		}
	}
	for id := range two {
		if _, ok := one[id]; !ok {
			t.Errorf("two processes fired %s, one did not", id)
		}
	}
	for _, run := range []struct {
		name string
		per  map[string]int
		hook map[string][]string
	}{{"one process", onePer, oneHook}, {"two processes", twoPer, twoHook}} {
		for id, n := range run.per {
			if n != 1 {
				// A rebalance of the judging group redelivers inputs not yet
				// committed: the alert they fired is published again (same
				// id and value); the delivery mark keeps the webhook at one.
				t.Logf("%s: %s on the alerts topic %d times (inputs redelivered by a rebalance)", run.name, id, n)
			}
			if keys := run.hook[id]; len(keys) != 1 || keys[0] != id {
				t.Errorf("%s: webhook got %s with Idempotency-Key %q, want once", run.name, id, keys)
			}
		}
		if len(run.hook) != len(run.per) {
			t.Errorf("%s: webhook got %d alert ids, the topic carried %d", run.name, len(run.hook), len(run.per))
		}
	}
	// The burst alerts counted three outlets each.
	for id, s := range two {
		if strings.HasPrefix(id, "burst/") && strings.Count(s.Stories, ",") != 2 {
			t.Errorf("%s counted stories %s, want 3", id, s.Stories)
		}
	}
}

// A delivery process that dies after the webhook took an alert but before
// acknowledging it: the next owner of the partition delivers the alert
// again, with the same Idempotency-Key.
func TestDeliveryRedeliveredAfterCrashKafka(t *testing.T) {
	addr := kafkatest.Broker(t)
	env := newKeyedEnv(t, addr)
	cfg, rules, hook, srv, ctx, client := env.cfg, env.rules, env.hook, env.srv, env.ctx, env.client

	deliverer := func(crash bool) (context.CancelFunc, chan error) {
		pctx, stop := context.WithCancel(context.Background())
		bus, err := kafka.New(pctx, cfg, kafkaLogger())
		if err != nil {
			t.Fatal(err)
		}
		state := openAlertStores(pctx, t, cfg)
		hook, err := New(Config{Name: "hook", URL: srv.URL, Timeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		var n alert.Notifier = hook
		if crash {
			n = crashAfter{hook, stop} // killed after the POST, before the mark and the ack
		}
		e := state.engine(t, alert.DefaultConfig(), rules, map[string]alert.Notifier{"hook": n})
		router := &pipeline.Router{Sub: bus, Pub: bus, DLQ: bus, Logger: kafkaLogger()}
		done := make(chan error, 1)
		go func() {
			err := router.Run(pctx, pipeline.Route{Stage: "alert-delivery", Topic: pipeline.TopicAlerts, Group: "alert-delivery", Workers: 1,
				Handler: alert.DeliveryHandler(e)})
			done <- errors.Join(err, closeProcess(state, bus))
		}()
		return stop, done
	}

	a := pipeline.Alert{ID: "feud/o1|p1/20250301T000000Z", Rule: "feud", Key: "o1|p1", Title: "झगड़ा", Time: time.Now().UTC()}
	m, err := pipeline.Encode(a.ID, a)
	if err != nil {
		t.Fatal(err)
	}
	stop1, done1 := deliverer(true)
	kafkatest.PublishAll(t, ctx, client, pipeline.TopicAlerts, m)
	select {
	case <-done1: // the crash: the router returned after the handler's interruption
	case <-ctx.Done():
		t.Fatal("the first deliverer never received the alert")
	}
	stop1()
	if keys, _ := hook.snapshot(); len(keys[a.ID]) != 1 {
		t.Fatalf("before the restart the webhook got %v", keys)
	}
	if l, err := kafkatest.Lag(ctx, cfg, "alert-delivery", pipeline.TopicAlerts); err != nil || l != 1 {
		t.Fatalf("the crashed deliverer committed its alert: lag %d, %v", l, err)
	}
	stop2, done2 := deliverer(false)
	kafkatest.WaitDrained(t, t.Context(), cfg, 2*time.Minute, [2]string{"alert-delivery", pipeline.TopicAlerts})
	keys, got := hook.snapshot()
	if k := keys[a.ID]; len(k) != 2 || k[0] != a.ID || k[1] != a.ID {
		t.Fatalf("webhook keys for %s: %q, want the alert id twice", a.ID, k)
	}
	if got[a.ID].Title != a.Title {
		t.Fatalf("redelivered body %+v", got[a.ID])
	}
	// The same alert on the topic again (its input redelivered): marked
	// delivered, it is not sent a third time.
	again, _ := pipeline.Encode(a.ID, a)
	kafkatest.PublishAll(t, ctx, client, pipeline.TopicAlerts, again)
	kafkatest.WaitDrained(t, t.Context(), cfg, 2*time.Minute, [2]string{"alert-delivery", pipeline.TopicAlerts})
	stop2()
	<-done2
	if keys, _ := hook.snapshot(); len(keys[a.ID]) != 2 {
		t.Fatalf("a delivered alert arriving again was sent again: %q", keys[a.ID])
	}
	checkRealPath(t, ctx, client, []string{a.ID})
}

// crashAfter is a notifier that stops its process once the webhook has
// answered, as a kill would: the delivery is neither marked nor acked.
type crashAfter struct {
	n    alert.Notifier
	stop context.CancelFunc
}

func (c crashAfter) Notify(ctx context.Context, a pipeline.Alert) error {
	if err := c.n.Notify(ctx, a); err != nil {
		return err
	}
	c.stop()
	return context.Canceled
}

// A judge that dies after writing a key's state and before publishing the
// alert it fired: the input is delivered again (to the restarted process),
// judged already, and re-emits the alert — which reaches the webhook once.
func TestJudgeCrashBeforePublishKafka(t *testing.T) {
	addr := kafkatest.Broker(t)
	env := newKeyedEnv(t, addr)
	cfg, rules, hook, srv, ctx, client := env.cfg, env.rules, env.hook, env.srv, env.ctx, env.client

	crash := &crashFirstFiring{}
	first := startProcess(t, "alert-crashing", cfg, srv.URL, rules, crash)
	analyses, events, want := streamMessages(t)
	kafkatest.PublishAll(t, ctx, client, pipeline.TopicAnalyses, analyses...)
	kafkatest.PublishAll(t, ctx, client, pipeline.TopicEvents, events...)
	select {
	case <-first.done: // died at its first firing
		first.stop = nil
	case <-ctx.Done():
		t.Fatal("the judge never fired")
	}
	if !crash.crashed.Load() {
		t.Fatal("the process stopped without the crash")
	}
	if l, err := kafkatest.Lag(ctx, cfg, "alert-judge", alert.TopicInputs); err != nil || l == 0 {
		t.Fatalf("the crashed judge left nothing uncommitted: lag %d, %v", l, err)
	}
	startProcess(t, "alert-restarted", cfg, srv.URL, rules)
	kafkatest.WaitDrained(t, t.Context(), cfg, 2*time.Minute, [2]string{"alert", pipeline.TopicAnalyses}, [2]string{"alert", pipeline.TopicEvents},
		[2]string{"alert-judge", alert.TopicInputs})
	kafkatest.WaitDrained(t, t.Context(), cfg, 2*time.Minute, [2]string{"alert-delivery", pipeline.TopicAlerts})
	keys, alerts := hook.snapshot()
	if len(keys) != want {
		t.Fatalf("webhook got %d alerts, want %d", len(keys), want)
	}
	for id, k := range keys {
		if len(k) != 1 || k[0] != id {
			t.Errorf("%s: Idempotency-Keys %q, want the id once", id, k)
		}
		if a := alerts[id]; strings.HasPrefix(id, "burst/") && len(a.Stories) != 3 {
			t.Errorf("%s counted %d stories, want 3", id, len(a.Stories))
		}
	}
	checkRealPath(t, ctx, client, slices.Sorted(maps.Keys(keys)))
}
