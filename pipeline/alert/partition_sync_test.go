package alert

import (
	"context"
	"testing"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// syncingStore counts Sync calls (a shared store like Kafka's whole-topic
// changelog).
type syncingStore struct {
	*track.MemoryStore
	syncs int
}

func (s *syncingStore) Sync(context.Context) error { s.syncs++; return nil }

// TestJudgeSyncsOncePerNewPartition: the judge brings a shared store up to
// date before the first input of each partition it had not handled, and
// not again for later inputs of that partition.
func TestJudgeSyncsOncePerNewPartition(t *testing.T) {
	store := &syncingStore{MemoryStore: track.NewMemoryStore()}
	e := newEngine(t, mustRules(t, feudShift), store, newClock())
	h := JudgeHandler(e)
	for i, part := range []int{0, 0, 1, 0, 1, 2} {
		m, err := pipeline.Encode("feud-shift/x", Observation{Rule: "no-such-rule", Key: "x", Trigger: string(rune('a' + i))})
		if err != nil {
			t.Fatal(err)
		}
		m.Origin = &pipeline.Origin{Topic: TopicInputs, Partition: part, Offset: int64(i)}
		if _, err := h(t.Context(), m); err != nil {
			t.Fatal(err)
		}
	}
	if store.syncs != 3 {
		t.Fatalf("%d syncs for inputs of 3 partitions, want 3", store.syncs)
	}
	// Without an origin (the in-process bus) there is nothing to catch up.
	m, _ := pipeline.Encode("feud-shift/x", Observation{Rule: "no-such-rule", Key: "x"})
	if _, err := h(t.Context(), m); err != nil || store.syncs != 3 {
		t.Fatalf("in-process input: err %v, %d syncs", err, store.syncs)
	}
}
