package feeds

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/khabar/khabar/pipeline/track"
)

// atomWithHub is an Atom feed that advertises its hub in the document only
// (no Link header), five entries ten minutes apart, the newest at newest.
func atomWithHub(newest time.Time, hub, self string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>पुश समाचार</title><id>urn:push-samachar</id><link rel="hub" href="%s"/><link rel="self" href="%s"/><updated>%s</updated>`,
		hub, self, newest.UTC().Format(time.RFC3339))
	for i := range 5 {
		at := newest.Add(-time.Duration(i) * 10 * time.Minute)
		fmt.Fprintf(&b, `<entry><id>urn:push:%d</id><title>हब की ख़बर %d</title><link href="https://push.example/%d"/><updated>%s</updated><summary>बाज़ार आज सामान्य रहा, ख़बर %d।</summary></entry>`,
			i, i, i, at.UTC().Format(time.RFC3339), i)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

type subRequest struct {
	at               time.Time
	mode, topic, cb  string
	secret           string
	verifiedAnswered string
}

// TestWebSubLeaseAndFallback follows a subscription in fake time: the
// lease is renewed before it ends (also when the feed answers only 304s and
// advertises its hub in the document), polling slows to the WebSub poll
// interval while the hub is live, and returns to the adaptive interval when
// the hub goes quiet or the lease runs out.
func TestWebSubLeaseAndFallback(t *testing.T) {
	const (
		feedURL  = "http://feeds.test/push.xml"
		hubURL   = "http://hub.test/"
		callback = "http://khabar.test/websub/"
	)
	tests := []struct {
		name string
		// renewOK: the hub accepts renewals (the first subscription always).
		renewOK bool
		// deliverAt: a signed delivery arrives this long after the start.
		deliverAt time.Duration
		horizon   time.Duration
		wantGaps  []time.Duration
		wantSubs  []time.Duration // subscription requests, from the first
	}{
		{
			// Live at 28 min while the hub delivered within 90 min; the lease
			// (1 h) is renewed at the first poll in its last tenth (56 min,
			// 112 min). The last delivery was at 10 min, so at 112 min the
			// hub is quiet although the lease was just renewed: back to the
			// adaptive interval (10 min, the maximum).
			name: "renewed lease, hub goes quiet", renewOK: true, deliverAt: 10 * time.Minute,
			horizon:  135 * time.Minute,
			wantGaps: mins(28, 28, 28, 28, 10, 10),
			wantSubs: mins(0, 56, 112),
		},
		{
			// The hub refuses the renewal at 56 min: the lease ends at 60 min
			// and the poll at 84 min finds it over, so polling returns to the
			// adaptive interval; every poll tries to subscribe again.
			name: "renewal refused, lease runs out", renewOK: false,
			horizon:  105 * time.Minute,
			wantGaps: mins(28, 28, 28, 10, 10),
			wantSubs: mins(0, 56, 84, 94),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				start := time.Now()
				var (
					polls requestLog
					mu    sync.Mutex
					subs  []subRequest
					p     *Poller
				)
				feedSrv := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					polls.add()
					serveDoc(w, r, atomWithHub(start, hubURL, feedURL))
				})
				hub := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					if err := r.ParseForm(); err != nil {
						http.Error(w, err.Error(), http.StatusBadRequest)
						return
					}
					sr := subRequest{at: time.Now(), mode: r.PostForm.Get("hub.mode"), topic: r.PostForm.Get("hub.topic"),
						cb: r.PostForm.Get("hub.callback"), secret: r.PostForm.Get("hub.secret")}
					mu.Lock()
					first := len(subs) == 0
					mu.Unlock()
					if !first && !tt.renewOK {
						mu.Lock()
						subs = append(subs, sr)
						mu.Unlock()
						http.Error(w, "हब व्यस्त", http.StatusInternalServerError)
						return
					}
					// Verification of intent, answered before the hub replies.
					q := url.Values{"hub.mode": {"subscribe"}, "hub.topic": {sr.topic},
						"hub.challenge": {"चुनौती-" + sr.at.Format("1504")}, "hub.lease_seconds": {"3600"}}
					rec := httptest.NewRecorder()
					p.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, sr.cb+"?"+q.Encode(), nil))
					sr.verifiedAnswered = rec.Body.String()
					mu.Lock()
					subs = append(subs, sr)
					mu.Unlock()
					w.WriteHeader(http.StatusAccepted)
				})
				cfg := DefaultConfig()
				cfg.Feeds = []Feed{{URL: feedURL, Name: "पुश"}}
				cfg.MinInterval, cfg.MaxInterval = time.Minute, 10*time.Minute
				cfg.Jitter, cfg.HostGap = 0, 0
				cfg.WebSub = WebSubConfig{CallbackURL: callback, Lease: time.Hour, PollInterval: 28 * time.Minute, QuietAfter: 90 * time.Minute}
				cfg.Client = &http.Client{Transport: memTransport{feedSrv}}
				cfg.ArticleClient = &http.Client{Transport: memTransport{hub}}
				pub := newRecPub("ack")
				var err error
				p, err = New(cfg, pub, track.NewMemoryStore(), testLogger(t), nil)
				if err != nil {
					t.Fatal(err)
				}
				ctx, cancel := context.WithCancel(context.Background())
				done := make(chan error, 1)
				go func() { done <- p.Run(ctx) }()

				if tt.deliverAt > 0 {
					time.Sleep(tt.deliverAt)
					mu.Lock()
					if len(subs) == 0 {
						mu.Unlock()
						t.Fatal("no subscription before the delivery")
					}
					secret, cb := subs[0].secret, subs[0].cb
					mu.Unlock()
					body := atomWithHub(time.Now(), hubURL, feedURL)
					mac := hmac.New(sha256.New, []byte(secret))
					mac.Write([]byte(body))
					req := httptest.NewRequest(http.MethodPost, cb, strings.NewReader(body))
					req.Header.Set("Content-Type", "application/atom+xml")
					req.Header.Set("X-Hub-Signature", "sha256="+hex.EncodeToString(mac.Sum(nil)))
					rec := httptest.NewRecorder()
					p.Handler().ServeHTTP(rec, req)
					if rec.Code != http.StatusAccepted {
						t.Fatalf("signed delivery answered %d: %s", rec.Code, rec.Body)
					}
					time.Sleep(tt.horizon - tt.deliverAt)
				} else {
					time.Sleep(tt.horizon)
				}
				cancel()
				if err := <-done; err != nil {
					t.Fatalf("Run: %v", err)
				}

				got := polls.gaps()
				if len(got) < len(tt.wantGaps) {
					t.Fatalf("poll gaps %v, want %v", got, tt.wantGaps)
				}
				for i, w := range tt.wantGaps {
					if got[i] != w {
						t.Fatalf("poll gap %d is %s, want %s (gaps %v)", i, got[i], w, got)
					}
				}
				mu.Lock()
				defer mu.Unlock()
				if len(subs) < len(tt.wantSubs) {
					t.Fatalf("%d subscription requests, want at least %d", len(subs), len(tt.wantSubs))
				}
				for i, w := range tt.wantSubs {
					s := subs[i]
					if off := s.at.Sub(subs[0].at); off != w {
						t.Errorf("subscription %d at +%s, want +%s", i, off, w)
					}
					if s.mode != "subscribe" || s.topic != feedURL || !strings.HasPrefix(s.cb, callback) {
						t.Errorf("subscription %d: %+v", i, s)
					}
					if s.secret != subs[0].secret {
						t.Errorf("subscription %d changed the secret", i)
					}
					if s.verifiedAnswered != "" && !strings.HasPrefix(s.verifiedAnswered, "चुनौती-") {
						t.Errorf("verification %d answered %q", i, s.verifiedAnswered)
					}
				}
				if subs[0].verifiedAnswered == "" {
					t.Error("the first verification was not answered with the challenge")
				}
			})
		})
	}
}
