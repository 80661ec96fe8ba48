package membus_test

import (
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/membus"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest"
)

func TestConformance(t *testing.T) {
	bustest.Run(t, bustest.Features{NackToPublisher: true, Timeout: 10 * time.Second}, func(t *testing.T) pipeline.Bus {
		b := membus.New(membus.Config{})
		t.Cleanup(func() { _ = b.Close() })
		return b
	})
}
