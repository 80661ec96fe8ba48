package alert_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
)

// Real-broker helpers of the alert tests (KHABAR_TEST_KAFKA); the set-up
// is shared with the other packages' Kafka tests (kafkatest).

func quietLogger() *slog.Logger { return kafkatest.Logger(slog.LevelWarn) }

// kafkaConfig has a fresh topic prefix and khabar's topics set up.
func kafkaConfig(tb testing.TB, addr string) kafka.Config {
	tb.Helper()
	cfg := kafkatest.Config(tb, addr, "ta")
	kafkatest.Setup(tb, cfg, quietLogger())
	return cfg
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

// BenchmarkJudgeHotKeyKafka: JudgeHandler over the Kafka judge state
// (alert-judge-state, one partition loaded and fenced), 2,000 inputs of one hot key per iteration (a fresh key each), the
// shipped burst rule (3 sources within 1h, quiet 6h). Reports inputs/s.
func BenchmarkJudgeHotKeyKafka(b *testing.B) {
	cfg := kafkaConfig(b, kafkatest.Broker(b))
	if v := os.Getenv("KHABAR_BENCH_BATCH_TIMEOUT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.BatchTimeout = d
	}
	// KHABAR_BENCH_ALERT_STORE=whole: the baseline, the old layout's
	// alert-state store restored whole (no fences).
	var st interface {
		pipeline.StateStore
		Close() error
	}
	if os.Getenv("KHABAR_BENCH_ALERT_STORE") == "whole" {
		st, _ = kafkatest.StateStore(b, cfg, kafka.TopicAlertState, quietLogger())
	} else {
		bus := kafkatest.Bus(b, cfg, quietLogger())
		js, err := kafka.OpenAlertJudgeStore(context.Background(), bus)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() {
			if err := js.Close(); err != nil {
				b.Error(err)
			}
		})
		st = js
	}
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
