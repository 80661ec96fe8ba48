package alert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

var t0 = time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)

// testClock is a settable clock.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time           { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *testClock) Advance(d time.Duration)  { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }
func (c *testClock) Set(t time.Time)          { c.mu.Lock(); c.now = t; c.mu.Unlock() }
func newClock() *testClock                    { return &testClock{now: t0} }
func mustRules(t *testing.T, y string) []Rule { t.Helper(); return mustRulesTB(t, y) }

func mustRulesTB(t testing.TB, y string) []Rule {
	t.Helper()
	rules, err := ParseRules("test.yaml", []byte(y), testTypes)
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

func newEngine(t *testing.T, rules []Rule, store pipeline.StateStore, clock *testClock) *Engine {
	t.Helper()
	e, err := New(DefaultConfig(), rules, store, nil, nil, clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func feud(a, b, story string, at time.Time) pipeline.Event {
	p := pipeline.SortedPair(a, b)
	return pipeline.Event{ID: "new-feud:" + pipeline.PairKey(a, b) + ":" + story, Kind: pipeline.KindNewFeud,
		Pair: p, To: pipeline.Hostile, Story: story, Evidence: []string{"वाक्य " + story}, Time: at}
}

func story(id, source string, at time.Time) pipeline.Story {
	return pipeline.Story{ID: id, Source: source, Title: "ख़बर " + id, URL: "https://news.test/" + id,
		Category: pipeline.CategoryTech, Published: at}
}

func hostileAnalysis(id, from, to string) pipeline.Analysis {
	return pipeline.Analysis{ID: id, Entities: []string{from, to},
		Stances: []pipeline.Stance{{Source: from, Target: to, Polarity: pipeline.Hostile, Score: 0.9, Evidence: from + " ने " + to + " की आलोचना की।"}}}
}

const shippedLike = `
rules:
  - {name: new-feud-person, on: event, kinds: [new-feud], types: [person], quiet: 24h}
  - {name: shift-persons, on: event, kinds: [stance-shift], pair_types: [person], quiet: 24h}
  - {name: stargate-amount, on: analysis, deals: [stargate], amount_above: 0, key: deal, quiet: 1h}
  - {name: burst, on: analysis, polarity: hostile, types: [person], key: entity, quiet: 6h,
     count: {at_least: 3, distinct: source, within: 1h}}
`

func TestEventMatching(t *testing.T) {
	tests := []struct {
		name  string
		ev    pipeline.Event
		fires []string // rule/key
	}{
		{"feud between persons", feud("elon-musk", "sam-altman", "s1", t0), []string{"new-feud-person/elon-musk|sam-altman"}},
		{"feud person vs org", feud("elon-musk", "openai", "s2", t0), []string{"new-feud-person/elon-musk|openai"}},
		{"feud between orgs", feud("microsoft", "openai", "s3", t0), nil},
		{"shift between persons", pipeline.Event{ID: "x", Kind: pipeline.KindStanceShift, Pair: [2]string{"elon-musk", "sam-altman"},
			From: pipeline.Supportive, To: pipeline.Hostile, Story: "s4", Time: t0}, []string{"shift-persons/elon-musk|sam-altman"}},
		{"shift person vs org", pipeline.Event{ID: "y", Kind: pipeline.KindStanceShift, Pair: [2]string{"elon-musk", "openai"},
			From: pipeline.Supportive, To: pipeline.Hostile, Story: "s5", Time: t0}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustRules(t, shippedLike), track.NewMemoryStore(), newClock())
			alerts, err := e.OnEvent(context.Background(), tt.ev, story(tt.ev.Story, "bbc", t0))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range alerts {
				got = append(got, a.Rule+"/"+a.Key)
				if len(a.Stories) != 1 || a.Stories[0].ID != tt.ev.Story || a.Stories[0].URL == "" {
					t.Errorf("alert stories %+v", a.Stories)
				}
				if !strings.Contains(a.Reason, tt.ev.Kind) {
					t.Errorf("reason %q does not say what fired", a.Reason)
				}
			}
			if !slices.Equal(got, tt.fires) {
				t.Fatalf("fired %v, want %v", got, tt.fires)
			}
		})
	}
}

func TestAnalysisMatching(t *testing.T) {
	withAmount := func(deal string, value float64, cur string) pipeline.Analysis {
		return pipeline.Analysis{ID: "a", Entities: []string{"openai", deal}, Deals: []string{deal},
			Amounts: []pipeline.Amount{{Value: value, Currency: cur, Text: "500 अरब डॉलर", Deal: deal}}}
	}
	tests := []struct {
		name  string
		rules string
		s     pipeline.Story
		a     pipeline.Analysis
		fires []string
	}{
		{"stargate with amount", shippedLike, story("a", "x", t0), withAmount("stargate", 5e11, "USD"), []string{"stargate-amount/stargate"}},
		{"stargate without amount", shippedLike, story("a", "x", t0),
			pipeline.Analysis{ID: "a", Deals: []string{"stargate"}}, nil},
		{"amount above threshold in currency", `rules: [{name: big, on: analysis, amount_above: 1000000000, currency: USD}]`,
			story("a", "x", t0), withAmount("stargate", 5e11, "USD"), []string{"big/a"}},
		{"amount in another currency", `rules: [{name: big, on: analysis, amount_above: 1000000000, currency: INR}]`,
			story("a", "x", t0), withAmount("stargate", 5e11, "USD"), nil},
		{"amount below threshold", `rules: [{name: big, on: analysis, amount_above: 1000000000000}]`,
			story("a", "x", t0), withAmount("stargate", 5e11, "USD"), nil},
		{"category filter", `rules: [{name: pol, on: analysis, categories: [politics], polarity: hostile}]`,
			story("a", "x", t0), hostileAnalysis("a", "elon-musk", "sam-altman"), nil},
		{"source filter via sources", `rules: [{name: src, on: analysis, sources: [y], polarity: hostile}]`,
			func() pipeline.Story { s := story("a", "x", t0); s.Sources = []string{"x", "y"}; return s }(),
			hostileAnalysis("a", "elon-musk", "sam-altman"), []string{"src/a"}},
		{"entity key per hostile person", `rules: [{name: e, on: analysis, polarity: hostile, key: entity, entities: [sam-altman]}]`,
			story("a", "x", t0), hostileAnalysis("a", "elon-musk", "sam-altman"), []string{"e/sam-altman"}},
		{"polarity mismatch", `rules: [{name: e, on: analysis, polarity: supportive, key: entity}]`,
			story("a", "x", t0), hostileAnalysis("a", "elon-musk", "sam-altman"), nil},
		{"pair key", `rules: [{name: p, on: analysis, polarity: hostile, key: pair, pair_types: [person]}]`,
			story("a", "x", t0), hostileAnalysis("a", "sam-altman", "elon-musk"), []string{"p/elon-musk|sam-altman"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEngine(t, mustRules(t, tt.rules), track.NewMemoryStore(), newClock())
			alerts, err := e.OnAnalysis(context.Background(), tt.s, tt.a)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range alerts {
				got = append(got, a.Rule+"/"+a.Key)
				if len(a.Stories) == 0 || len(a.Stories[0].Evidence) == 0 {
					t.Errorf("alert without evidence: %+v", a)
				}
			}
			if !slices.Equal(got, tt.fires) {
				t.Fatalf("fired %v, want %v", got, tt.fires)
			}
		})
	}
}

// Throttling: one alert per rule, key and quiet window (event time cut
// into UTC-aligned windows of the quiet period: 06:00–12:00 here), another
// in the next window, and the window's firing survives closing and
// reopening the store.
func TestQuietPeriod(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.db")
	clock := newClock()
	rules := mustRules(t, `rules: [{name: feud, on: event, kinds: [new-feud], quiet: 6h}]`)
	ctx := context.Background()
	open := func() (*Engine, *boltstore.Store) {
		st, err := boltstore.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		return newEngine(t, rules, st, clock), st
	}
	fire := func(e *Engine, a, b, id string) []pipeline.Alert {
		t.Helper()
		alerts, err := e.OnEvent(ctx, feud(a, b, id, clock.Now()), story(id, "x", clock.Now()))
		if err != nil {
			t.Fatal(err)
		}
		return alerts
	}
	e, st := open()
	first := fire(e, "elon-musk", "sam-altman", "s1")
	if len(first) != 1 {
		t.Fatalf("first feud: %d alerts", len(first))
	}
	clock.Advance(time.Hour)
	if got := fire(e, "sam-altman", "elon-musk", "s2"); len(got) != 0 {
		t.Fatalf("same pair within quiet period fired %+v", got)
	}
	if got := fire(e, "elon-musk", "donald-trump", "s3"); len(got) != 1 {
		t.Fatalf("another pair was throttled: %d", len(got))
	}
	st.Close()

	e, st = open() // restart
	defer st.Close()
	clock.Advance(59 * time.Minute) // 11:59: still the first's window
	if got := fire(e, "elon-musk", "sam-altman", "s4"); len(got) != 0 {
		t.Fatalf("quiet period lost in restart: %+v", got)
	}
	clock.Advance(2 * time.Minute) // 12:01: the next window
	after := fire(e, "elon-musk", "sam-altman", "s5")
	if len(after) != 1 {
		t.Fatalf("after the quiet period: %d alerts", len(after))
	}
	if after[0].ID == first[0].ID {
		t.Fatalf("second window reused id %s", after[0].ID)
	}
	// Redelivered input never fires twice, even after the quiet period.
	clock.Advance(7 * time.Hour)
	if got := fire(e, "elon-musk", "sam-altman", "s5"); len(got) != 0 {
		t.Fatalf("replayed event fired again: %+v", got)
	}
	list, err := e.List(ctx, Filter{Rule: "feud"})
	if err != nil || len(list) != 3 {
		t.Fatalf("List = %d alerts, %v", len(list), err)
	}
	if !list[0].Time.After(list[2].Time) {
		t.Fatal("List is not newest first")
	}
	if got, _ := e.List(ctx, Filter{Since: clock.Now().Add(-8 * time.Hour)}); len(got) != 1 {
		t.Fatalf("List since: %d", len(got))
	}
}

// The alert id is a function of rule, key and window: the same inputs at
// the same times give the same ids in a fresh store.
func TestAlertIDDeterministic(t *testing.T) {
	ids := func() []string {
		clock := newClock()
		e := newEngine(t, mustRules(t, shippedLike), track.NewMemoryStore(), clock)
		var out []string
		for i, p := range [][2]string{{"elon-musk", "sam-altman"}, {"elon-musk", "openai"}} {
			clock.Advance(time.Duration(i) * 37 * time.Minute)
			al, _ := e.OnEvent(context.Background(), feud(p[0], p[1], fmt.Sprint("s", i), clock.Now()), story(fmt.Sprint("s", i), "x", clock.Now()))
			for _, a := range al {
				out = append(out, a.ID)
			}
		}
		return out
	}
	a, b := ids(), ids()
	if len(a) != 2 || !slices.Equal(a, b) {
		t.Fatalf("ids %v vs %v", a, b)
	}
}

func TestBurstCount(t *testing.T) {
	rules := mustRules(t, shippedLike)
	tests := []struct {
		name    string
		sources []string // one hostile story about sam-altman per entry, 10 minutes apart
		cluster []string
		fireAt  int // index of the story that fires, -1 none
	}{
		{"three distinct sources", []string{"a", "b", "c"}, nil, 2},
		{"one source thrice", []string{"a", "a", "a"}, nil, -1},
		{"a syndicated story counts once", []string{"a", "b", "c"}, []string{"k1", "k1", ""}, -1},
		{"fourth makes it", []string{"a", "a", "b", "c"}, nil, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newClock()
			e := newEngine(t, rules, track.NewMemoryStore(), clock)
			got := -1
			for i, src := range tt.sources {
				s := story(fmt.Sprint("b", i), src, clock.Now())
				if tt.cluster != nil {
					s.Cluster = tt.cluster[i]
				}
				al, err := e.OnAnalysis(context.Background(), s, hostileAnalysis(s.ID, "elon-musk", "sam-altman"))
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range al {
					if a.Key == "sam-altman" {
						if got != -1 {
							t.Fatalf("fired twice (quiet period ignored)")
						}
						got = i
						// The newest story per distinct source is listed.
						srcs := map[string]bool{}
						for _, x := range tt.sources[:i+1] {
							srcs[x] = true
						}
						if len(a.Stories) != len(srcs) || a.Stories[len(a.Stories)-1].ID != s.ID {
							t.Errorf("alert lists %+v, want one story per source ending with %s", a.Stories, s.ID)
						}
					}
				}
				clock.Advance(10 * time.Minute)
			}
			if got != tt.fireAt {
				t.Fatalf("fired at %d, want %d", got, tt.fireAt)
			}
		})
	}
	t.Run("stories outside the window do not count", func(t *testing.T) {
		clock := newClock()
		e := newEngine(t, rules, track.NewMemoryStore(), clock)
		for i, src := range []string{"a", "b", "c"} {
			s := story(fmt.Sprint("w", i), src, clock.Now())
			al, _ := e.OnAnalysis(context.Background(), s, hostileAnalysis(s.ID, "elon-musk", "sam-altman"))
			if len(al) > 0 {
				t.Fatalf("fired at %d with stories 40 minutes apart", i)
			}
			clock.Advance(40 * time.Minute)
		}
	})
}

