package feeds

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/khabar/khabar/pipeline/track"
)

// TestUnackedBoundStopsFetching: while the bus acknowledges nothing (a
// broker outage), a poller stops fetching once Config.MaxUnacked stories
// wait for their acks — the other due feeds stay queued, their documents
// not fetched — and goes on as the acks come, until every feed's stories
// are delivered once. In synctest's fake time; synctest.Wait is the
// signal that every goroutine of the poller is blocked.
func TestUnackedBoundStopsFetching(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		const nFeeds, perFeed, limit = 6, 3, 4
		var mu sync.Mutex
		requests := map[string]int{}
		srv := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			requests[r.Host]++
			mu.Unlock()
			var b strings.Builder
			fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title>`, r.Host)
			for k := range perFeed {
				fmt.Fprintf(&b, `<item><title>नहर की मरम्मत %d</title><link>https://%s/khabar/%d</link><description>सिंचाई विभाग ने बताया कि नहर %d की मरम्मत पूरी हो गई।</description></item>`, k, r.Host, k, k)
			}
			b.WriteString(`</channel></rss>`)
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, b.String())
		})
		fetched := func() (n int) {
			mu.Lock()
			defer mu.Unlock()
			for _, c := range requests {
				n += c
			}
			return n
		}
		cfg := DefaultConfig()
		for i := range nFeeds {
			cfg.Feeds = append(cfg.Feeds, Feed{URL: fmt.Sprintf("http://nahar%d.test/rss.xml", i), Name: fmt.Sprintf("नहर %d", i)})
		}
		cfg.MinInterval, cfg.MaxInterval = time.Hour, 2*time.Hour
		cfg.Jitter, cfg.HostGap = 0, 0
		cfg.Workers, cfg.MaxUnacked = 1, limit
		cfg.Client = &http.Client{Transport: memTransport{srv}}
		pub := &holdPub{}
		p, err := New(cfg, pub, track.NewMemoryStore(), testLogger(t), nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- p.Run(ctx) }()
		defer func() {
			pub.release() // a failed check leaves stories held: let Run end
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		}()

		delivered := 0
		for round := 1; delivered < nFeeds*perFeed; round++ {
			if round > nFeeds {
				t.Fatalf("round %d: %d of %d stories delivered", round, delivered, nFeeds*perFeed)
			}
			time.Sleep(10 * time.Second) // fake time: the first polls are due within 3 s
			synctest.Wait()
			held := pub.count()
			// One fetch starts while fewer than limit stories wait, and
			// publishes all its stories: at most limit-1+perFeed wait.
			if held < limit && delivered+held < nFeeds*perFeed {
				t.Fatalf("round %d: the poller stopped with %d stories unacked, below the bound %d", round, held, limit)
			}
			if held > limit-1+perFeed {
				t.Fatalf("round %d: %d stories wait for acks, want at most %d", round, held, limit-1+perFeed)
			}
			if got, want := fetched(), (delivered+held)/perFeed; got != want {
				t.Fatalf("round %d: %d documents fetched, want %d (one per feed whose stories were published)", round, got, want)
			}
			if u := p.unacked.count(); u != held {
				t.Fatalf("round %d: the poller counts %d unacked stories, the bus holds %d", round, u, held)
			}
			pub.release()
			delivered += held
		}
		time.Sleep(10 * time.Second)
		synctest.Wait()
		hs, err := p.Health(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			if h.Stories != perFeed {
				t.Errorf("%s: %d stories delivered, want %d", h.URL, h.Stories, perFeed)
			}
		}
		if n := fetched(); n != nFeeds {
			t.Errorf("%d documents fetched, want one per feed (%d)", n, nFeeds)
		}
	})
}
