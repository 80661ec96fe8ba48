package alert

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// FeedFailure is a feed the poll stage reports as failing for longer than
// its threshold (poll.failing_after). It mirrors the poller's feed health
// so this package needs no connector.
type FeedFailure struct {
	URL      string
	Name     string
	Category string
	// Failures is the number of consecutive failed polls.
	Failures int
	// Since is when the failing episode began (the first failed poll).
	Since     time.Time
	LastError string
}

// OnFeedFailing judges one failing feed at once against the feed rules
// (on: feed), as OnAnalysis. The key is the feed URL (key: feed) unless
// the rule groups by rule. A failing episode (URL and Since) is judged
// once: the poller reporting it again, e.g. after a restart, never fires
// twice.
func (e *Engine) OnFeedFailing(ctx context.Context, f FeedFailure) ([]pipeline.Alert, error) {
	obs, err := e.ObserveFeed(f)
	if err != nil {
		return nil, err
	}
	alerts, err := e.judgeNow(ctx, obs)
	if err != nil {
		return nil, fmt.Errorf("alert: feed %s: %w", f.URL, err)
	}
	return alerts, nil
}

func matchFeed(r *Rule, f FeedFailure) []candidate {
	if len(r.Categories) > 0 && !slices.Contains(r.Categories, f.Category) {
		return nil
	}
	// Stories carry the feed's name as their source, so sources names
	// feeds the same way; a URL is accepted too, for unnamed feeds.
	if len(r.Sources) > 0 && !slices.Contains(r.Sources, f.URL) && (f.Name == "" || !slices.Contains(r.Sources, f.Name)) {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "feed %s", f.URL)
	if f.Name != "" {
		fmt.Fprintf(&b, " (%s)", f.Name)
	}
	fmt.Fprintf(&b, " failing: %d consecutive failures", f.Failures)
	if !f.Since.IsZero() {
		fmt.Fprintf(&b, " since %s", f.Since.UTC().Format(time.RFC3339))
	}
	if f.LastError != "" {
		fmt.Fprintf(&b, "; last error: %s", f.LastError)
	}
	key := f.URL
	if r.Key == KeyRule {
		key = ""
	}
	return []candidate{{
		rule:    r,
		key:     key,
		trigger: "feed:" + f.URL + "@" + f.Since.UTC().Format(time.RFC3339Nano),
		reason:  b.String(),
		at:      f.Since,
	}}
}
