package kafka_test

import (
	"strings"
	"testing"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline/track"
)

// liveFences counts the fence keys of log whose newest record is not a
// tombstone: what compaction keeps of the fences.
func liveFences(log []kafkago.Message) int {
	last := map[string]bool{}
	for _, m := range log {
		if k := string(m.Key); strings.HasPrefix(k, "fence/") {
			last[k] = m.Value != nil
		}
	}
	n := 0
	for _, live := range last {
		if live {
			n++
		}
	}
	return n
}

// compacted is log as compaction leaves it at worst: the newest record of
// each key, in log order, tombstones dropped.
func compacted(log []kafkago.Message) []kafkago.Message {
	newest := map[string]int{}
	for i, m := range log {
		newest[string(m.Key)] = i
	}
	var out []kafkago.Message
	for i, m := range log {
		if newest[string(m.Key)] == i && m.Value != nil {
			out = append(out, kafkago.Message{Key: m.Key, Value: m.Value, Headers: m.Headers})
		}
	}
	return out
}

// Issue 14 §2: fence records were keyed per epoch and writer, so each
// change of a partition's owner left one more record that compaction
// never removes. The owner now deletes the fences before its own once no
// key awaits repair: after five fences by two stores, with a stale write
// rejected and repaired in between, one fence key is live; and the log
// as compaction leaves it (old fences and superseded records gone)
// restores the same state as the whole log.
func TestFenceRecordsBounded(t *testing.T) {
	addr := realBroker(t)
	b := newTestBus(t, testConfig(t, addr))
	a, c := openPairState(t, b), openPairState(t, b)
	p := a.Partition(track.BucketPairs, fencePair)

	fence(t, a, p)
	apply(t, a, fenceOp("s1", "a1"))
	fence(t, c, p)
	apply(t, c, fenceOp("s2", "c1"))
	wantFenced(t, a.Apply(t.Context(), fenceOp("s1", "stale"))) // rejected: c repairs s1
	waitFor(t, "c re-writes s1", func() bool {
		var last kafkago.Message
		for _, m := range readLog(t, addr, a, p) {
			if string(m.Key) == track.BucketEventsPrefix+fencePair+"\x00s1" {
				last = m
			}
		}
		return string(last.Value) != "" && !strings.Contains(string(last.Value), "stale")
	})
	fence(t, a, p)
	apply(t, a, fenceOp("s3", "a2"))
	fence(t, c, p)
	apply(t, c, fenceOp("s4", "c2"))
	fence(t, a, p)
	apply(t, a, fenceOp("s5", "a3"), fenceOp("s2", ""))

	want := map[string]string{"s1": "a1", "s2": "", "s3": "a2", "s4": "c2", "s5": "a3"}
	var log []kafkago.Message
	waitFor(t, "one live fence key in the changelog", func() bool {
		log = readLog(t, addr, a, p)
		return liveFences(log) == 1
	})
	fences := 0
	for _, m := range log {
		if strings.HasPrefix(string(m.Key), "fence/") && m.Value != nil {
			fences++
		}
	}
	if fences != 5 {
		t.Fatalf("%d fence records written, want 5", fences)
	}

	// The same partition of another bus's changelog, as compaction
	// leaves it.
	other := newTestBus(t, testConfig(t, addr))
	oc := openPairState(t, other)
	rawWrite(t, addr, oc, p, compacted(log)...)
	fresh, restored := openPairState(t, b), openPairState(t, other)
	for k, v := range want {
		if got := valueOf(t, fresh, k); got != v {
			t.Errorf("restored from the whole log: %s = %q, want %q", k, got, v)
		}
		if got := valueOf(t, restored, k); got != v {
			t.Errorf("restored from the compacted log: %s = %q, want %q", k, got, v)
		}
	}
}
