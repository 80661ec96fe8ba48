package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/khabar/khabar/pipeline/track"
)

// memTransport answers requests with a handler in memory. Inside a
// synctest bubble real sockets would keep the fake clock from advancing
// (a goroutine blocked on the network is not durably blocked), so the
// scheduling tests talk to their servers through this instead.
type memTransport struct{ h http.Handler }

func (m memTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	m.h.ServeHTTP(rec, req)
	resp := rec.Result()
	resp.Request = req
	return resp, nil
}

// requestLog records when (in the bubble's fake time) requests arrived.
type requestLog struct {
	mu    sync.Mutex
	times []time.Time
}

func (l *requestLog) add() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.times = append(l.times, time.Now())
	return len(l.times) - 1
}

// gaps are the intervals between consecutive requests.
func (l *requestLog) gaps() []time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []time.Duration
	for i := 1; i < len(l.times); i++ {
		out = append(out, l.times[i].Sub(l.times[i-1]))
	}
	return out
}

// datedRSS is a feed of five items published ten minutes apart, the newest
// at newest: its publishing rate is one item per ten minutes.
func datedRSS(newest time.Time) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>समय-सारणी</title>`)
	for i := range 5 {
		at := newest.Add(-time.Duration(i) * 10 * time.Minute)
		fmt.Fprintf(&b, `<item><title>बुलेटिन %d</title><link>https://samay.example/%d</link><description>शहर में आज का मौसम साफ़ रहेगा, बुलेटिन %d।</description><pubDate>%s</pubDate></item>`,
			i, i, i, at.UTC().Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

const undatedRSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>बिना तारीख़</title>` +
	`<item><title>पहली सूचना</title><link>https://bina.example/1</link><description>पुस्तकालय रविवार को भी खुलेगा।</description></item>` +
	`<item><title>दूसरी सूचना</title><link>https://bina.example/2</link><description>नगर बस सेवा का नया मार्ग शुरू।</description></item>` +
	`</channel></rss>`

// serveDoc answers doc with a fixed ETag, and 304 to a request that sends it.
func serveDoc(w http.ResponseWriter, r *http.Request, doc string) {
	const etag = `"v1"`
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, doc)
}

func mins(ms ...float64) []time.Duration {
	out := make([]time.Duration, len(ms))
	for i, m := range ms {
		out[i] = time.Duration(m * float64(time.Minute))
	}
	return out
}

