package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
	"github.com/khabar/khabar/pipeline/bustest/testenv"
)

// helperEnv carries a child process's command line, fields split by \x1f.
const helperEnv = "KHABAR_TEST_ROLE_ARGS"

// TestHelperRoleProcess is not a test: it is the body of the child
// processes the multi-process tests start (the test binary re-executed), so
// a child can be killed with SIGKILL like a real deployment's process.
func TestHelperRoleProcess(t *testing.T) {
	args := os.Getenv(helperEnv)
	if args == "" {
		t.Skip("helper process for the multi-process Kafka tests")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := &app{stdout: os.Stdout, stderr: os.Stderr, getenv: os.LookupEnv}
	root := a.newRootCmd()
	for _, c := range a.newKafkaRoleCmds() {
		// Until main.go registers them (or after it does: no duplicates).
		if found, _, err := root.Find([]string{c.Name()}); err != nil || found == root || found.Name() != c.Name() {
			root.AddCommand(c)
		}
	}
	root.SetArgs(strings.Split(args, "\x1f"))
	code := 0
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "khabar:", err)
		code = 1
	}
	os.Exit(code)
}

// kafkaAddr is the shared test broker (kafkatest.Broker: in CI its
// absence fails the test).
func kafkaAddr(t testing.TB) string {
	t.Helper()
	return kafkatest.Broker(t)
}

// cluster is one test's khabar deployment: a config file with a fresh
// topic prefix, and the role processes started from it.
type cluster struct {
	t      testing.TB
	dir    string
	config string
	kcfg   kafka.Config
	procs  []*exec.Cmd
}

func newCluster(t testing.TB) *cluster { return newClusterWith(t, 6, 2) }

// newClusterWith sets the partitions of every topic and the work
// goroutines per process.
func newClusterWith(t testing.TB, partitions, workers int) *cluster {
	t.Helper()
	return newClusterYAML(t, partitions, workers, "")
}

// newClusterYAML appends extra to the config file (top-level keys).
func newClusterYAML(t testing.TB, partitions, workers int, extra string) *cluster {
	t.Helper()
	addr := kafkaAddr(t)
	dir := t.TempDir()
	prefix := testenv.Prefix(t, "e", ".")
	wl, _ := filepath.Abs("../../deploy/watchlist.yaml")
	al, _ := filepath.Abs("../../deploy/alerts.yaml")
	yaml := fmt.Sprintf(`data_dir: %s
watchlist: %s
alerts: %s
log: {format: json, level: warn}
http: {listen: "127.0.0.1:0"}
work: {workers: %d}
bus:
  kind: kafka
  kafka:
    brokers: [%q]
    topic_prefix: %q
    partitions: %d
    session_timeout: 6s
    drain_timeout: 5s
%s`, filepath.Join(dir, "data"), wl, al, workers, addr, prefix, partitions, extra)
	path := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(path, true)
	if err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t, dir: dir, config: path, kcfg: kafka.FromConfig(cfg.Bus.Kafka)}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := kafka.Setup(ctx, c.kcfg, nil); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.killLeft)
	return c
}

// killLeft kills the role processes still running when the test ends
// (a failing test stops none of them).
func (c *cluster) killLeft() {
	for _, p := range c.procs {
		if p.ProcessState == nil {
			_ = p.Process.Kill()
			_ = p.Wait()
		}
	}
}

// start runs `khabar ARGS` as a child process with its own data dir.
func (c *cluster) start(name string, args ...string) *exec.Cmd {
	c.t.Helper()
	full := append([]string{"--config", c.config, "--data_dir", filepath.Join(c.dir, "data-"+name)}, args...)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRoleProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+strings.Join(full, "\x1f"))
	logf, err := os.Create(filepath.Join(c.dir, name+".log"))
	if err != nil {
		c.t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.procs = append(c.procs, cmd)
	return cmd
}

func (c *cluster) log(name string) string {
	b, _ := os.ReadFile(filepath.Join(c.dir, name+".log"))
	return string(b)
}

// stop sends SIGTERM and expects a clean exit (status 0).
func (c *cluster) stop(name string, cmd *exec.Cmd) {
	c.t.Helper()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			c.t.Fatalf("%s did not exit 0 on SIGTERM: %v\n%s", name, err, c.log(name))
		}
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		c.t.Fatalf("%s did not exit within 60 s of SIGTERM\n%s", name, c.log(name))
	}
}

