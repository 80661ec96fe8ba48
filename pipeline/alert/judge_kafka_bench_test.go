package alert_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

// Real-broker helpers of the alert tests (KHABAR_TEST_KAFKA).

func realBroker(tb testing.TB) string {
	tb.Helper()
	addr := os.Getenv("KHABAR_TEST_KAFKA")
	if addr == "" {
		if os.Getenv("CI") != "" {
			tb.Fatal("KHABAR_TEST_KAFKA not set: run scripts/kafka.sh start")
		}
		tb.Skip("KHABAR_TEST_KAFKA not set: run scripts/kafka.sh start")
	}
	return addr
}

func quietLogger() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return slog.New(slog.DiscardHandler)
}

// kafkaConfig has a fresh topic prefix and khabar's topics set up.
func kafkaConfig(tb testing.TB, addr string) kafka.Config {
	tb.Helper()
	var b [4]byte
	_, _ = rand.Read(b[:])
	cfg := kafka.DefaultConfig()
	cfg.Brokers = []string{addr}
	cfg.TopicPrefix = "ta" + hex.EncodeToString(b[:]) + "."
	cfg.Partitions = 3
	cfg.DrainTimeout = 2 * time.Second
	cfg.SessionTimeout = 6 * time.Second
	cfg.CommitInterval = 50 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := kafka.Setup(ctx, cfg, quietLogger()); err != nil {
		tb.Fatalf("setup topics: %v", err)
	}
	return cfg
}

// kafkaState opens a process's alert-state store (and its bus), closed at
// the end of the test.
func kafkaState(tb testing.TB, cfg kafka.Config) (*kafka.StateStore, *kafka.Bus) {
	tb.Helper()
	ctx := context.Background()
	bus, err := kafka.New(ctx, cfg, quietLogger())
	if err != nil {
		tb.Fatal(err)
	}
	st, err := kafka.OpenStateStore(ctx, bus, kafka.TopicAlertState)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := st.Close(); err != nil {
			tb.Errorf("close state store: %v", err)
		}
		if err := bus.Close(); err != nil {
			tb.Errorf("close bus: %v", err)
		}
	})
	return st, bus
}

// hotKeyInputs are n alert inputs of one rule and key (a person every
// story is hostile about), each story from its own source with ~2 KB of
// evidence, dated one a minute from start — the input the chaos run's
// hot keys get.
func hotKeyInputs(rule, key string, n int, start time.Time, wall time.Time) []*pipeline.Message {
	sentence := strings.Repeat("सरकार पर लगाए गए आरोपों को लेकर नेता ने तीखा हमला बोला। ", 8) // ~1 KB, our own words
	msgs := make([]*pipeline.Message, 0, n)
	for i := range n {
		id := fmt.Sprintf("%040x", i)
		o := alert.Observation{Rule: rule, Key: key, Trigger: "story:" + id,
			Story: pipeline.AlertStory{ID: id, Title: fmt.Sprintf("खबर %d", i), URL: "https://example.org/" + id,
				Source: fmt.Sprintf("source-%d", i%97), Evidence: []string{sentence, sentence}},
			At: start.Add(time.Duration(i) * time.Minute), Wall: wall}
		m, err := pipeline.Encode(o.MessageKey(), o)
		if err != nil {
			panic(err)
		}
		msgs = append(msgs, m)
	}
	return msgs
}

// BenchmarkJudgeHotKeyKafka: JudgeHandler over the Kafka alert-state
// store, 2,000 inputs of one hot key per iteration (a fresh key each), the
// shipped burst rule (3 sources within 1h, quiet 6h). Reports inputs/s.
func BenchmarkJudgeHotKeyKafka(b *testing.B) {
	cfg := kafkaConfig(b, realBroker(b))
	if v := os.Getenv("KHABAR_BENCH_BATCH_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.BatchTimeout = d
	}
	st, _ := kafkaState(b, cfg)
	rules, err := alert.ParseRules("bench", []byte(`version: 1
rules:
  - {name: hostile-burst-person, on: analysis, polarity: hostile, types: [person], key: entity,
     count: {at_least: 3, distinct: source, within: 1h}, quiet: 6h, notify: [log]}
`), nil)
	if err != nil {
		b.Fatal(err)
	}
	e, err := alert.New(alert.DefaultConfig(), rules, st, map[string]alert.Notifier{"log": alert.LogNotifier{Logger: quietLogger()}}, quietLogger(), nil)
	if err != nil {
		b.Fatal(err)
	}
	h := alert.JudgeHandler(e)
	const n = 2000
	start := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	b.ResetTimer()
	var inputs int
	t0 := time.Now()
	for i := range b.N {
		b.StopTimer()
		msgs := hotKeyInputs("hostile-burst-person", fmt.Sprintf("p:hot-%d", i), n, start, start.Add(48*time.Hour))
		b.StartTimer()
		for _, m := range msgs {
			if _, err := h(ctx, m); err != nil {
				b.Fatal(err)
			}
		}
		inputs += n
	}
	b.ReportMetric(float64(inputs)/time.Since(t0).Seconds(), "inputs/s")
}