// TestScheduleFakeTime checks the poll schedule — exponential backoff with
// its cap, Retry-After, the adaptive interval and its bounds, Cache-Control
// as a lower bound — in synctest's fake time, so the schedule is exact and
// nothing waits for real.
func TestScheduleFakeTime(t *testing.T) {
	type handler func(n int, start time.Time, w http.ResponseWriter, r *http.Request)
	tests := []struct {
		name     string
		interval time.Duration // Feed.Interval
		handle   handler
		want     []time.Duration // gaps between consecutive polls
	}{
		{
			name: "failures back off exponentially to the cap, success resets",
			handle: func(n int, _ time.Time, w http.ResponseWriter, r *http.Request) {
				if n < 6 {
					http.Error(w, "खराबी", http.StatusInternalServerError)
					return
				}
				serveDoc(w, r, undatedRSS)
			},
			// 1, 2, 4, 8 (cap), 8, 8 after failures; then the minimum (new
			// items, no dates), growing by half on each 304.
			want: mins(1, 2, 4, 8, 8, 8, 1, 1.5, 2.25),
		},
		{
			name: "Retry-After beyond the backoff is honoured",
			handle: func(n int, _ time.Time, w http.ResponseWriter, r *http.Request) {
				if n == 0 {
					w.Header().Set("Retry-After", "600")
					http.Error(w, "व्यस्त", http.StatusServiceUnavailable)
					return
				}
				http.Error(w, "खराबी", http.StatusInternalServerError)
			},
			want: mins(10, 2, 4),
		},
		{
			name: "interval is half the publishing gap and grows on unchanged polls to the maximum",
			handle: func(_ int, start time.Time, w http.ResponseWriter, r *http.Request) {
				serveDoc(w, r, datedRSS(start))
			},
			want: mins(5, 7.5, 11.25, 16.875, 25.3125, 30, 30),
		},
		{
			name: "Cache-Control max-age is a lower bound on the next poll",
			handle: func(_ int, start time.Time, w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Cache-Control", "public, max-age=1200")
				serveDoc(w, r, datedRSS(start))
			},
			want: mins(20, 20, 20, 20, 25.3125, 30),
		},
		{
			name:     "a fixed interval ignores the publishing rate",
			interval: 7 * time.Minute,
			handle: func(_ int, start time.Time, w http.ResponseWriter, r *http.Request) {
				serveDoc(w, r, datedRSS(start))
			},
			want: mins(7, 7, 7),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				start := time.Now()
				var log requestLog
				srv := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					tt.handle(log.add(), start, w, r)
				})
				cfg := DefaultConfig()
				cfg.Feeds = []Feed{{URL: "http://feeds.test/samay.xml", Name: "समय", Interval: tt.interval}}
				cfg.MinInterval, cfg.MaxInterval, cfg.BackoffCap = time.Minute, 30*time.Minute, 8*time.Minute
				cfg.Jitter, cfg.HostGap = 0, 0
				cfg.Client = &http.Client{Transport: memTransport{srv}}
				p, err := New(cfg, newRecPub("ack"), track.NewMemoryStore(), testLogger(t), nil)
				if err != nil {
					t.Fatal(err)
				}
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- p.Run(ctx) }()
				var horizon time.Duration
				for _, g := range tt.want {
					horizon += g
				}
				time.Sleep(horizon + time.Minute) // the first poll is within 3 s of the start
				cancel()
				if err := <-done; err != nil {
					t.Fatalf("Run: %v", err)
				}
				got := log.gaps()
				if len(got) < len(tt.want) {
					t.Fatalf("%d polls in %s; gaps %v, want %v", len(got)+1, horizon, got, tt.want)
				}
				for i, w := range tt.want {
					if got[i] != w {
						t.Fatalf("gap %d is %s, want %s (gaps %v)", i, got[i], w, got[:len(tt.want)])
					}
				}
			})
		})
	}
}

// TestRetryAfterSurvivesRestart: a Retry-After longer than MaxInterval
// (8 h against 30 min) is kept across a restart — the restarted poller
// waits it out instead of taking the stored time for a clock jump and
// polling within seconds (issue 14 §5).
func TestRetryAfterSurvivesRestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var log requestLog
		srv := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if log.add() == 0 {
				w.Header().Set("Retry-After", "28800")
				http.Error(w, "बहुत अनुरोध", http.StatusTooManyRequests)
				return
			}
			serveDoc(w, r, undatedRSS)
		})
		cfg := DefaultConfig()
		cfg.Feeds = []Feed{{URL: "http://feeds.test/dheere.xml", Name: "धीरे"}}
		cfg.MinInterval, cfg.MaxInterval, cfg.BackoffCap = time.Minute, 30*time.Minute, 8*time.Minute
		cfg.Jitter, cfg.HostGap = 0, 0
		cfg.Client = &http.Client{Transport: memTransport{srv}}
		store := track.NewMemoryStore()
		run := func(d time.Duration) {
			p, err := New(cfg, newRecPub("ack"), store, testLogger(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- p.Run(ctx) }()
			time.Sleep(d)
			cancel()
			if err := <-done; err != nil {
				t.Fatalf("Run: %v", err)
			}
		}
		run(time.Minute) // the 429 with Retry-After: 8 h
		if len(log.times) != 1 {
			t.Fatalf("%d requests in the first run, want 1", len(log.times))
		}
		run(9 * time.Hour) // restarted at once
		if len(log.times) < 2 {
			t.Fatalf("the restarted poller never polled in 9 h")
		}
		if gap := log.gaps()[0]; gap < 8*time.Hour {
			t.Fatalf("polled again %s after a Retry-After of 8 h (the restart forgot it)", gap)
		}
	})
}