// waitDrained waits until every (group, topic) has no lag
// (kafkatest.WaitDrained).
func (c *cluster) waitDrained(timeout time.Duration, pairs ...[2]string) {
	c.t.Helper()
	kafkatest.WaitDrained(c.t, context.Background(), c.kcfg, timeout, pairs...)
}

// writeStories writes n stories of my own making as JSON Lines.
func writeStories(t testing.TB, path string, n int) []string { return writeStoryRange(t, path, 0, n) }

// writeStoryRange writes stories first … first+n-1.
func writeStoryRange(t testing.TB, path string, first, n int) []string {
	t.Helper()
	people := []string{"एलन मस्क", "सैम ऑल्टमैन", "सत्या नडेला", "सुंदर पिचाई", "मुकेश अंबानी", "गौतम अडानी"}
	verbs := []string{"की कड़ी आलोचना की", "की तारीफ़ की", "पर निशाना साधा", "का समर्थन किया"}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	base := time.Date(2026, 3, 1, 6, 0, 0, 0, time.UTC)
	ids := make([]string, 0, n)
	for i := first; i < first+n; i++ {
		a, b := people[i%len(people)], people[(i/len(people)+1+i)%len(people)]
		if a == b {
			b = people[(i+1)%len(people)]
		}
		url := fmt.Sprintf("https://samachar.example/tech/%d", i)
		s := pipeline.Story{
			ID: pipeline.StoryID(url, ""), URL: url, Source: []string{"समाचार उदाहरण", "खबर उदाहरण", "दैनिक उदाहरण"}[i%3], Category: pipeline.CategoryTech, Language: "hi",
			Title:     fmt.Sprintf("%s ने %s %s", a, b, verbs[i%len(verbs)]),
			Body:      fmt.Sprintf("खबर संख्या %d: एक कार्यक्रम में %s ने %s %s। दोनों कंपनियों के बीच होड़ बढ़ रही है।", i, a, b, verbs[(i/3)%len(verbs)]),
			Published: base.Add(time.Duration(i) * time.Minute),
		}
		ids = append(ids, s.ID)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

func (c *cluster) replay(t testing.TB, file string) {
	t.Helper()
	cmd := c.start("replay", "replay", file)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("replay: %v\n%s", err, c.log("replay"))
	}
}

// indexed opens the index role's Bleve index (after the role stopped).
func (c *cluster) indexed(t testing.TB, name string) (uint64, *bleve.Index) {
	t.Helper()
	ix, err := bleve.OpenReadOnly(filepath.Join(c.dir, "data-"+name, "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return n, ix
}

// TestRolesEndToEnd: replay → 3 work processes → track → index, each a
// separate process. Every story is indexed, each once (ids are
// deterministic, so a duplicate would overwrite; the count is exact).
func TestRolesEndToEnd(t *testing.T) {
	c := newCluster(t)
	const n = 600
	file := filepath.Join(c.dir, "stories.jsonl")
	ids := writeStories(t, file, n)
	var workers []*exec.Cmd
	for i := range 3 {
		workers = append(workers, c.start(fmt.Sprintf("work%d", i), "work"))
	}
	trk := c.start("track", "track")
	idx := c.start("index", "index")
	c.replay(t, file)
	c.waitDrained(3*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"track", pipeline.TopicStances},
		[2]string{"index", pipeline.TopicAnalyses}, [2]string{"index", pipeline.TopicEvents})
	for i, w := range workers {
		c.stop(fmt.Sprintf("work%d", i), w)
	}
	c.stop("track", trk)
	c.stop("index", idx)
	count, ix := c.indexed(t, "index")
	if count != n {
		t.Fatalf("index holds %d stories, want %d", count, n)
	}
	for _, id := range []string{ids[0], ids[n/2], ids[n-1]} {
		rec, ok, err := ix.Story(t.Context(), id)
		if err != nil || !ok || rec.Story.ID != id || len(rec.Analysis.Entities) == 0 {
			t.Fatalf("story %s: ok=%v err=%v entities=%v", id, ok, err, rec.Analysis.Entities)
		}
	}
	evs, err := ix.Events(t.Context(), "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stories indexed by 3 workers; %d events from the tracker", count, len(evs))
}

// TestWorkerKilled: kill -9 of one of three workers mid-stream of 10,000
// stories. After the rebalance every story is indexed exactly once.
func TestWorkerKilled(t *testing.T) {
	c := newCluster(t)
	const n = 10000
	file := filepath.Join(c.dir, "stories.jsonl")
	writeStories(t, file, n)
	var workers []*exec.Cmd
	for i := range 3 {
		workers = append(workers, c.start(fmt.Sprintf("work%d", i), "work"))
	}
	idx := c.start("index", "index")
	c.replay(t, file)
	// Kill once the workers are mid-stream: some but not all analysed.
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	for {
		l, err := kafkatest.Lag(ctx, c.kcfg, "work", pipeline.TopicStories)
		if err == nil && l < n-500 {
			if l == 0 {
				t.Fatal("the workers finished before the kill: raise n")
			}
			t.Logf("killing work1 with %d stories left", l)
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("workers never started: lag %d, %v", l, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err := workers[1].Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = workers[1].Wait()
	c.waitDrained(4*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"index", pipeline.TopicAnalyses})
	c.stop("work0", workers[0])
	c.stop("work2", workers[2])
	c.stop("index", idx)
	if count, _ := c.indexed(t, "index"); count != n {
		t.Fatalf("index holds %d stories after the kill, want %d", count, n)
	}
}

// TestPollerDivision: `khabar poll` takes its place among the pollers from
// --pollers/--poller-index, else KHABAR_POLLERS/KHABAR_POLLER_INDEX, else
// it is the only poller; a place outside 0 … pollers-1 is refused. (How
// feeds are divided is connectors/feeds' Shard, tested there.)
func TestPollerDivision(t *testing.T) {
	env := func(kv ...string) func(string) (string, bool) {
		return func(k string) (string, bool) {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1], true
				}
			}
			return "", false
		}
	}
	tests := []struct {
		name    string
		div     pollerDivision
		getenv  func(string) (string, bool)
		want    feeds.Shard
		wantErr string
	}{
		{"defaults", pollerDivision{0, -1}, noEnv, feeds.Shard{Index: 0, Count: 1}, ""},
		{"flags", pollerDivision{3, 2}, env("KHABAR_POLLERS", "5", "KHABAR_POLLER_INDEX", "4"), feeds.Shard{Index: 2, Count: 3}, ""},
		{"env", pollerDivision{0, -1}, env("KHABAR_POLLERS", "3", "KHABAR_POLLER_INDEX", "1"), feeds.Shard{Index: 1, Count: 3}, ""},
		{"index too big", pollerDivision{2, 2}, noEnv, feeds.Shard{}, "poller index 2 of 2"},
		{"no pollers", pollerDivision{0, -1}, env("KHABAR_POLLERS", "0"), feeds.Shard{}, "poller index 0 of 0"},
		{"not a number", pollerDivision{0, -1}, env("KHABAR_POLLER_INDEX", "two"), feeds.Shard{}, `KHABAR_POLLER_INDEX="two": not a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.div.shard(tt.getenv)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("shard: %v, want an error saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("shard: %+v, %v; want %+v", got, err, tt.want)
			}
		})
	}
}

func TestParseSince(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"6h", now.Add(-6 * time.Hour), true},
		{"2026-02-01T00:00:00Z", time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), true},
		{"-1h", time.Time{}, false},
		{"yesterday", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseSince(tt.in, now)
			if (err == nil) != tt.ok || (tt.ok && !got.Equal(tt.want)) {
				t.Fatalf("parseSince(%q) = %v, %v", tt.in, got, err)
			}
		})
	}
}

func TestStoryMessage(t *testing.T) {
	tests := []struct {
		line, key string
		ok        bool
	}{
		{`{"id":"abc","title":"शीर्षक","body":"पाठ"}`, "abc", true},
		{`{"url":"https://a.example/x?utm_source=y","title":"t","body":"b"}`, pipeline.StoryID("https://a.example/x", ""), true},
		{`{"title":"no id"}`, "", false},
		{`{"id":`, "", false},
	}
	for _, tt := range tests {
		m, err := storyMessage([]byte(tt.line))
		if (err == nil) != tt.ok || (tt.ok && m.Key != tt.key) {
			t.Fatalf("storyMessage(%s) = %v, %v", tt.line, m, err)
		}
		if tt.ok && m.Headers[pipeline.HeaderSchemaVersion] != pipeline.SchemaVersion {
			t.Fatalf("no schema-version header: %v", m.Headers)
		}
	}
}

// TestTrackerRestart: the same timeline folded by one tracker, and by a
// tracker stopped mid-timeline and started again (restoring its pair state
// from the changelog), yields the same events. One partition and one work
// goroutine make the stance order the same in both runs.
func TestTrackerRestart(t *testing.T) {
	const n = 1500
	var lastLogs string
	run := func(restart bool) []string {
		c := newClusterWith(t, 1, 1)
		file := filepath.Join(c.dir, "stories.jsonl")
		writeStories(t, file, n)
		trk := c.start("track", "track")
		idx := c.start("index", "index")
		c.replay(t, file)
		w := c.start("work", "work")
		if restart {
			ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
			defer cancel()
			for {
				l, err := kafkatest.Lag(ctx, c.kcfg, "work", pipeline.TopicStories)
				if err == nil && l < n/2 {
					break
				}
				if ctx.Err() != nil {
					t.Fatalf("work never got halfway: %v", err)
				}
				time.Sleep(20 * time.Millisecond)
			}
			c.stop("track", trk)
			trk = c.start("track2", "track")
		}
		c.waitDrained(3*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"track", pipeline.TopicStances},
			[2]string{"index", pipeline.TopicEvents})
		evTotal := readTopicKeys(t, c, pipeline.TopicEvents)
		c.stop("work", w)
		c.stop("track", trk)
		c.stop("index", idx)
		if len(uniq(evTotal)) != len(evTotal) {
			t.Logf("the events topic holds %d events, %d distinct: redelivered stance batches re-emit their events (same ids)", len(evTotal), len(uniq(evTotal)))
		}
		lastLogs = c.log("track") + c.log("track2") + c.log("index")
		_, ix := c.indexed(t, "index")
		evs, err := ix.Events(t.Context(), "", 100000)
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]string, len(evs))
		for i, e := range evs {
			ids[i] = e.ID
		}
		slices.Sort(ids)
		return ids
	}
	want := run(false)
	if len(want) == 0 {
		t.Fatal("the timeline produced no events: the comparison would prove nothing")
	}
	got := run(true)
	if !slices.Equal(got, want) {
		t.Fatalf("with a tracker restart: %d events, without: %d\nwith: %v\nwithout: %v\nlogs:\n%s", len(got), len(want), got, want, lastLogs)
	}
	t.Logf("%d events, identical with and without the restart", len(want))
}

func uniq(s []string) []string {
	m := map[string]bool{}
	for _, x := range s {
		m[x] = true
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// readTopicKeys reads every message of topic (relative) and returns the
// event ids (or keys) in it.
func readTopicKeys(t testing.TB, c *cluster, topic string) []string {
	t.Helper()
	b, err := kafka.New(t.Context(), c.kcfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var out []string
	err = b.Scan(t.Context(), topic, time.Time{}, func(int64) {}, func(m *pipeline.Message) error {
		var em pipeline.EventMessage
		if json.Unmarshal(m.Value, &em) == nil && em.Event.ID != "" {
			out = append(out, em.Event.ID)
		} else {
			out = append(out, m.Key)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// BenchmarkKafkaWork2Workers measures stories/s through stories → work →
// analyses with 2 work processes (2 goroutines each) on the real broker,
// and the latency from a story's produce to its analysis being durable in
// the analyses topic (broker timestamps of both records). Run:
//
//	KHABAR_TEST_KAFKA=127.0.0.1:9092 go test -run '^$' -bench KafkaWork -benchtime 10000x ./cmd/khabar
func BenchmarkKafkaWork2Workers(b *testing.B) {
	for _, rate := range []int{0, 1000} {
		name := "saturated"
		if rate > 0 {
			name = fmt.Sprintf("paced-%d-per-s", rate)
		}
		b.Run(name, func(b *testing.B) { benchWork(b, rate) })
	}
}

// benchWork publishes b.N stories at once (rate 0) or at rate per second.
func benchWork(b *testing.B, rate int) {
	c := newClusterWith(b, 6, 2)
	warm := filepath.Join(c.dir, "warm.jsonl")
	writeStories(b, warm, 50)
	w0 := c.start("work0", "work")
	w1 := c.start("work1", "work")
	c.replay(b, warm)
	c.waitDrained(2*time.Minute, [2]string{"work", pipeline.TopicStories})

	file := filepath.Join(c.dir, "bench.jsonl")
	_, size := writeBenchStories(b, file, 1_000_000, b.N)
	b.SetBytes(size / int64(b.N))
	bus, err := kafka.New(b.Context(), c.kcfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer bus.Close()
	msgs := readJSONL(b, file)
	b.ResetTimer()
	start := time.Now()
	if rate == 0 {
		if err := bus.Publish(b.Context(), pipeline.TopicStories, msgs...); err != nil {
			b.Fatal(err)
		}
	} else {
		tick := time.NewTicker(10 * time.Millisecond)
		per := max(1, rate/100)
		for i := 0; i < len(msgs); i += per {
			<-tick.C
			if err := bus.Publish(b.Context(), pipeline.TopicStories, msgs[i:min(i+per, len(msgs))]...); err != nil {
				b.Fatal(err)
			}
		}
		tick.Stop()
	}
	c.waitDrained(5*time.Minute, [2]string{"work", pipeline.TopicStories})
	b.StopTimer()
	elapsed := time.Since(start)
	produced := topicTimes(b, c, pipeline.TopicStories)
	analysed := topicTimes(b, c, pipeline.TopicAnalyses)
	var lat []time.Duration
	for id, pt := range produced {
		if at, ok := analysed[id]; ok {
			lat = append(lat, at.Sub(pt))
		}
	}
	slices.Sort(lat)
	if len(lat) < b.N {
		b.Fatalf("%d of %d stories analysed", len(lat), b.N)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "stories/s")
	b.ReportMetric(float64(lat[len(lat)/2].Milliseconds()), "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Milliseconds()), "p99-ms")
	c.stop("work0", w0)
	c.stop("work1", w1)
}

func readJSONL(b testing.TB, path string) []*pipeline.Message {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var out []*pipeline.Message
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		m, err := storyMessage([]byte(line))
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

// topicTimes maps each key of topic to its record's timestamp (the first,
// if a key repeats).
func topicTimes(b testing.TB, c *cluster, topic string) map[string]time.Time {
	b.Helper()
	full := c.kcfg.Topic(topic)
	out := map[string]time.Time{}
	tr := &kafkago.Transport{MetadataTTL: time.Second}
	defer tr.CloseIdleConnections()
	cl := &kafkago.Client{Addr: kafkago.TCP(c.kcfg.Brokers...), Transport: tr}
	meta, err := cl.Metadata(b.Context(), &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range meta.Topics[0].Partitions {
		offs, err := cl.ListOffsets(b.Context(), &kafkago.ListOffsetsRequest{Topics: map[string][]kafkago.OffsetRequest{full: {kafkago.LastOffsetOf(p.ID)}}})
		if err != nil {
			b.Fatal(err)
		}
		end := offs.Topics[full][0].LastOffset
		if end == 0 {
			continue
		}
		// A short MaxWait: kafka-go's default (10 s) held every fetch
		// that found no new record, 445 s of wall for 12 s measured
		// (issue 14 §9).
		r := kafkago.NewReader(kafkago.ReaderConfig{Brokers: c.kcfg.Brokers, Topic: full, Partition: p.ID, MaxBytes: 10 << 20, MaxWait: 100 * time.Millisecond})
		failures := 0
		for {
			m, err := r.ReadMessage(b.Context())
			if err != nil {
				// A fresh partition reader may see a transient leader error.
				if failures++; failures > 20 {
					b.Fatal(err)
				}
				time.Sleep(200 * time.Millisecond)
				continue
			}
			if _, seen := out[string(m.Key)]; !seen {
				out[string(m.Key)] = m.Time
			}
			if m.Offset >= end-1 {
				break
			}
		}
		r.Close()
	}
	return out
}
