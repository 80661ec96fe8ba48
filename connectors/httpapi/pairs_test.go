package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// pairsFixture: Musk and Trump allies then rivals (two outlets each
// time), and three other pairs with one story each.
func pairsFixture(t *testing.T) *track.Tracker {
	t.Helper()
	tr, err := track.New(track.DefaultConfig(), track.NewMemoryStore(), nil)
	if err != nil {
		t.Fatal(err)
	}
	base := time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)
	fold := func(id string, day int, src, a, b, pol string) {
		at := base.AddDate(0, 0, day)
		_, err := tr.Fold(context.Background(), track.StoryRef{ID: id, Published: at, Fetched: at, Source: src, Title: "शीर्षक " + id},
			[]pipeline.Stance{{Source: a, Target: b, Polarity: pol, Score: 1, Evidence: a + " " + pol + " " + b}})
		if err != nil {
			t.Fatal(err)
		}
	}
	fold("p1", 0, "ek", "elon-musk", "donald-trump", pipeline.Supportive)
	fold("p2", 1, "do", "donald-trump", "elon-musk", pipeline.Supportive)
	fold("h1", 40, "ek", "elon-musk", "donald-trump", pipeline.Hostile)
	fold("h2", 41, "do", "donald-trump", "elon-musk", pipeline.Hostile)
	fold("x1", 10, "ek", "sam-altman", "elon-musk", pipeline.Hostile)
	fold("x2", 20, "ek", "narendra-modi", "rahul-gandhi", pipeline.Hostile)
	fold("x3", 30, "ek", "narendra-modi", "sundar-pichai", pipeline.Supportive)
	return tr
}

func TestPairsEndpoints(t *testing.T) {
	tr := pairsFixture(t)
	mux := http.NewServeMux()
	mux.Handle("GET /api/pairs", PairsHandler(tr))
	mux.Handle("GET /api/pairs/{a}/{b}", PairHandler(tr))
	get := func(path string) (int, []byte) {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec.Code, rec.Body.Bytes()
	}
	list := func(q string) (track.PairList, []string) {
		code, body := get("/api/pairs" + q)
		if code != 200 {
			t.Fatalf("%s: %d %s", q, code, body)
		}
		var l track.PairList
		if err := json.Unmarshal(body, &l); err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, p := range l.Pairs {
			keys = append(keys, p.Pair[0]+"|"+p.Pair[1]+"="+p.State)
		}
		return l, keys
	}
	t.Run("list sorted by last activity, filtered, paged", func(t *testing.T) {
		l, keys := list("")
		if l.Total != 4 || strings.Join(keys, " ") != "donald-trump|elon-musk=rivals narendra-modi|sundar-pichai=none narendra-modi|rahul-gandhi=none elon-musk|sam-altman=none" {
			t.Fatalf("%d %v", l.Total, keys)
		}
		if l, keys := list("?entity=elon-musk&size=1&offset=1"); l.Total != 2 || strings.Join(keys, " ") != "elon-musk|sam-altman=none" {
			t.Fatalf("entity page: %d %v", l.Total, keys)
		}
		if l, keys := list("?state=rivals"); l.Total != 1 || keys[0] != "donald-trump|elon-musk=rivals" {
			t.Fatalf("state: %d %v", l.Total, keys)
		}
		if l, _ := list("?changed_since=2025-02-12"); l.Total != 0 {
			t.Fatalf("changed since after the rift: %d", l.Total)
		}
		if l, _ := list("?changed_since=2025-02-11"); l.Total != 1 {
			t.Fatalf("changed since the rift: %d", l.Total)
		}
	})
	t.Run("pair detail", func(t *testing.T) {
		code, body := get("/api/pairs/elon-musk/donald-trump?size=2&offset=1")
		if code != 200 {
			t.Fatalf("%d %s", code, body)
		}
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(body, &raw); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"pair", "state", "since", "counts", "history", "timeline", "series"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("answer has no %q: %s", k, body)
			}
		}
		var d track.PairDetail
		if err := json.Unmarshal(body, &d); err != nil {
			t.Fatal(err)
		}
		if d.State != track.StateRivals || len(d.History) != 2 || d.History[1].Event != "stance-shift:donald-trump|elon-musk:h2" {
			t.Fatalf("history %+v", d.History)
		}
		if d.Timeline.Total != 4 || len(d.Timeline.Entries) != 2 || d.Timeline.Entries[0].Story != "p2" {
			t.Fatalf("timeline %+v", d.Timeline)
		}
		if len(d.Series) != 42 || d.Counts.Directions[0].Source != "donald-trump" || d.Counts.Directions[0].Hostile != 1 {
			t.Fatalf("series %d points, counts %+v", len(d.Series), d.Counts)
		}
		code, body = get("/api/pairs/elon-musk/donald-trump?from=2025-02-01&to=2025-02-10")
		if err := json.Unmarshal(body, &d); code != 200 || err != nil || d.Timeline.Total != 1 || len(d.Series) != 10 {
			t.Fatalf("from/to: %d %v %+v %d", code, err, d.Timeline, len(d.Series))
		}
	})
	for _, tt := range []struct{ path, param string }{
		{"/api/pairs?size=0", "size"},
		{"/api/pairs?offset=-1", "offset"},
		{"/api/pairs?state=friends", "state"},
		{"/api/pairs?changed_since=yesterday", "changed_since"},
		{"/api/pairs?entities=x", "entities"},
		{"/api/pairs/elon-musk/donald-trump?from=june", "from"},
		{"/api/pairs/elon-musk/donald-trump?from=2025-03-01&to=2025-02-01", "to"},
		{"/api/pairs/elon-musk/elon-musk", "b"},
	} {
		t.Run(tt.path, func(t *testing.T) {
			code, body := get(tt.path)
			var e ErrorBody
			if code != 400 || json.Unmarshal(body, &e) != nil || e.Param != tt.param {
				t.Fatalf("%d %s, want 400 naming %s", code, body, tt.param)
			}
		})
	}
	if code, body := get("/api/pairs/elon-musk/openai"); code != 404 {
		t.Fatalf("unknown pair: %d %s", code, body)
	}
}
