package feeds

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
	"github.com/khabar/khabar/pipeline/bustest/testenv"
)

// recPub records published stories; mode decides what happens to each
// message: "ack", "nack" or "hold" (left for the test).
type recPub struct {
	mu    sync.Mutex
	mode  string
	msgs  []*pipeline.Message
	notes chan pipeline.Story
}

func newRecPub(mode string) *recPub {
	return &recPub{mode: mode, notes: make(chan pipeline.Story, 1024)}
}

func (r *recPub) Publish(ctx context.Context, topic string, msgs ...*pipeline.Message) error {
	if topic != pipeline.TopicStories {
		panic("wrong topic " + topic)
	}
	for _, m := range msgs {
		var st pipeline.Story
		if err := json.Unmarshal(m.Value, &st); err != nil {
			return err
		}
		r.mu.Lock()
		r.msgs = append(r.msgs, m)
		mode := r.mode
		r.mu.Unlock()
		switch mode {
		case "ack":
			m.Ack()
		case "nack":
			m.Nack(nil)
		}
		r.notes <- st
	}
	return nil
}

func (r *recPub) held() []*pipeline.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]*pipeline.Message(nil), r.msgs...)
}

// feedServer serves one document with an ETag and Last-Modified and
// counts what it answered.
type feedServer struct {
	*httptest.Server
	mu          sync.Mutex
	body        []byte
	ctype       string
	requests    atomic.Int64
	notModified atomic.Int64
	handler     http.HandlerFunc // overrides when set
}

