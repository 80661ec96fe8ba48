package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// hookRecorder is a webhook receiver that remembers each POST's
// Idempotency-Key.
type hookRecorder struct {
	mu   sync.Mutex
	keys []string
	got  chan struct{} // closed at the first POST
}

func newHookRecorder(t *testing.T) (*hookRecorder, *httptest.Server) {
	h := &hookRecorder{got: make(chan struct{})}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		if len(h.keys) == 0 {
			close(h.got)
		}
		h.keys = append(h.keys, r.Header.Get("Idempotency-Key"))
		h.mu.Unlock()
		w.WriteHeader(http.StatusNoContent)
	}))
	t.Cleanup(srv.Close)
	return h, srv
}

func (h *hookRecorder) received() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]string(nil), h.keys...)
}

// webhookRules is an alerts file whose one rule sends a failing feed to
// the webhook "hook".
const webhookRules = `version: 1
rules:
  - name: feed-down
    description: Feed down
    on: feed
    key: feed
    quiet: 6h
    notify: [hook]
`

// brokenFeed is a feed server that always answers 500.
func brokenFeed(t *testing.T) string {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "सर्वर में खराबी", http.StatusInternalServerError)
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/toota.xml"
}

// TestWebhookOnceBothModes: the alert stages of pipelineGraph deliver a
// fired alert to its webhook, once, with the alert id as Idempotency-Key —
// in `khabar run` over the in-process bus (outbox and deliverer) and in
// the poll/track/index roles over Kafka (the alert-delivery group).
func TestWebhookOnceBothModes(t *testing.T) {
	t.Run("embedded", func(t *testing.T) {
		hook, hookSrv := newHookRecorder(t)
		feedURL := brokenFeed(t)
		dir := t.TempDir()
		rules := filepath.Join(dir, "alerts.yaml")
		if err := os.WriteFile(rules, []byte(webhookRules), 0o644); err != nil {
			t.Fatal(err)
		}
		cfg := fmt.Sprintf(`data_dir: %s
watchlist: %s
alerts: %s
http: {listen: "127.0.0.1:0"}
log: {format: json, level: warn, summary: 0s}
poll: {min_interval: 1s, max_interval: 2s, host_gap: 1ms, failing_after: 1s, backoff_cap: 1s, jitter: 0}
alert: {webhooks: [{name: hook, url: %q}]}
feeds:
  - {url: %q, name: "टूटी फ़ीड", category: tech, language: hi}
`, filepath.Join(dir, "data"), filepath.Join(repoRoot(t), "deploy/watchlist.yaml"), rules, hookSrv.URL, feedURL)
		path := filepath.Join(dir, "khabar.yaml")
		if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		r := startRun(t, path)
		select {
		case <-hook.got:
		case <-time.After(30 * time.Second):
			r.stop(t)
			t.Fatalf("the webhook got nothing within 30 s:\n%s", r.out.String())
		}
		var ans struct {
			Alerts []pipeline.Alert `json:"alerts"`
		}
		if code := getJSON(t, r.api+"/api/alerts?rule=feed-down", &ans); code != http.StatusOK || len(ans.Alerts) != 1 {
			r.stop(t)
			t.Fatalf("GET /api/alerts: status %d, %d alerts, want 1", code, len(ans.Alerts))
		}
		r.stop(t)
		if keys := hook.received(); len(keys) != 1 || keys[0] != ans.Alerts[0].ID {
			t.Fatalf("webhook got Idempotency-Keys %q, want [%q] once", keys, ans.Alerts[0].ID)
		}
	})

	t.Run("kafka", func(t *testing.T) {
		hook, hookSrv := newHookRecorder(t)
		feedURL := brokenFeed(t)
		c := newClusterYAML(t, 3, 1, fmt.Sprintf(`poll: {min_interval: 1s, max_interval: 2s, host_gap: 1ms, failing_after: 1s, backoff_cap: 1s, jitter: 0}
alert: {webhooks: [{name: hook, url: %q}]}
feeds:
  - {url: %q, name: "टूटी फ़ीड", category: tech, language: hi}
`, hookSrv.URL, feedURL))
		rules := filepath.Join(c.dir, "alerts.yaml")
		if err := os.WriteFile(rules, []byte(webhookRules), 0o644); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(c.config)
		if err != nil {
			t.Fatal(err)
		}
		deployRules, _ := filepath.Abs("../../deploy/alerts.yaml")
		if !strings.Contains(string(data), "alerts: "+deployRules+"\n") {
			t.Fatalf("the cluster config no longer names %s:\n%s", deployRules, data)
		}
		if err := os.WriteFile(c.config, []byte(strings.Replace(string(data), "alerts: "+deployRules+"\n", "alerts: "+rules+"\n", 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		trk := c.start("track", "track")
		idx := c.start("index", "index")
		c.apiOf(t, "index")
		poll := c.start("poll", "poll")
		select {
		case <-hook.got:
		case <-time.After(60 * time.Second):
			t.Fatalf("the webhook got nothing within 60 s\npoll:\n%s\ntrack:\n%s", c.log("poll"), c.log("track"))
		}
		c.stop("poll", poll)
		c.waitDrained(time.Minute, [2]string{"alert", "feed-failing"}, [2]string{"alert-judge", "alert-inputs"},
			[2]string{"alert-delivery", pipeline.TopicAlerts}, [2]string{"index", pipeline.TopicAlerts})
		c.stop("track", trk)
		c.stop("index", idx)
		var ids []string
		for _, a := range readAlerts(t, c) {
			if a.Rule == "feed-down" {
				ids = append(ids, a.ID)
			}
		}
		if len(ids) != 1 {
			t.Fatalf("alerts topic holds %d feed-down alerts (%q), want 1", len(ids), ids)
		}
		if keys := hook.received(); len(keys) != 1 || keys[0] != ids[0] {
			t.Fatalf("webhook got Idempotency-Keys %q, want [%q] once", keys, ids[0])
		}
	})
}
