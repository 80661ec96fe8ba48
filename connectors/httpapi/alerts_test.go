package httpapi

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/track"
)

// fakeLister holds 7 alerts, one an hour back from 2025-06-05 12:00,
// newest first, and applies rule and since as the engine does.
type fakeLister struct{ got alert.Filter }

var alertBase = time.Date(2025, 6, 5, 12, 0, 0, 0, time.UTC)

func (f *fakeLister) List(_ context.Context, fl alert.Filter) ([]pipeline.Alert, error) {
	f.got = fl
	var out []pipeline.Alert
	for i := range 7 {
		a := pipeline.Alert{ID: fmt.Sprintf("a%d", i), Rule: []string{"feud", "shift"}[i%2], Time: alertBase.Add(-time.Duration(i) * time.Hour)}
		if (fl.Rule == "" || fl.Rule == a.Rule) && !a.Time.Before(fl.Since) {
			out = append(out, a)
		}
	}
	return out[:min(len(out), fl.Size)], nil
}

func TestAlertsHandler(t *testing.T) {
	tests := []struct {
		query  string
		status int
		param  string
		total  int
		ids    string
	}{
		{"", 200, "", 7, "a0 a1 a2 a3 a4 a5 a6"},
		{"?size=2", 200, "", 7, "a0 a1"},
		{"?size=2&offset=2", 200, "", 7, "a2 a3"},
		{"?offset=6&size=5", 200, "", 7, "a6"},
		{"?offset=9", 200, "", 7, ""},
		{"?rule=feud&size=1", 200, "", 4, "a0"},
		{"?since=2025-06-05T09:00:00Z", 200, "", 4, "a0 a1 a2 a3"},
		{"?until=2025-06-05T10:00:00Z&size=2", 200, "", 5, "a2 a3"},
		{"?since=2025-06-05T08:00:00Z&until=2025-06-05T10:00:00Z&rule=shift", 200, "", 1, "a3"},
		{"?size=0", 400, "size", 0, ""},
		{"?offset=-1", 400, "offset", 0, ""},
		{"?since=yesterday", 400, "since", 0, ""},
		{"?since=-1h", 400, "since", 0, ""},
		{"?rules=feud", 400, "rules", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			l := &fakeLister{}
			mux := http.NewServeMux()
			mux.Handle("GET /api/alerts", AlertsHandler(l))
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest("GET", "/api/alerts"+tt.query, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if tt.status != 200 {
				var e ErrorBody
				if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Param != tt.param {
					t.Fatalf("error %s, want param %s", rec.Body, tt.param)
				}
				return
			}
			var ans AlertsAnswer
			if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil {
				t.Fatalf("answer %s: %v", rec.Body, err)
			}
			var ids []string
			for _, a := range ans.Alerts {
				ids = append(ids, a.ID)
			}
			if ans.Total != tt.total || strings.Join(ids, " ") != tt.ids {
				t.Fatalf("total %d alerts %v, want %d %s", ans.Total, ids, tt.total, tt.ids)
			}
		})
	}
	t.Run("since a duration back", func(t *testing.T) {
		q, err := ParseAlertQuery(map[string][]string{"since": {"24h"}}, alertBase)
		if err != nil || !q.Filter.Since.Equal(alertBase.Add(-24*time.Hour)) {
			t.Fatalf("%+v %v", q, err)
		}
	})
}

// countingStore counts the stored alerts read.
type countingStore struct {
	*track.MemoryStore
	gets, scans int
}

func (c *countingStore) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	if bucket == alert.BucketAlerts {
		c.gets++
	}
	return c.MemoryStore.Get(ctx, bucket, key)
}

func (c *countingStore) ForEach(ctx context.Context, bucket string, fn func(string, []byte) error) error {
	if bucket == alert.BucketAlerts {
		c.scans++
	}
	return c.MemoryStore.ForEach(ctx, bucket, fn)
}