func newFeedServer(t *testing.T, body []byte, ctype string) *feedServer {
	fs := &feedServer{body: body, ctype: ctype}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.requests.Add(1)
		fs.mu.Lock()
		h, body, ctype := fs.handler, fs.body, fs.ctype
		fs.mu.Unlock()
		if h != nil {
			h(w, r)
			return
		}
		sum := sha256.Sum256(body)
		etag := `"` + hex.EncodeToString(sum[:6]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			fs.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(body)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) set(body []byte) {
	fs.mu.Lock()
	fs.body = body
	fs.mu.Unlock()
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func openStore(t *testing.T, dir string) *boltstore.Store {
	t.Helper()
	s, err := boltstore.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// fastConfig polls often so tests finish quickly; tests wait for events,
// never for durations.
func fastConfig(feeds ...Feed) Config {
	c := DefaultConfig()
	c.Feeds = feeds
	c.MinInterval = 20 * time.Millisecond
	c.MaxInterval = 50 * time.Millisecond
	c.BackoffCap = 50 * time.Millisecond
	c.HostGap = 0
	c.Jitter = 0
	c.DrainTimeout = 200 * time.Millisecond
	c.Timeout = 5 * time.Second
	c.AllowPrivate = true
	return c
}

// startAcked runs a poller over store whose publisher acks every story,
// until the test's cleanup.
func startAcked(t *testing.T, cfg Config, store pipeline.StateStore) (*Poller, *recPub) {
	t.Helper()
	pub := newRecPub("ack")
	p, err := New(cfg, pub, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	running(t, p)
	return p, pub
}

// running runs p until the test's cleanup or stop is called.
func running(t testing.TB, p *Poller) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}

// waitFor polls cond until it holds or the (generous) deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	waitWithin(t, 15*time.Second, what, cond)
}

// waitWithin polls cond until it holds, failing the test after limit; it
// never asserts a duration.
func waitWithin(t testing.TB, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	waitEvery(t, limit, 5*time.Millisecond, what, cond)
}

// waitEvery is waitWithin asking cond every interval (a benchmark asks
// less often, so as not to add to what it measures).
func waitEvery(t testing.TB, limit, every time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(every)
	}
}

// collect reads n stories from pub or fails.
func collect(t *testing.T, pub *recPub, n int) []pipeline.Story {
	t.Helper()
	var out []pipeline.Story
	timeout := time.After(15 * time.Second)
	for len(out) < n {
		select {
		case st := <-pub.notes:
			out = append(out, st)
		case <-timeout:
			t.Fatalf("got %d stories, want %d", len(out), n)
		}
	}
	return out
}

func testdataFS(name string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata", name)) }

type pipelineMessage = pipeline.Message

func openStoreB(b *testing.B, dir string) *boltstore.Store {
	b.Helper()
	s, err := boltstore.Open(filepath.Join(dir, "state.db"))
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// kafkaBroker is the shared test broker (scripts/kafka.sh); in CI its
// absence fails the test.
func kafkaBroker(t testing.TB) string {
	t.Helper()
	return kafkatest.Broker(t)
}

// waitLong polls cond until it holds, for up to two minutes (a broker
// shared with other tests can be slow); it never asserts a duration.
func waitLong(t *testing.T, what string, cond func() bool) {
	t.Helper()
	waitWithin(t, 2*time.Minute, what, cond)
}

// kafkaPoller is one poll process: its own bus, its own StateStore over
// the shared feed-state topic, and the poller of its shard.
type kafkaPoller struct {
	bus     *kafka.Bus
	state   *kafka.FeedStateStore
	view    *StateView
	p       *Poller
	stopRun func()
	stop    func()
}

func startKafkaPoller(t *testing.T, kcfg kafka.Config, cfg Config, shard Shard, log *slog.Logger) *kafkaPoller {
	t.Helper()
	return startKafkaPollerWith(t, kcfg, cfg, shard, log, nil)
}

// startKafkaPollerWith starts a poll process whose poller writes its
// state through wrap(store) (nil: the store itself), e.g. a store that
// stops persisting, as a killed process does.
func startKafkaPollerWith(t *testing.T, kcfg kafka.Config, cfg Config, shard Shard, log *slog.Logger, wrap func(pipeline.StateStore) pipeline.StateStore) *kafkaPoller {
	t.Helper()
	kp := openKafkaPoller(t, kcfg, cfg, shard, log, wrap, nil)
	kp.run(t)
	return kp
}

// openKafkaPoller opens a poll process as startKafkaPollerWith does,
// without running it; its poller publishes through pub(bus) (nil: the bus
// itself). stop closes it, at the latest when the test ends.
func openKafkaPoller(t testing.TB, kcfg kafka.Config, cfg Config, shard Shard, log *slog.Logger, wrap func(pipeline.StateStore) pipeline.StateStore, pub func(*kafka.Bus) pipeline.Publisher) *kafkaPoller {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	bus, err := kafka.New(ctx, kcfg, log)
	if err != nil {
		t.Fatal(err)
	}
	// As `khabar poll` opens it: only this poller's share of the topic.
	view := NewStateView(shard)
	state, err := kafka.OpenFeedStateStore(ctx, bus, kafka.TopicFeedState, view.Keep)
	if err != nil {
		t.Fatal(err)
	}
	var st pipeline.StateStore = state
	if wrap != nil {
		st = wrap(state)
	}
	var publisher pipeline.Publisher = bus
	if pub != nil {
		publisher = pub(bus)
	}
	p, err := Open(ctx, Setup{Config: cfg, Shard: shard, Publisher: publisher, State: st, View: view, Logger: log.With("poller", shard.String())})
	if err != nil {
		t.Fatal(err)
	}
	kp := &kafkaPoller{bus: bus, state: state, view: view, p: p, stopRun: func() {}}
	var once sync.Once
	kp.stop = func() {
		once.Do(func() {
			kp.stopRun() // Run returns after its last commit
			if err := state.Close(); err != nil {
				t.Errorf("close state: %v", err)
			}
			if err := bus.Close(); err != nil {
				t.Errorf("close bus: %v", err)
			}
		})
	}
	t.Cleanup(kp.stop)
	return kp
}

// run runs the poller until stop.
func (kp *kafkaPoller) run(t testing.TB) {
	t.Helper()
	kp.stopRun = running(t, kp.p)
}

// stories sums Health.Stories over the pollers' feeds.
func storiesOf(t testing.TB, ps []*kafkaPoller) (stories int64, notModified int64) {
	for _, kp := range ps {
		hs, err := kp.p.Health(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			stories += h.Stories
			notModified += h.NotModified
		}
	}
	return stories, notModified
}

// setupKafka sets up the topics of a Kafka test on the shared broker at
// addr, under a fresh prefix (name, 8 random hex digits and a dot), with 3
// partitions and a 5 s drain, adjusted by tweak (nil: none); the logger
// is the test's when verbose.
func setupKafka(t testing.TB, addr, name string, tweak func(*kafka.Config)) (kafka.Config, *slog.Logger) {
	t.Helper()
	kcfg := kafka.DefaultConfig()
	kcfg.Brokers = []string{addr}
	kcfg.TopicPrefix = testenv.Prefix(t, name, ".")
	kcfg.Partitions = 3
	kcfg.DrainTimeout = 5 * time.Second
	if tweak != nil {
		tweak(&kcfg)
	}
	log := slog.New(slog.DiscardHandler)
	if testing.Verbose() {
		log = testLogger(t)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := kafka.Setup(ctx, kcfg, log); err != nil {
		t.Fatalf("kafka setup: %v", err)
	}
	return kcfg, log
}

// openTestBus opens a bus of kcfg, closed at the end of the test.
func openTestBus(t *testing.T, kcfg kafka.Config, log *slog.Logger) *kafka.Bus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bus, err := kafka.New(ctx, kcfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = bus.Close() })
	return bus
}

// storyCopies reads the stories topic of kcfg to its end: how many
// messages each story id has, and the messages in all.
func storyCopies(t *testing.T, kcfg kafka.Config, log *slog.Logger) (byID map[string]int, total int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bus := openTestBus(t, kcfg, log)
	byID = map[string]int{}
	if err := bus.Scan(ctx, pipeline.TopicStories, time.Time{}, func(int64) {}, func(m *pipeline.Message) error {
		byID[m.Key]++
		total++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return byID, total
}

// publishedOnce fails the test for every story id counted more than once.
func publishedOnce(t *testing.T, byID map[string]int) {
	t.Helper()
	for id, n := range byID {
		if n != 1 {
			t.Errorf("story %s published %d times", id, n)
		}
	}
}

// testHub is a WebSub hub: it accepts every subscription request,
// records its secret, callback and topic, and then verifies intent by
// asking the callback with its challenge and lease; verified receives
// the callback's answers.
type testHub struct {
	*httptest.Server
	challenge  string
	mu         sync.Mutex
	secret     string
	callback   string
	topic      string
	verified   chan string
	subscribes atomic.Int64
}

func newTestHub(t *testing.T, challenge string, lease time.Duration) *testHub {
	h := &testHub{challenge: challenge, verified: make(chan string, 4)}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_ = r.ParseForm()
		h.subscribes.Add(1)
		h.mu.Lock()
		h.secret, h.callback, h.topic = r.Form.Get("hub.secret"), r.Form.Get("hub.callback"), r.Form.Get("hub.topic")
		cb, tp := h.callback, h.topic
		h.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
		// Verification of intent, as a hub does after accepting.
		q := url.Values{"hub.mode": {"subscribe"}, "hub.topic": {tp}, "hub.challenge": {challenge},
			"hub.lease_seconds": {strconv.Itoa(int(lease / time.Second))}}
		go func() {
			resp, err := http.Get(cb + "?" + q.Encode())
			if err != nil {
				h.verified <- "error: " + err.Error()
				return
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			h.verified <- string(b)
		}()
	}))
	t.Cleanup(h.Close)
	return h
}

// subscription is what the last subscription request said.
func (h *testHub) subscription() (secret, callback, topic string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.secret, h.callback, h.topic
}

// waitVerified fails the test unless the callback answers the hub's
// verification with its challenge within limit.
func (h *testHub) waitVerified(t *testing.T, limit time.Duration) {
	t.Helper()
	select {
	case got := <-h.verified:
		if got != h.challenge {
			t.Fatalf("verification answered %q, want the challenge %q", got, h.challenge)
		}
	case <-time.After(limit):
		t.Fatal("hub never verified")
	}
}

// deliverSigned posts body to a WebSub callback, signed with key as a hub
// signs it (X-Hub-Signature: sha256=HMAC), and returns the status code.
func deliverSigned(t *testing.T, callback, body, key string) int {
	t.Helper()
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(body))
	req, err := http.NewRequest(http.MethodPost, callback, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/atom+xml")
	req.Header.Set("X-Hub-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// eachAtLeast is a condition: every count, read under mu, is at least n.
func eachAtLeast(mu *sync.Mutex, counts []int, n int) func() bool {
	return func() bool {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range counts {
			if c < n {
				return false
			}
		}
		return true
	}
}
