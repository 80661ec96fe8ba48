package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/khabar/khabar/connectors/elastic"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
)

// Start-up waits. A long-running role (run, poll, work, track, index)
// started while the broker or the Elasticsearch cluster is down — a
// restart, a deployment that starts everything at once — retries with
// backoff until the service answers or its startup_wait runs out, logging
// every attempt with the address; at run time the bus and the sink already
// retry. One-shot commands (setup, replay, search, feeds, alerts, pairs)
// never wait: a wrong or dead address is their error within seconds.
const (
	startupFirstWait = time.Second
	startupMaxWait   = 15 * time.Second
)

// startupWait retries one service's opening.
type startupWait struct {
	service string        // "kafka", "elasticsearch"
	address string        // what is dialled (no credentials), for the log and the error
	setting string        // the setting that bounds the wait, for the error
	limit   time.Duration // how long to keep trying; 0: one attempt
	// retry tells an error worth waiting out (unreachable, unavailable)
	// from one that waiting does not change (a missing setup, a refused
	// credential, a bad certificate): the latter is returned at once.
	retry func(error) bool
	log   *slog.Logger
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
}

// kafkaStartup waits for cfg's brokers, up to bus.kafka.startup_wait.
func kafkaStartup(cfg config.KafkaConfig, log *slog.Logger) startupWait {
	return startupWait{
		service: "kafka", address: strings.Join(cfg.Brokers, ","), setting: "bus.kafka.startup_wait",
		limit: cfg.StartupWait, retry: func(err error) bool { return errors.Is(err, kafka.ErrUnreachable) },
		log: log, now: time.Now, sleep: sleepCtx,
	}
}

// elasticStartup waits for cfg's cluster, up to sink.elasticsearch.startup_wait.
func elasticStartup(cfg config.ElasticConfig, log *slog.Logger) startupWait {
	return startupWait{
		service: "elasticsearch", address: strings.Join(withoutUserinfo(cfg.URLs), ","), setting: "sink.elasticsearch.startup_wait",
		limit: cfg.StartupWait, retry: elastic.Unavailable,
		log: log, now: time.Now, sleep: sleepCtx,
	}
}

// do calls open until it succeeds, fails in a way waiting does not
// change, ctx ends, or the limit has passed; the waits between attempts
// double from startupFirstWait up to startupMaxWait and never run past the
// limit. Each failed attempt is logged with the address, the attempt
// number and the next wait.
func (w startupWait) do(ctx context.Context, open func(ctx context.Context) error) error {
	start := w.now()
	next := startupFirstWait
	for attempt := 1; ; attempt++ {
		err := open(ctx)
		if err == nil {
			if attempt > 1 {
				w.log.Info(w.service+" answered at start-up", "service", w.service, "address", w.address,
					"attempt", attempt, "waited", w.now().Sub(start).Round(time.Millisecond).String())
			}
			return nil
		}
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			return fmt.Errorf("starting with %s at %s: %w: %w", w.service, w.address, cerr, err)
		}
		if ctx.Err() != nil || !w.retry(err) {
			return err
		}
		waited := w.now().Sub(start)
		left := w.limit - waited
		if left <= 0 {
			if w.limit == 0 {
				return err
			}
			return fmt.Errorf("%s at %s did not answer at start-up after %d attempts over %s (%s %s): %w",
				w.service, w.address, attempt, waited.Round(time.Second), w.setting, w.limit, err)
		}
		d := min(next, left)
		w.log.Warn("waiting for "+w.service+" at start-up", "service", w.service, "address", w.address,
			"attempt", attempt, "next_wait", d.Round(time.Millisecond).String(),
			"waited", waited.Round(time.Millisecond).String(), "startup_wait", w.limit.String(), "err", err.Error())
		if err := w.sleep(ctx, d); err != nil {
			return fmt.Errorf("waiting for %s at %s at start-up: %w", w.service, w.address, err)
		}
		next = min(2*next, startupMaxWait)
	}
}

// sleepCtx waits d or until ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// withoutUserinfo drops user:password from URLs, for logs and errors.
func withoutUserinfo(urls []string) []string {
	out := make([]string, len(urls))
	for i, u := range urls {
		pu, err := url.Parse(u)
		if err != nil {
			out[i] = "(unparseable URL)"
			continue
		}
		pu.User = nil
		out[i] = pu.String()
	}
	return out
}
