package feeds

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// A poller killed after the bus acknowledged a fetch's stories but before
// their delivered-story set was committed would publish them again at its
// next start: the stories topic would hold a copy (the index keeps one
// document per story id, so nobody sees it, but it costs a second
// analysis). On start, a poller whose publisher can read the stories topic
// back (kafka.Bus) reads it from shortly before its feeds' last committed
// poll, and takes the stories of its own feeds found there as delivered.
// The window a kill can hit is from the broker's append to the commit of
// the seen set (one produce round trip after the ack): the copies it
// leaves are found as long as the restart comes within
// Config.RecoverWindow of the last commit.

// storyScanner reads a topic back from a time on (kafka.Bus.Scan).
type storyScanner interface {
	Scan(ctx context.Context, topic string, since time.Time, count func(n int64), fn func(m *pipeline.Message) error) error
}

// recoverMargin is how long before the last committed poll the scan
// starts: longer than a fetch's publish-to-commit time.
const recoverMargin = 2 * time.Minute

// recoverPublished fills p.recent with the stories of p's feeds on the
// stories topic since recoverMargin before the latest committed poll of
// any of them, and returns how many it found.
func (p *Poller) recoverPublished(ctx context.Context, sc storyScanner) (int, error) {
	if p.cfg.RecoverWindow < 0 {
		return 0, nil
	}
	p.mu.Lock()
	var last time.Time
	mine := make(map[string]bool, len(p.feeds))
	for u, f := range p.feeds {
		mine[u] = true
		f.mu.Lock()
		last = maxTime(last, f.st.LastPoll)
		f.mu.Unlock()
	}
	p.mu.Unlock()
	now := p.cfg.Now()
	if last.IsZero() {
		return 0, nil // nothing committed yet: nothing published before
	}
	if now.Sub(last) > p.cfg.RecoverWindow {
		p.log.Info("not looking for stories published before the last stop: it is older than the recover window",
			"last_commit", last, "recover_window", p.cfg.RecoverWindow)
		return 0, nil
	}
	since := last.Add(-recoverMargin)
	type hit struct {
		feed string
		t    int64
	}
	hits := map[string]hit{}
	err := sc.Scan(ctx, pipeline.TopicStories, since, func(int64) {}, func(m *pipeline.Message) error {
		var st struct {
			Feed             string    `json:"feed"`
			Published        time.Time `json:"published"`
			PublishedGuessed bool      `json:"published_guessed"`
		}
		if json.Unmarshal(m.Value, &st) != nil || !mine[st.Feed] {
			return nil
		}
		t := now.Unix()
		if st.PublishedGuessed {
			t = st.Published.Unix() // keeps the guessed date stable
		}
		hits[m.Key] = hit{st.Feed, t}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("feeds: read back stories published since %s: %w", since.Format(time.RFC3339), err)
	}
	recent := map[string]int64{}
	p.mu.Lock()
	for id, h := range hits {
		f := p.feeds[h.feed]
		if f == nil {
			continue
		}
		f.mu.Lock()
		_, seen := f.seen[id]
		f.mu.Unlock()
		if !seen {
			recent[id] = h.t
		}
	}
	p.recent = recent
	p.mu.Unlock()
	if len(recent) > 0 {
		p.log.Info("stories published before the last stop but not committed are taken as delivered", "stories", len(recent), "since", since)
	}
	return len(recent), nil
}

// recentlyPublished is what recoverPublished found.
func (p *Poller) recentlyPublished() map[string]int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.recent
}