// recorder is a notifier that fails the first n calls.
type recorder struct {
	mu    sync.Mutex
	fail  int
	perm  bool
	calls []string
	ok    map[string]int
}

func (r *recorder) Notify(_ context.Context, a pipeline.Alert) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.calls = append(r.calls, a.ID)
	if r.fail > 0 {
		r.fail--
		if r.perm {
			return Permanent(errors.New("400: bad payload"))
		}
		return errors.New("503: down")
	}
	if r.ok == nil {
		r.ok = map[string]int{}
	}
	r.ok[a.ID]++
	return nil
}

// Delivery retries with exponential backoff in fake time (synctest) until
// the notifier answers, then each alert is delivered once.
func TestDelivererBackoff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		rec := &recorder{fail: 5}
		cfg := DefaultConfig()
		rules := mustRules(t, `rules: [{name: feud, on: event, notify: [hook], quiet: 1h}]`)
		e, err := New(cfg, rules, track.NewMemoryStore(), map[string]Notifier{"hook": rec}, nil, time.Now)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(t.Context())
		done := make(chan error)
		go func() { done <- e.Deliverer().Run(ctx) }()
		start := time.Now()
		for i, p := range [][2]string{{"elon-musk", "sam-altman"}, {"elon-musk", "openai"}} {
			if _, err := e.OnEvent(ctx, feud(p[0], p[1], fmt.Sprint("s", i), time.Now()), story(fmt.Sprint("s", i), "x", time.Now())); err != nil {
				t.Fatal(err)
			}
		}
		for {
			n, _ := e.Pending(ctx)
			if n == 0 {
				break
			}
			time.Sleep(time.Second)
		}
		elapsed := time.Since(start)
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}
		if len(rec.ok) != 2 || rec.ok[rec.calls[0]] != 1 {
			t.Fatalf("delivered %v", rec.ok)
		}
		// 5 failures of backoff 5s,10s,20s,40s,80s (shared between two
		// alerts) take fake time; a tight loop would not.
		if elapsed < cfg.RetryMin*3 {
			t.Fatalf("retries did not back off: all done after %v", elapsed)
		}
	})
}

