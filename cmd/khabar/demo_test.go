package main

import (
	"maps"
	"net/url"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// TestDemoModeRestartDeliversNothingTwice runs the shipped configuration
// (sample: feeds served by khabar itself) twice on one data dir: the second
// start serves the samples on the same port, so the feeds' state still
// applies and no story is analysed again.
func TestDemoModeRestartDeliversNothingTwice(t *testing.T) {
	root := repoRoot(t)
	path := writeShippedConfig(t, root, t.TempDir(),
		[2]string{"min_interval: 2m", "min_interval: 1s\n  host_gap: 1ms"},
		[2]string{"max_interval: 6h", "max_interval: 2s"})
	stories, _ := loadSamples(t, filepath.Join(root, "deploy/samples"))

	r := startRun(t, path)
	waitTotal(t, r.api, len(stories))
	delivered := feedStories(t, r.api, len(stories))
	r.stop(t)

	restarted := time.Now()
	r = startRun(t, path)
	// Every feed that delivered a story is polled again (the interval is
	// 1-2 s here) and publishes nothing new; only then is "nothing analysed
	// again" a finding rather than a process that has not polled yet.
	feedsPolledAgain(t, r.api, restarted, delivered)
	if n := search(t, r.api, url.Values{"size": {"1"}}).Total; n != len(stories) {
		t.Errorf("after restart %d stories, want %d", n, len(stories))
	}
	if v := metricValue(t, r.api, "khabar_stage_processed_total", "work"); v != 0 {
		t.Errorf("the restarted demo analysed %v stories again", v)
	}
	r.stop(t)
}

// feedStories waits until the feeds have recorded at least want
// published stories between them (a feed records its stories once the
// pipeline acknowledged them, which may be after they are searchable) and
// returns, per feed that published any, how many (GET /api/feeds).
func feedStories(t *testing.T, api string, want int) map[string]int64 {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		var body FeedsAnswer
		if code := getJSON(t, api+"/api/feeds", &body); code != 200 {
			t.Fatalf("GET /api/feeds: status %d", code)
		}
		out := map[string]int64{}
		var sum int64
		for _, h := range body.Feeds {
			if h.Stories > 0 {
				out[h.URL] = h.Stories
				sum += h.Stories
			}
		}
		if sum >= int64(want) {
			return out
		}
		if time.Now().After(deadline) {
			t.Fatalf("the feeds recorded %d published stories, want at least %d", sum, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// feedsPolledAgain waits until a restarted khabar has polled every feed
// in delivered at or after since, and checks that none of them published
// a story again (a 304, or a document with nothing new). It fails if a
// feed is not polled within a minute, so a restarted process that never
// polls cannot pass a "nothing delivered twice" test (issue 14 §10).
func feedsPolledAgain(t *testing.T, api string, since time.Time, delivered map[string]int64) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		var body FeedsAnswer
		if code := getJSON(t, api+"/api/feeds", &body); code != 200 {
			t.Fatalf("GET /api/feeds: status %d", code)
		}
		waiting := maps.Clone(delivered)
		for _, h := range body.Feeds {
			before, ok := delivered[h.URL]
			if !ok || h.LastPoll.Before(since) {
				continue
			}
			delete(waiting, h.URL)
			if h.Stories != before {
				t.Errorf("%s published %d stories before the restart, %d after it", h.URL, before, h.Stories)
			}
			if h.LastStatus != 304 && h.LastStatus != 200 {
				t.Errorf("%s: the poll after the restart answered %d (%s)", h.URL, h.LastStatus, h.LastError)
			}
		}
		if len(waiting) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d feeds not polled within a minute of the restart: %v",
				len(waiting), len(delivered), slices.Sorted(maps.Keys(waiting)))
		}
		time.Sleep(100 * time.Millisecond)
	}
}
