package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/pipeline"
)

// A feed that always answers 500 raises the shipped feed-failing alert
// once it has failed for longer than poll.failing_after: the alert is in
// GET /api/alerts naming the feed URL, and (published on the alerts topic)
// in the index.
func TestFeedFailingAlert(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Error(w, "सर्वर में खराबी", http.StatusInternalServerError)
	}))
	defer srv.Close()
	feedURL := srv.URL + "/broken.xml"

	dir := t.TempDir()
	dataDir := filepath.Join(dir, "data")
	path := writeConfig(t, dir, dataDir, srv.URL, []string{"broken.xml"}, "")
	// writeConfig sets the poll intervals; the failing threshold and the
	// backoff cap are made short here so the feed counts as failing fast.
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const pollLine = "poll: {min_interval: 1s, max_interval: 2s, host_gap: 1ms}"
	if !strings.Contains(string(data), pollLine) {
		t.Fatalf("writeConfig no longer writes %q:\n%s", pollLine, data)
	}
	data = []byte(strings.Replace(string(data), pollLine,
		"poll: {min_interval: 1s, max_interval: 2s, host_gap: 1ms, failing_after: 1s, backoff_cap: 1s, jitter: 0}", 1))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}

	r := startRun(t, path)
	var found *pipeline.Alert
	deadline := time.Now().Add(20 * time.Second)
	for found == nil && time.Now().Before(deadline) {
		var ans struct {
			Alerts []pipeline.Alert `json:"alerts"`
		}
		if code := getJSON(t, r.api+"/api/alerts?rule=feed-failing", &ans); code != http.StatusOK {
			t.Fatalf("GET /api/alerts: status %d", code)
		}
		for i, a := range ans.Alerts {
			if a.Rule == "feed-failing" && a.Key == feedURL {
				found = &ans.Alerts[i]
			}
		}
		if found == nil {
			time.Sleep(200 * time.Millisecond)
		}
	}
	if found == nil {
		r.stop(t)
		t.Fatalf("no feed-failing alert for %s within 20 s (%d requests to the feed):\n%s", feedURL, hits.Load(), r.out.String())
	}
	for _, want := range []string{feedURL, "consecutive failures", "since", "500"} {
		if !strings.Contains(found.Reason, want) {
			t.Errorf("reason %q does not say %q", found.Reason, want)
		}
	}
	// Stop: the indexer flushes what was published on shutdown.
	r.stop(t)

	ix, err := bleve.OpenReadOnly(filepath.Join(dataDir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	indexed, err := ix.Alerts(context.Background(), 50)
	if err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, a := range indexed {
		ok = ok || a.ID == found.ID
	}
	if !ok {
		t.Fatalf("alert %s is not in the index (published on the alerts topic); indexed: %+v", found.ID, indexed)
	}
}
