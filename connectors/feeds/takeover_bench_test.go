package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
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
	addr := kafkaBroker(b)
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

	kcfg, _ := setupKafka(b, addr, "btakeover", func(k *kafka.Config) { k.Partitions = 6 })
	log := slog.New(slog.DiscardHandler)
	{
		start := time.Now()
		kp := startTakeoverPoller(b, kcfg, cfg, Shard{Index: 0, Count: 1}, log, nil, nil)
		waitB(b, "generation 0 delivered", func() bool {
			return kp.stories(b) == takeoverFeeds*takeoverOld
		})
		kp.stop()
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
				before, rss0, peak := memBaseline()
				var hold *holdPub
				over := &atomic.Bool{}
				if mode != "acked" {
					hold = &holdPub{}
				}
				kp := startTakeoverPoller(b, kcfg, cfg, Shard{Index: 0, Count: 2}, log, hold, over)
				oh, _ := kp.openPeak.heap, kp.openPeak.rss
				stories0 := kp.stories(b)
				want := stories0 + int64(len(kp.owned))*takeoverNew
				if hold != nil {
					// The outage lasts until the poller has published every
					// new story or stopped fetching at its bound.
					waitB(b, "every new story published or the poller at its bound", func() bool {
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
				waitB(b, "every new story acked", func() bool {
					return kp.stories(b) == want
				})
				hp, rp := peak.end()
				kp.stop()
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

// takeoverPoller is one `khabar poll` process of the benchmark, with
// its feeds and the peak memory of its start (Open: restore and
// read-back).
type takeoverPoller struct {
	*kafkaPoller
	owned    []FeedHealth
	openPeak struct{ heap, rss uint64 }
}

func startTakeoverPoller(b *testing.B, kcfg kafka.Config, cfg Config, shard Shard, log *slog.Logger, hold *holdPub, over *atomic.Bool) *takeoverPoller {
	b.Helper()
	peak := startMemPeak()
	var pub func(*kafka.Bus) pipeline.Publisher
	if hold != nil {
		pub = func(bus *kafka.Bus) pipeline.Publisher { return heldPublisher{Bus: bus, hold: hold, over: over} }
	}
	kp := &takeoverPoller{kafkaPoller: openKafkaPoller(b, kcfg, cfg, shard, log, nil, pub)}
	kp.openPeak.heap, kp.openPeak.rss = peak.end()
	var err error
	kp.owned, err = kp.p.Health(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	kp.run(b)
	return kp
}

func (kp *takeoverPoller) stories(b *testing.B) int64 {
	n, _ := storiesOf(b, []*kafkaPoller{kp.kafkaPoller})
	return n
}

// waitB polls cond until it holds, failing the benchmark after ten
// minutes.
func waitB(b *testing.B, what string, cond func() bool) {
	b.Helper()
	waitEvery(b, 10*time.Minute, 20*time.Millisecond, what, cond)
}
