package kafka_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// Fencing of the pair-state changelog (issue 14): two stores writing one
// partition, as two trackers do while a rebalance moves it.

var fencePair = pipeline.PairKey("elon-musk", "sam-altman")

// fenceOp is a put of value under key k of the pair's events bucket (one
// partition with the pair record), or a delete when value is "".
func fenceOp(k, value string) pipeline.StateOp {
	if value == "" {
		return pipeline.StateOp{Bucket: track.BucketEventsPrefix + fencePair, Key: k, Delete: true}
	}
	return pipeline.StateOp{Bucket: track.BucketEventsPrefix + fencePair, Key: k, Value: []byte(value)}
}

// valueOf is the store's value of fenceOp's key k ("" when missing).
func valueOf(t *testing.T, s *kafka.PartitionedStateStore, k string) string {
	t.Helper()
	v, ok, err := s.Get(t.Context(), track.BucketEventsPrefix+fencePair, k)
	if err != nil {
		t.Fatal(err)
	}
	if !ok {
		return ""
	}
	return string(v)
}

func fence(t *testing.T, s *kafka.PartitionedStateStore, p int) {
	t.Helper()
	if err := s.Fence(t.Context(), p); err != nil {
		t.Fatal(err)
	}
}

func apply(t *testing.T, s *kafka.PartitionedStateStore, ops ...pipeline.StateOp) {
	t.Helper()
	if err := s.Apply(t.Context(), ops...); err != nil {
		t.Fatal(err)
	}
}

// wantFenced checks that err is ErrFenced and transient.
func wantFenced(t *testing.T, err error) {
	t.Helper()
	if !errors.Is(err, kafka.ErrFenced) {
		t.Fatalf("stale writer's Apply: %v, want ErrFenced", err)
	}
	if pipeline.IsPermanent(err) {
		t.Fatalf("ErrFenced is permanent: %v", err)
	}
}

