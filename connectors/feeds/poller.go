package feeds

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/khabar/khabar/pipeline"
)

// Poller polls every configured feed on its own schedule and publishes
// new and changed stories to pipeline.TopicStories.
//
// Each feed has one goroutine (a timer and ctx in one select, as
// Prometheus' scrape loops do); a global semaphore bounds concurrent
// fetches and a per-host limiter bounds concurrency and spaces request
// starts to one host. A fetch's state is committed only once every story
// it published was acked.
type Poller struct {
	cfg      Config
	pub      pipeline.Publisher
	store    pipeline.StateStore
	log      *slog.Logger
	m        *metrics
	fetch    *fetcher
	article  *http.Client
	clusters *clusterIndex
	commits  *committer
	jobs     chan func()
	unacked  *unackedBound // stories published, not yet acked or nacked

	mu      sync.Mutex
	feeds   map[string]*feed // by URL
	byKey   map[string]*feed // by feedKey, for WebSub callbacks
	byState map[string]*feed // by stateKey
	// others are the feeds other pollers own, by feedKey: a WebSub
	// delivery for one of them is forwarded to its owner (Config.View).
	others map[string]Feed
	// recent are stories of this poller's feeds found on the stories
	// topic at start but not in their seen sets (recoverPublished): id →
	// first-seen time. Read-only once set.
	recent   map[string]int64
	hosts    map[string]*hostLimit
	runCtx   context.Context
	wg       sync.WaitGroup
	stopping bool
	running  bool
	fileMod  time.Time
}

// feed is one feed's runtime state. mu guards everything below spec.
type feed struct {
	spec     Feed
	key      string // feedKey, for WebSub callback paths
	stateKey string // spec.key(): the key of its stored state
	fromFile bool
	cancel   context.CancelFunc

	mu        sync.Mutex
	st        feedState
	seen      map[string]seenEntry
	pending   map[string]uint64 // published, not yet acked: id → content hash
	seenDirty bool
	// legacyKey is the key the state was found under when an older khabar
	// stored it under the URL as configured; deleted once the state is
	// stored under stateKey.
	legacyKey  string
	failReport bool // OnFailing was called for the current failing episode
	// queuedSince is when the feed's poll fell due and began waiting for
	// its host's slot (poll.per_host, poll.host_gap) or a fetch worker;
	// zero while it is not waiting. Shown as the queued state (issue 14 §5).
	queuedSince time.Time
}

