// Package kafkatest is the set-up the tests over a real Kafka broker
// share (KHABAR_TEST_KAFKA, started by scripts/kafka.sh): the broker's
// address, a config under a fresh topic prefix, topics, buses closed when
// the test ends, a consumer group's lag and the wait for it to drain.
//
// It sits beside bustest, not in it, so that the conformance suite the
// in-process bus runs does not depend on the Kafka client.
package kafkatest

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/testenv"
)

// Broker returns the bootstrap address of the broker started by
// scripts/kafka.sh (KHABAR_TEST_KAFKA). Without one the test is skipped,
// and in CI it fails: a missing broker is never a silent pass.
func Broker(tb testing.TB) string {
	tb.Helper()
	return testenv.Service(tb, "KHABAR_TEST_KAFKA", "scripts/kafka.sh start")
}

// Logger writes records at level and above to stderr when the tests run
// with -v, and nothing otherwise.
func Logger(level slog.Level) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	}
	return slog.New(slog.DiscardHandler)
}

// Config is a config for the broker at addr under a fresh topic prefix
// (tag, 8 random hex digits and a dot), so tests never see each other's
// messages, with 3 partitions a topic and short timeouts for quick
// shutdowns. Its topics are not created: see Setup.
func Config(tb testing.TB, addr, tag string) kafka.Config {
	tb.Helper()
	cfg := kafka.DefaultConfig()
	cfg.Brokers = []string{addr}
	cfg.TopicPrefix = testenv.Prefix(tb, tag, ".")
	cfg.Partitions = 3
	cfg.DrainTimeout = 2 * time.Second
	cfg.SessionTimeout = 6 * time.Second
	cfg.CommitInterval = 50 * time.Millisecond
	return cfg
}

// Setup creates khabar's topics under cfg's prefix, within a minute.
func Setup(tb testing.TB, cfg kafka.Config, logger *slog.Logger) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := kafka.Setup(ctx, cfg, logger); err != nil {
		tb.Fatalf("setup topics: %v", err)
	}
}

// Bus opens a bus on cfg, closed when the test ends (a failed close fails
// the test).
func Bus(tb testing.TB, cfg kafka.Config, logger *slog.Logger) *kafka.Bus {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b, err := kafka.New(ctx, cfg, logger)
	if err != nil {
		tb.Fatalf("new bus: %v", err)
	}
	tb.Cleanup(func() {
		if err := b.Close(); err != nil {
			tb.Errorf("close bus: %v", err)
		}
	})
	return b
}

// StateStore opens a state store on topic (and the bus it reads with),
// both closed when the test ends.
func StateStore(tb testing.TB, cfg kafka.Config, topic string, logger *slog.Logger) (*kafka.StateStore, *kafka.Bus) {
	tb.Helper()
	bus := Bus(tb, cfg, logger)
	st, err := kafka.OpenStateStore(context.Background(), bus, topic)
	if err != nil {
		tb.Fatalf("open state store %s: %v", topic, err)
	}
	tb.Cleanup(func() { // runs before the bus's close
		if err := st.Close(); err != nil {
			tb.Errorf("close state store %s: %v", topic, err)
		}
	})
	return st, bus
}

// PublishAll publishes msgs to topic and waits until each is durable.
func PublishAll(tb testing.TB, ctx context.Context, pub pipeline.Publisher, topic string, msgs ...*pipeline.Message) {
	tb.Helper()
	if err := pub.Publish(ctx, topic, msgs...); err != nil {
		tb.Fatalf("publish to %s: %v", topic, err)
	}
	for _, m := range msgs {
		select {
		case <-m.Done():
			if err := m.Err(); err != nil {
				tb.Fatalf("publish %s to %s: %v", m.Key, topic, err)
			}
		case <-ctx.Done():
			tb.Fatal(ctx.Err())
		}
	}
}

// Lag is how many messages of topic (short name, under cfg's prefix) the
// consumer group (short name too) has not committed.
func Lag(ctx context.Context, cfg kafka.Config, group, topic string) (int64, error) {
	full := cfg.Topic(topic)
	tr := &kafkago.Transport{MetadataTTL: time.Second}
	defer tr.CloseIdleConnections()
	cl := &kafkago.Client{Addr: kafkago.TCP(cfg.Brokers...), Timeout: 10 * time.Second, Transport: tr}
	meta, err := cl.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil {
		return 0, fmt.Errorf("lag of %s/%s: metadata: %w", group, full, err)
	}
	if len(meta.Topics) != 1 {
		return 0, fmt.Errorf("metadata of %s: %d topics", full, len(meta.Topics))
	}
	var reqs []kafkago.OffsetRequest
	var parts []int
	for _, p := range meta.Topics[0].Partitions {
		reqs = append(reqs, kafkago.LastOffsetOf(p.ID))
		parts = append(parts, p.ID)
	}
	ends, err := cl.ListOffsets(ctx, &kafkago.ListOffsetsRequest{Topics: map[string][]kafkago.OffsetRequest{full: reqs}})
	if err != nil {
		return 0, fmt.Errorf("lag of %s/%s: end offsets: %w", group, full, err)
	}
	off, err := cl.OffsetFetch(ctx, &kafkago.OffsetFetchRequest{GroupID: cfg.TopicPrefix + group, Topics: map[string][]int{full: parts}})
	if err != nil {
		return 0, fmt.Errorf("lag of %s/%s: committed offsets: %w", group, full, err)
	}
	if len(parts) == 0 || len(ends.Topics[full]) != len(parts) || len(off.Topics[full]) != len(parts) {
		return 0, fmt.Errorf("lag of %s/%s: partial answer", group, full)
	}
	committed := map[int]int64{}
	for _, p := range off.Topics[full] {
		committed[p.Partition] = max(p.CommittedOffset, 0)
	}
	var n int64
	for _, po := range ends.Topics[full] {
		n += po.LastOffset - committed[po.Partition]
	}
	return n, nil
}

// WaitDrained waits until every (group, topic) pair has committed
// everything, the positive signal that every input was processed and no
// redelivery is due; it fails the test after timeout, naming each lag.
func WaitDrained(tb testing.TB, ctx context.Context, cfg kafka.Config, timeout time.Duration, pairs ...[2]string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		all := true
		var status []string
		for _, p := range pairs {
			l, err := Lag(ctx, cfg, p[0], p[1])
			if err != nil || l != 0 {
				all = false
			}
			status = append(status, fmt.Sprintf("%s/%s lag %d (%v)", p[0], p[1], l, err))
		}
		if all {
			return
		}
		select {
		case <-ctx.Done():
			tb.Fatalf("not drained within %s: %v", timeout, status)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
