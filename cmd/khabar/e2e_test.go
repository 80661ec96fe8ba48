package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/pipeline"
)

// sampleStory is what the test knows of a bundled sample story, read
// independently of the poller (with gofeed straight from the files).
type sampleStory struct {
	id, title, text string
	published       time.Time
	feeds           []string
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// loadSamples parses deploy/samples/*.xml and returns the distinct stories
// by story id (the same story in two feeds is one).
func loadSamples(t *testing.T, dir string) (map[string]*sampleStory, []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.xml"))
	if err != nil || len(files) < 4 {
		t.Fatalf("sample feeds in %s: %v (%d files)", dir, err, len(files))
	}
	out := map[string]*sampleStory{}
	var names []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		names = append(names, filepath.Base(f))
		for _, it := range feed.Items {
			id := pipeline.StoryID(it.Link, it.GUID)
			s := out[id]
			if s == nil {
				s = &sampleStory{id: id, title: it.Title}
				if it.PublishedParsed != nil {
					s.published = *it.PublishedParsed
				} else if it.UpdatedParsed != nil {
					s.published = *it.UpdatedParsed
				}
				out[id] = s
			}
			s.text += " " + it.Title + " " + it.Description + " " + it.Content
			s.feeds = append(s.feeds, filepath.Base(f))
		}
	}
	return out, names
}

// syncBuffer is an io.Writer the test can read while the run writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var apiRE = regexp.MustCompile(`API:\s+(http://\S+)`)

func waitAPI(t *testing.T, out interface{ String() string }, done <-chan struct{}) string {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if m := apiRE.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
		select {
		case <-done:
			t.Fatalf("khabar run exited early:\n%s", out.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("khabar run printed no API address:\n%s", out.String())
	return ""
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v: %s", u, err, body)
		}
	}
	return resp.StatusCode
}

func search(t *testing.T, api string, params url.Values) pipeline.SearchResult {
	t.Helper()
	var res pipeline.SearchResult
	if code := getJSON(t, api+"/api/search?"+params.Encode(), &res); code != 200 {
		t.Fatalf("search %v: status %d", params, code)
	}
	return res
}

