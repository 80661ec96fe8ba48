package feeds

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
)

// takeoverServer serves the chaos run's feeds (tools/chaos): nFeeds RSS
// documents of ~2 KB Hindi stories, newest first, whose ETag is the
// document's shape. In generation 0 every feed shows takeoverOld stories;
// generation g > 0 adds takeoverNew stories of its own (new ids), as the
// feeds had grown when the rescaled pollers took them over.
type takeoverServer struct {
	*httptest.Server
	n   int
	mu  sync.Mutex
	gen int
}

const (
	takeoverFeeds = 2000
	takeoverOld   = 11 // stories per feed at the rescale (22,825 of 50,000 served)
	takeoverNew   = 14 // stories that appeared since (25 per feed in all)
)

// takeoverPara is our own sentence, repeated to ~2 KB a story.
var takeoverPara = strings.Repeat("नगर निगम की बैठक में पार्षदों ने जल निकासी की योजना पर बहस की और आयुक्त ने बताया कि काम अगले महीने शुरू होगा। ", 7)

func (s *takeoverServer) doc(i, gen int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>चैनल-%d</title><link>https://chaos.example/%d</link>`, i, i)
	base := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	item := func(id string, k int) {
		link := fmt.Sprintf("https://chaos.example/%d/%s", i, id)
		fmt.Fprintf(&b, `<item><title>वार्ड %d की ख़बर %s</title><link>%s</link><guid>%s</guid><description>%s %s</description><pubDate>%s</pubDate></item>`,
			i, id, link, link, id, takeoverPara, base.Add(time.Duration(k)*time.Minute).Format(time.RFC1123Z))
	}
	if gen > 0 {
		for k := takeoverNew - 1; k >= 0; k-- {
			item("g"+strconv.Itoa(gen)+"-"+strconv.Itoa(k), 100*gen+k)
		}
	}
	for k := takeoverOld - 1; k >= 0; k-- {
		item("s"+strconv.Itoa(k), k)
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

func (s *takeoverServer) serve(w http.ResponseWriter, r *http.Request) {
	i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/feed/"))
	if err != nil || i < 0 || i >= s.n {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	gen := s.gen
	s.mu.Unlock()
	etag := `"` + strconv.Itoa(gen) + `"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	_, _ = w.Write(s.doc(i, gen))
}

// heldPublisher reads the stories topic back through the bus (the
// recover scan of a starting poller) but holds every published story
// unacked until the outage ends (end): the bus's side of a broker outage.
// After the outage it publishes through the bus.
type heldPublisher struct {
	*kafka.Bus
	hold *holdPub
	over *atomic.Bool
}

func (h heldPublisher) Publish(ctx context.Context, topic string, msgs ...*pipeline.Message) error {
	if h.over.Load() {
		return h.Bus.Publish(ctx, topic, msgs...)
	}
	return h.hold.Publish(ctx, topic, msgs...)
}

// BenchmarkTakeOver measures the chaos run's rescale against the real
// broker: one poller (owning all 2,000 feeds) delivers 11 ~2 KB stories
// of each feed (22,000 on the stories topic, their state on feed-state)
// and stops; then, per iteration, 14 more stories appear in every feed and
// poller 0 of 2 starts as `khabar poll` does (its share of feed-state
// restored, the stories topic read back since shortly before the last
// commit) and polls its ~1,000 feeds until their 14,000-odd new stories
// are acked ("acked": by the broker; "outage": held unacked, as while the
// broker is down, until every one was published or the poller stopped
// fetching at Config.MaxUnacked; "outage-unbounded": the same without the
// bound, as before it). Reported: peak heap
// objects above the level before the start, during Open (restore and
// read-back) and during the polling, and the peak RSS.
//
//	KHABAR_TEST_KAFKA=127.0.0.1:9092 go test ./connectors/feeds -run '^$' -bench TakeOver -benchtime 1x -count 3
//
// KHABAR_BENCH_HEAPPROFILE=FILE writes the in-use heap profile at the
// peak of the last iteration's polling.
func BenchmarkTakeOver(b *testing.B) {
	addr := os.Getenv("KHABAR_TEST_KAFKA")
	if addr == "" {
		b.Skip("KHABAR_TEST_KAFKA not set: run scripts/kafka.sh start")
	}
	srv := &takeoverServer{n: takeoverFeeds}
	srv.Server = httptest.NewServer(http.HandlerFunc(srv.serve))
	defer srv.Close()
	var list []Feed
	for i := range takeoverFeeds {
		list = append(list, Feed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, i), Name: fmt.Sprintf("चैनल-%d", i), Category: "politics", Language: "hi"})
	}
	cfg := DefaultConfig()
	cfg.Feeds = list
	// The chaos run's poll settings (tools/chaos).
	cfg.MinInterval, cfg.MaxInterval, cfg.BackoffCap = 5*time.Second, 15*time.Second, 10*time.Second
	cfg.Workers, cfg.PerHost, cfg.HostGap = 16, 8, 0
	cfg.AllowPrivate = true

	kcfg := kafka.DefaultConfig()
	kcfg.Brokers = []string{addr}
	kcfg.Partitions = 6
	kcfg.DrainTimeout = 5 * time.Second
	var pb [4]byte
	_, _ = rand.Read(pb[:])
	kcfg.TopicPrefix = "btakeover" + hex.EncodeToString(pb[:]) + "."
	log := slog.New(slog.DiscardHandler)
	{
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		if _, err := kafka.Setup(ctx, kcfg, log); err != nil {
			b.Fatalf("kafka setup: %v", err)
		}
		start := time.Now()
		kp := startTakeoverPoller(ctx, b, kcfg, cfg, Shard{Index: 0, Count: 1}, log, nil, nil)
		waitB(b, 10*time.Minute, "generation 0 delivered", func() bool {
			return kp.stories(b) == takeoverFeeds*takeoverOld
		})
		kp.stop(b)
		cancel()
		b.Logf("generation 0: %d stories of %d feeds delivered in %s (topics %s*)", takeoverFeeds*takeoverOld, takeoverFeeds,
			time.Since(start).Round(time.Millisecond), kcfg.TopicPrefix)
	}
	gen := 0
	for _, mode := range []string{"acked", "outage-unbounded", "outage"} {
		b.Run(mode, func(b *testing.B) {
			cfg := cfg
			if mode == "outage-unbounded" {
				cfg.MaxUnacked = -1 // as before the bound: every due feed fetched and held
			}
			var openPeak, runPeak, rssPeak, owned, heldMsgs float64
			for i := range b.N {
				gen++
				srv.mu.Lock()
				srv.gen = gen
				srv.mu.Unlock()
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
				runtime.GC()
				debug.FreeOSMemory()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				rss0 := rssBytes()
				peak := startMemPeak()
				var hold *holdPub
				over := &atomic.Bool{}
				if mode != "acked" {
					hold = &holdPub{}
				}
				kp := startTakeoverPoller(ctx, b, kcfg, cfg, Shard{Index: 0, Count: 2}, log, hold, over)
				oh, _ := kp.openPeak.heap, kp.openPeak.rss
				stories0 := kp.stories(b)
				want := stories0 + int64(len(kp.owned))*takeoverNew
				if hold != nil {
					// The outage lasts until the poller has published every
					// new story or stopped fetching at its bound.
					waitB(b, 10*time.Minute, "every new story published or the poller at its bound", func() bool {
						if hold.count() >= len(kp.owned)*takeoverNew {
							return true
						}
						u := kp.p.unacked
						u.mu.Lock()
						defer u.mu.Unlock()
						return u.limit > 0 && u.n >= u.limit && u.fetching == 0
					})
					heldMsgs += float64(hold.count())
					if path := os.Getenv("KHABAR_BENCH_HEAPPROFILE"); path != "" && i == b.N-1 {
						writeHeapProfile(b, path+"."+mode)
					}
					// The held stories are acked as if the broker took them
					// (they are not on the topic: the stories topic is only
					// read back); later ones go to the broker.
					over.Store(true)
					hold.release()
				}
				waitB(b, 10*time.Minute, "every new story acked", func() bool {
					return kp.stories(b) == want
				})
				hp, rp := peak.end()
				kp.stop(b)
				cancel()
				openPeak += float64(oh) - float64(before.HeapAlloc)
				runPeak += float64(hp) - float64(before.HeapAlloc)
				rssPeak += float64(rp) - float64(rss0)
				owned += float64(len(kp.owned))
			}
			n := float64(b.N)
			b.ReportMetric(openPeak/n/(1<<20), "open-heap-peak-MB")
			b.ReportMetric(runPeak/n/(1<<20), "heap-peak-MB")
			b.ReportMetric(rssPeak/n/(1<<20), "rss-peak-MB")
			b.ReportMetric(owned/n, "feeds-owned")
			if heldMsgs > 0 {
				b.ReportMetric(heldMsgs/n, "stories-held")
			}
		})
	}
}

func writeHeapProfile(b *testing.B, path string) {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
}

// takeoverPoller is one `khabar poll` process of the benchmark.
type takeoverPoller struct {
	bus      *kafka.Bus
	state    *kafka.FeedStateStore
	p        *Poller
	owned    []FeedHealth
	openPeak struct{ heap, rss uint64 }
	cancel   context.CancelFunc
	done     chan error
}

func startTakeoverPoller(ctx context.Context, b *testing.B, kcfg kafka.Config, cfg Config, shard Shard, log *slog.Logger, hold *holdPub, over *atomic.Bool) *takeoverPoller {
	b.Helper()
	peak := startMemPeak()
	bus, err := kafka.New(ctx, kcfg, log)
	if err != nil {
		b.Fatal(err)
	}
	view := NewStateView(shard)
	state, err := kafka.OpenFeedStateStore(ctx, bus, kafka.TopicFeedState, view.Keep)
	if err != nil {
		b.Fatal(err)
	}
	var pub pipeline.Publisher = bus
	if hold != nil {
		pub = heldPublisher{Bus: bus, hold: hold, over: over}
	}
	p, err := Open(ctx, Setup{Config: cfg, Shard: shard, Publisher: pub, State: state, View: view, Logger: log})
	if err != nil {
		b.Fatal(err)
	}
	kp := &takeoverPoller{bus: bus, state: state, p: p, done: make(chan error, 1)}
	kp.openPeak.heap, kp.openPeak.rss = peak.end()
	kp.owned, err = p.Health(ctx)
	if err != nil {
		b.Fatal(err)
	}
	rctx, cancel := context.WithCancel(context.Background())
	kp.cancel = cancel
	go func() { kp.done <- p.Run(rctx) }()
	return kp
}

func (kp *takeoverPoller) stories(b *testing.B) int64 {
	hs, err := kp.p.Health(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	var n int64
	for _, h := range hs {
		n += h.Stories
	}
	return n
}

func (kp *takeoverPoller) stop(b *testing.B) {
	kp.cancel()
	if err := <-kp.done; err != nil {
		b.Errorf("Run: %v", err)
	}
	if err := kp.state.Close(); err != nil {
		b.Errorf("close state: %v", err)
	}
	if err := kp.bus.Close(); err != nil {
		b.Errorf("close bus: %v", err)
	}
}

// waitB polls cond until it holds, failing the benchmark after limit.
func waitB(b *testing.B, limit time.Duration, what string, cond func() bool) {
	b.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			b.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
