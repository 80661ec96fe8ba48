package alert

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// orderInputs are the observations of the order tests: mixedInputs (bursts
// about three people, deal amounts, feuds), a hot key (60 hostile stories
// about one person from 5 outlets over 10 hours, in no order), and
// retractions of two of the feuds (version 2; the feuds are version 1),
// one of them published again (version 3).
func orderInputs(t *testing.T, e *Engine, clock *testClock) []Observation {
	t.Helper()
	var obs []Observation
	feuds := 0
	for _, in := range mixedInputs() {
		clock.Set(in.story.Published.Add(time.Minute))
		if in.ev != nil {
			os := e.ObserveEvent(*in.ev, in.story)
			for i := range os {
				os[i].Version = 1
			}
			obs = append(obs, os...)
			if feuds++; feuds == 2 || feuds == 5 {
				for _, o := range os {
					o.Retract, o.Version = true, 2
					obs = append(obs, o)
					if feuds == 5 {
						// Published again by a later fold: it stands.
						o.Retract, o.Version = false, 3
						obs = append(obs, o)
					}
				}
			}
			continue
		}
		obs = append(obs, e.ObserveAnalysis(in.story, *in.a)...)
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 60 {
		at := t0.Add(time.Duration(rng.IntN(600)) * time.Minute)
		clock.Set(at.Add(time.Minute))
		id := fmt.Sprintf("hot%02d", i)
		s := story(id, fmt.Sprint("outlet", rng.IntN(5)), at)
		for _, o := range e.ObserveAnalysis(s, hostileAnalysis(id, "narendra-modi", "rahul-gandhi")) {
			if o.Key == "narendra-modi" {
				obs = append(obs, o)
			}
		}
	}
	return obs
}

type alertView struct {
	id, reason string
	time       time.Time
	stories    string
}

func viewOf(a pipeline.Alert) alertView {
	ids := make([]string, len(a.Stories))
	for i, s := range a.Stories {
		ids[i] = s.ID
	}
	return alertView{id: a.ID, reason: a.Reason, time: a.Time.UTC(), stories: strings.Join(ids, ",")}
}

// judgeAll judges obs in order on a fresh engine and returns the stored
// alerts and what a consumer of the alerts topic ends with (the last
// message per id, withdrawals dropped).
func judgeAll(t *testing.T, rules []Rule, obs []Observation) (stored, topic map[string]alertView) {
	t.Helper()
	clock := newClock()
	clock.Set(t0.Add(1000 * time.Hour))
	e := newEngine(t, rules, track.NewMemoryStore(), clock)
	topic = map[string]alertView{}
	for _, o := range obs {
		msgs, err := e.Judge(t.Context(), o)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			if m.Retracted {
				delete(topic, m.ID)
			} else {
				topic[m.ID] = viewOf(m.Alert)
			}
		}
	}
	all, err := e.List(t.Context(), Filter{Size: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	stored = map[string]alertView{}
	for _, a := range all {
		stored[a.ID] = viewOf(a)
	}
	page, err := e.ListPage(t.Context(), Filter{Size: 1000})
	if err != nil || page.Total != len(stored) {
		t.Fatalf("ListPage counts %d alerts (%v), %d stored: a moved or withdrawn alert left a timeline entry", page.Total, err, len(stored))
	}
	return stored, topic
}

// referenceAlerts is the rule's definition (judge.go) written plainly: per
// rule and key, the live inputs in (event time, trigger) order; a window
// fires at its first input at which the rule holds.
func referenceAlerts(rules []Rule, obs []Observation) map[string]time.Time {
	type input struct {
		o  Observation
		at time.Time
	}
	latest := map[string]Observation{} // by rule, key, trigger: the newest version
	for _, o := range obs {
		k := o.MessageKey() + "\x00" + o.Trigger
		if p, ok := latest[k]; !ok || o.Version > p.Version {
			latest[k] = o
		}
	}
	groups := map[string][]input{}
	for _, o := range latest {
		if !o.Retract {
			groups[o.MessageKey()] = append(groups[o.MessageKey()], input{o, inputTime(o, time.Time{})})
		}
	}
	out := map[string]time.Time{}
	for _, in := range groups {
		slices.SortFunc(in, func(a, b input) int {
			if c := a.at.Compare(b.at); c != 0 {
				return c
			}
			return strings.Compare(a.o.Trigger, b.o.Trigger)
		})
		var r *Rule
		for i := range rules {
			if rules[i].Name == in[0].o.Rule {
				r = &rules[i]
			}
		}
		fired := map[time.Time]bool{}
		for i, x := range in {
			w := windowStart(r, x.at)
			if fired[w] {
				continue
			}
			if r.Count != nil {
				distinct := map[string]bool{}
				for _, y := range in[:i+1] {
					if y.at.After(x.at.Add(-time.Duration(r.Count.Within))) {
						distinct[distinctOf(r, y.o)] = true
					}
				}
				if len(distinct) < r.Count.AtLeast {
					continue
				}
			}
			fired[w] = true
			out[alertID(r.Name, x.o.Key, w)] = x.at
		}
	}
	return out
}

// The alerts are a function of the set of inputs: judged in order, in six
// shuffled orders with a fifth of the messages delivered twice, they are
// the same alerts (ids, times, reasons, stories), stored and as the alerts
// topic leaves them, and they are the reference definition's.
func TestJudgeOrderIndependent(t *testing.T) {
	rules := mustRules(t, shippedLike)
	e := newEngine(t, rules, track.NewMemoryStore(), newClock())
	obs := orderInputs(t, e, newClock())
	want := referenceAlerts(rules, obs)
	stored, topic := judgeAll(t, rules, obs)
	byRule := map[string]int{}
	for id := range want {
		byRule[strings.SplitN(id, "/", 2)[0]]++
	}
	if len(want) < 8 || len(byRule) < 3 || byRule["burst"] < 3 {
		t.Fatalf("the inputs fire only %v: not a test", byRule)
	}
	check := func(name string, stored, topic map[string]alertView) {
		t.Helper()
		if len(stored) != len(want) {
			t.Errorf("%s: %d alerts stored, reference %d", name, len(stored), len(want))
		}
		for id, at := range want {
			if a, ok := stored[id]; !ok || !a.time.Equal(at) {
				t.Errorf("%s: alert %s stored %+v, reference time %v", name, id, a, at)
			}
		}
		if len(topic) != len(stored) {
			t.Errorf("%s: the alerts topic ends with %d alerts, %d stored", name, len(topic), len(stored))
		}
		for id, a := range stored {
			if topic[id] != a {
				t.Errorf("%s: alert %s: topic %+v, stored %+v", name, id, topic[id], a)
			}
		}
	}
	check("in order", stored, topic)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 6 {
		shuffled := slices.Clone(obs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		var withDups []Observation
		for _, o := range shuffled {
			withDups = append(withDups, o)
			if rng.IntN(5) == 0 {
				withDups = append(withDups, o)
			}
		}
		s, tp := judgeAll(t, rules, withDups)
		check(fmt.Sprint("shuffle ", round), s, tp)
		for id, a := range stored {
			if s[id] != a {
				t.Errorf("shuffle %d: alert %s %+v, in order %+v", round, id, s[id], a)
			}
		}
	}
}

// A feud's alert is withdrawn when the feud is retracted (a message with
// Retracted under its id, the stored alert gone), the next feud in the
// window fires in its place, and a retraction that arrives before its
// event keeps the event from counting.
func TestJudgeRetractionWithdraws(t *testing.T) {
	rules := mustRules(t, `rules: [{name: feud, on: event, kinds: [new-feud], quiet: 24h}]`)
	clock := newClock()
	e := newEngine(t, rules, track.NewMemoryStore(), clock)
	ctx := t.Context()
	obsOf := func(storyID string, at time.Time, retract bool, version uint64) Observation {
		t.Helper()
		clock.Set(at.Add(time.Minute))
		os := e.ObserveEvent(feud("elon-musk", "sam-altman", storyID, at), story(storyID, "x", at))
		if len(os) != 1 {
			t.Fatalf("observations %+v", os)
		}
		os[0].Retract, os[0].Version = retract, version
		return os[0]
	}
	judge := func(o Observation) []AlertMessage {
		t.Helper()
		msgs, err := e.Judge(ctx, o)
		if err != nil {
			t.Fatal(err)
		}
		return msgs
	}
	f1 := obsOf("s1", t0, false, 1)
	fired := judge(f1)
	if len(fired) != 1 || fired[0].Retracted {
		t.Fatalf("feud: %+v", fired)
	}
	id := fired[0].ID
	if m := judge(obsOf("s2", t0.Add(2*time.Hour), false, 1)); len(m) != 0 {
		t.Fatalf("second feud in the window: %+v", m)
	}
	// s1's feud retracted: s2 fires in its place (same window, same id).
	m := judge(obsOf("s1", t0, true, 2))
	if len(m) != 1 || m[0].Retracted || m[0].ID != id || !m[0].Time.Equal(t0.Add(2*time.Hour)) || m[0].Stories[0].ID != "s2" {
		t.Fatalf("after the first feud's retraction: %+v", m)
	}
	// s2's too: withdrawn.
	m = judge(obsOf("s2", t0.Add(2*time.Hour), true, 2))
	if len(m) != 1 || !m[0].Retracted || m[0].ID != id {
		t.Fatalf("after both retractions: %+v", m)
	}
	if p, err := e.ListPage(ctx, Filter{}); err != nil || p.Total != 0 {
		t.Fatalf("stored after the withdrawal: %+v %v", p, err)
	}
	// The old version of s1's feud arriving late changes nothing.
	if m := judge(f1); len(m) != 0 {
		t.Fatalf("a late older version of a retracted feud: %+v", m)
	}
	// A retraction before its event: the event does not fire.
	if m := judge(obsOf("s3", t0.Add(3*time.Hour), true, 2)); len(m) != 0 {
		t.Fatalf("retraction of an unseen feud: %+v", m)
	}
	if m := judge(obsOf("s3", t0.Add(3*time.Hour), false, 1)); len(m) != 0 {
		t.Fatalf("a feud retracted before it arrived fired: %+v", m)
	}
	// Back with a newer version (a later fold published it again): fires.
	if m := judge(obsOf("s3", t0.Add(3*time.Hour), false, 3)); len(m) != 1 || m[0].Retracted || m[0].ID != id {
		t.Fatalf("a feud published again: %+v", m)
	}
	// Next day: a feud (version 1), its publication by a later fold
	// (version 3), then the retraction between them (version 2) arriving
	// last: the feud stands.
	next := t0.Add(30 * time.Hour)
	if m := judge(obsOf("s4", next, false, 1)); len(m) != 1 {
		t.Fatalf("next day's feud: %+v", m)
	}
	if m := judge(obsOf("s4", next, false, 3)); len(m) != 0 {
		t.Fatalf("the same feud, newer version: %+v", m)
	}
	if m := judge(obsOf("s4", next, true, 2)); len(m) != 0 {
		t.Fatalf("a retraction older than the version judged withdrew %+v", m)
	}
}

// byteCountingStore counts the bytes each Apply writes.
type byteCountingStore struct {
	*track.MemoryStore
	written int
}

func (c *byteCountingStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	for _, op := range ops {
		c.written += len(op.Bucket) + len(op.Key) + len(op.Value)
	}
	return c.MemoryStore.Apply(ctx, ops...)
}

// An input of a hot key costs about its own record, however many inputs
// the key has: for 2,000 inputs of one person (2 KB stories from 97
// outlets, one a minute), the bytes written per input, early and late,
// stay under twice the input's own observation (an input after its
// window fired, whose count window ends in that window, writes nothing).
// (The previous judge
// rewrote the key's whole record per input: ~200 KB each, the count
// window's stories and the judged inputs.)
func TestJudgeWritesPerInputBounded(t *testing.T) {
	rules := mustRules(t, shippedLike)
	st := &byteCountingStore{MemoryStore: track.NewMemoryStore()}
	clock := newClock()
	e := newEngine(t, rules, st, clock)
	ctx := t.Context()
	evidence := strings.Repeat("नेता ने सरकार की नीतियों पर सवाल उठाए और आरोप लगाए। ", 20)
	var early, late, obsSize int
	for i := range 2000 {
		at := t0.Add(time.Duration(i) * time.Minute)
		clock.Set(at.Add(time.Minute))
		id := fmt.Sprintf("%040x", i)
		s := story(id, fmt.Sprint("outlet", i%97), at)
		a := hostileAnalysis(id, "narendra-modi", "rahul-gandhi")
		a.Stances[0].Evidence = evidence
		before := st.written
		for _, o := range e.ObserveAnalysis(s, a) {
			if o.Key != "narendra-modi" || o.Rule != "burst" {
				continue
			}
			if b, err := json.Marshal(o); err == nil {
				obsSize = max(obsSize, len(b))
			}
			if _, err := e.Judge(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
		switch {
		case i >= 200 && i < 400:
			early += st.written - before
		case i >= 1800:
			late += st.written - before
		}
	}
	if st.written == 0 || early/200 > 2*obsSize || late/200 > 2*obsSize {
		t.Fatalf("bytes written per input: %d (inputs 200–400), %d (last 200); an observation is %d bytes", early/200, late/200, obsSize)
	}
	t.Logf("bytes written per input: %d (inputs 200–400), %d (last 200); an observation is %d bytes", early/200, late/200, obsSize)
}

// recordingNotifier records sends and withdrawals in order.
type recordingNotifier struct{ log []string }

func (r *recordingNotifier) Notify(_ context.Context, a pipeline.Alert) error {
	r.log = append(r.log, "sent "+a.ID)
	return nil
}

func (r *recordingNotifier) Retract(_ context.Context, a pipeline.Alert) error {
	r.log = append(r.log, "withdrawn "+a.ID)
	return nil
}

// Withdrawals through both delivery steps: an alert sent before is
// followed by one withdrawal (sent once, however often the withdrawal
// arrives); an alert withdrawn while its delivery still waits in the
// outbox is never sent; one fired again after its withdrawal is sent
// again.
func TestWithdrawalDelivery(t *testing.T) {
	rules := mustRules(t, `rules: [{name: feud, on: event, kinds: [new-feud], quiet: 24h, notify: [hook]}]`)
	a := AlertMessage{Alert: pipeline.Alert{ID: "feud/a|b/20250301T000000Z", Rule: "feud", Key: "a|b", Time: t0}}
	w := AlertMessage{Alert: a.Alert, Retracted: true}
	msg := func(m AlertMessage) *pipeline.Message {
		t.Helper()
		pm, err := pipeline.Encode(m.ID, m)
		if err != nil {
			t.Fatal(err)
		}
		return pm
	}
	for _, mode := range []string{"delivery", "outbox"} {
		t.Run(mode, func(t *testing.T) {
			rec := &recordingNotifier{}
			e, err := New(DefaultConfig(), rules, track.NewMemoryStore(), map[string]Notifier{"hook": rec}, nil, newClock().Now)
			if err != nil {
				t.Fatal(err)
			}
			h := DeliveryHandler(e)
			if mode == "outbox" {
				h = OutboxHandler(e)
			}
			step := func(m AlertMessage) {
				t.Helper()
				if _, err := h(t.Context(), msg(m)); err != nil {
					t.Fatal(err)
				}
				if mode == "outbox" {
					if _, err := e.Deliverer().DeliverDue(t.Context()); err != nil {
						t.Fatal(err)
					}
				}
			}
			for _, m := range []AlertMessage{a, a, w, w, a, a} {
				step(m)
			}
			want := []string{"sent " + a.ID, "withdrawn " + a.ID, "sent " + a.ID}
			if !slices.Equal(rec.log, want) {
				t.Fatalf("the notifier got %v, want %v", rec.log, want)
			}
		})
	}
	// Outbox: withdrawn before the Deliverer ran — never sent.
	rec := &recordingNotifier{}
	e, err := New(DefaultConfig(), rules, track.NewMemoryStore(), map[string]Notifier{"hook": rec}, nil, newClock().Now)
	if err != nil {
		t.Fatal(err)
	}
	h := OutboxHandler(e)
	for _, m := range []AlertMessage{a, w} {
		if _, err := h(t.Context(), msg(m)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.Deliverer().DeliverDue(t.Context()); err != nil {
		t.Fatal(err)
	}
	if len(rec.log) != 0 {
		t.Fatalf("an alert withdrawn while queued reached the notifier: %v", rec.log)
	}
}