func TestDelivererPermanentFailure(t *testing.T) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	rec := &recorder{fail: 1, perm: true}
	store := track.NewMemoryStore()
	e, err := New(DefaultConfig(), mustRules(t, `rules: [{name: feud, on: event, notify: [hook]}]`), store,
		map[string]Notifier{"hook": rec}, logger, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := e.OnEvent(ctx, feud("elon-musk", "sam-altman", "s1", t0), story("s1", "x", t0)); err != nil {
		t.Fatal(err)
	}
	d := e.Deliverer()
	for range 3 {
		if _, err := d.DeliverDue(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if len(rec.calls) != 1 {
		t.Fatalf("a permanent failure was retried: %d calls", len(rec.calls))
	}
	if n, _ := e.Pending(ctx); n != 0 {
		t.Fatalf("%d still pending", n)
	}
	var failed []delivery
	store.ForEach(ctx, BucketFailed, func(_ string, v []byte) error {
		var dl delivery
		json.Unmarshal(v, &dl)
		failed = append(failed, dl)
		return nil
	})
	if len(failed) != 1 || !strings.Contains(failed[0].LastError, "bad payload") {
		t.Fatalf("failed list %+v", failed)
	}
	if !strings.Contains(logs.String(), "bad payload") {
		t.Fatalf("log does not carry the answer: %s", logs.String())
	}
}

func TestNewRejectsUnknownNotifier(t *testing.T) {
	_, err := New(DefaultConfig(), mustRules(t, "rules:\n  - {name: feud, on: event, notify: [pager]}\n"), track.NewMemoryStore(), nil, nil, nil)
	var re *RuleError
	if !errors.As(err, &re) || re.Line != 2 || !strings.Contains(re.Msg, "pager") {
		t.Fatalf("err = %v", err)
	}
}

func BenchmarkOnAnalysis(b *testing.B) {
	rules := mustRulesTB(b, shippedLike)
	e, _ := New(DefaultConfig(), rules, track.NewMemoryStore(), nil, nil, nil)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		s := story(fmt.Sprint("s", i), fmt.Sprint("src", i%7), time.Now())
		if _, err := e.OnAnalysis(ctx, s, hostileAnalysis(s.ID, "elon-musk", "sam-altman")); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReplayAfterFollowsTheTracker: an alert on a story fetched longer
// than track.replay_after after its date is flagged a replay, with the
// threshold the tracker uses for events (passed in the alert config).
func TestReplayAfterFollowsTheTracker(t *testing.T) {
	rules := mustRules(t, `rules: [{name: hostile, on: analysis, polarity: hostile, key: story}]`)
	s := story("r1", "a", t0)
	s.Fetched = t0.Add(3 * time.Hour)
	for _, tc := range []struct {
		after  time.Duration
		replay bool
	}{{0, false}, {time.Hour, true}} {
		cfg := DefaultConfig()
		cfg.ReplayAfter = tc.after
		e, err := New(cfg, rules, track.NewMemoryStore(), nil, nil, newClock().Now)
		if err != nil {
			t.Fatal(err)
		}
		al, err := e.OnAnalysis(context.Background(), s, hostileAnalysis(s.ID, "elon-musk", "sam-altman"))
		if err != nil || len(al) != 1 {
			t.Fatalf("replay_after %s: %v, %d alerts", tc.after, err, len(al))
		}
		if al[0].Replay != tc.replay {
			t.Errorf("replay_after %s: a story fetched 3 h late flagged replay %v, want %v", tc.after, al[0].Replay, tc.replay)
		}
	}
}
