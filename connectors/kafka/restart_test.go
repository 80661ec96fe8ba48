package kafka_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// kafkaScript runs scripts/kafka.sh with args.
func kafkaScript(t *testing.T, args ...string) {
	t.Helper()
	script, err := filepath.Abs("../../scripts/kafka.sh")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, "bash", append([]string{script}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("kafka.sh %v: %v\n%s", args, err, out)
	}
}

// TestBrokerRestart stops the broker for 30 s while a publisher and a
// consumer group run. Both must recover on their own and nothing may be
// lost. The publisher republishes what its bus nacked, as the poller does
// (a nacked story is polled again), so "nothing lost" is the bus's
// guarantee plus that contract.
func TestBrokerRestart(t *testing.T) {
	addr := realBroker(t)
	if os.Getenv("KHABAR_TEST_KAFKA_RESTART") != "1" {
		t.Skip("set KHABAR_TEST_KAFKA_RESTART=1 to stop the shared broker for 30 s")
	}
	cfg := testConfig(t, addr)
	cfg.RetryBackoff = time.Second
	b := newTestBus(t, cfg)
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()

	ch, err := b.Subscribe(ctx, pipeline.TopicStories, "work")
	if err != nil {
		t.Fatal(err)
	}
	const n = 600
	var (
		mu   sync.Mutex
		seen = map[int]bool{}
		all  = make(chan struct{})
	)
	go func() {
		for m := range ch {
			var p struct{ Seq int }
			if err := json.Unmarshal(m.Value, &p); err == nil {
				mu.Lock()
				seen[p.Seq] = true
				if len(seen) == n {
					close(all)
				}
				mu.Unlock()
			}
			m.Ack()
		}
	}()

	published := make(chan struct{})
	republished := 0
	go func() {
		defer close(published)
		for i := range n {
			for {
				m := pipeline.NewMessage(fmt.Sprintf("story-%d", i), fmt.Appendf(nil, `{"seq":%d}`, i))
				err := b.Publish(ctx, pipeline.TopicStories, m)
				if err == nil {
					select {
					case <-m.Done():
						err = m.Err()
					case <-ctx.Done():
						return
					}
				}
				if err == nil {
					break
				}
				if ctx.Err() != nil {
					return
				}
				republished++
				time.Sleep(500 * time.Millisecond)
			}
			time.Sleep(50 * time.Millisecond) // ≈ 30 s of traffic: the outage lands mid-stream
		}
	}()

	// The outage starts once the consumer group is seen delivering (a
	// positive signal, not a guess at how long the join takes), and must
	// land mid-stream.
	delivered := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(seen)
	}
	for delivered() < 50 {
		if ctx.Err() != nil {
			t.Fatalf("before the outage only %d messages arrived", delivered())
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Log("stopping the broker for 30 s")
	kafkaScript(t, "stop")
	if d := delivered(); d >= n {
		t.Fatalf("all %d messages arrived before the broker stopped: the outage tests nothing", d)
	}
	restarted := false
	t.Cleanup(func() {
		if !restarted {
			kafkaScript(t, "start")
		}
	})
	time.Sleep(30 * time.Second) // the outage itself, not a wait for a result
	kafkaScript(t, "start")
	restarted = true
	t.Log("broker started again")

	select {
	case <-all:
	case <-ctx.Done():
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("after the restart %d of %d messages arrived", len(seen), n)
	}
	<-published
	t.Logf("all %d delivered; %d publishes were nacked during the outage and published again", n, republished)
}
