package feeds

import (
	"context"
	"sync"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// committer writes feed state to the StateStore in group commits: feeds
// are marked dirty (from pollers, ack callbacks and push handlers, none of
// which may block on disk) and one goroutine writes the current snapshot
// of every dirty feed in one atomic Apply. Thousands of 304s per minute
// thus cost a handful of fsyncs, and an ack callback never waits on I/O.
type committer struct {
	p        *Poller
	mu       sync.Mutex
	dirty    map[*feed]struct{}
	clusters []*clusterEntry
	notify   chan struct{}
	done     chan struct{}
	stopped  bool
}

func newCommitter(p *Poller) *committer {
	return &committer{p: p, dirty: map[*feed]struct{}{}, notify: make(chan struct{}, 1), done: make(chan struct{})}
}

func (c *committer) mark(f *feed) {
	c.mu.Lock()
	if !c.stopped {
		c.dirty[f] = struct{}{}
	}
	c.mu.Unlock()
	select {
	case c.notify <- struct{}{}:
	default:
	}
}

func (c *committer) markClusters(es []*clusterEntry) {
	if len(es) == 0 {
		return
	}
	c.mu.Lock()
	if !c.stopped {
		c.clusters = append(c.clusters, es...)
	}
	c.mu.Unlock()
}

// stop makes run flush once more and return.
func (c *committer) stop() { close(c.done) }

func (c *committer) run() {
	for {
		select {
		case <-c.notify:
			c.flush()
		case <-c.done:
			c.flush()
			c.mu.Lock()
			c.stopped = true
			c.mu.Unlock()
			return
		}
	}
}

func (c *committer) flush() {
	c.mu.Lock()
	dirty, clusters := c.dirty, c.clusters
	c.dirty, c.clusters = map[*feed]struct{}{}, nil
	c.mu.Unlock()
	if len(dirty) == 0 && len(clusters) == 0 {
		return
	}
	// Seen sets and fingerprints first, schedules and validators after
	// (see BucketState): each Apply may be non-atomic across keys, and the
	// order makes a crash between them harmless.
	var first, second, legacy []pipeline.StateOp
	seenOf := map[*feed]bool{}
	for f := range dirty {
		f.mu.Lock()
		second = append(second, putJSON(BucketState, f.stateKey, &f.st))
		if f.seenDirty {
			first = append(first, putJSON(BucketSeen, f.stateKey, f.seen))
			f.seenDirty = false
			seenOf[f] = true
		}
		if f.legacyKey != "" {
			legacy = append(legacy,
				pipeline.StateOp{Bucket: BucketState, Key: f.legacyKey, Delete: true},
				pipeline.StateOp{Bucket: BucketSeen, Key: f.legacyKey, Delete: true})
		}
		f.mu.Unlock()
	}
	for _, e := range clusters {
		first = append(first, putJSON(BucketCluster, e.ID, e))
	}
	// Entries that left the window; a failed delete is harmless (the next
	// start prunes what is stale), so they are not retried.
	for _, id := range c.p.clusters.takeExpired() {
		first = append(first, pipeline.StateOp{Bucket: BucketCluster, Key: id, Delete: true})
	}
	// The run context may be done already (shutdown drain): the commit
	// must still happen, bounded.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	err := c.p.store.Apply(ctx, first...)
	if err == nil {
		err = c.p.store.Apply(ctx, second...)
	}
	if err != nil {
		c.p.log.Error("commit feed state", "feeds", len(dirty), "err", err)
		// Mark them dirty again so a later flush retries.
		c.mu.Lock()
		for f := range dirty {
			if seenOf[f] {
				f.mu.Lock()
				f.seenDirty = true
				f.mu.Unlock()
			}
			c.dirty[f] = struct{}{}
		}
		c.clusters = append(c.clusters, clusters...)
		c.mu.Unlock()
		return
	}
	if len(legacy) == 0 {
		return
	}
	// The state is under its canonical key now: drop the older copy. A
	// failure leaves a stale copy that is never read while the canonical
	// one exists; it is tried again at the next commit of the feed.
	if err := c.p.store.Apply(ctx, legacy...); err != nil {
		c.p.log.Warn("old feed state keys not deleted", "feeds", len(legacy)/2, "err", err)
		return
	}
	for f := range dirty {
		f.mu.Lock()
		f.legacyKey = ""
		f.mu.Unlock()
	}
}
