package feeds

import (
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/khabar/khabar/pipeline"
)

// FeedHealth is what `khabar feeds` and GET /api/feeds show for one feed.
type FeedHealth struct {
	URL         string    `json:"url"`
	Name        string    `json:"name,omitempty"`
	Category    string    `json:"category,omitempty"`
	LastPoll    time.Time `json:"last_poll,omitzero"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	// LastStatus is the HTTP status of the last answer (0: none arrived).
	LastStatus int    `json:"last_status,omitempty"`
	LastError  string `json:"last_error,omitempty"`
	// LastReason classifies LastError: timeout, status, too-large, parse,
	// redirects, dns, connect, delivery, …
	LastReason          string        `json:"last_reason,omitempty"`
	ConsecutiveFailures int           `json:"consecutive_failures"`
	FailingSince        time.Time     `json:"failing_since,omitzero"`
	Failing             bool          `json:"failing"`
	NextPoll            time.Time     `json:"next_poll,omitzero"`
	Interval            time.Duration `json:"interval_ns,omitempty"`
	Polls               int64         `json:"polls"`
	NotModified         int64         `json:"not_modified"`
	Errors              int64         `json:"errors"`
	Stories             int64         `json:"stories"`
	// WebSub is the subscription state (pending, active, denied) if the
	// feed advertises a hub and push is configured.
	WebSub     string    `json:"websub,omitempty"`
	LeaseUntil time.Time `json:"websub_lease_until,omitzero"`
	// RetryAfter is the server's Retry-After on the last failed poll;
	// NextPoll honours it (capped at 24 h, Config.MaxRetryAfter).
	RetryAfter time.Duration `json:"retry_after_ns,omitempty"`
	// Queued says the feed's poll is due but waits for its host's slot
	// (poll.per_host, poll.host_gap) or a fetch worker, since QueuedSince;
	// QueuePosition is its place among the feeds waiting for the same host
	// (1: next). Only a running poller knows; a feed that was never polled
	// and is not queued has not fallen due yet.
	Queued        bool      `json:"queued,omitempty"`
	QueuedSince   time.Time `json:"queued_since,omitzero"`
	QueuePosition int       `json:"queue_position,omitempty"`
}

func healthOf(f Feed, st *feedState, now time.Time, failingAfter time.Duration) FeedHealth {
	h := FeedHealth{
		URL: f.URL, Name: f.Name, Category: f.Category,
		LastPoll: st.LastPoll, LastSuccess: st.LastSuccess, LastStatus: st.LastStatus,
		LastError: st.LastError, LastReason: st.LastReason, ConsecutiveFailures: st.Failures,
		FailingSince: st.FailingSince, NextPoll: st.NextPoll, Interval: st.Interval,
		Polls: st.Polls, NotModified: st.NotModified, Errors: st.Errors, Stories: st.Stories,
		RetryAfter: st.RetryAfter,
	}
	h.Failing = st.Failures > 0 && !st.FailingSince.IsZero() && now.Sub(st.FailingSince) >= failingAfter
	if st.Sub != nil {
		h.WebSub, h.LeaseUntil = st.Sub.State, st.Sub.LeaseUntil
	}
	return h
}

// Health returns every feed's health, sorted by URL.
func (p *Poller) Health(ctx context.Context) ([]FeedHealth, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	now := p.cfg.Now()
	p.mu.Lock()
	out := make([]FeedHealth, 0, len(p.feeds))
	queues := map[string][]int{} // host → indexes in out of its queued feeds
	for _, f := range p.feeds {
		f.mu.Lock()
		h := healthOf(f.spec, &f.st, now, p.cfg.FailingAfter)
		if !f.queuedSince.IsZero() {
			h.Queued, h.QueuedSince = true, f.queuedSince
			k := hostKey(f.spec.URL)
			queues[k] = append(queues[k], len(out))
		}
		f.mu.Unlock()
		out = append(out, h)
	}
	p.mu.Unlock()
	for _, q := range queues {
		// The per-host semaphore serves waiters roughly in arrival order.
		sort.SliceStable(q, func(i, j int) bool {
			a, b := out[q[i]], out[q[j]]
			if !a.QueuedSince.Equal(b.QueuedSince) {
				return a.QueuedSince.Before(b.QueuedSince)
			}
			return a.URL < b.URL
		})
		for pos, i := range q {
			out[i].QueuePosition = pos + 1
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// Failing returns the feeds failing for longer than FailingAfter.
func (p *Poller) Failing(ctx context.Context) ([]FeedHealth, error) {
	all, err := p.Health(ctx)
	if err != nil {
		return nil, err
	}
	var out []FeedHealth
	for _, h := range all {
		if h.Failing {
			out = append(out, h)
		}
	}
	return out, nil
}

// ReadHealth reads the health of feeds from a state store without a
// running poller (`khabar feeds` when khabar is not running). Feeds the
// store knows nothing about are listed as never polled.
func ReadHealth(ctx context.Context, store pipeline.StateStore, feeds []Feed, failingAfter time.Duration, now time.Time) ([]FeedHealth, error) {
	if failingAfter <= 0 {
		failingAfter = DefaultConfig().FailingAfter
	}
	out := make([]FeedHealth, 0, len(feeds))
	for _, f := range feeds {
		st, _, _, err := loadFeed(ctx, store, f, false)
		if err != nil {
			return nil, err
		}
		out = append(out, healthOf(f, &st, now, failingAfter))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].URL < out[j].URL })
	return out, nil
}

// Handler serves GET /api/feeds (the health list as JSON) and the WebSub
// callbacks under /websub/. Mount it at both patterns: "/api/feeds" and
// "/websub/".
func (p *Poller) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/feeds", func(w http.ResponseWriter, r *http.Request) {
		hs, err := p.Health(r.Context())
		if err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"feeds": hs})
	})
	mux.HandleFunc("/websub/", p.serveWebSub)
	return mux
}

// metrics are the poll stage's Prometheus series, per feed URL.
type metrics struct {
	polls       *prometheus.CounterVec
	notModified *prometheus.CounterVec
	errors      *prometheus.CounterVec
	stories     *prometheus.CounterVec
	failures    *prometheus.GaugeVec
	lastSuccess *prometheus.GaugeVec
	latency     *prometheus.HistogramVec
	wireBytes   prometheus.Counter
	pushes      *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_feed_polls_total", Help: "Feed fetches attempted."}, []string{"feed"}),
		notModified: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_feed_not_modified_total", Help: "Fetches answered 304 Not Modified (or an unchanged file)."}, []string{"feed"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_feed_errors_total", Help: "Failed fetches, parses and deliveries by reason."}, []string{"feed", "reason"}),
		stories: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_feed_stories_total", Help: "Stories published (new or changed)."}, []string{"feed"}),
		failures: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "khabar_feed_consecutive_failures", Help: "Consecutive failed polls of a feed (0 when healthy)."}, []string{"feed"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "khabar_feed_last_success_timestamp_seconds", Help: "Unix time of the feed's last successful poll."}, []string{"feed"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "khabar_feed_fetch_seconds", Help: "Fetch latency (request to last body byte).",
			Buckets: []float64{.01, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60}}, []string{"outcome"}),
		wireBytes: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "khabar_feed_wire_bytes_total", Help: "Response body bytes received (compressed)."}),
		pushes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_feed_websub_deliveries_total", Help: "WebSub deliveries by outcome (ok, bad-signature, unknown)."}, []string{"outcome"}),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.polls, m.notModified, m.errors, m.stories, m.failures, m.lastSuccess, m.latency, m.wireBytes, m.pushes} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// label keeps metric labels readable (no query strings with secrets).
func label(u string) string {
	if i := strings.IndexByte(u, '?'); i >= 0 {
		return u[:i]
	}
	return u
}
