package httpapi

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/track"
)

type fakeLister struct{ got alert.Filter }

func (f *fakeLister) List(_ context.Context, fl alert.Filter) ([]pipeline.Alert, error) {
	f.got = fl
	return []pipeline.Alert{{ID: "r/k/w", Rule: fl.Rule}}, nil
}

func TestAlertsHandler(t *testing.T) {
	tests := []struct {
		query     string
		status    int
		param     string
		wantRule  string
		wantSize  int
		sinceBack time.Duration // 0: no since
	}{
		{"", 200, "", "", 50, 0},
		{"?rule=feud&size=5", 200, "", "feud", 5, 0},
		{"?since=24h", 200, "", "", 50, 24 * time.Hour},
		{"?since=2025-06-05", 200, "", "", 50, -1},
		{"?size=0", 400, "size", "", 0, 0},
		{"?since=yesterday", 400, "since", "", 0, 0},
		{"?since=-1h", 400, "since", "", 0, 0},
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
				var eb ErrorBody
				json.Unmarshal(rec.Body.Bytes(), &eb)
				if eb.Param != tt.param {
					t.Fatalf("param %q, want %q", eb.Param, tt.param)
				}
				return
			}
			var ans AlertsAnswer
			if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil || ans.Total != 1 {
				t.Fatalf("answer %s: %v", rec.Body, err)
			}
			if l.got.Rule != tt.wantRule || l.got.Size != tt.wantSize {
				t.Fatalf("filter %+v", l.got)
			}
			switch {
			case tt.sinceBack > 0:
				if d := time.Since(l.got.Since); d < tt.sinceBack || d > tt.sinceBack+time.Hour {
					t.Fatalf("since %v", l.got.Since)
				}
			case tt.sinceBack < 0:
				if !l.got.Since.Equal(time.Date(2025, 6, 5, 0, 0, 0, 0, time.UTC)) {
					t.Fatalf("since %v", l.got.Since)
				}
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
