package elastic

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/khabar/khabar/pipeline"
)

func TestSetupIsIdempotent(t *testing.T) {
	cfg := testConfig(t)
	ctx := context.Background()
	first, err := Setup(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("first setup: %v", err)
	}
	second, err := Setup(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("second setup: %v", err)
	}
	es, _ := newClient(cfg)
	hindi, err := hasAnalyzer(ctx, es, "hindi")
	if err != nil {
		t.Fatal(err)
	}
	want := map[bool]string{true: "hindi", false: "standard"}[hindi]
	if first.Analyzer != want || second.Analyzer != want {
		t.Errorf("analyzer %q then %q, cluster has hindi=%v", first.Analyzer, second.Analyzer, hindi)
	}
	created := 0
	for _, a := range first.Actions {
		if strings.HasSuffix(a, ": created") {
			created++
		}
	}
	if created != 8 { // component + 3 templates + 3 indices + event versions
		t.Errorf("first setup created %d objects, want 8: %q", created, first.Actions)
	}
	for _, a := range second.Actions {
		if strings.Contains(a, "created") || strings.Contains(a, "updated") {
			t.Errorf("second setup changed something: %q", a)
		}
	}
	// The write alias points at the first index, stances are nested.
	var m map[string]struct {
		Mappings struct {
			Properties map[string]struct {
				Type string `json:"type"`
			} `json:"properties"`
		} `json:"mappings"`
	}
	if _, err := do(ctx, es, "mapping", esapi.IndicesGetMappingRequest{Index: []string{cfg.alias(FamilyStories)}}, &m); err != nil {
		t.Fatal(err)
	}
	idx, ok := m[cfg.alias(FamilyStories)+"-000001"]
	if !ok {
		t.Fatalf("alias %s does not point at %s-000001: %v", cfg.alias(FamilyStories), cfg.alias(FamilyStories), m)
	}
	if got := idx.Mappings.Properties["stances"].Type; got != "nested" {
		t.Errorf("stances mapped as %q, want nested", got)
	}
	// Events remember a deleted (retracted) event's version for a day, so
	// an older copy arriving late cannot bring it back.
	var st map[string]struct {
		Settings struct {
			Index struct {
				GCDeletes string `json:"gc_deletes"`
			} `json:"index"`
		} `json:"settings"`
	}
	if _, err := do(ctx, es, "settings", esapi.IndicesGetSettingsRequest{Index: []string{cfg.alias(FamilyEvents)}}, &st); err != nil {
		t.Fatal(err)
	}
	if got := st[cfg.alias(FamilyEvents)+"-000001"].Settings.Index.GCDeletes; got != "24h" {
		t.Errorf("events index gc_deletes %q, want 24h", got)
	}
}

func TestNewWithoutSetupFails(t *testing.T) {
	cfg := testConfig(t)
	_, err := New(context.Background(), cfg, nil, nil)
	if !errors.Is(err, ErrNotSetUp) {
		t.Fatalf("New before setup: %v, want ErrNotSetUp", err)
	}
}

