package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

// FailingReport is a message on the feed-failing topic: a feed a poller
// has seen failing for longer than poll.failing_after, for the alert
// engine's feed rules (on: feed), which may run in another process. Key:
// the feed URL. It is the message alert.FeedFailingHandler reads.
type FailingReport = alert.FeedFailingMessage

// ReportOf is the report of a failing feed's health.
func ReportOf(h FeedHealth) FailingReport {
	return FailingReport{URL: h.URL, Name: h.Name, Category: h.Category,
		Failures: h.ConsecutiveFailures, Since: h.FailingSince, LastError: h.LastError}
}

// PublishFailing publishes h's report on topic and waits for the bus's
// acknowledgement (or ctx).
func PublishFailing(ctx context.Context, pub pipeline.Publisher, topic string, h FeedHealth) error {
	msg, err := pipeline.Encode(h.URL, ReportOf(h))
	if err != nil {
		return fmt.Errorf("encode feed-failing %s: %w", h.URL, err)
	}
	if err := pub.Publish(ctx, topic, msg); err != nil {
		return fmt.Errorf("publish feed-failing %s: %w", h.URL, err)
	}
	select {
	case <-msg.Done():
		if err := msg.Err(); err != nil {
			return fmt.Errorf("publish feed-failing %s: %w", h.URL, err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("publish feed-failing %s: not acknowledged: %w", h.URL, ctx.Err())
	}
}

// FailingReporter is a Config.ReportFailing that publishes each report on
// topic, waiting up to timeout (10 s when 0) for the acknowledgement; a
// report not acknowledged is an error, and the poller reports the episode
// again at the feed's next failed poll.
func FailingReporter(pub pipeline.Publisher, topic string, timeout time.Duration) func(context.Context, FeedHealth) error {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	return func(ctx context.Context, h FeedHealth) error {
		ctx, cancel := context.WithTimeout(ctx, timeout)
		defer cancel()
		return PublishFailing(ctx, pub, topic, h)
	}
}

// FailingPublisher is a Config.OnFailing that publishes each report on
// topic, waiting up to timeout (10 s when 0) for the acknowledgement. The
// poller reports an episode once (again after a restart; the alert engine
// judges an episode once), so a report that could not be published is
// logged as an error: no alert for that episode until the poller restarts.
//
// Deprecated: use FailingReporter as Config.ReportFailing, which has the
// report retried (Open does).
func FailingPublisher(pub pipeline.Publisher, topic string, timeout time.Duration, log *slog.Logger) func(FeedHealth) {
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return func(h FeedHealth) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		if err := PublishFailing(ctx, pub, topic, h); err != nil {
			log.Error("feed-failing report not published: no alert for this episode until the poller restarts", "feed", h.URL, "err", err)
		}
	}
}

// DecodeFailing reads a feed-failing message. An undecodable one, or a
// report without a feed URL, is a permanent error naming the message's key.
func DecodeFailing(m *pipeline.Message) (FailingReport, error) {
	var r FailingReport
	if err := pipeline.Decode(m, &r); err != nil {
		return r, err
	}
	if r.URL == "" {
		return r, pipeline.Permanent(fmt.Errorf("feed-failing message (key %q) has no feed url", m.Key))
	}
	return r, nil
}