// New builds a Poller and loads every feed's state. reg may be nil (no
// metrics registered).
func New(cfg Config, pub pipeline.Publisher, state pipeline.StateStore, logger *slog.Logger, reg prometheus.Registerer) (*Poller, error) {
	cfg = cfg.withDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if pub == nil || state == nil {
		return nil, errors.New("feeds: New needs a publisher and a state store")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	m, err := newMetrics(reg)
	if err != nil {
		return nil, fmt.Errorf("feeds: register metrics: %w", err)
	}
	client := cfg.Client
	if client == nil {
		client = newFeedClient(cfg)
	}
	article := cfg.ArticleClient
	if article == nil {
		article = newGuardedClient(cfg)
	}
	p := &Poller{
		cfg: cfg, pub: pub, store: state, log: logger.With("stage", "poll"), m: m,
		fetch: &fetcher{client: client, ua: cfg.userAgent(), maxBody: cfg.MaxBodySize,
			timeout: cfg.Timeout, now: cfg.Now},
		article:  article,
		clusters: newClusterIndex(cfg.ClusterDistance, cfg.ClusterWindow),
		jobs:     make(chan func()),
		unacked:  newUnackedBound(cfg.MaxUnacked, cfg.Workers),
		feeds:    map[string]*feed{},
		byKey:    map[string]*feed{},
		byState:  map[string]*feed{},
		hosts:    map[string]*hostLimit{},
	}
	p.commits = newCommitter(p)
	ctx := context.Background()
	stale, err := p.clusters.load(ctx, state, cfg.Now())
	if err != nil {
		return nil, fmt.Errorf("feeds: load clusters: %w", err)
	}
	if len(stale) > 0 {
		if err := state.Apply(ctx, stale...); err != nil {
			return nil, fmt.Errorf("feeds: prune clusters: %w", err)
		}
	}
	if cfg.View != nil {
		// The index holds the fingerprints now; a store that keeps only
		// what its poller needs forgets its copy.
		cfg.View.clustersIndexed()
		if d, ok := state.(interface{ Drop(bucket string) }); ok {
			d.Drop(BucketCluster)
		}
	}
	list := cfg.Feeds
	var fromFile map[string]bool
	if cfg.FeedsFile != "" {
		extra, mod, err := readFeedsFile(cfg.FeedsFile)
		if err != nil {
			return nil, err
		}
		p.fileMod = mod
		list, fromFile = mergeFeeds(cfg.Feeds, extra)
	}
	if n := len(list); cfg.Shard.count() > 1 {
		p.setOthers(list)
		list = cfg.Shard.Share(list)
		logger.Info("poller share", "shard", cfg.Shard.String(), "feeds", len(list), "of", n)
	}
	for _, spec := range list {
		if _, err := p.addFeed(ctx, spec, fromFile[spec.URL]); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// addFeed loads a feed's state and registers it; it starts its loop when
// the poller is running.
func (p *Poller) addFeed(ctx context.Context, spec Feed, fromFile bool) (*feed, error) {
	f := &feed{spec: spec, key: feedKey(spec.URL), stateKey: spec.key(), fromFile: fromFile, pending: map[string]uint64{}}
	st, seen, legacy, err := loadFeed(ctx, p.store, spec, true)
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	f.st, f.seen, f.legacyKey = st, seen, legacy
	if legacy != "" {
		// Found under an older key: store it under the canonical one at
		// the first commit.
		f.seenDirty = true
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, dup := p.feeds[spec.URL]; dup {
		return nil, fmt.Errorf("feeds: duplicate feed %s", spec.URL)
	}
	if o, dup := p.byState[f.stateKey]; dup {
		return nil, fmt.Errorf("feeds: feed %s is %s spelled differently (one stored state for both)", spec.URL, o.spec.URL)
	}
	p.byState[f.stateKey] = f
	p.feeds[spec.URL] = f
	p.byKey[f.key] = f
	if p.running && !p.stopping {
		p.startLocked(f)
	}
	return f, nil
}

func (p *Poller) removeFeed(u string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if f, ok := p.feeds[u]; ok {
		if f.cancel != nil {
			f.cancel()
		}
		delete(p.feeds, u)
		delete(p.byKey, f.key)
		delete(p.byState, f.stateKey)
	}
}

func (p *Poller) startLocked(f *feed) {
	ctx, cancel := context.WithCancel(p.runCtx)
	f.cancel = cancel
	p.wg.Go(func() { p.loop(ctx, f) })
}

// Run polls until ctx is done, then waits up to DrainTimeout for the acks
// of stories already published, commits what was acked, and returns. A
// fetch still in flight is abandoned without committing its state.
func (p *Poller) Run(ctx context.Context) error {
	p.mu.Lock()
	if p.running {
		p.mu.Unlock()
		return errors.New("feeds: Run called twice")
	}
	p.running, p.runCtx = true, ctx
	p.mu.Unlock()

	commitDone := make(chan struct{})
	go func() { defer close(commitDone); p.commits.run() }()

	p.mu.Lock()
	for range p.cfg.Workers {
		p.wg.Go(func() {
			for {
				select {
				case job := <-p.jobs:
					job()
				case <-ctx.Done():
					return
				}
			}
		})
	}
	for _, f := range p.feeds {
		p.startLocked(f)
	}
	if p.cfg.FeedsFile != "" {
		p.wg.Go(func() { p.watchFeedsFile(ctx) })
	}
	if p.cfg.View != nil {
		p.wg.Go(func() { p.takeForwarded(ctx) })
	}
	p.mu.Unlock()
	p.log.Info("polling feeds", "feeds", len(p.feeds), "workers", p.cfg.Workers, "per_host", p.cfg.PerHost)

	<-ctx.Done()
	p.mu.Lock()
	p.stopping = true
	p.mu.Unlock()
	p.wg.Wait()
	p.commits.stop()
	<-commitDone
	return nil
}

// loop is one feed's schedule.
func (p *Poller) loop(ctx context.Context, f *feed) {
	now := p.cfg.Now()
	f.mu.Lock()
	next := f.st.NextPoll
	f.mu.Unlock()
	// A stored time may legitimately lie as far ahead as the longest wait
	// khabar ever schedules — a server's Retry-After (capped) or the
	// backoff cap, both of which can exceed MaxInterval; a restart must
	// honour it (issue 14 §5). Only a time beyond that means the clock
	// jumped back.
	horizon := max(p.cfg.MaxInterval, p.cfg.MaxRetryAfter, p.cfg.BackoffCap)
	if next.IsZero() || next.After(now.Add(horizon)) {
		// First poll (or a clock that jumped back): soon, spread by a hash
		// of the URL so a thousand feeds do not start in the same second.
		spread := min(p.cfg.MinInterval, 3*time.Second)
		h := fnv.New64a()
		h.Write([]byte(f.spec.URL))
		next = now.Add(time.Duration(h.Sum64() % uint64(spread)))
	}
	timer := time.NewTimer(max(next.Sub(now), 0))
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		next := p.pollOnce(ctx, f)
		if ctx.Err() != nil {
			return
		}
		timer.Reset(max(next.Sub(p.cfg.Now()), 0))
	}
}

// hostLimit bounds concurrent fetches to one host and spaces their starts.
type hostLimit struct {
	sem       chan struct{}
	mu        sync.Mutex
	nextStart time.Time
}

// hostKey is the key of the per-host limit u falls under.
func hostKey(u string) string {
	if pu, err := url.Parse(u); err == nil && pu.Host != "" && pu.Scheme != "file" {
		return pu.Host
	}
	return "file"
}

func (p *Poller) host(u string) *hostLimit {
	key := hostKey(u)
	p.mu.Lock()
	defer p.mu.Unlock()
	h, ok := p.hosts[key]
	if !ok {
		h = &hostLimit{sem: make(chan struct{}, p.cfg.PerHost)}
		p.hosts[key] = h
	}
	return h
}

func (h *hostLimit) acquire(ctx context.Context, gap time.Duration, now func() time.Time) error {
	select {
	case h.sem <- struct{}{}:
	case <-ctx.Done():
		return ctx.Err()
	}
	h.mu.Lock()
	t := now()
	start := h.nextStart
	if start.Before(t) {
		start = t
	}
	h.nextStart = start.Add(gap)
	h.mu.Unlock()
	if wait := start.Sub(t); wait > 0 {
		timer := time.NewTimer(wait)
		defer timer.Stop()
		select {
		case <-timer.C:
		case <-ctx.Done():
			<-h.sem
			return ctx.Err()
		}
	}
	return nil
}

func (h *hostLimit) release() { <-h.sem }

// pollOnce fetches, parses and publishes one feed and returns when its
// next poll is due. It waits for the acks of what it published, so a
// feed never has two fetches in flight and the next one sends the
// validators of the last delivered one.
func (p *Poller) pollOnce(ctx context.Context, f *feed) time.Time {
	hl := p.host(f.spec.URL)
	gap := p.cfg.HostGap
	if f.spec.URL[:4] == "file" {
		gap = 0
	}
	f.mu.Lock()
	f.queuedSince = p.cfg.Now()
	f.mu.Unlock()
	dequeue := func() {
		f.mu.Lock()
		f.queuedSince = time.Time{}
		f.mu.Unlock()
	}
	if err := hl.acquire(ctx, gap, p.cfg.Now); err != nil {
		dequeue()
		return time.Time{}
	}
	// While the bus holds Config.MaxUnacked stories unacked (a broker
	// outage), or Workers fetches are between their start and their
	// publish, fetch nothing more: the feed stays queued.
	if err := p.unacked.acquire(ctx); err != nil {
		hl.release()
		dequeue()
		return time.Time{}
	}
	var releaseOnce sync.Once
	releaseFetch := func() { releaseOnce.Do(p.unacked.release) }
	defer releaseFetch()
	// The fetch and the parse run on a pool goroutine: feed goroutines
	// only wait, so 5,000 of them keep small stacks.
	f.mu.Lock()
	etag, lastMod := f.st.ETag, f.st.LastModified
	f.mu.Unlock()
	var (
		start time.Time
		res   fetchResult
		err   error
		done  = make(chan struct{})
	)
	job := func() {
		defer close(done)
		dequeue()
		start = p.cfg.Now()
		res, err = p.fetch.fetch(ctx, f.spec.URL, etag, lastMod)
	}
	select {
	case p.jobs <- job:
	case <-ctx.Done():
		hl.release()
		dequeue()
		return time.Time{}
	}
	<-done
	hl.release()
	if err != nil || res.NotModified {
		releaseFetch() // nothing to publish
	}
	if ctx.Err() != nil {
		return time.Time{} // shutdown: abandon, nothing committed
	}
	now := p.cfg.Now()
	lbl := label(f.spec.URL)
	p.m.polls.WithLabelValues(lbl).Inc()
	p.m.wireBytes.Add(float64(res.WireBytes))
	outcome := "ok"
	switch {
	case err != nil:
		outcome = "error"
	case res.NotModified:
		outcome = "not-modified"
	}
	p.m.latency.WithLabelValues(outcome).Observe(now.Sub(start).Seconds())

	if err != nil {
		return p.failed(f, now, res.Status, err)
	}
	hub, self := res.Hub, res.Self
	if hub == "" && res.NotModified {
		// A 304 has no body to find the hub in: renew the subscription we
		// hold, or a feed that advertises its hub only in the document would
		// lose push at the end of every lease while nothing changes.
		f.mu.Lock()
		if s := f.st.Sub; s != nil {
			hub, self = s.Hub, s.Topic
		}
		f.mu.Unlock()
	}
	if hub != "" {
		p.maybeSubscribe(ctx, f, hub, self)
	}
	if res.NotModified {
		p.m.notModified.WithLabelValues(lbl).Inc()
		f.mu.Lock()
		f.st.NotModified++
		if res.ETag != "" {
			f.st.ETag = res.ETag
		}
		next := p.succeededLocked(f, now, res.Status, nil, 0, res.CacheUntil)
		f.mu.Unlock()
		p.commits.mark(f)
		return next
	}
	var (
		parent          *pipeline.Message
		n               int
		dates           []time.Time
		docHub, docSelf string
	)
	done = make(chan struct{})
	job = func() {
		defer close(done)
		parsed, perr := Parse(f.spec.URL, res.Body, res.ContentType)
		if err = perr; err == nil {
			parent, n = p.publish(ctx, f, parsed, &res, now)
			releaseFetch()
			// The wait for the acks can be long (a broker outage: ≈80 s
			// of retries) and hundreds of feeds may wait at once: keep
			// only what the schedule needs (the items' dates), not the
			// document, its items and their texts (the bus holds the
			// messages it must retry).
			res.Body = nil
			dates, docHub, docSelf = parsed.dates(), parsed.Hub, parsed.Self
		}
	}
	select {
	case p.jobs <- job:
	case <-ctx.Done():
		return time.Time{}
	}
	<-done
	if err != nil {
		return p.failed(f, now, res.Status, err)
	}
	if docHub != "" {
		p.maybeSubscribe(ctx, f, docHub, docSelf)
	}
	if !p.awaitAck(ctx, parent) {
		return time.Time{} // shutdown before the acks: nothing committed
	}
	if perr := parent.Err(); perr != nil {
		p.log.Warn("feed stories not delivered; will fetch them again", "feed", f.spec.URL, "err", perr)
		f.mu.Lock()
		f.st.LastPoll = now
		f.st.NextPoll = now.Add(p.jitter(p.cfg.MinInterval))
		if ctx.Err() != nil {
			// Refused because the pipeline is stopping (Ctrl-C during a
			// large fetch): the next start fetches it again at once rather
			// than after min_interval (issue 12 §3).
			f.st.NextPoll = now
		}
		next := f.st.NextPoll
		f.mu.Unlock()
		p.commits.mark(f)
		return next
	}
	f.mu.Lock()
	next := p.succeededLocked(f, now, res.Status, dates, n, res.CacheUntil)
	f.mu.Unlock()
	p.commits.mark(f)
	return next
}

// awaitAck waits for parent; after ctx is done it still waits up to
// DrainTimeout, so stories the pipeline is about to make durable commit.
func (p *Poller) awaitAck(ctx context.Context, parent *pipeline.Message) bool {
	select {
	case <-parent.Done():
		return true
	case <-ctx.Done():
	}
	t := time.NewTimer(p.cfg.DrainTimeout)
	defer t.Stop()
	select {
	case <-parent.Done():
		return true
	case <-t.C:
		return false
	}
}

// freshStory is a new or changed item of a fetch, with its content hash
// and first-seen time.
type freshStory struct {
	st   pipeline.Story
	hash uint64
	seen int64
}

// publish turns the new and changed items of a document into messages and
// publishes them. The returned parent message is done when every story was
// acked (then the feed's state has already been advanced in memory and
// marked for commit) or one was nacked (state untouched).
func (p *Poller) publish(ctx context.Context, f *feed, parsed *Parsed, res *fetchResult, now time.Time) (*pipeline.Message, int) {
	var news []freshStory
	docIDs := make(map[string]bool, len(parsed.Items))
	recent := p.recentlyPublished()
	found := false
	f.mu.Lock()
	for _, it := range parsed.Items {
		st := it.Story
		docIDs[st.ID] = true
		h := contentHash(&st)
		first := now.Unix()
		if e, ok := f.seen[st.ID]; ok {
			if e.H == h {
				continue
			}
			first = e.T
		} else if t, ok := recent[st.ID]; ok {
			// Published before the last stop, not committed: the topic
			// has it already (recoverPublished).
			f.seen[st.ID] = seenEntry{H: h, T: t}
			f.seenDirty, found = true, true
			continue
		}
		if ph, ok := f.pending[st.ID]; ok && ph == h {
			continue // already on its way (a push and a poll crossing)
		}
		f.pending[st.ID] = h
		news = append(news, freshStory{st: st, hash: h, seen: first})
	}
	f.mu.Unlock()
	if found {
		p.commits.mark(f)
	}

	msgs := make([]*pipeline.Message, 0, len(news))
	tok := &commitToken{seen: make(map[string]seenEntry, len(news)), doc: docIDs}
	if res != nil {
		tok.poll, tok.etag, tok.lastModified = true, res.ETag, res.LastModified
		if parsed.Truncated {
			// Keep no validators: a 304 must not hide the items cut off.
			tok.etag, tok.lastModified = "", ""
			p.log.Warn("feed document truncated; its complete items are delivered and the whole document is asked for again", "feed", f.spec.URL, "items", len(parsed.Items))
		}
	}
	p.fillFullTexts(ctx, f, news)
	for i := range news {
		st := &news[i].st
		if st.Published.IsZero() {
			st.Published, st.PublishedGuessed = time.Unix(news[i].seen, 0).UTC(), true
		}
		st.Source = f.spec.Name
		if st.Source == "" {
			st.Source = parsed.Title
		}
		if st.Source != "" {
			st.Sources = []string{st.Source}
		}
		st.Category, st.Language, st.Topic, st.Fetched = f.spec.Category, f.spec.Language, f.spec.Topic, now.UTC()
		st.PublishedFuture = st.Published.After(st.Fetched)
		cl, ce := p.clusters.assign(st, now)
		st.Cluster = cl
		if ce != nil {
			tok.clusters = append(tok.clusters, ce)
		}
		b, err := json.Marshal(st)
		if err != nil {
			// Not reachable for a Story (strings, times, bools); logged so a
			// future field that can fail is seen, and left uncommitted so the
			// next fetch offers it again.
			p.log.Error("story not encoded", "feed", f.spec.URL, "story", st.ID, "err", err)
			continue
		}
		tok.seen[st.ID] = seenEntry{H: news[i].hash, T: news[i].seen}
		msgs = append(msgs, pipeline.NewMessage(st.ID, b))
	}
	parent := pipeline.NewMessage(f.spec.URL, nil)
	p.unacked.add(len(msgs))
	parent.OnDone(func(err error) {
		p.finish(f, tok, err)
		p.unacked.done(len(msgs))
	})
	pipeline.AckAfter(parent, msgs...)
	if len(msgs) > 0 {
		if err := p.pub.Publish(ctx, pipeline.TopicStories, msgs...); err != nil {
			// Publish nacks what it could not hand over; nack the rest too so
			// the fetch is not committed with a hole in it.
			for _, m := range msgs {
				m.Nack(fmt.Errorf("publish: %w", err))
			}
		}
	}
	return parent, len(msgs)
}

// fullTextParallel bounds the article fetches of one feed fetch that run
// at once: one stalling article page no longer holds the others (each has
// its own timeout), and one feed cannot flood a site.
const fullTextParallel = 4

// fillFullTexts fetches the full text of the new stories that need it,
// up to fullTextParallel at a time, and waits for all of them.
func (p *Poller) fillFullTexts(ctx context.Context, f *feed, news []freshStory) {
	if !f.spec.FullText {
		return
	}
	sem := make(chan struct{}, fullTextParallel)
	var wg sync.WaitGroup
	for i := range news {
		st := &news[i].st
		if utf8.RuneCountInString(st.Body) >= p.cfg.FullTextMinChars || st.URL == "" {
			continue
		}
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			p.fillFullText(ctx, f, st)
		}()
	}
	wg.Wait()
}

// commitToken is what one fetch (or push) will commit once acked.
type commitToken struct {
	poll               bool
	etag, lastModified string
	seen               map[string]seenEntry
	doc                map[string]bool
	clusters           []*clusterEntry
}

// finish runs when a fetch's stories are all acked (err nil) or one was
// nacked: it advances the in-memory state only on success and marks the
// feed for the committer.
func (p *Poller) finish(f *feed, tok *commitToken, err error) {
	f.mu.Lock()
	for id, e := range tok.seen {
		if f.pending[id] == e.H {
			delete(f.pending, id)
		}
	}
	if err == nil {
		for id, e := range tok.seen {
			f.seen[id] = e
		}
		pruneSeen(f.seen, tok.doc, max(p.cfg.MaxSeen, len(tok.doc)))
		f.seenDirty = f.seenDirty || len(tok.seen) > 0
		if tok.poll {
			f.st.ETag, f.st.LastModified = tok.etag, tok.lastModified
		}
		f.st.Stories += int64(len(tok.seen))
	}
	f.mu.Unlock()
	if err == nil {
		p.m.stories.WithLabelValues(label(f.spec.URL)).Add(float64(len(tok.seen)))
		p.commits.markClusters(tok.clusters)
		p.commits.mark(f)
	} else {
		p.m.errors.WithLabelValues(label(f.spec.URL), "delivery").Inc()
	}
}

// succeededLocked records a good poll and returns the next poll time.
func (p *Poller) succeededLocked(f *feed, now time.Time, status int, dates []time.Time, fresh int, cacheUntil time.Time) time.Time {
	st := &f.st
	if st.Failures > 0 {
		p.log.Info("feed recovered", "feed", f.spec.URL, "after_failures", st.Failures)
	}
	st.Polls++
	st.LastPoll, st.LastSuccess, st.LastStatus = now, now, status
	st.LastError, st.LastReason, st.Failures, st.FailingSince = "", "", 0, time.Time{}
	st.RetryAfter = 0
	f.failReport = false
	st.Interval = p.adapt(f, dates, fresh, now)
	iv := st.Interval
	if s := st.Sub; s != nil && s.State == "active" && s.LeaseUntil.After(now) &&
		now.Sub(s.heardFrom()) < p.cfg.WebSub.QuietAfter {
		// Push is live: polling is only the safety net.
		iv = max(iv, p.cfg.WebSub.PollInterval)
	}
	next := now.Add(p.jitter(iv))
	if cacheUntil.After(next) {
		next = minTime(cacheUntil, now.Add(p.cfg.MaxInterval))
	}
	st.NextPoll = next
	p.m.failures.WithLabelValues(label(f.spec.URL)).Set(0)
	p.m.lastSuccess.WithLabelValues(label(f.spec.URL)).Set(float64(now.Unix()))
	return next
}

// failed records a failed poll: exponential backoff from MinInterval up
// to BackoffCap (never giving up), or the server's Retry-After.
func (p *Poller) failed(f *feed, now time.Time, status int, err error) time.Time {
	reason := "parse"
	var fe *FetchError
	retry := time.Duration(0)
	if errors.As(err, &fe) {
		reason, retry = fe.Reason, fe.RetryAfter
	}
	p.m.errors.WithLabelValues(label(f.spec.URL), reason).Inc()
	f.mu.Lock()
	st := &f.st
	st.Polls++
	st.Errors++
	st.Failures++
	st.LastPoll, st.LastStatus, st.LastError, st.LastReason = now, status, err.Error(), reason
	st.RetryAfter = retry
	if st.FailingSince.IsZero() {
		st.FailingSince = now
	}
	shift := min(st.Failures-1, 20)
	backoff := min(p.cfg.MinInterval<<shift, p.cfg.BackoffCap)
	next := now.Add(p.jitter(backoff))
	if retry > 0 {
		next = maxTime(next, now.Add(min(retry, p.cfg.MaxRetryAfter)))
	}
	st.NextPoll = next
	failing := now.Sub(st.FailingSince) >= p.cfg.FailingAfter && !f.failReport
	if failing {
		f.failReport = true
	}
	h := healthOf(f.spec, st, now, p.cfg.FailingAfter)
	f.mu.Unlock()
	p.m.failures.WithLabelValues(label(f.spec.URL)).Set(float64(h.ConsecutiveFailures))
	p.log.Warn("feed poll failed", "feed", f.spec.URL, "reason", reason, "status", status,
		"failures", h.ConsecutiveFailures, "next_poll", next, "err", err)
	if failing {
		p.log.Error("feed failing", "feed", f.spec.URL, "since", h.FailingSince, "last_error", h.LastError)
		switch {
		case p.cfg.ReportFailing != nil:
			ctx := p.runCtx
			if ctx == nil {
				ctx = context.Background() // polled outside Run (tests)
			}
			if err := p.cfg.ReportFailing(ctx, h); err != nil {
				p.log.Error("feed failing: report not delivered, retried at the next failed poll", "feed", f.spec.URL, "err", err)
				f.mu.Lock()
				f.failReport = false
				f.mu.Unlock()
			}
		case p.cfg.OnFailing != nil:
			p.cfg.OnFailing(h)
		}
	}
	p.commits.mark(f)
	return next
}

// adapt sets the interval from the publishing rate seen in the document:
// half the mean gap between the newest dated items (or the time since the
// newest, when the feed has gone quiet), within the configured bounds.
func (p *Poller) adapt(f *feed, dates []time.Time, fresh int, now time.Time) time.Duration {
	if f.spec.Interval > 0 {
		return f.spec.Interval
	}
	cur := f.st.Interval
	if cur <= 0 {
		cur = p.cfg.MinInterval
	}
	var ts []time.Time
	for _, t := range dates {
		if !t.IsZero() && !t.After(now) {
			ts = append(ts, t)
		}
	}
	switch {
	case len(ts) >= 2:
		sort.Slice(ts, func(i, j int) bool { return ts[i].After(ts[j]) })
		if len(ts) > 10 {
			ts = ts[:10]
		}
		gap := ts[0].Sub(ts[len(ts)-1]) / time.Duration(len(ts)-1)
		gap = max(gap, now.Sub(ts[0]))
		cur = gap / 2
	case fresh > 0:
		cur /= 2
	default:
		cur = cur * 3 / 2
	}
	return min(max(cur, p.cfg.MinInterval), p.cfg.MaxInterval)
}

func (p *Poller) jitter(d time.Duration) time.Duration {
	if p.cfg.Jitter == 0 || d <= 0 {
		return d
	}
	return time.Duration(float64(d) * (1 + p.cfg.Jitter*(2*rand.Float64()-1)))
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
