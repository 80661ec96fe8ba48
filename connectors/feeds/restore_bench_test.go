package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/testenv"
)

// restoreFeeds and restoreUpdates shape the feed-state topic of the
// restore benchmark: every feed polled restoreUpdates times, each poll
// bringing two new stories, with the state, delivered-story set and
// fingerprint records a poller writes for it, none compacted away.
//
// KHABAR_BENCH_FEEDSTATE_SHAPE=chaos gives the shape of the chaos run's
// topic instead (scripts/chaos.sh: 2,000 feeds polled every 5–15 s for
// 10 minutes, 50,000 stories): 100 polls per feed, a new story every
// 4th poll (25 in all), so 200,000 state records, 50,000 seen sets and
// 50,000 fingerprints.
type restoreShape struct {
	feeds, updates, items, every int // every: polls per new-stories update
	perUpdate                    int // new stories per update
}

func restoreShapeFromEnv() restoreShape {
	if os.Getenv("KHABAR_BENCH_FEEDSTATE_SHAPE") == "chaos" {
		return restoreShape{feeds: 2000, updates: 100, items: 0, every: 4, perUpdate: 1}
	}
	return restoreShape{feeds: restoreFeeds, updates: restoreUpdates, items: restoreItems, every: 1, perUpdate: 2}
}

const (
	restoreFeeds   = 5000
	restoreUpdates = 10
	restoreItems   = 20 // stories a feed delivered before its first update
)

// stories is how many stories a feed has delivered after its poll u.
func (sh restoreShape) stories(u int) int { return sh.items + sh.perUpdate*(u/sh.every+1) }

func restoreFeedURL(i int) string {
	return fmt.Sprintf("https://samachar%d.example/rss/rajya-%d.xml", i%97, i)
}

func restoreStoryID(feed, n int) string {
	return pipeline.StoryID(fmt.Sprintf("https://samachar%d.example/khabar/%d/%d", feed%97, feed, n), "")
}

// populateFeedState writes the records of sh's polls to the feed-state
// topic of kcfg, as the pollers' committer writes them (seen set and
// fingerprints first, then the state).
func populateFeedState(tb testing.TB, kcfg kafka.Config, sh restoreShape) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	log := slog.New(slog.DiscardHandler)
	if _, err := kafka.Setup(ctx, kcfg, log); err != nil {
		tb.Fatalf("kafka setup: %v", err)
	}
	bus, err := kafka.New(ctx, kcfg, log)
	if err != nil {
		tb.Fatal(err)
	}
	defer bus.Close()
	// Recent: fingerprints older than the cluster window would be pruned
	// (deleted from the topic) by the first poller that starts.
	base := time.Now().Add(-3 * time.Hour).Truncate(time.Hour)
	var batch []*pipeline.Message
	flush := func() {
		if err := bus.Publish(ctx, kafka.TopicFeedState, batch...); err != nil {
			tb.Fatal(err)
		}
		for _, m := range batch {
			<-m.Done()
			if err := m.Err(); err != nil {
				tb.Fatal(err)
			}
		}
		batch = batch[:0]
	}
	add := func(op pipeline.StateOp) {
		batch = append(batch, pipeline.NewMessage(op.Bucket+"\x00"+op.Key, op.Value))
	}
	for u := range sh.updates {
		for i := range sh.feeds {
			key := CanonicalFeedURL(restoreFeedURL(i))
			at := base.Add(time.Duration(u)*7*time.Second + time.Duration(i)*time.Millisecond)
			n := sh.stories(u)
			if u%sh.every == 0 {
				seen := make(map[string]seenEntry, n)
				for k := range n {
					seen[restoreStoryID(i, k)] = seenEntry{H: Splitmix(uint64(i<<20 | k)), T: base.Unix() + int64(k)}
				}
				add(putJSON(BucketSeen, key, seen))
				for k := n - sh.perUpdate; k < n; k++ {
					id := restoreStoryID(i, k)
					add(putJSON(BucketCluster, id, &clusterEntry{Hash: Splitmix(uint64(i<<20 | k)), Cluster: id, T: at.Unix()}))
				}
			}
			st := feedState{
				ETag: `"` + strconv.FormatUint(Splitmix(uint64(i*31+u)), 16) + `"`, LastModified: at.Format(time.RFC1123),
				LastPoll: at, LastSuccess: at, LastStatus: 200, NextPoll: at.Add(10 * time.Minute),
				Interval: 10 * time.Minute, Polls: int64(u + 1), NotModified: int64(u - u/sh.every), Stories: int64(n),
			}
			add(putJSON(BucketState, key, &st))
			if len(batch) >= 2000 {
				flush()
			}
		}
	}
	flush()
}

// memBaseline collects the garbage and hands back to the OS what it can,
// then returns the memory statistics and RSS left, and starts sampling
// the peaks above them.
func memBaseline() (before runtime.MemStats, rss0 uint64, peak *memPeak) {
	runtime.GC()
	debug.FreeOSMemory()
	runtime.ReadMemStats(&before)
	return before, rssBytes(), startMemPeak()
}

// memPeak samples the Go heap (objects) and the process RSS every few
// milliseconds until stopped, and returns the peaks.
type memPeak struct {
	stop chan struct{}
	done chan struct{}
	heap uint64
	rss  uint64
}

func startMemPeak() *memPeak {
	m := &memPeak{stop: make(chan struct{}), done: make(chan struct{})}
	sample := []rtmetrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	go func() {
		defer close(m.done)
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			rtmetrics.Read(sample)
			m.heap = max(m.heap, sample[0].Value.Uint64())
			m.rss = max(m.rss, rssBytes())
			select {
			case <-m.stop:
				return
			case <-t.C:
			}
		}
	}()
	return m
}

