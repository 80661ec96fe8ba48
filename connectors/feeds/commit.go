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
	ops := make([]pipeline.StateOp, 0, len(dirty)+len(clusters))
	for f := range dirty {
		f.mu.Lock()
		ops = append(ops, putJSON(BucketState, f.spec.URL, &f.st))
		if f.seenDirty {
			ops = append(ops, putJSON(BucketSeen, f.spec.URL, f.seen))
			f.seenDirty = false
		}
		f.mu.Unlock()
	}
	for _, e := range clusters {
		ops = append(ops, putJSON(BucketCluster, e.ID, e))
	}
	// Entries that left the window; a failed delete is harmless (the next
	// start prunes what is stale), so they are not retried.
	for _, id := range c.p.clusters.takeExpired() {
		ops = append(ops, pipeline.StateOp{Bucket: BucketCluster, Key: id, Delete: true})
	}
	// The run context may be done already (shutdown drain): the commit
	// must still happen, bounded.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.p.store.Apply(ctx, ops...); err != nil {
		c.p.log.Error("commit feed state", "feeds", len(dirty), "err", err)
		// Mark them dirty again so a later flush retries.
		c.mu.Lock()
		for f := range dirty {
			f.mu.Lock()
			f.seenDirty = true
			f.mu.Unlock()
			c.dirty[f] = struct{}{}
		}
		c.clusters = append(c.clusters, clusters...)
		c.mu.Unlock()
	}
}
