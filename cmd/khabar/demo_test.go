package main

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDemoModeRestartDeliversNothingTwice runs the shipped configuration
// (sample: feeds served by khabar itself) twice on one data dir: the second
// start serves the samples on the same port, so the feeds' state still
// applies and no story is analysed again.
func TestDemoModeRestartDeliversNothingTwice(t *testing.T) {
	root := repoRoot(t)
	shipped, err := os.ReadFile(filepath.Join(root, "deploy/khabar.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cfg := string(shipped)
	for _, r := range [][2]string{
		{"data_dir: ../.khabar", "data_dir: " + filepath.Join(dir, "data")},
		{"watchlist: watchlist.yaml", "watchlist: " + filepath.Join(root, "deploy/watchlist.yaml")},
		{"alerts: alerts.yaml", "alerts: " + filepath.Join(root, "deploy/alerts.yaml")},
		{"samples: samples", "samples: " + filepath.Join(root, "deploy/samples")},
		{"listen: 127.0.0.1:8080", "listen: 127.0.0.1:0"},
		{"min_interval: 2m", "min_interval: 1s\n  host_gap: 1ms"},
		{"max_interval: 6h", "max_interval: 2s"},
	} {
		if !strings.Contains(cfg, r[0]) {
			t.Fatalf("deploy/khabar.yaml no longer has %q", r[0])
		}
		cfg = strings.Replace(cfg, r[0], r[1], 1)
	}
	path := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	stories, _ := loadSamples(t, filepath.Join(root, "deploy/samples"))

	r := startRun(t, path)
	waitTotal(t, r.api, len(stories))
	r.stop(t)

	r = startRun(t, path)
	time.Sleep(4 * time.Second) // a few polls at 1-2 s intervals
	if n := search(t, r.api, url.Values{"size": {"1"}}).Total; n != len(stories) {
		t.Errorf("after restart %d stories, want %d", n, len(stories))
	}
	if v := metricValue(t, r.api, "khabar_stage_processed_total", "work"); v != 0 {
		t.Errorf("the restarted demo analysed %v stories again", v)
	}
	r.stop(t)
}