// The same queries against the engine: its ListPage reads the page's
// alerts only (the total from the time-ordered index's keys).
func TestAlertsHandlerEngine(t *testing.T) {
	rules, err := alert.ParseRules("t.yaml", []byte(`rules: [{name: feud, on: event, quiet: 1m}, {name: shift, on: event, quiet: 1m}]`), nil)
	if err != nil {
		t.Fatal(err)
	}
	st := &countingStore{MemoryStore: track.NewMemoryStore()}
	now := alertBase.Add(time.Hour)
	e, err := alert.New(alert.DefaultConfig(), rules, st, nil, nil, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	for i := range 7 {
		o := alert.Observation{Rule: []string{"feud", "shift"}[i%2], Key: fmt.Sprintf("a%d", i), Trigger: fmt.Sprint("s", i),
			Story: pipeline.AlertStory{ID: fmt.Sprint("s", i)}, At: alertBase.Add(-time.Duration(i) * time.Hour), Wall: now}
		if al, err := e.Judge(context.Background(), o); err != nil || len(al) != 1 {
			t.Fatalf("judge %d: %v %v", i, al, err)
		}
	}
	for _, tt := range []struct {
		query string
		total int
		keys  string
	}{
		{"", 7, "a0 a1 a2 a3 a4 a5 a6"},
		{"?size=2&offset=2", 7, "a2 a3"},
		{"?offset=9", 7, ""},
		{"?rule=feud&size=1", 4, "a0"},
		{"?since=2025-06-05T09:00:00Z", 4, "a0 a1 a2 a3"},
		{"?until=2025-06-05T10:00:00Z&size=2", 5, "a2 a3"},
		{"?since=2025-06-05T08:00:00Z&until=2025-06-05T10:00:00Z&rule=shift", 1, "a3"},
	} {
		t.Run(tt.query, func(t *testing.T) {
			st.gets, st.scans = 0, 0
			rec := httptest.NewRecorder()
			AlertsHandler(e).ServeHTTP(rec, httptest.NewRequest("GET", "/api/alerts"+tt.query, nil))
			var ans AlertsAnswer
			if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil || rec.Code != 200 {
				t.Fatalf("%d %s: %v", rec.Code, rec.Body, err)
			}
			var keys []string
			for _, a := range ans.Alerts {
				keys = append(keys, a.Key)
			}
			if ans.Total != tt.total || strings.Join(keys, " ") != tt.keys {
				t.Fatalf("total %d alerts %v, want %d %s", ans.Total, keys, tt.total, tt.keys)
			}
			if st.scans != 0 || st.gets > len(ans.Alerts) {
				t.Fatalf("read %d stored alerts (%d scans) for a page of %d", st.gets, st.scans, len(ans.Alerts))
			}
		})
	}
}

func TestPairHandler(t *testing.T) {
	tr, err := track.New(track.DefaultConfig(), track.NewMemoryStore(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = tr.Fold(context.Background(), track.StoryRef{ID: "s1", Published: time.Now()},
		[]pipeline.Stance{{Source: "sam-altman", Target: "elon-musk", Polarity: pipeline.Hostile, Evidence: "ऑल्टमैन ने मस्क को घेरा।"}})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /api/pairs/{a}/{b}", PairHandler(tr))
	tests := []struct {
		path   string
		status int
	}{
		{"/api/pairs/elon-musk/sam-altman", 200},
		{"/api/pairs/sam-altman/elon-musk", 200},
		{"/api/pairs/elon-musk/openai", 404},
		{"/api/pairs/elon-musk/elon-musk", 400},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			mux.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if tt.status == 200 {
				var st track.PairState
				if err := json.Unmarshal(rec.Body.Bytes(), &st); err != nil {
					t.Fatal(err)
				}
				if st.Pair != [2]string{"elon-musk", "sam-altman"} {
					t.Fatalf("pair %+v", st)
				}
			}
		})
	}
}
