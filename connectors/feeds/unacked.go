package feeds

import (
	"context"
	"sync"
)

// unackedBound is the poller's back-pressure from the bus. It counts the
// stories published and not yet acked or nacked, and the fetches between
// their start and their publish; a fetch starts only while fewer than
// limit stories are unacked and fewer than active fetches are under way.
//
// During a broker outage the bus holds every message for its retries.
// Without the bound a poller went on fetching and publishing the new
// stories of every feed it owns — after a take-over, all of them fall due
// at once — and held them all, with the fetched documents waiting for a
// worker to parse them, until the broker was back. With it, what waits is
// at most limit stories plus active documents.
type unackedBound struct {
	limit  int // < 0: no bound at all
	active int // fetches from start to publish at once

	mu       sync.Mutex
	n        int // unacked stories
	fetching int
	room     chan struct{} // closed (and replaced) whenever n or fetching falls
}

func newUnackedBound(limit, active int) *unackedBound {
	return &unackedBound{limit: limit, active: max(active, 1), room: make(chan struct{})}
}

// acquire waits until a fetch may start and counts it, or returns ctx's
// error. Every acquire is followed by one release.
func (u *unackedBound) acquire(ctx context.Context) error {
	for {
		u.mu.Lock()
		if u.limit < 0 || (u.n < u.limit && u.fetching < u.active) {
			u.fetching++
			u.mu.Unlock()
			return nil
		}
		room := u.room
		u.mu.Unlock()
		select {
		case <-room:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// release ends a fetch (its stories, if any, were counted by add).
func (u *unackedBound) release() {
	u.mu.Lock()
	u.fetching--
	u.wakeLocked()
	u.mu.Unlock()
}

// add counts n stories handed to the bus.
func (u *unackedBound) add(n int) {
	u.mu.Lock()
	u.n += n
	u.mu.Unlock()
}

// done counts n stories acked or nacked.
func (u *unackedBound) done(n int) {
	if n == 0 {
		return
	}
	u.mu.Lock()
	u.n -= n
	u.wakeLocked()
	u.mu.Unlock()
}

func (u *unackedBound) wakeLocked() {
	close(u.room)
	u.room = make(chan struct{})
}

// count is how many stories are unacked.
func (u *unackedBound) count() int {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.n
}
