package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// outageDoc is feed i's document: 25 stories of about 2 KB each (our own
// sentences, repeated to size).
func outageDoc(i int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>ज़िला समाचार %d</title><link>https://zila%d.example/</link>`, i, i)
	para := strings.Repeat("जिला प्रशासन ने बताया कि बारिश के बाद सड़कों की मरम्मत का काम अगले सप्ताह शुरू होगा और पंचायतों से सूची माँगी गई है। ", 9)
	for k := range 25 {
		fmt.Fprintf(&b, `<item><title>ज़िले की ख़बर %d-%d</title><link>https://zila%d.example/khabar/%d</link><description>%s</description><pubDate>%s</pubDate></item>`,
			i, k, i, k, para, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(k)*time.Hour).Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

// holdPub keeps every message unacked until release, as the Kafka bus
// does while the broker is down (its retries last ≈80 s).
type holdPub struct {
	mu   sync.Mutex
	msgs []*pipeline.Message
}

func (h *holdPub) Publish(_ context.Context, _ string, msgs ...*pipeline.Message) error {
	h.mu.Lock()
	h.msgs = append(h.msgs, msgs...)
	h.mu.Unlock()
	return nil
}

func (h *holdPub) count() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.msgs)
}

func (h *holdPub) release() {
	h.mu.Lock()
	msgs := h.msgs
	h.msgs = nil
	h.mu.Unlock()
	for _, m := range msgs {
		m.Ack()
	}
}

// BenchmarkAwaitingAcks measures what a poller holds while the bus cannot
// acknowledge (a broker outage): 400 feeds of 25 ~2 KB stories each
// (10,000 messages, the Kafka bus's default max_buffered) fetched,
// published and waiting for their acks. Reported: the heap in use (after
// a GC) above the level before the poller started; the messages' own
// bytes, which the bus must hold for its retries, are reported apart.
//
//	go test ./connectors/feeds -run '^$' -bench AwaitingAcks -benchtime 3x
func BenchmarkAwaitingAcks(b *testing.B) {
	const nFeeds = 400
	docs := make([][]byte, nFeeds)
	for i := range docs {
		docs[i] = outageDoc(i)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/f/"))
		if err != nil || i < 0 || i >= nFeeds {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write(docs[i])
	}))
	defer srv.Close()
	list := make([]Feed, nFeeds)
	for i := range list {
		list[i] = Feed{URL: fmt.Sprintf("%s/f/%d", srv.URL, i), Name: fmt.Sprintf("ज़िला %d", i)}
	}
	var held, msgBytes float64
	for range b.N {
		cfg := DefaultConfig()
		cfg.Feeds = list
		cfg.MinInterval, cfg.MaxInterval = time.Hour, 2*time.Hour
		cfg.Workers, cfg.PerHost, cfg.HostGap = 16, 16, 0
		cfg.AllowPrivate = true
		store := openStoreB(b, b.TempDir())
		pub := &holdPub{}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		p, err := New(cfg, pub, store, nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- p.Run(ctx) }()
		deadline := time.Now().Add(5 * time.Minute)
		for pub.count() < nFeeds*25 {
			if time.Now().After(deadline) {
				b.Fatalf("only %d of %d stories published", pub.count(), nFeeds*25)
			}
			time.Sleep(10 * time.Millisecond)
		}
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		held += float64(after.HeapInuse) - float64(before.HeapInuse)
		pub.mu.Lock()
		for _, m := range pub.msgs {
			msgBytes += float64(len(m.Value))
		}
		pub.mu.Unlock()
		pub.release()
		cancel()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
		if err := store.Close(); err != nil {
			b.Fatal(err)
		}
	}
	n := float64(b.N)
	b.ReportMetric(held/n/(1<<20), "held-MB")
	b.ReportMetric(msgBytes/n/(1<<20), "msg-MB")
}