func TestReplayNeverDuplicates(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	ctx := context.Background()
	recs := synthetic(10000, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	writeAll(ctx, t, s, recs, 1000)
	if n := count(t, s); n != len(recs) {
		t.Fatalf("after first write: %d documents, want %d", n, len(recs))
	}
	writeAll(ctx, t, s, recs, 1000)
	if n := count(t, s); n != len(recs) {
		t.Fatalf("after replay: %d documents, want %d", n, len(recs))
	}
	// Events and alerts replay the same way.
	ev := pipeline.Event{Kind: pipeline.KindNewFeud, Pair: [2]string{"donald-trump", "elon-musk"}, Story: "s4", Time: time.Now().UTC()}
	al := pipeline.Alert{ID: "feud|donald-trump|elon-musk|2025-06-05", Rule: "feud", Key: "donald-trump|elon-musk", Time: time.Now().UTC()}
	for range 2 {
		if err := s.WriteEvents(ctx, []pipeline.Event{ev}); err != nil {
			t.Fatal(err)
		}
		if err := s.WriteAlerts(ctx, []pipeline.Alert{al}); err != nil {
			t.Fatal(err)
		}
	}
	_ = s.Refresh(ctx)
	evs, err := s.Events(ctx, pipeline.KindNewFeud, 0)
	if err != nil || len(evs) != 1 || evs[0].ID != eventID(ev) || evs[0].Pair != ev.Pair {
		t.Errorf("events after replay: %+v, %v", evs, err)
	}
	als, err := s.Alerts(ctx, 0)
	if err != nil || len(als) != 1 || als[0].ID != al.ID {
		t.Errorf("alerts after replay: %+v, %v", als, err)
	}
}

func TestSearch(t *testing.T) {
	cfg := testConfig(t)
	s, _ := newTestSink(t, cfg)
	ctx := context.Background()
	recs := loadFixtures(t)
	if err := s.WriteRecords(ctx, recs); err != nil {
		t.Fatal(err)
	}
	_ = s.Refresh(ctx)
	yes, no := true, false
	day := func(d string) time.Time { tm, _ := time.Parse("2006-01-02", d); return tm }
	tests := []struct {
		name string
		q    pipeline.Query
		want []string // in order
	}{
		// s3 has the base form in its title (boost 2), s5 the plural in its body.
		{"inflected plural finds singular", pipeline.Query{Text: "बैठकों"}, []string{"s3", "s5"}},
		{"inflected finds base form in title", pipeline.Query{Text: "आलोचनाओं", Sort: pipeline.SortNewest}, []string{"s4"}},
		{"oblique finds direct", pipeline.Query{Text: "झगड़े"}, []string{"s1"}},
		{"entity", pipeline.Query{Entities: []string{"openai"}}, []string{"s2", "s1"}},
		{"all entities must match", pipeline.Query{Entities: []string{"elon-musk", "donald-trump"}}, []string{"s4", "s3"}},
		{"feud only", pipeline.Query{Feud: &yes}, []string{"s4", "s1"}},
		{"not feud", pipeline.Query{Feud: &no, Size: 2}, []string{"s5", "s3"}},
		{"date range inclusive", pipeline.Query{From: day("2025-01-22").Add(10 * time.Hour), To: day("2025-03-01").Add(7 * time.Hour)}, []string{"s5", "s3", "s2"}},
		{"text with entity and range", pipeline.Query{Text: "मस्क", Entities: []string{"elon-musk"}, From: day("2025-02-01"), Sort: pipeline.SortNewest}, []string{"s4", "s3"}},
		{"offset", pipeline.Query{Offset: 3}, []string{"s2", "s1"}},
		{"stop words only", pipeline.Query{Text: "की"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("hits %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("hit carries the story", func(t *testing.T) {
		res, err := s.Search(ctx, pipeline.Query{Text: "स्टारगेट"})
		if err != nil || len(res.Hits) != 1 {
			t.Fatalf("%+v %v", res, err)
		}
		h, r := res.Hits[0], recs[1]
		if h.ID != r.Story.ID || h.Title != r.Story.Title || h.URL != r.Story.URL || h.Source != r.Story.Source ||
			!h.Published.Equal(r.Story.Published) || !slices.Equal(h.Entities, r.Analysis.Entities) || h.Score <= 0 || res.Total != 1 {
			t.Errorf("hit %+v for %+v", h, r.Story)
		}
	})
	t.Run("story round trip", func(t *testing.T) {
		got, ok, err := s.Story(ctx, "s2")
		if err != nil || !ok {
			t.Fatalf("story: %v %v", ok, err)
		}
		if got.Story.Body != recs[1].Story.Body || len(got.Analysis.Amounts) != 1 || got.Analysis.Amounts[0].Value != 5e11 {
			t.Errorf("story round trip: %+v", got)
		}
		if _, ok, err := s.Story(ctx, "nope"); ok || err != nil {
			t.Errorf("missing story: %v %v", ok, err)
		}
	})
}

func TestOlderVersionNeverOverwritesNewer(t *testing.T) {
	cfg := testConfig(t)
	s, reg := newTestSink(t, cfg)
	ctx := context.Background()
	base := loadFixtures(t)[0]
	older, newer := base, base
	older.Story.Title = "पुराना शीर्षक"
	newer.Story.Title = "नया शीर्षक"
	newer.Story.Fetched = older.Story.Fetched.Add(time.Hour)
	newer.Story.Source = "दूसरा स्रोत"

	tests := []struct {
		name    string
		batches [][]pipeline.Record
	}{
		{"newer then older", [][]pipeline.Record{{newer}, {older}}},
		{"older then newer", [][]pipeline.Record{{older}, {newer}}},
		{"both in one batch, older last", [][]pipeline.Record{{newer, older}}},
		{"newer replayed", [][]pipeline.Record{{older}, {newer}, {newer}, {older}}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := base.Story.ID + "-" + string(rune('a'+i))
			for _, b := range tt.batches {
				for j := range b {
					b[j].Story.ID, b[j].Analysis.ID = id, id
				}
				if err := s.WriteRecords(ctx, b); err != nil {
					t.Fatal(err)
				}
			}
			got, ok, err := s.Story(ctx, id)
			if err != nil || !ok {
				t.Fatalf("story %s: %v %v", id, ok, err)
			}
			if got.Story.Title != newer.Story.Title {
				t.Errorf("stored title %q, want the newer %q", got.Story.Title, newer.Story.Title)
			}
			// Both outlets are kept whatever the order.
			if !slices.Contains(got.Story.Sources, newer.Story.Source) || !slices.Contains(got.Story.Sources, older.Story.Source) {
				t.Errorf("sources %v lack one of %q, %q", got.Story.Sources, older.Story.Source, newer.Story.Source)
			}
		})
	}
	if n := testutil.ToFloat64(metricsOf(t, reg, "khabar_elastic_documents_total", "older")); n < 1 {
		t.Errorf("no write was refused as older (older=%v)", n)
	}
	// Elasticsearch itself refuses what two writers racing past the
	// client-side check would send: a create of a story already stored
	// (whatever its version), and a write over a stored story with an
	// older version (external_gte).
	t.Run("node refuses older version", func(t *testing.T) {
		id := base.Story.ID + "-race"
		n, o := newer, older
		n.Story.ID, o.Story.ID = id, id
		// The older is created, the newer written over it.
		for _, r := range []pipeline.Record{o, n} {
			if err := s.WriteRecords(ctx, []pipeline.Record{r}); err != nil {
				t.Fatal(err)
			}
		}
		before := testutil.ToFloat64(metricsOf(t, reg, "khabar_elastic_documents_total", "older"))
		d := newStoryDoc(o, "", "", nil)
		create := s.encode(ctx, FamilyStories, id, d, storyVersion(o.Story))
		create.create = true
		exists, err := s.send(ctx, FamilyStories, []op{create})
		if err != nil || len(exists) != 1 {
			t.Errorf("create of a stored story: %d exist, %v; want it refused as existing", len(exists), err)
		}
		if err := s.write(ctx, FamilyStories, []op{s.encode(ctx, FamilyStories, id, d, storyVersion(o.Story))}); err != nil {
			t.Fatal(err)
		}
		got, _, err := s.Story(ctx, id)
		if err != nil || got.Story.Title != newer.Story.Title {
			t.Errorf("title %q after older writes, want %q (%v)", got.Story.Title, newer.Story.Title, err)
		}
		if after := testutil.ToFloat64(metricsOf(t, reg, "khabar_elastic_documents_total", "older")); after != before+1 {
			t.Errorf("older count %v -> %v, want one version conflict", before, after)
		}
	})
}

// metricsOf reads one series of a counter vec by its result label.
func metricsOf(t *testing.T, reg *prometheus.Registry, name, result string) prometheus.Collector {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if (l.GetName() == "result" && l.GetValue() == result) || result == "" {
					sum += m.GetCounter().GetValue()
				}
			}
		}
	}
	g := prometheus.NewGauge(prometheus.GaugeOpts{Name: "x"})
	g.Set(sum)
	return g
}

