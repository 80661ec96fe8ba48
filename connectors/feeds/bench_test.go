package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchDoc is feed i's document in its round r (a feed changes every 20th
// round, so about 5% of polls find something new).
func benchDoc(i, version int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>फ़ीड %d</title><link>https://f%d.example/</link>`, i, i)
	for k := range 10 {
		n := version*10 + k
		fmt.Fprintf(&b, `<item><title>ख़बर %d संख्या %d</title><link>https://f%d.example/s/%d</link><description>यह फ़ीड %d की ख़बर %d का सारांश है, जिसमें कुछ शब्द और हैं ताकि आकार असली जैसा लगे।</description><pubDate>%s</pubDate></item>`,
			i, n, i, n, i, n, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(n)*time.Hour).Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// BenchmarkPoll5000 polls 5,000 feeds on one loopback server, most of
// them answering 304, and reports polls/s, bytes per poll against the
// same feeds polled unconditionally, and the peak Go memory in use.
//
//	go test ./connectors/feeds -run '^$' -bench Poll5000 -benchtime 1x
func BenchmarkPoll5000(b *testing.B) {
	for _, mode := range []string{"conditional", "unconditional"} {
		b.Run(mode, func(b *testing.B) {
			for range b.N {
				benchPoll(b, 5000, mode == "conditional")
			}
		})
	}
}

func benchPoll(b *testing.B, nFeeds int, conditional bool) {
	const warm = 1 // rounds before measuring (the first fetch of every feed is a 200)
	var (
		polls, bytesOut, notMod atomic.Int64
		rounds                  = make([]atomic.Int64, nFeeds)
		measuring               atomic.Bool
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/f/"))
		if err != nil || i < 0 || i >= nFeeds {
			http.NotFound(w, r)
			return
		}
		round := int(rounds[i].Add(1))
		version := (round + i) / 20 // changes every 20 polls, staggered
		doc := benchDoc(i, version)
		sum := sha256.Sum256(doc)
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		if measuring.Load() {
			polls.Add(1)
		}
		w.Header().Set("ETag", etag)
		if conditional && r.Header.Get("If-None-Match") == etag {
			if measuring.Load() {
				notMod.Add(1)
			}
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		n, _ := w.Write(doc)
		if measuring.Load() {
			bytesOut.Add(int64(n))
		}
	}))
	defer srv.Close()

	feedsList := make([]Feed, nFeeds)
	for i := range feedsList {
		feedsList[i] = Feed{URL: fmt.Sprintf("%s/f/%d", srv.URL, i), Name: fmt.Sprintf("f%d", i), Category: "tech"}
	}
	cfg := DefaultConfig()
	cfg.Feeds = feedsList
	cfg.MinInterval, cfg.MaxInterval = time.Second, time.Second
	// One loopback host stands for 5,000 real ones: the per-host limit is
	// lifted so the global pool is what is measured.
	cfg.Workers, cfg.PerHost, cfg.HostGap = 16, 16, 0
	dir := b.TempDir()
	store := openStoreB(b, dir)
	defer store.Close()
	pub := &countPub{}
	p, err := New(cfg, pub, store, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	var peak atomic.Uint64
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			runtime.ReadMemStats(&ms)
			if v := ms.HeapInuse + ms.StackInuse; v > peak.Load() {
				peak.Store(v)
			}
		}
	})
	runDone := make(chan error, 1)
	go func() { runDone <- p.Run(ctx) }()

	all := func() int64 {
		var s int64
		for i := range rounds {
			s += min(rounds[i].Load(), warm)
		}
		return s
	}
	for all() < int64(nFeeds*warm) {
		time.Sleep(10 * time.Millisecond)
	}
	measuring.Store(true)
	start := time.Now()
	target := int64(3 * nFeeds)
	for polls.Load() < target {
		time.Sleep(5 * time.Millisecond)
	}
	elapsed := time.Since(start)
	measuring.Store(false)
	cancel()
	if err := <-runDone; err != nil {
		b.Fatal(err)
	}
	wg.Wait()
	n := polls.Load()
	b.ReportMetric(float64(n)/elapsed.Seconds(), "polls/s")
	b.ReportMetric(float64(bytesOut.Load())/float64(n), "bytes/poll")
	b.ReportMetric(float64(notMod.Load())/float64(n)*100, "%304")
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-MB")
	b.ReportMetric(float64(pub.n.Load()), "stories")
	if hwm := vmHWM(); hwm > 0 {
		b.ReportMetric(float64(hwm)/(1<<10), "rss-hwm-MB")
	}
}

// countPub acks every message and counts them.
type countPub struct{ n atomic.Int64 }

func (c *countPub) Publish(_ context.Context, _ string, msgs ...*pipelineMessage) error {
	for _, m := range msgs {
		c.n.Add(1)
		m.Ack()
	}
	return nil
}

// vmHWM is the process's peak resident set in kB (Linux), 0 elsewhere.
func vmHWM() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}
