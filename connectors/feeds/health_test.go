package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// TestHealthShowsRetryAfter: the server's Retry-After is part of a feed's
// health, from the running poller and from the stored state alike.
func TestHealthShowsRetryAfter(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "28800")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	feed := Feed{URL: srv.URL + "/feed"}
	store := openStore(t, t.TempDir())
	cfg := fastConfig(feed)
	p, err := New(cfg, newRecPub("ack"), store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := running(t, p)
	waitFor(t, "a 429", func() bool { return healthOfURL(t, p, feed.URL).LastStatus == 429 })
	h := healthOfURL(t, p, feed.URL)
	if h.RetryAfter != 8*time.Hour {
		t.Errorf("running poller: retry after %s, want 8h", h.RetryAfter)
	}
	if gap := h.NextPoll.Sub(h.LastPoll); gap < 8*time.Hour {
		t.Errorf("next poll %s after the last, want the 8 h the server asked for", gap)
	}
	stop()
	stored, err := ReadHealth(context.Background(), store, []Feed{feed}, cfg.FailingAfter, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) != 1 || stored[0].RetryAfter != 8*time.Hour {
		t.Errorf("stored health %+v, want retry after 8h", stored)
	}
}

// TestHealthShowsQueuedFeeds: feeds whose poll is due but that wait behind
// the per-host limit are shown as queued, in order, not as merely "never
// polled"; once their turn comes they are polled and leave the queue.
func TestHealthShowsQueuedFeeds(t *testing.T) {
	doc := readFixture(t, "rss2.xml")
	release := make(chan struct{})
	var requests atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		_, _ = w.Write(doc)
	}))
	defer srv.Close()
	var fs []Feed
	for _, name := range []string{"/a", "/b", "/c", "/d"} {
		fs = append(fs, Feed{URL: srv.URL + name})
	}
	cfg := fastConfig(fs...)
	cfg.PerHost = 1
	p, err := New(cfg, newRecPub("ack"), openStore(t, t.TempDir()), testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := running(t, p)
	defer stop()

	// One fetch holds the host's only slot; the other three wait.
	var hs []FeedHealth
	waitFor(t, "one fetch in flight and three feeds queued", func() bool {
		if hs, err = p.Health(context.Background()); err != nil {
			t.Fatal(err)
		}
		queued := 0
		for _, h := range hs {
			if h.Queued {
				queued++
			}
		}
		return requests.Load() == 1 && queued == 3
	})
	var positions []int
	for _, h := range hs {
		if !h.LastPoll.IsZero() {
			t.Errorf("%s polled while the host's slot was held", h.URL)
		}
		if !h.Queued {
			if h.QueuePosition != 0 || !h.QueuedSince.IsZero() {
				t.Errorf("%s is being fetched but shows queue position %d since %v", h.URL, h.QueuePosition, h.QueuedSince)
			}
			continue
		}
		if h.QueuedSince.IsZero() {
			t.Errorf("%s queued with no waiting-since time", h.URL)
		}
		positions = append(positions, h.QueuePosition)
	}
	slices.Sort(positions)
	if !slices.Equal(positions, []int{1, 2, 3}) {
		t.Errorf("queue positions %v, want 1, 2, 3", positions)
	}

	close(release)
	waitFor(t, "every feed polled", func() bool {
		if hs, err = p.Health(context.Background()); err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			if h.LastPoll.IsZero() {
				return false
			}
		}
		return true
	})
}
