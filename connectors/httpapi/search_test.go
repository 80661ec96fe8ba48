package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// newSearchServer serves the stories of the Elasticsearch parity fixtures
// (written for those tests) from a real embedded index, with the default
// watchlist.
func newSearchServer(t *testing.T) http.Handler {
	t.Helper()
	var recs []pipeline.Record
	for _, f := range []string{"../elastic/testdata/stories.json", "../elastic/testdata/variants.json"} {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var rs []pipeline.Record
		if err := json.Unmarshal(raw, &rs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		recs = append(recs, rs...)
	}
	ix, err := bleve.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.WriteRecords(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	wl, err := watchlist.Load("../../deploy/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Watchlist: wl}, ix, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func get(t *testing.T, h http.Handler, path string) (int, []byte) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.Bytes()
}

func hitIDs(t *testing.T, body []byte) (SearchAnswer, []string) {
	t.Helper()
	var ans SearchAnswer
	if err := json.Unmarshal(body, &ans); err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	ids := []string{}
	for _, h := range ans.Hits {
		ids = append(ids, h.ID)
	}
	slices.Sort(ids)
	return ans, ids
}

func TestSearchEntityResolution(t *testing.T) {
	h := newSearchServer(t)
	for _, e := range []string{"elon-musk", "ELON-MUSK", "Elon Musk", "मस्क", "एलन मस्क", "elon%20musk"} {
		t.Run(e, func(t *testing.T) {
			code, body := get(t, h, "/api/search?entity="+url.QueryEscape(strings.ReplaceAll(e, "%20", " ")))
			if code != 200 {
				t.Fatalf("%d %s", code, body)
			}
			if _, ids := hitIDs(t, body); !slices.Equal(ids, []string{"s1", "s3", "s4"}) {
				t.Errorf("entity %q found %v, want the three Musk stories", e, ids)
			}
		})
	}
	for _, tc := range []struct{ query, param, says string }{
		{"entity=nobody", "entity", "closest:"},
		{"entity=elon-musc", "entity", "elon-musk"},
		{"entities=elon-musk", "entities", "did you mean entity?"},
		{"q=x&sizes=3", "sizes", "did you mean size"},
		{"facets=entity,mood", "facets", `"mood"`},
		{"q=" + url.QueryEscape(`"खुला`), "q", "not closed"},
		{"q=OR", "q", "OR needs"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			code, body := get(t, h, "/api/search?"+tc.query)
			var e ErrorBody
			_ = json.Unmarshal(body, &e)
			if code != 400 || e.Param != tc.param || !strings.Contains(e.Error, tc.says) {
				t.Errorf("%d %s: want 400 on %s saying %q", code, body, tc.param, tc.says)
			}
		})
	}
}

func TestSearchTextExpandsAliases(t *testing.T) {
	h := newSearchServer(t)
	// अल्टमैन is an alias the stories never spell: it finds the entity's
	// stories; the folded spellings find the same.
	for _, q := range []string{"अल्टमैन", "ऑल्टमैन", "आल्टमैन"} {
		code, body := get(t, h, "/api/search?q="+url.QueryEscape(q))
		if _, ids := hitIDs(t, body); code != 200 || !slices.Equal(ids, []string{"v1", "v3"}) {
			t.Errorf("q=%s: %d %v", q, code, ids)
		}
	}
	// Excluding an alias excludes the entity's stories too.
	code, body := get(t, h, "/api/search?q="+url.QueryEscape("-अल्टमैन"))
	if _, ids := hitIDs(t, body); code != 200 || slices.Contains(ids, "v1") || slices.Contains(ids, "v3") || len(ids) != 6 {
		t.Errorf("q=-अल्टमैन: %d %v", code, ids)
	}
}

func TestSearchPagingFacetsHighlightsAndPost(t *testing.T) {
	h := newSearchServer(t)
	code, body := get(t, h, "/api/search?q=ट्रंप&size=2&offset=1&sort=newest&facets=entity,date,source")
	ans, _ := hitIDs(t, body)
	if code != 200 || ans.Total != 4 || ans.Offset != 1 || ans.Size != 2 || len(ans.Hits) != 2 {
		t.Fatalf("%d total %d offset %d size %d hits %d", code, ans.Total, ans.Offset, ans.Size, len(ans.Hits))
	}
	if ans.Hits[0].ID != "v3" || !strings.Contains(ans.Hits[0].Highlights["body"][0], "<mark>ट्रम्\u200dप</mark>") {
		t.Errorf("second newest hit %s highlights %q", ans.Hits[0].ID, ans.Hits[0].Highlights)
	}
	if e := ans.Facets["entity"]; len(e) == 0 || e[0].Value != "donald-trump" || e[0].Count != 4 {
		t.Errorf("entity facet %+v", e)
	}
	if d := ans.Facets["date"]; len(d) == 0 {
		t.Errorf("no date facet")
	}
	if _, ok := ans.Facets["category"]; ok {
		t.Errorf("a facet not asked for: %v", ans.Facets)
	}
	// POST: the same parameters as a JSON body.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/search", bytes.NewBufferString(
		`{"q": "ट्रंप", "entity": ["मस्क"], "size": 1, "facets": "feud", "feud": true}`)))
	post, ids := hitIDs(t, rec.Body.Bytes())
	if rec.Code != 200 || post.Total != 1 || ids[0] != "s4" || len(ids) != 1 || len(post.Facets["feud"]) != 1 {
		t.Errorf("POST: %d %s", rec.Code, rec.Body)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("POST", "/api/search", bytes.NewBufferString(`{"query": "x"}`)))
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), `"query"`) {
		t.Errorf("POST with an unknown field: %d %s", rec.Code, rec.Body)
	}
}

func TestPageServed(t *testing.T) {
	h := newSearchServer(t)
	for path, want := range map[string]string{"/": "<title>ख़बर", "/assets/app.js": "runSearch", "/assets/style.css": "#results"} {
		code, body := get(t, h, path)
		if code != 200 || !strings.Contains(string(body), want) {
			t.Errorf("GET %s: %d, lacks %q", path, code, want)
		}
	}
	if code, body := get(t, h, "/api/nothing"); code != 404 || !strings.Contains(string(body), `"error"`) {
		t.Errorf("GET /api/nothing: %d %s", code, body)
	}
	code, body := get(t, h, "/api/entities")
	if code != 200 || !strings.Contains(string(body), `"elon-musk"`) {
		t.Errorf("GET /api/entities: %d %s", code, body)
	}
}

func TestStartedHookGetsTheBoundAddress(t *testing.T) {
	var got, done string
	ix, err := bleve.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	s, err := New(Config{Listen: "127.0.0.1:0", Started: func(addr string) (func(), error) {
		got = addr
		return func() { done = addr }, nil
	}}, ix, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	addr, err := s.Start()
	if err != nil || got != addr || strings.HasSuffix(addr, ":0") {
		t.Fatalf("Start: %q %v; hook got %q", addr, err, got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Serve(ctx); err != nil {
		t.Fatal(err)
	}
	if done != addr {
		t.Errorf("the hook's done func did not run when Serve returned")
	}
}