// readLog reads partition p of the store's changelog from the start to
// its end offset now.
func readLog(t *testing.T, addr string, s *kafka.PartitionedStateStore, p int) []kafkago.Message {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	end, err := s.EndOffset(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	r := kafkago.NewReader(kafkago.ReaderConfig{Brokers: []string{addr}, Topic: s.ChangelogTopic(), Partition: p, MaxWait: 200 * time.Millisecond})
	defer r.Close()
	var out []kafkago.Message
	for int64(len(out)) < end {
		m, err := r.ReadMessage(ctx)
		if err != nil {
			t.Fatalf("read changelog %s/%d: %v", s.ChangelogTopic(), p, err)
		}
		out = append(out, m)
		if m.Offset >= end-1 {
			break
		}
	}
	return out
}

func header(m kafkago.Message, k string) string {
	for _, h := range m.Headers {
		if h.Key == k {
			return string(h.Value)
		}
	}
	return ""
}

// lastFence is the writer and epoch of the last fence record of log.
func lastFence(log []kafkago.Message) (writer string, epoch string) {
	for _, m := range log {
		if header(m, "state-fence") != "" {
			writer, epoch = header(m, "state-writer"), header(m, "state-epoch")
		}
	}
	return writer, epoch
}

// fixedPartition sends every message to one partition.
type fixedPartition int

func (p fixedPartition) Balance(kafkago.Message, ...int) int { return int(p) }

// rawWrite writes records straight to partition p of the changelog, as a
// writer this test plays (a stale owner whose write lands late, or an old
// version without epochs).
func rawWrite(t *testing.T, addr string, s *kafka.PartitionedStateStore, p int, msgs ...kafkago.Message) {
	t.Helper()
	w := &kafkago.Writer{Addr: kafkago.TCP(addr), Topic: s.ChangelogTopic(), Balancer: fixedPartition(p), RequiredAcks: kafkago.RequireAll, BatchTimeout: time.Millisecond}
	defer w.Close()
	// A topic just created may not be known to every broker's metadata yet.
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := w.WriteMessages(t.Context(), msgs...)
		if err == nil {
			return
		}
		if !errors.Is(err, kafkago.UnknownTopicOrPartition) || time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func rawRecord(k, value string, headers ...string) kafkago.Message {
	m := kafkago.Message{Key: []byte(track.BucketEventsPrefix + fencePair + "\x00" + k), Value: []byte(value)}
	for i := 0; i+1 < len(headers); i += 2 {
		m.Headers = append(m.Headers, kafkago.Header{Key: headers[i], Value: []byte(headers[i+1])})
	}
	return m
}

// waitFor polls cond (a state reached through a tail) for up to 30 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not reached in 30 s: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Two stores on one partition, interleaved: the second fences it and reads
// the first's writes; the first's next write fails with ErrFenced and is
// invisible to everyone; fencing again, the first catches up on the
// partition it still holds loaded and its writes count again.
func TestFenceStaleWriterIsIgnored(t *testing.T) {
	addr := realBroker(t)
	b := newTestBus(t, testConfig(t, addr))
	a, o := openPairState(t, b), openPairState(t, b)
	p := a.Partition(track.BucketPairs, fencePair)

	fence(t, a, p)
	apply(t, a, fenceOp("s1", "a1"), fenceOp("s2", "a2"))
	fence(t, o, p) // the rebalance: the other store takes the partition
	if got := valueOf(t, o, "s1"); got != "a1" {
		t.Fatalf("new owner reads s1 = %q after its fence, want the old owner's a1", got)
	}
	apply(t, o, fenceOp("s1", "o1"))

	// The old owner still writes (a batch that waited in its sequencer).
	wantFenced(t, a.Apply(t.Context(), fenceOp("s2", "stale"), fenceOp("s3", "stale")))
	// And keeps failing until it fences again.
	wantFenced(t, a.Apply(t.Context(), fenceOp("s3", "stale again")))

	fresh := openPairState(t, b)
	for k, want := range map[string]string{"s1": "o1", "s2": "a2", "s3": ""} {
		if got := valueOf(t, fresh, k); got != want {
			t.Errorf("fresh store restores %s = %q, want %q", k, got, want)
		}
		if got := valueOf(t, o, k); got != want {
			t.Errorf("owner holds %s = %q, want %q", k, got, want)
		}
	}

	// The partition comes back to the first store while still loaded:
	// its fence catches it up on the other's writes.
	fence(t, a, p)
	if got := valueOf(t, a, "s1"); got != "o1" {
		t.Fatalf("returning owner reads s1 = %q, want the other's o1", got)
	}
	apply(t, a, fenceOp("s3", "a3"))
	wantFenced(t, o.Apply(t.Context(), fenceOp("s3", "o3")))
	waitFor(t, "the tailing fresh store reads s3 = a3", func() bool { return valueOf(t, fresh, "s3") == "a3" })
	again := openPairState(t, b)
	for k, want := range map[string]string{"s1": "o1", "s2": "a2", "s3": "a3"} {
		if got := valueOf(t, again, k); got != want {
			t.Errorf("second fresh store restores %s = %q, want %q", k, got, want)
		}
	}
	if w, _ := lastFence(readLog(t, addr, a, p)); w == "" {
		t.Fatal("no fence record in the changelog")
	}
}

// The race fencing closes: the old owner's tail has not read the new
// owner's fence yet, so it writes, and its records land after that fence.
// Its Apply reads them back rejected and fails with ErrFenced; nobody
// applies them; the new owner re-writes the accepted value of each key
// whose newest record is now a rejected one.
func TestFenceWriteLandingAfterNewFenceIsRejected(t *testing.T) {
	addr := realBroker(t)
	b := newTestBus(t, testConfig(t, addr))
	a, o := openPairState(t, b), openPairState(t, b)
	p := a.Partition(track.BucketPairs, fencePair)
	release := make(chan struct{})
	first := "" // the first fence's writer: a's; only a's tail touches it
	a.SetTailHook(func(_ int, m kafkago.Message) {
		if header(m, "state-fence") == "" {
			return
		}
		if w := header(m, "state-writer"); first == "" {
			first = w
		} else if w != first {
			<-release // the other's fence, held back
		}
	})
	fence(t, a, p)
	apply(t, a, fenceOp("s1", "a1"), fenceOp("s2", "a2"))
	fence(t, o, p) // epoch 2: a's tail stops before it

	end, err := a.EndOffset(t.Context(), p)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Apply(t.Context(), fenceOp("s1", "stale"), fenceOp("s9", "stale")) }()
	waitFor(t, "the stale write reaches the broker", func() bool {
		e, err := a.EndOffset(t.Context(), p)
		return err == nil && e >= end+2
	})
	close(release)
	wantFenced(t, <-done)

	for k, want := range map[string]string{"s1": "a1", "s2": "a2", "s9": ""} {
		if got := valueOf(t, o, k); got != want {
			t.Errorf("new owner holds %s = %q, want %q", k, got, want)
		}
		if got := valueOf(t, a, k); got != want {
			t.Errorf("old owner holds %s = %q, want %q (memory follows the log)", k, got, want)
		}
	}
	// The repair: the newest record of s1 and of s9 is the new owner's,
	// with the accepted value (s9: a tombstone).
	ow, oe := "", ""
	waitFor(t, "the new owner re-writes s1 and s9", func() bool {
		log := readLog(t, addr, o, p)
		ow, oe = lastFence(log)
		last := map[string]kafkago.Message{}
		for _, m := range log {
			last[string(m.Key)] = m
		}
		ok := true
		for k, want := range map[string]string{"s1": "a1", "s9": ""} {
			m := last[track.BucketEventsPrefix+fencePair+"\x00"+k]
			ok = ok && header(m, "state-writer") == ow && header(m, "state-epoch") == oe && string(m.Value) == want
			if want == "" {
				ok = ok && m.Value == nil && header(m, "state-delete") == "1"
			}
		}
		return ok
	})
	if oe != "2" {
		t.Fatalf("latest fence has epoch %s, want 2", oe)
	}
	fresh := openPairState(t, b)
	for k, want := range map[string]string{"s1": "a1", "s2": "a2", "s9": ""} {
		if got := valueOf(t, fresh, k); got != want {
			t.Errorf("fresh store restores %s = %q, want %q", k, got, want)
		}
	}
}

// Records from before fencing (no epoch) count until the partition's first
// fence and not after it; the fence owner repairs what a rejected record
// would make compaction lose (a value, a delete, a key never written).
func TestFenceLegacyRecordsAndRepair(t *testing.T) {
	addr := realBroker(t)
	b := newTestBus(t, testConfig(t, addr))
	a := openPairState(t, b)
	p := a.Partition(track.BucketPairs, fencePair)
	rawWrite(t, addr, a, p, rawRecord("s1", "old1"), rawRecord("s2", "old2"))
	fence(t, a, p)
	if got := valueOf(t, a, "s1"); got != "old1" {
		t.Fatalf("record from before fencing read as %q, want old1", got)
	}
	apply(t, a, fenceOp("s2", ""))
	_, epoch := lastFence(readLog(t, addr, a, p))
	// Late writes: an old version's (no epoch), a stale owner's (an
	// older epoch), a forged one (a's epoch, another writer).
	e, _ := strconv.Atoi(epoch)
	rawWrite(t, addr, a, p,
		rawRecord("s1", "late-old"),
		rawRecord("s2", "late-stale", "state-writer", "gone", "state-epoch", fmt.Sprint(e-1)),
		rawRecord("s3", "late-forged", "state-writer", "gone", "state-epoch", epoch),
	)
	waitFor(t, "the owner re-writes s1, s2 and s3", func() bool {
		last := map[string]kafkago.Message{}
		for _, m := range readLog(t, addr, a, p) {
			last[string(m.Key)] = m
		}
		for _, k := range []string{"s1", "s2", "s3"} {
			if m := last[track.BucketEventsPrefix+fencePair+"\x00"+k]; header(m, "state-epoch") != epoch || header(m, "state-writer") == "gone" {
				return false
			}
		}
		return true
	})
	for _, s := range []*kafka.PartitionedStateStore{a, openPairState(t, b)} {
		for k, want := range map[string]string{"s1": "old1", "s2": "", "s3": ""} {
			if got := valueOf(t, s, k); got != want {
				t.Errorf("%s = %q, want %q", k, got, want)
			}
		}
	}
}

// Two trackers over two stores on one partition, through the track
// stage's handler (which fences the message's partition before the fold):
// the stale tracker's fold fails as transient, and the router's retry of
// the handler (fence again, fold again) keeps both trackers' stories.
func TestFenceTrackersKeepBothFolds(t *testing.T) {
	addr := realBroker(t)
	b := newTestBus(t, testConfig(t, addr))
	sa, so := openPairState(t, b), openPairState(t, b)
	p := sa.Partition(track.BucketPairs, fencePair)
	ta, err := track.New(track.DefaultConfig(), sa, nil)
	if err != nil {
		t.Fatal(err)
	}
	to, err := track.New(track.DefaultConfig(), so, nil)
	if err != nil {
		t.Fatal(err)
	}
	ha, ho := track.Handler(ta), track.Handler(to)
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	msg := func(id string, i int) *pipeline.Message {
		at := day.Add(time.Duration(i) * time.Hour)
		m, err := pipeline.Encode(fencePair, pipeline.StanceBatch{
			Story:   pipeline.StoryRef{ID: id, Published: at, Fetched: at, Source: "khabar-test"},
			Pair:    [2]string{"elon-musk", "sam-altman"},
			Stances: []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile, Score: 0.9, Evidence: "उन्होंने उनकी योजना की खुलकर आलोचना की।"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		m.Origin = &pipeline.Origin{Topic: "stances", Partition: p, Offset: int64(i)}
		return m
	}
	ctx := t.Context()
	if _, err := ha(ctx, msg("k1", 1)); err != nil {
		t.Fatal(err)
	}
	if _, err := ho(ctx, msg("k2", 2)); err != nil { // the rebalance
		t.Fatal(err)
	}
	// The stale tracker's store has read the other's pair record (and so
	// the fence before it): its fold folds onto it, and the write fails.
	waitFor(t, "the stale store reads the other's pair record", func() bool {
		va, _, err1 := sa.Get(ctx, track.BucketPairs, fencePair)
		vo, _, err2 := so.Get(ctx, track.BucketPairs, fencePair)
		return err1 == nil && err2 == nil && string(va) == string(vo)
	})
	if _, err := ta.FoldBatch(ctx, []track.Item{{Story: pipeline.StoryRef{ID: "k3", Published: day.Add(3 * time.Hour), Fetched: day.Add(3 * time.Hour), Source: "khabar-test"},
		Stances: []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile, Score: 0.9, Evidence: "उन्होंने उनकी योजना की खुलकर आलोचना की।"}}}}); !errors.Is(err, kafka.ErrFenced) {
		t.Fatalf("stale tracker's fold (held in its sequencer): %v, want ErrFenced", err)
	}
	// The router retries the message: the handler fences again.
	if _, err := ha(ctx, msg("k3", 3)); err != nil {
		t.Fatal(err)
	}
	// The other tracker's next message: its handler fences again (or, if
	// its tail has not read the fence it lost yet, the write fails once
	// and the retry fences).
	if _, err := ho(ctx, msg("k4", 4)); err != nil {
		wantFenced(t, err)
		if _, err := ho(ctx, msg("k4", 4)); err != nil {
			t.Fatal(err)
		}
	}
	tr, err := track.New(track.DefaultConfig(), openPairState(t, b), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"k1", "k2", "k3", "k4"} {
		if _, done, err := tr.Folded(ctx, id, "elon-musk", "sam-altman"); err != nil || !done {
			t.Errorf("story %s not folded into the pair (err %v)", id, err)
		}
	}
	st, ok, err := tr.Pair(ctx, "elon-musk", "sam-altman")
	if err != nil || !ok || st.Counts.Stories != 4 {
		t.Fatalf("pair restored as %+v (ok %v, err %v), want 4 stories", st, ok, err)
	}
}

// The cost of a fence (a partition changing hands): two stores fence one
// partition in turn, each fence a write and its read-back (timed from
// when the store has read the other's fence).
func BenchmarkPairStateFence(b *testing.B) {
	bus := newTestBus(b, testConfig(b, realBroker(b)))
	var stores [2]*kafka.PartitionedStateStore
	for i := range stores {
		s, err := kafka.OpenPartitionedStateStore(b.Context(), bus, kafka.TopicPairState, pipeline.TopicStances, track.PartitionKey)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = s.Close() })
		stores[i] = s
	}
	p := stores[0].Partition(track.BucketPairs, fencePair)
	turn := 0
	for b.Loop() {
		turn++
		s := stores[turn%2]
		b.StopTimer() // until s's tail has read the other's fence
		for turn > 2 && s.Fences(p) {
			time.Sleep(time.Millisecond)
		}
		b.StartTimer()
		if err := s.Fence(b.Context(), p); err != nil {
			b.Fatal(err)
		}
	}
}
