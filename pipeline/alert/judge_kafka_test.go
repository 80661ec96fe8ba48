package alert_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
	"github.com/khabar/khabar/pipeline/track"
)

// receiver is what a webhook's user sees: per alert id, the sends and
// withdrawals in order.
type receiver struct {
	mu  sync.Mutex
	log map[string][]string // id → "sent" / "withdrawn"
	n   int
}

func (r *receiver) Notify(_ context.Context, a pipeline.Alert) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.log[a.ID] = append(r.log[a.ID], "sent")
	r.n++
	return nil
}

func (r *receiver) Retract(_ context.Context, a pipeline.Alert) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.log[a.ID] = append(r.log[a.ID], "withdrawn")
	r.n++
	return nil
}

// standing are the ids whose last word to the user is "sent"; it fails
// the test on an alert sent twice without a withdrawal between.
func (r *receiver) standing(t *testing.T) []string {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	var ids []string
	for id, l := range r.log {
		for i := 1; i < len(l); i++ {
			if l[i] == l[i-1] {
				t.Errorf("alert %s: %v (the same word twice in a row)", id, l)
			}
		}
		if l[0] != "sent" {
			t.Errorf("alert %s: %v (withdrawn before it was sent)", id, l)
		}
		if l[len(l)-1] == "sent" {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

const kafkaRules = `version: 1
rules:
  - {name: feud, on: event, kinds: [new-feud], key: pair, quiet: 24h, notify: [hook]}
  - {name: burst, on: analysis, polarity: hostile, key: entity, quiet: 6h,
     count: {at_least: 3, distinct: source, within: 1h}, notify: [hook]}
`

// kafkaObservations: hostile stories about four people from five outlets
// over 12 hours, feuds between them (version 1) and retractions of a third
// of the feuds (version 2), as alert-inputs messages.
func kafkaObservations(t *testing.T, rules []alert.Rule) []*pipeline.Message {
	t.Helper()
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	clock := t0
	e, err := alert.New(alert.DefaultConfig(), rules, track.NewMemoryStore(), map[string]alert.Notifier{"hook": &receiver{}}, quietLogger(), func() time.Time { return clock })
	if err != nil {
		t.Fatal(err)
	}
	people := []string{"elon-musk", "sam-altman", "narendra-modi", "rahul-gandhi"}
	rng := rand.New(rand.NewPCG(3, 4))
	var obs []alert.Observation
	for i := range 120 {
		at := t0.Add(time.Duration(rng.IntN(720)) * time.Minute)
		clock = at.Add(time.Minute)
		a, b := people[rng.IntN(4)], people[rng.IntN(4)]
		if a == b {
			continue
		}
		id := fmt.Sprintf("st%03d", i)
		s := pipeline.Story{ID: id, Source: fmt.Sprint("outlet", rng.IntN(5)), Title: "खबर " + id, URL: "https://news.test/" + id, Published: at}
		an := pipeline.Analysis{ID: id, Entities: []string{a, b},
			Stances: []pipeline.Stance{{Source: a, Target: b, Polarity: pipeline.Hostile, Score: 0.9, Evidence: a + " ने " + b + " पर हमला किया।"}}}
		obs = append(obs, e.ObserveAnalysis(s, an)...)
		if i%6 == 0 {
			p := pipeline.SortedPair(a, b)
			ev := pipeline.Event{ID: "new-feud:" + pipeline.PairKey(a, b) + ":" + id, Kind: pipeline.KindNewFeud, Pair: p,
				To: pipeline.Hostile, Story: id, Time: at}
			fo := e.ObserveEvent(ev, s)
			for j := range fo {
				fo[j].Version = 1
			}
			obs = append(obs, fo...)
			if i%18 == 0 {
				for _, o := range fo {
					o.Retract, o.Version = true, 2
					obs = append(obs, o)
				}
			}
		}
	}
	msgs := make([]*pipeline.Message, len(obs))
	for i, o := range obs {
		m, err := pipeline.Encode(o.MessageKey(), o)
		if err != nil {
			t.Fatal(err)
		}
		msgs[i] = m
	}
	return msgs
}

// alertProcess is one alert process: the judge and delivery steps over
// the real broker, with its own stores, as cmd/khabar opens them: the
// judge's partitions of alert-judge-state, and alert-list whole.
type alertProcess struct {
	stop  context.CancelFunc
	done  chan error
	state *kafka.StateStore // alert-list
	judge *kafka.PartitionedStateStore
	eng   *alert.Engine
}

func startAlertProcess(t *testing.T, cfg kafka.Config, rules []alert.Rule, hook *receiver) *alertProcess {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	bus, err := kafka.New(ctx, cfg, quietLogger())
	if err != nil {
		t.Fatal(err)
	}
	js, err := kafka.OpenAlertJudgeStore(ctx, bus)
	if err != nil {
		t.Fatal(err)
	}
	st, err := kafka.OpenAlertListStore(ctx, bus)
	if err != nil {
		t.Fatal(err)
	}
	acfg := alert.DefaultConfig()
	acfg.RetryMin, acfg.RetryMax = 10*time.Millisecond, 200*time.Millisecond
	e, err := alert.New(acfg, rules, js, map[string]alert.Notifier{"hook": hook}, quietLogger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	e.SetListStore(st)
	p := &alertProcess{stop: cancel, done: make(chan error, 1), state: st, judge: js, eng: e}
	router := &pipeline.Router{Sub: bus, Pub: bus, DLQ: bus, Logger: quietLogger()}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		return router.Run(gctx, pipeline.Route{Stage: "alert-judge", Topic: alert.TopicInputs, Group: "alert-judge", Workers: 4, ByKey: true, Handler: alert.JudgeHandler(e)})
	})
	g.Go(func() error {
		return router.Run(gctx, pipeline.Route{Stage: "alert-delivery", Topic: pipeline.TopicAlerts, Group: "alert-delivery", Workers: 1, Handler: alert.DeliveryHandler(e)})
	})
	go func() {
		err := g.Wait()
		if errors.Is(err, context.Canceled) {
			err = nil
		}
		p.done <- errors.Join(err, st.Close(), js.Close(), bus.Close())
	}()
	t.Cleanup(func() { p.close(t) })
	return p
}

func (p *alertProcess) close(t *testing.T) {
	if p.stop == nil {
		return
	}
	p.stop()
	p.stop = nil
	select {
	case err := <-p.done:
		if err != nil {
			t.Errorf("alert process: %v", err)
		}
	case <-time.After(time.Minute):
		t.Error("alert process did not stop within a minute")
	}
}

// runKafkaAlerts publishes msgs to alert-inputs of a fresh prefix, runs n
// alert processes until both groups have consumed everything, and returns
// the alerts stored and what the webhook's user sees standing.
func runKafkaAlerts(t *testing.T, addr string, rules []alert.Rule, msgs []*pipeline.Message, n int) (stored, standing []string) {
	t.Helper()
	cfg := kafkaConfig(t, addr)
	hook := &receiver{log: map[string][]string{}}
	var procs []*alertProcess
	for range n {
		procs = append(procs, startAlertProcess(t, cfg, rules, hook))
	}
	bus := kafkatest.Bus(t, cfg, quietLogger())
	for i := 0; i < len(msgs); i += 50 {
		kafkatest.PublishAll(t, t.Context(), bus, alert.TopicInputs, msgs[i:min(len(msgs), i+50)]...)
	}
	// Done when both groups have committed every offset (a positive
	// signal: the lag reaches zero).
	kafkatest.WaitDrained(t, t.Context(), cfg, 3*time.Minute,
		[2]string{"alert-judge", alert.TopicInputs}, [2]string{"alert-delivery", pipeline.TopicAlerts})
	if err := procs[0].state.Sync(t.Context()); err != nil {
		t.Fatal(err)
	}
	all, err := procs[0].eng.List(t.Context(), alert.Filter{Size: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range all {
		stored = append(stored, a.ID)
	}
	slices.Sort(stored)
	for _, p := range procs {
		p.close(t)
	}
	// A process that judges nothing (`khabar alerts list`) lists the
	// same alerts from alert-list alone, the alert processes gone.
	lister, _ := kafkatest.StateStore(t, cfg, kafka.TopicAlertList, quietLogger())
	page, err := alert.ListPageStored(t.Context(), lister, alert.Filter{Size: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	listed := make([]string, 0, len(page.Alerts))
	for _, a := range page.Alerts {
		listed = append(listed, a.ID)
	}
	slices.Sort(listed)
	if page.Total != len(stored) || !slices.Equal(listed, stored) {
		t.Fatalf("a lister of alert-list alone: %d alerts (total %d), the alert process %d", len(listed), page.Total, len(stored))
	}
	return stored, hook.standing(t)
}

// Over a real broker, one alert process given the inputs in order and two
// given them shuffled, a fifth of them twice, store the same alerts, and
// the webhook's user ends up with exactly those standing: each sent once
// (a second send only after a withdrawal), the withdrawn ones withdrawn.
func TestJudgeTwoProcessesAnyOrderKafka(t *testing.T) {
	addr := kafkatest.Broker(t)
	rules, err := alert.ParseRules("kafka", []byte(kafkaRules), nil)
	if err != nil {
		t.Fatal(err)
	}
	msgs := kafkaObservations(t, rules)
	// The feud alerts the definition gives: a pair's 24h window fires
	// when any of its feuds stands (not retracted).
	feudLive := map[string]bool{}
	retracted := 0
	for _, m := range msgs {
		var o alert.Observation
		if err := json.Unmarshal(m.Value, &o); err != nil {
			t.Fatal(err)
		}
		if o.Rule != "feud" {
			continue
		}
		id := "feud/" + o.Key + "/" + o.At.UTC().Truncate(24*time.Hour).Format("20060102T150405Z")
		if o.Retract {
			retracted++
		}
		feudLive[id] = feudLive[id] || false
		if !o.Retract && !slices.ContainsFunc(msgs, func(r *pipeline.Message) bool {
			var ro alert.Observation
			return json.Unmarshal(r.Value, &ro) == nil && ro.Retract && ro.Trigger == o.Trigger && ro.Key == o.Key
		}) {
			feudLive[id] = true
		}
	}
	want, wantStanding := runKafkaAlerts(t, addr, rules, msgs, 1)
	if len(want) < 6 || retracted == 0 {
		t.Fatalf("the inputs fire only %v, %d retractions: not a test", want, retracted)
	}
	withdrawnWindows := 0
	for id, live := range feudLive {
		if slices.Contains(want, id) != live {
			t.Errorf("feud alert %s: stored %t, want %t (a window fires iff one of its feuds stands)", id, !live, live)
		}
		if !live {
			withdrawnWindows++
		}
	}
	if withdrawnWindows == 0 {
		t.Fatal("no feud window has all its feuds retracted: not a test of withdrawal")
	}
	t.Logf("%d alerts, %d feud retractions, %d feud windows withdrawn", len(want), retracted, withdrawnWindows)
	if !slices.Equal(want, wantStanding) {
		t.Fatalf("in order: stored %v, the webhook's user sees %v", want, wantStanding)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	shuffled := slices.Clone(msgs)
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var again []*pipeline.Message
	for _, m := range shuffled {
		again = append(again, pipeline.NewMessage(m.Key, m.Value))
		if rng.IntN(5) == 0 {
			again = append(again, pipeline.NewMessage(m.Key, m.Value))
		}
	}
	got, gotStanding := runKafkaAlerts(t, addr, rules, again, 2)
	if !slices.Equal(got, want) {
		t.Fatalf("two processes, shuffled: stored %v, want %v", got, want)
	}
	if !slices.Equal(gotStanding, want) {
		t.Fatalf("two processes, shuffled: the webhook's user sees %v standing, want %v", gotStanding, want)
	}
}
