package elastic

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/testenv"
)

// testConfig gives each test its own index prefix, removed afterwards,
// on the real node the tests use (testenv.Elasticsearch: in CI a missing
// node is a failure, never a silent skip).
func testConfig(t testing.TB) Config {
	t.Helper()
	cfg := DefaultConfig()
	cfg.URLs = []string{testenv.Elasticsearch(t)}
	cfg.IndexPrefix = testenv.Prefix(t, "kt", "-")
	cfg.RetryBackoffMax = time.Second
	t.Cleanup(func() { cleanup(t, cfg) })
	return cfg
}

func cleanup(t testing.TB, cfg Config) {
	es, err := newClient(cfg)
	if err != nil {
		t.Logf("cleanup: %v", err)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, _ = do(ctx, es, "delete indices", rawRequest{method: "DELETE", path: "/" + cfg.IndexPrefix + "*?expand_wildcards=all"}, nil)
	for _, f := range families {
		_, _ = do(ctx, es, "delete template", rawRequest{method: "DELETE", path: "/_index_template/" + cfg.alias(f)}, nil)
	}
	_, _ = do(ctx, es, "delete component", rawRequest{method: "DELETE", path: "/_component_template/" + cfg.IndexPrefix + "analysis"}, nil)
}

// newTestSink sets up the indices and opens a sink on them.
func newTestSink(t testing.TB, cfg Config) (*Sink, *prometheus.Registry) {
	t.Helper()
	ctx := context.Background()
	if _, err := Setup(ctx, cfg, slog.New(slog.DiscardHandler)); err != nil {
		t.Fatalf("setup: %v", err)
	}
	reg := prometheus.NewRegistry()
	s, err := New(ctx, cfg, slog.New(slog.DiscardHandler), reg)
	if err != nil {
		t.Fatalf("new sink: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, reg
}

func loadFixtures(t testing.TB) []pipeline.Record {
	t.Helper()
	raw, err := os.ReadFile("testdata/stories.json")
	if err != nil {
		t.Fatal(err)
	}
	var recs []pipeline.Record
	if err := json.Unmarshal(raw, &recs); err != nil {
		t.Fatalf("testdata/stories.json: %v", err)
	}
	return recs
}

// synthetic makes n distinct records with Hindi text (written for these tests).
func synthetic(n int, base time.Time) []pipeline.Record {
	subjects := []string{"मस्क", "ट्रंप", "ऑल्टमैन", "नडेला", "पिचाई"}
	verbs := []string{"ने नई योजना की घोषणा की", "ने समझौते पर बात की", "ने बैठकों में हिस्सा लिया", "ने आलोचना का जवाब दिया"}
	ents := []string{"elon-musk", "donald-trump", "sam-altman", "satya-nadella", "sundar-pichai"}
	out := make([]pipeline.Record, n)
	for i := range out {
		id := fmt.Sprintf("syn-%06d", i)
		pub := base.Add(time.Duration(i) * time.Minute)
		out[i] = pipeline.Record{
			Story: pipeline.Story{
				ID: id, URL: "https://example.org/" + id, Source: "नमूना " + fmt.Sprint(i%7), Category: pipeline.CategoryTech,
				Language: "hi", Title: subjects[i%5] + " " + verbs[i%4],
				Body:      strings.Repeat(subjects[(i+1)%5]+" "+verbs[(i+2)%4]+"। ", 3) + "क्रमांक " + fmt.Sprint(i),
				Published: pub, Fetched: pub.Add(time.Minute),
			},
			Analysis: pipeline.Analysis{ID: id, Entities: []string{ents[i%5]}, Feud: i%10 == 0},
		}
	}
	return out
}

// writeAll writes recs in batches of size.
func writeAll(ctx context.Context, t testing.TB, s *Sink, recs []pipeline.Record, size int) {
	t.Helper()
	for i := 0; i < len(recs); i += size {
		if err := s.WriteRecords(ctx, recs[i:min(i+size, len(recs))]); err != nil {
			t.Fatalf("write batch at %d: %v", i, err)
		}
	}
}

// count returns the number of story documents.
func count(t testing.TB, s *Sink) int {
	t.Helper()
	ctx := context.Background()
	if err := s.Refresh(ctx); err != nil {
		t.Fatalf("refresh: %v", err)
	}
	var res struct {
		Count int `json:"count"`
	}
	if _, err := do(ctx, s.es, "count", esapi.CountRequest{Index: []string{s.cfg.pattern(FamilyStories)}}, &res); err != nil {
		t.Fatalf("count: %v", err)
	}
	return res.Count
}

// deadLetters collects dead-lettered documents.
type deadLetters struct {
	mu    sync.Mutex
	items map[string]string
}

func (d *deadLetters) add(_ context.Context, id string, _ []byte, reason string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.items == nil {
		d.items = map[string]string{}
	}
	d.items[id] = reason
}

func (d *deadLetters) get(id string) (string, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	r, ok := d.items[id]
	return r, ok
}
