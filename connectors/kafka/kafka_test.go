package kafka_test

import (
	"log/slog"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
)

// The real-broker helpers every test of this package uses; the set-up
// itself is shared with the other packages' Kafka tests (kafkatest).

func realBroker(t testing.TB) string { t.Helper(); return kafkatest.Broker(t) }

func testLogger(testing.TB) *slog.Logger { return kafkatest.Logger(slog.LevelInfo) }

// testConfig is a config with a fresh topic prefix, so tests never see
// each other's messages, and short timeouts for quick shutdowns.
func testConfig(t testing.TB, addr string) kafka.Config {
	t.Helper()
	return kafkatest.Config(t, addr, "t")
}

// newTestBus sets up the topics under cfg's prefix and returns a bus,
// closed when the test ends.
func newTestBus(t testing.TB, cfg kafka.Config) *kafka.Bus {
	t.Helper()
	kafkatest.Setup(t, cfg, testLogger(t))
	return kafkatest.Bus(t, cfg, testLogger(t))
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