func TestMalformedGoesToDeadLetter(t *testing.T) {
	cfg := testConfig(t)
	var dl deadLetters
	cfg.DeadLetter = dl.add
	s, _ := newTestSink(t, cfg)
	ctx := context.Background()
	good := loadFixtures(t)[:1]
	// A date past year 9999 cannot even be encoded; a body Elasticsearch
	// cannot parse as a date is refused by the node itself.
	bad := pipeline.Record{Story: pipeline.Story{ID: "far-future", Title: "x", Published: time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC)}}
	if err := s.WriteRecords(ctx, append(good, bad)); err != nil {
		t.Fatalf("write: %v", err)
	}
	err := s.write(ctx, FamilyStories, []op{{family: FamilyStories, id: "not-a-date", body: []byte(`{"id":"not-a-date","@timestamp":"yesterday-ish"}`)}})
	if err != nil {
		t.Fatalf("raw write: %v", err)
	}
	if r, ok := dl.get("far-future"); !ok || !strings.Contains(r, "encode") {
		t.Errorf("far-future: dead letter %q %v", r, ok)
	}
	if r, ok := dl.get("not-a-date"); !ok || !strings.Contains(r, "parsing") {
		t.Errorf("not-a-date: dead letter %q %v", r, ok)
	}
	if n := count(t, s); n != 1 {
		t.Errorf("%d documents stored, want only the good one", n)
	}
	// Without a dead-letter function the caller hears about it.
	s.cfg.DeadLetter = nil
	err = s.write(ctx, FamilyStories, []op{{family: FamilyStories, id: "bad2", body: []byte(`{"@timestamp":"nope"}`)}})
	var re *RejectedError
	if !errors.As(err, &re) || re.Items[0].ID != "bad2" {
		t.Errorf("without dead letter: %v", err)
	}
}

