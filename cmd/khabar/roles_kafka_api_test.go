package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
)

// apiOf waits for the API address a process prints to its log.
func (c *cluster) apiOf(t *testing.T, name string) string {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := apiRE.FindStringSubmatch(c.log(name)); m != nil {
			return m[1]
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s printed no API address:\n%s", name, c.log(name))
	return ""
}

// storiesWith reads a JSON Lines story file and returns the ids of the
// stories whose title or body contains word.
func storiesWith(t *testing.T, file, word string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var s pipeline.Story
		if err := json.Unmarshal([]byte(line), &s); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(s.Title+" "+s.Body, word) {
			out[s.ID] = true
		}
	}
	return out
}

func httpGet(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestKafkaAPI: the process that runs the index role serves the API of
// `khabar run`. An index-only process answers search and stories from its
// index and pairs from the pair-state topic, and has no alerts or feeds
// routes (their roles run elsewhere); `khabar run --bus kafka` serves those too.
func TestKafkaAPI(t *testing.T) {
	tests := []struct {
		name      string
		procs     [][]string // the first serves the API
		hasAlerts bool
	}{
		{"index-role", [][]string{{"index"}, {"work"}}, false},
		{"run-bus-kafka", [][]string{{"run", "--bus", "kafka"}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCluster(t)
			const n = 90
			file := filepath.Join(c.dir, "stories.jsonl")
			ids := writeStories(t, file, n)
			want := storiesWith(t, file, "मस्क")
			if len(want) == 0 || len(want) == n {
				t.Fatalf("%d of %d stories mention मस्क: the search would prove nothing", len(want), n)
			}
			var names []string
			for i, args := range tt.procs {
				name := fmt.Sprintf("p%d", i)
				c.start(name, args...)
				names = append(names, name)
			}
			api := c.apiOf(t, names[0])
			c.replay(t, file)
			c.waitDrained(3*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"index", pipeline.TopicAnalyses})

			var res pipeline.SearchResult
			if code := getJSON(t, api+"/api/search?"+url.Values{"q": {"मस्क"}, "size": {"200"}}.Encode(), &res); code != http.StatusOK {
				t.Fatalf("GET /api/search: status %d", code)
			}
			if res.Total != len(want) || len(res.Hits) != len(want) {
				t.Fatalf("search मस्क: total %d, %d hits; want %d", res.Total, len(res.Hits), len(want))
			}
			for _, h := range res.Hits {
				if !want[h.ID] {
					t.Fatalf("search मस्क found %s, which does not mention मस्क", h.ID)
				}
			}
			var rec pipeline.Record
			if code := getJSON(t, api+"/api/stories/"+ids[7], &rec); code != http.StatusOK || rec.Story.ID != ids[7] {
				t.Fatalf("GET /api/stories/%s: status %d, story %q", ids[7], code, rec.Story.ID)
			}
			if code, body := httpGet(t, api+"/healthz"); code != http.StatusOK {
				t.Fatalf("/healthz: %d %s", code, body)
			}
			if code, body := httpGet(t, api+"/metrics"); code != http.StatusOK || !strings.Contains(body, "go_goroutines") {
				t.Fatalf("/metrics: %d, go_goroutines missing", code)
			}
			for _, path := range []string{"/api/alerts", "/api/feeds"} {
				code, body := httpGet(t, api+path)
				if tt.hasAlerts && code != http.StatusOK {
					t.Fatalf("%s: status %d %s", path, code, body)
				}
				if !tt.hasAlerts && (code != http.StatusNotFound || !strings.Contains(body, "no such endpoint")) {
					t.Fatalf("%s on an index-only process: status %d %s, want the 404 of a missing route", path, code, body)
				}
			}
			// Pairs are served wherever the API is: over Kafka they are read
			// from the pair-state topic, not from a tracker in this process.
			if code, body := httpGet(t, api+"/api/pairs/elon-musk/sam-altman"); strings.Contains(body, "no such endpoint") {
				t.Fatalf("/api/pairs: status %d %s", code, body)
			}
			for i, name := range names {
				c.stop(name, c.procs[i])
			}
		})
	}
}

// TestKafkaFeedFailingAlert: a feed that always answers 500, polled by a
// poll process, raises the feed-failing alert in the track process (the
// alert engine), which publishes it on the alerts topic; the index process
// indexes it.
func TestKafkaFeedFailingAlert(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Error(w, "सर्वर में खराबी", http.StatusInternalServerError)
	}))
	defer srv.Close()
	feedURL := srv.URL + "/toota.xml"
	c := newClusterYAML(t, 3, 1, fmt.Sprintf(`poll: {min_interval: 1s, max_interval: 2s, host_gap: 1ms, failing_after: 1s, backoff_cap: 1s, jitter: 0}
feeds:
  - {url: %q, name: "टूटी फ़ीड", category: tech, language: hi}
`, feedURL))
	trk := c.start("track", "track")
	idx := c.start("index", "index")
	c.apiOf(t, "index") // up and subscribed
	poll := c.start("poll", "poll")

	var found *pipeline.Alert
	deadline := time.Now().Add(60 * time.Second)
	for found == nil && time.Now().Before(deadline) {
		for _, a := range readAlerts(t, c) {
			if a.Rule == "feed-failing" && a.Key == feedURL {
				found = &a
			}
		}
		if found == nil {
			time.Sleep(500 * time.Millisecond)
		}
	}
	if found == nil {
		t.Fatalf("no feed-failing alert for %s on the alerts topic within 60 s (%d requests to the feed)\npoll:\n%s\ntrack:\n%s",
			feedURL, hits.Load(), c.log("poll"), c.log("track"))
	}
	for _, want := range []string{feedURL, "500"} {
		if !strings.Contains(found.Reason, want) {
			t.Errorf("reason %q does not say %q", found.Reason, want)
		}
	}
	c.stop("poll", poll)
	c.waitDrained(time.Minute, [2]string{"alert", "feed-failing"}, [2]string{"alert-judge", "alert-inputs"}, [2]string{"index", pipeline.TopicAlerts})
	c.stop("track", trk)
	c.stop("index", idx)
	_, ix := c.indexed(t, "index")
	indexed, err := ix.Alerts(t.Context(), 50)
	if err != nil {
		t.Fatal(err)
	}
	ok := false
	for _, a := range indexed {
		ok = ok || a.ID == found.ID
	}
	if !ok {
		t.Fatalf("alert %s is not in the index; indexed: %+v", found.ID, indexed)
	}
}

// readAlerts reads every alert on the alerts topic.
func readAlerts(t *testing.T, c *cluster) []pipeline.Alert {
	t.Helper()
	var out []pipeline.Alert
	for _, raw := range readTopicValues(t, c, pipeline.TopicAlerts) {
		var a pipeline.Alert
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatalf("alerts topic holds %q: %v", raw, err)
		}
		out = append(out, a)
	}
	return out
}

// readTopicValues reads the value of every message of topic (relative).
func readTopicValues(t *testing.T, c *cluster, topic string) [][]byte {
	t.Helper()
	b, err := kafka.New(t.Context(), c.kcfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var out [][]byte
	err = b.Scan(t.Context(), topic, time.Time{}, func(int64) {}, func(m *pipeline.Message) error {
		out = append(out, m.Value)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