func (m *memPeak) end() (heap, rss uint64) {
	close(m.stop)
	<-m.done
	return m.heap, m.rss
}

// rssBytes is the process's resident set (0 where /proc is missing).
func rssBytes() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	pages, _ := strconv.ParseUint(f[1], 10, 64)
	return pages * uint64(os.Getpagesize())
}

// BenchmarkFeedStateRestore measures a poller's start over a feed-state
// topic of 5,000 feeds × 10 uncompacted updates (≈100,000 fingerprints,
// 50,000 state and 50,000 seen records of 22–40 stories): the state store
// restored and the poller built (every owned feed's state loaded), as
// poller 0 of 3. "whole" is the plain StateStore, which restores every
// record of the topic; "shard" the FeedStateStore filtered by the
// poller's StateView. Reported: the heap in use after start (after a GC),
// the peak heap objects and RSS during start, above the level before it,
// and the bytes allocated.
//
//	KHABAR_TEST_KAFKA=127.0.0.1:9092 go test ./connectors/feeds -run '^$' -bench FeedStateRestore -benchtime 3x -benchmem
//
// KHABAR_BENCH_FEEDSTATE_PREFIX reuses a topic prefix populated by an
// earlier run (the first run logs it), so each variant can run in a
// process of its own: -bench 'FeedStateRestore/whole', then '/shard'.
func BenchmarkFeedStateRestore(b *testing.B) {
	addr := kafkaBroker(b)
	sh := restoreShapeFromEnv()
	kcfg := kafka.DefaultConfig()
	kcfg.Brokers = []string{addr}
	kcfg.Partitions = 6
	kcfg.DrainTimeout = 5 * time.Second
	if p := os.Getenv("KHABAR_BENCH_FEEDSTATE_PREFIX"); p != "" {
		kcfg.TopicPrefix = p
	} else {
		kcfg.TopicPrefix = testenv.Prefix(b, "bfstate", ".")
		start := time.Now()
		populateFeedState(b, kcfg, sh)
		b.Logf("populated %s%s: %d feeds × %d polls in %s", kcfg.TopicPrefix, kafka.TopicFeedState,
			sh.feeds, sh.updates, time.Since(start).Round(time.Millisecond))
	}
	var list []Feed
	for i := range sh.feeds {
		list = append(list, Feed{URL: restoreFeedURL(i)})
	}
	shard := Shard{Index: 0, Count: 3}
	log := slog.New(slog.DiscardHandler)
	for _, mode := range []string{"whole", "shard"} {
		b.Run(mode, func(b *testing.B) {
			var heapAfter, heapPeak, rssPeak, alloc, owned, held float64
			for range b.N {
				ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
				bus, err := kafka.New(ctx, kcfg, log)
				if err != nil {
					b.Fatal(err)
				}
				before, rss0, peak := memBaseline()

				var state pipeline.StateStore
				var closeState func() error
				var view *StateView
				var fstore *kafka.FeedStateStore
				if mode == "whole" {
					s, err := kafka.OpenStateStore(ctx, bus, kafka.TopicFeedState)
					if err != nil {
						b.Fatal(err)
					}
					state, closeState = s, s.Close
				} else {
					view = NewStateView(shard)
					s, err := kafka.OpenFeedStateStore(ctx, bus, kafka.TopicFeedState, view.Keep)
					if err != nil {
						b.Fatal(err)
					}
					state, closeState, fstore = s, s.Close, s
				}
				cfg := DefaultConfig()
				cfg.Feeds = list
				p, err := Open(ctx, Setup{Config: cfg, Shard: shard, Publisher: discardPublisher{}, State: state, View: view, Logger: log})
				if err != nil {
					b.Fatal(err)
				}
				hp, rp := peak.end()
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				hs, err := p.Health(ctx)
				if err != nil {
					b.Fatal(err)
				}
				loaded := 0
				for _, h := range hs {
					if h.Stories == int64(sh.stories(sh.updates-1)) {
						loaded++
					}
				}
				if loaded != len(hs) || len(hs) < sh.feeds/4 {
					b.Fatalf("%s: %d of %d owned feeds have their last state restored", mode, loaded, len(hs))
				}
				heapAfter += float64(after.HeapInuse) - float64(before.HeapInuse)
				heapPeak += float64(hp) - float64(before.HeapAlloc)
				rssPeak += float64(rp) - float64(rss0)
				alloc += float64(after.TotalAlloc - before.TotalAlloc)
				owned += float64(len(hs))
				if fstore != nil {
					held += float64(fstore.Size(BucketState) + fstore.Size(BucketSeen) + fstore.Size(BucketCluster))
				}
				runtime.KeepAlive(p)
				if err := closeState(); err != nil {
					b.Error(err)
				}
				if err := bus.Close(); err != nil {
					b.Error(err)
				}
				cancel()
			}
			n := float64(b.N)
			b.ReportMetric(heapAfter/n/(1<<20), "heap-after-MB")
			b.ReportMetric(heapPeak/n/(1<<20), "heap-peak-MB")
			b.ReportMetric(rssPeak/n/(1<<20), "rss-peak-MB")
			b.ReportMetric(alloc/n/(1<<20), "alloc-MB")
			b.ReportMetric(owned/n, "feeds-owned")
			if held > 0 {
				b.ReportMetric(held/n, "records-held")
			}
		})
	}
}

// discardPublisher acks every message (the benchmark never runs the
// poller).
type discardPublisher struct{}

func (discardPublisher) Publish(_ context.Context, _ string, msgs ...*pipeline.Message) error {
	for _, m := range msgs {
		m.Ack()
	}
	return nil
}