// TestTooManyRequestsStorm puts the real flood-stage block on the stories
// index: Elasticsearch answers every item with 429 cluster_block_exception
// (as when a node's disk fills). Writes must hold, retry, and land once the
// block goes, with nothing lost or duplicated.
func TestTooManyRequestsStorm(t *testing.T) {
	cfg := testConfig(t)
	cfg.RetryBackoffMin, cfg.RetryBackoffMax = 50*time.Millisecond, 300*time.Millisecond
	s, reg := newTestSink(t, cfg)
	ctx := context.Background()
	recs := synthetic(2000, time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC))
	writeAll(ctx, t, s, recs[:500], 250)
	block := func(on bool) {
		t.Helper()
		body := `{"index.blocks.read_only_allow_delete": ` + map[bool]string{true: "true", false: "null"}[on] + `}`
		if _, err := do(ctx, s.es, "block", esapi.IndicesPutSettingsRequest{Index: []string{cfg.alias(FamilyStories)}, Body: strings.NewReader(body)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	block(true)
	done := make(chan error, 1)
	go func() {
		var err error
		for i := 500; i < len(recs) && err == nil; i += 250 {
			err = s.WriteRecords(ctx, recs[i:i+250])
		}
		done <- err
	}()
	// Wait until the sink has seen the refusals and is retrying.
	deadline := time.Now().Add(time.Minute)
	for testutil.ToFloat64(metricsOf(t, reg, "khabar_elastic_retries_total", "")) < 3 {
		select {
		case err := <-done:
			t.Fatalf("writes returned (%v) while the index refused them", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("no retries seen")
		}
		time.Sleep(50 * time.Millisecond)
	}
	block(false)
	if err := <-done; err != nil {
		t.Fatalf("writes after the storm: %v", err)
	}
	if n := count(t, s); n != len(recs) {
		t.Fatalf("%d documents, want %d", n, len(recs))
	}
}

// TestNodeStoppedMidStream stops the real node for 30 s while a writer
// streams stories, then starts it again. It runs in CI
// (scripts/test.sh runs it alone, after every other test, so no other
// package's test sees the node go away) but not on every local run.
func TestNodeStoppedMidStream(t *testing.T) {
	if os.Getenv("KHABAR_TEST_ES_RESTART") != "1" {
		t.Skip("set KHABAR_TEST_ES_RESTART=1 to stop and restart the node (scripts/elasticsearch.sh)")
	}
	cfg := testConfig(t)
	cfg.RetryBackoffMax = 2 * time.Second
	cfg.RequestTimeout = 20 * time.Second
	s, reg := newTestSink(t, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	recs := synthetic(3000, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))
	var (
		mu      sync.Mutex
		written int
	)
	done := make(chan error, 1)
	go func() {
		for i := 0; i < len(recs); i += 100 {
			if err := s.WriteRecords(ctx, recs[i:i+100]); err != nil {
				done <- err
				return
			}
			mu.Lock()
			written = i + 100
			mu.Unlock()
			time.Sleep(20 * time.Millisecond) // a stream, not one burst
		}
		done <- nil
	}()
	for {
		mu.Lock()
		w := written
		mu.Unlock()
		if w >= 500 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	script := "../../scripts/elasticsearch.sh"
	if out, err := exec.CommandContext(ctx, "bash", script, "stop").CombinedOutput(); err != nil {
		t.Fatalf("stop: %v\n%s", err, out)
	}
	time.Sleep(30 * time.Second) // the outage itself, not a wait for a result
	mu.Lock()
	during := written
	mu.Unlock()
	if out, err := exec.CommandContext(ctx, "bash", script, "start").CombinedOutput(); err != nil {
		t.Fatalf("start: %v\n%s", err, out)
	}
	if err := <-done; err != nil {
		t.Fatalf("writer: %v", err)
	}
	if during >= len(recs) {
		t.Fatalf("the writer finished while the node was down")
	}
	if testutil.ToFloat64(metricsOf(t, reg, "khabar_elastic_retries_total", "")) == 0 {
		t.Error("no retries recorded while the node was down")
	}
	if n := count(t, s); n != len(recs) {
		t.Fatalf("%d documents after the outage, want %d", n, len(recs))
	}
}

// TestLongIDDeadLettered: a story whose id is over Elasticsearch's 512
// bytes (which fails the whole bulk request it is in, every other story
// with it) is dead-lettered before it is sent; the rest of the batch is
// written.
func TestLongIDDeadLettered(t *testing.T) {
	cfg := testConfig(t)
	var dl deadLetters
	cfg.DeadLetter = dl.add
	s, _ := newTestSink(t, cfg)
	recs := synthetic(3, time.Date(2025, 6, 5, 10, 0, 0, 0, time.UTC))
	recs[1].Story.ID = strings.Repeat("समाचार", 40)
	recs[1].Analysis.ID = recs[1].Story.ID
	if err := s.WriteRecords(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	if reason, ok := dl.get(recs[1].Story.ID); !ok || !strings.Contains(reason, "512") {
		t.Fatalf("dead letter of the long id: %q, %v", reason, ok)
	}
	if n := count(t, s); n != 2 {
		t.Fatalf("%d stories stored, want 2", n)
	}
}
