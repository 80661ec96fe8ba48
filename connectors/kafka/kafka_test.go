package kafka_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"log/slog"
	"os"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest"
)

// realBroker returns the bootstrap address of the broker started by
// scripts/kafka.sh. In CI its absence is a failure, not a skip.
func realBroker(t testing.TB) string {
	t.Helper()
	addr := os.Getenv("KHABAR_TEST_KAFKA")
	if addr == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("KHABAR_TEST_KAFKA not set: run scripts/kafka.sh start")
		}
		t.Skip("KHABAR_TEST_KAFKA not set: run scripts/kafka.sh start")
	}
	return addr
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.DiscardHandler)
}

// testConfig is a config with a fresh topic prefix, so tests never see
// each other's messages, and short timeouts for quick shutdowns.
func testConfig(t testing.TB, addr string) kafka.Config {
	t.Helper()
	var b [4]byte
	_, _ = rand.Read(b[:])
	cfg := kafka.DefaultConfig()
	cfg.Brokers = []string{addr}
	cfg.TopicPrefix = "t" + hex.EncodeToString(b[:]) + "."
	cfg.Partitions = 3
	cfg.DrainTimeout = 2 * time.Second
	cfg.SessionTimeout = 6 * time.Second
	cfg.CommitInterval = 50 * time.Millisecond
	return cfg
}

// newTestBus sets up the topics under a fresh prefix and returns a bus.
func newTestBus(t testing.TB, cfg kafka.Config) *kafka.Bus {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if _, err := kafka.Setup(ctx, cfg, testLogger(t)); err != nil {
		t.Fatalf("setup topics: %v", err)
	}
	b, err := kafka.New(ctx, cfg, testLogger(t))
	if err != nil {
		t.Fatalf("new bus: %v", err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Errorf("close bus: %v", err)
		}
	})
	return b
}

func TestConformanceRealBroker(t *testing.T) {
	addr := realBroker(t)
	bustest.Run(t, bustest.Features{Durable: true, Redelivery: true, RedeliveryInSession: true, SchemaDeadLetter: true}, func(t *testing.T) pipeline.Bus {
		return newTestBus(t, testConfig(t, addr))
	})
}

func TestConformanceKfake(t *testing.T) {
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(-1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	bustest.Run(t, bustest.Features{Durable: true, Redelivery: true, RedeliveryInSession: true, SchemaDeadLetter: true, Timeout: 30 * time.Second}, func(t *testing.T) pipeline.Bus {
		return newTestBus(t, testConfig(t, c.ListenAddrs()[0]))
	})
}