func waitTotal(t *testing.T, api string, want int) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	got := -1
	for time.Now().Before(deadline) {
		got = search(t, api, url.Values{"size": {"1"}}).Total
		if got == want {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("indexed %d stories, want %d", got, want)
}

// writeConfig writes a khabar.yaml polling the sample files served by srv.
func writeConfig(t *testing.T, dir, dataDir, feedBase string, names []string, extra string, extraFeeds ...string) string {
	t.Helper()
	root := repoRoot(t)
	var b strings.Builder
	fmt.Fprintf(&b, "data_dir: %s\nwatchlist: %s\nalerts: %s\nhttp: {listen: \"127.0.0.1:0\"}\nlog: {format: json, level: warn, summary: 200ms}\n",
		dataDir, filepath.Join(root, "deploy/watchlist.yaml"), filepath.Join(root, "deploy/alerts.yaml"))
	b.WriteString("poll: {min_interval: 1s, max_interval: 2s, host_gap: 1ms}\nfeeds:\n")
	for i, n := range names {
		cat := "tech"
		if i%2 == 1 {
			cat = "politics"
		}
		fmt.Fprintf(&b, "  - {url: %q, name: %q, category: %s, language: hi}\n", feedBase+"/"+n, strings.TrimSuffix(n, ".xml"), cat)
	}
	for _, u := range extraFeeds {
		fmt.Fprintf(&b, "  - {url: %q, category: tech}\n", u)
	}
	b.WriteString(extra)
	path := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

type running struct {
	api    string
	out    *syncBuffer
	cancel context.CancelFunc
	done   chan struct{}
	code   int
}

func startRun(t *testing.T, cfgPath string) *running {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{out: &syncBuffer{}, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		r.code = execute(ctx, []string{"run", "--config", cfgPath}, r.out, r.out, func(string) (string, bool) { return "", false })
	}()
	r.api = waitAPI(t, r.out, r.done)
	return r
}

// stop is what SIGTERM does: the signal context is cancelled.
func (r *running) stop(t *testing.T) {
	t.Helper()
	r.cancel()
	select {
	case <-r.done:
	case <-time.After(60 * time.Second):
		t.Fatal("khabar run did not stop within 60 s")
	}
	if r.code != 0 {
		t.Fatalf("khabar run exited %d:\n%s", r.code, r.out.String())
	}
}

func hitIDs(res pipeline.SearchResult) []string {
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	sort.Strings(ids)
	return ids
}

func containing(stories map[string]*sampleStory, word string) []string {
	var ids []string
	for id, s := range stories {
		if strings.Contains(s.text, word) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

func metricValue(t *testing.T, api, name, stage string) float64 {
	t.Helper()
	resp, err := http.Get(api + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	re := regexp.MustCompile(`(?m)^` + name + `\{stage="` + stage + `"\} (\S+)$`)
	m := re.FindSubmatch(body)
	if m == nil {
		return 0
	}
	var v float64
	fmt.Sscan(string(m[1]), &v)
	return v
}

func TestEndToEndEmbedded(t *testing.T) {
	root := repoRoot(t)
	samplesDir := filepath.Join(root, "deploy/samples")
	stories, names := loadSamples(t, samplesDir)
	if len(stories) < 30 {
		t.Fatalf("only %d distinct sample stories", len(stories))
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(samplesDir)))
	defer srv.Close()
	// Feeds that misbehave beside the good ones: unreachable, malformed,
	// invalid UTF-8, no dates. The others go on; what can be read is read.
	bad := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/malformed.xml":
			io.WriteString(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>टूटा<item><title>अधूरा`)
		case "/badutf8.xml":
			io.WriteString(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>x</title>"+
				"<item><title>टूटे \xff\xfe अक्षर वाली खबर</title><link>https://bad.example/utf8</link><description>मौसम \xc3 विभाग</description>"+
				"<pubDate>Mon, 02 Jun 2025 10:00:00 +0000</pubDate></item></channel></rss>")
		case "/nodates.xml":
			io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x</title>`+
				`<item><title>बिना तारीख की पहली खबर</title><link>https://bad.example/nodate-1</link><description>रेलवे ने नई गाड़ियाँ चलाईं।</description></item>`+
				`<item><title>बिना तारीख की दूसरी खबर</title><link>https://bad.example/nodate-2</link><description>बंदरगाह पर भीड़।</description><pubDate>कल सुबह</pubDate></item>`+
				`</channel></rss>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer bad.Close()
	dir := t.TempDir()
	cfg := writeConfig(t, dir, filepath.Join(dir, "data"), srv.URL, names, "",
		"http://127.0.0.1:1/unreachable.xml", bad.URL+"/malformed.xml", bad.URL+"/badutf8.xml", bad.URL+"/nodates.xml", bad.URL+"/missing.xml")

	r := startRun(t, cfg)
	const fromBadFeeds = 3 // badutf8 (1) and nodates (2)
	waitTotal(t, r.api, len(stories)+fromBadFeeds)
	for _, u := range []string{"https://bad.example/utf8", "https://bad.example/nodate-1", "https://bad.example/nodate-2"} {
		var rec pipeline.Record
		if code := getJSON(t, r.api+"/api/stories/"+pipeline.StoryID(u, ""), &rec); code != 200 {
			t.Errorf("story %s from a misbehaving feed not indexed", u)
		} else if strings.HasPrefix(u, "https://bad.example/nodate") && (!rec.Story.PublishedGuessed || rec.Story.Published.IsZero()) {
			t.Errorf("story %s without a date: published %v, guessed %v", u, rec.Story.Published, rec.Story.PublishedGuessed)
		}
	}
	var health struct {
		Feeds []struct {
			URL       string `json:"url"`
			LastError string `json:"last_error"`
		} `json:"feeds"`
	}
	getJSON(t, r.api+"/api/feeds", &health)
	failing := 0
	for _, f := range health.Feeds {
		if f.LastError != "" {
			failing++
			if !strings.Contains(f.LastError, f.URL) && !strings.Contains(f.LastError, strings.TrimPrefix(f.URL, "http://")) {
				t.Logf("feed %s error does not name the feed: %s", f.URL, f.LastError)
			}
		}
	}
	if failing < 3 {
		t.Errorf("%d feeds report an error, want the unreachable, malformed and missing ones: %+v", failing, health.Feeds)
	}

	t.Run("Hindi query finds the base form from an inflected one", func(t *testing.T) {
		for _, pair := range [][2]string{{"आलोचना", "आलोचनाओं"}, {"समझौता", "समझौते"}} {
			want := containing(stories, pair[0])
			if len(want) == 0 {
				t.Fatalf("no sample story contains %s", pair[0])
			}
			got := hitIDs(search(t, r.api, url.Values{"q": {pair[1]}, "size": {"100"}}))
			for _, id := range want {
				if !contains(got, id) {
					t.Errorf("q=%s: story %s (%q, contains %s) not found; got %v", pair[1], id, stories[id].title, pair[0], got)
				}
			}
		}
	})
	t.Run("entity filter", func(t *testing.T) {
		res := search(t, r.api, url.Values{"entity": {"stargate"}, "size": {"100"}})
		want := containing(stories, "स्टारगेट")
		if res.Total < len(want) || len(want) == 0 {
			t.Errorf("entity=stargate: %d hits, %d stories name स्टारगेट", res.Total, len(want))
		}
		for _, h := range res.Hits {
			if !contains(h.Entities, "stargate") {
				t.Errorf("hit %s lacks stargate: %v", h.ID, h.Entities)
			}
		}
		unrelated := search(t, r.api, url.Values{"entity": {"elon-musk"}, "q": {"मानसून"}, "size": {"100"}})
		for _, h := range unrelated.Hits {
			if !contains(h.Entities, "elon-musk") {
				t.Errorf("entity filter ignored: %s %v", h.ID, h.Entities)
			}
		}
	})
	t.Run("date range", func(t *testing.T) {
		from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
		to := time.Date(2025, 6, 30, 23, 59, 59, 0, time.UTC)
		var want []string
		for id, s := range stories {
			if !s.published.Before(from) && !s.published.After(to) {
				want = append(want, id)
			}
		}
		want = append(want, pipeline.StoryID("https://bad.example/utf8", "")) // dated 2025-06-02
		sort.Strings(want)
		got := hitIDs(search(t, r.api, url.Values{"from": {"2025-01-01"}, "to": {"2025-06-30"}, "size": {"1000"}}))
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("from/to: got %d stories %v, want %d %v", len(got), got, len(want), want)
		}
	})
	t.Run("feud filter and sort", func(t *testing.T) {
		feuds := search(t, r.api, url.Values{"feud": {"true"}, "size": {"1000"}, "sort": {"newest"}})
		if feuds.Total == 0 {
			t.Fatal("no feud stories in the samples")
		}
		for i, h := range feuds.Hits {
			if !h.Feud {
				t.Errorf("feud=true returned %s", h.ID)
			}
			if i > 0 && h.Published.After(feuds.Hits[i-1].Published) {
				t.Errorf("sort=newest out of order at %d", i)
			}
		}
		all := search(t, r.api, url.Values{"size": {"1"}}).Total
		non := search(t, r.api, url.Values{"feud": {"false"}, "size": {"1"}}).Total
		if feuds.Total+non != all {
			t.Errorf("feud %d + not %d != all %d", feuds.Total, non, all)
		}
	})
	t.Run("one story from two feeds is stored once with both sources", func(t *testing.T) {
		found := false
		for id, s := range stories {
			if len(s.feeds) < 2 {
				continue
			}
			found = true
			var rec pipeline.Record
			if code := getJSON(t, r.api+"/api/stories/"+id, &rec); code != 200 {
				t.Fatalf("story %s: %d", id, code)
			}
			if len(rec.Story.Sources) < 2 {
				t.Errorf("story %s carried by %v has sources %v", id, s.feeds, rec.Story.Sources)
			}
		}
		if !found {
			t.Error("no sample story is carried by two feeds")
		}
	})
	t.Run("a story's category is its own topic, its feed's is feed_category", func(t *testing.T) {
		feedCategory := map[string]string{} // as writeConfig declares them
		for i, n := range names {
			feedCategory[n] = []string{"tech", "politics"}[i%2]
		}
		var moved *pipeline.Record
		checked := 0
		for id, s := range stories {
			if len(s.feeds) != 1 {
				continue // which feed's category it keeps depends on which came first
			}
			var rec pipeline.Record
			if code := getJSON(t, r.api+"/api/stories/"+id, &rec); code != 200 {
				t.Fatalf("story %s: %d", id, code)
			}
			checked++
			a := rec.Analysis
			if a.FeedCategory != feedCategory[s.feeds[0]] {
				t.Errorf("story %s of %s: feed_category %q, want %q", id, s.feeds[0], a.FeedCategory, feedCategory[s.feeds[0]])
			}
			if !slices.Contains(pipeline.Topics(), a.Topic) || rec.Story.Category != a.Topic || rec.Story.Language != a.Language || a.Language == "" {
				t.Errorf("story %s: category %q language %q, analysis topic %q language %q", id, rec.Story.Category, rec.Story.Language, a.Topic, a.Language)
			}
			if rec.Story.Category != a.FeedCategory && moved == nil {
				moved = &rec
			}
		}
		if checked == 0 || moved == nil {
			t.Fatalf("%d stories checked, none whose own topic differs from its feed's: the test proves nothing", checked)
		}
		// The index has the story's own topic, not its feed's.
		if got := hitIDs(search(t, r.api, url.Values{"category": {moved.Story.Category}, "size": {"1000"}})); !contains(got, moved.Story.ID) {
			t.Errorf("category=%s does not find story %s", moved.Story.Category, moved.Story.ID)
		}
		if got := hitIDs(search(t, r.api, url.Values{"topic": {moved.Analysis.FeedCategory}, "size": {"1000"}})); contains(got, moved.Story.ID) {
			t.Errorf("topic=%s (its feed's category) finds story %s, whose topic is %s", moved.Analysis.FeedCategory, moved.Story.ID, moved.Story.Category)
		}
		res := search(t, r.api, url.Values{"language": {"hi"}, "facets": {"language"}, "size": {"1"}})
		if res.Total == 0 || len(res.Facets["language"]) != 1 || res.Facets["language"][0].Value != "hi" {
			t.Errorf("language=hi: %d stories, facet %+v", res.Total, res.Facets["language"])
		}
	})
	t.Run("bad parameters get 400 naming the parameter", func(t *testing.T) {
		for _, p := range []string{"size=0", "feud=maybe", "from=yesterday", "sort=random", "from=2025-02-01&to=2025-01-01"} {
			var e struct{ Error, Param string }
			if code := getJSON(t, r.api+"/api/search?"+p, &e); code != 400 || e.Param == "" || e.Error == "" {
				t.Errorf("%s: status %d, %+v", p, code, e)
			}
		}
		if code := getJSON(t, r.api+"/api/stories/nope", nil); code != 404 {
			t.Errorf("unknown story: %d", code)
		}
		if code := getJSON(t, r.api+"/healthz", nil); code != 200 {
			t.Errorf("healthz: %d", code)
		}
	})
	t.Run("spelling variants find the same stories", func(t *testing.T) {
		// The variants of the issue: what entity matching folds, search
		// folds too (and an alias also finds its entity's stories).
		found := 0
		for _, set := range [][]string{
			{"ट्रंप", "ट्रम्प", "ट्रम्\u200dप"},
			{"ऑल्टमैन", "आल्टमैन", "अल्टमैन"},
			{"डॉलर", "डालर"},
			{"500", "५००"},
		} {
			first := hitIDs(search(t, r.api, url.Values{"q": {set[0]}, "size": {"200"}}))
			found += len(first)
			for _, v := range set[1:] {
				if got := hitIDs(search(t, r.api, url.Values{"q": {v}, "size": {"200"}})); strings.Join(got, ",") != strings.Join(first, ",") {
					t.Errorf("q=%s found %d stories, q=%s %d", v, len(got), set[0], len(first))
				}
			}
		}
		if found == 0 {
			t.Error("no variant finds any sample story: the comparison proves nothing")
		}
		// The query language: words AND'ed, exclusion.
		both := search(t, r.api, url.Values{"q": {"मस्क ट्रंप"}, "size": {"200"}})
		musk := search(t, r.api, url.Values{"q": {"मस्क"}, "size": {"200"}})
		notTrump := search(t, r.api, url.Values{"q": {"मस्क -ट्रंप"}, "size": {"200"}})
		if both.Total == 0 || both.Total >= musk.Total || both.Total+notTrump.Total != musk.Total {
			t.Errorf("मस्क %d = मस्क ट्रंप %d + मस्क -ट्रंप %d does not hold", musk.Total, both.Total, notTrump.Total)
		}
	})
	t.Run("CLI finds the running API whatever http.listen was", func(t *testing.T) {
		// http.listen is 127.0.0.1:0: only the address recorded in the
		// data dir leads there.
		cli := func(v any, args ...string) {
			t.Helper()
			var out, errb bytes.Buffer
			if code := execute(context.Background(), append([]string{"--config", cfg}, args...), &out, &errb, noEnv); code != 0 {
				t.Fatalf("khabar %v: exit %d: %s", args, code, errb.String())
			}
			if err := json.Unmarshal(out.Bytes(), v); err != nil {
				t.Fatalf("khabar %v: %v: %s", args, err, out.String())
			}
		}
		var res httpapi.SearchAnswer
		cli(&res, "search", "--json", "--size", "3", "--offset", "1", "मस्क", "ट्रंप")
		want := search(t, r.api, url.Values{"q": {"मस्क ट्रंप"}})
		if res.Total == 0 || res.Total != want.Total || res.Offset != 1 || len(res.Hits) != min(3, res.Total-1) {
			t.Errorf("search: total %d offset %d hits %d; the API says %d", res.Total, res.Offset, len(res.Hits), want.Total)
		}
		var al httpapi.AlertsAnswer
		cli(&al, "alerts", "list", "--json", "--size", "1")
		if al.Size != 1 || len(al.Alerts) > 1 || al.Total < len(al.Alerts) {
			t.Errorf("alerts list: %+v", al)
		}
		var fs FeedsAnswer
		cli(&fs, "feeds", "--json")
		if fs.Total != len(fs.Feeds) || fs.Total < len(names) {
			t.Errorf("feeds: total %d, %d feeds, want at least %d", fs.Total, len(fs.Feeds), len(names))
		}
	})
	t.Run("periodic summary line", func(t *testing.T) {
		re := regexp.MustCompile(`(\d+) stories fetched, (\d+) analysed, (\d+) indexed; (\d+) of (\d+) feeds failing; \d+ alerts`)
		deadline := time.Now().Add(10 * time.Second)
		for {
			if m := re.FindAllStringSubmatch(r.out.String(), -1); m != nil {
				last := m[len(m)-1]
				if last[3] != "0" && last[4] != "0" {
					break // indexed stories and the failing feeds counted
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("no summary line with indexed stories and failing feeds:\n%s", r.out.String())
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	delivered := feedStories(t, r.api, len(stories)+fromBadFeeds)
	r.stop(t)

	// A second start indexes nothing twice: the feeds are polled again
	// (the interval is 1-2 s here) but no story goes through again.
	restarted := time.Now()
	r2 := startRun(t, cfg)
	resumed := fmt.Sprintf("resuming from %s: %d stories indexed", filepath.Join(dir, "data"), len(stories)+fromBadFeeds)
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(r2.out.String(), resumed); time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Errorf("the restart does not say what it resumed (%q):\n%s", resumed, r2.out.String())
			break
		}
	}
	// The positive signal: every feed that delivered stories was polled
	// again after the restart and published nothing new.
	feedsPolledAgain(t, r2.api, restarted, delivered)
	if n := search(t, r2.api, url.Values{"size": {"1"}}).Total; n != len(stories)+fromBadFeeds {
		t.Errorf("after restart %d stories, want %d", n, len(stories)+fromBadFeeds)
	}
	if v := metricValue(t, r2.api, "khabar_stage_processed_total", "work"); v != 0 {
		t.Errorf("restart re-analysed %v stories", v)
	}
	r2.stop(t)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestKillMidRunLosesNothing runs the real binary: stories are polled and
// analysed but held back from the index (a one-hour flush interval), then
// the process is killed with SIGKILL. After a restart every story is
// indexed, once. A SIGTERM on the restarted process exits 0.
func TestKillMidRunLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	root := repoRoot(t)
	samplesDir := filepath.Join(root, "deploy/samples")
	stories, names := loadSamples(t, samplesDir)
	srv := httptest.NewServer(http.FileServer(http.Dir(samplesDir)))
	defer srv.Close()
	dir := t.TempDir()
	bin := filepath.Join(dir, "khabar")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	data := filepath.Join(dir, "data")
	slow := writeConfig(t, dir, data, srv.URL, names, "sink: {batch_size: 100000, flush_interval: 1h}\n")

	start := func(cfg string) (*exec.Cmd, *syncBuffer, string, chan struct{}) {
		out := &syncBuffer{}
		cmd := exec.Command(bin, "run", "--config", cfg)
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		t.Cleanup(func() { _ = cmd.Process.Kill() })
		return cmd, out, waitAPI(t, out, done), done
	}
	cmd, _, api, done := start(slow)
	deadline := time.Now().Add(60 * time.Second)
	for metricValue(t, api, "khabar_stage_processed_total", "work") < float64(len(stories)) {
		if time.Now().After(deadline) {
			t.Fatal("stories were not analysed in time")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if n := search(t, api, url.Values{"size": {"1"}}).Total; n != 0 {
		t.Fatalf("%d stories indexed before the kill; the test needs them held back", n)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-done

	normal := writeConfig(t, dir, data, srv.URL, names, "")
	cmd, out, api, done := start(normal)
	waitTotal(t, api, len(stories))
	for id := range stories {
		var rec pipeline.Record
		if code := getJSON(t, api+"/api/stories/"+id, &rec); code != 200 {
			t.Errorf("story %s (%q) missing after restart", id, stories[id].title)
		}
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("no exit within 60 s of SIGTERM")
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("SIGTERM: exit %d\n%s", code, out.String())
	}
}
