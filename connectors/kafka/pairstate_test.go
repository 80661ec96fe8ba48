package kafka_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

func openPairState(t *testing.T, b *kafka.Bus) *kafka.PartitionedStateStore {
	t.Helper()
	s, err := kafka.OpenPartitionedStateStore(t.Context(), b, kafka.TopicPairState, pipeline.TopicStances, track.PartitionKey)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	})
	return s
}

var pairEntities = []string{"elon-musk", "donald-trump", "sam-altman", "narendra-modi", "rahul-gandhi", "sundar-pichai", "mukesh-ambani"}

// foldPairs folds stories hostile on every pair of pairEntities through a
// tracker over s and returns the pair keys.
func foldPairs(t *testing.T, s pipeline.StateStore, stories int) []string {
	t.Helper()
	tr, err := track.New(track.DefaultConfig(), s, nil)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	var items []track.Item
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	for i, a := range pairEntities {
		for _, c := range pairEntities[i+1:] {
			keys = append(keys, pipeline.PairKey(a, c))
			for j := range stories {
				at := day.Add(time.Duration(len(items)) * time.Minute)
				items = append(items, track.Item{
					Story:   track.StoryRef{ID: fmt.Sprintf("%s#%d", pipeline.PairKey(a, c), j), Published: at, Fetched: at, Source: fmt.Sprint("khabar-", j%3)},
					Stances: []pipeline.Stance{{Source: a, Target: c, Polarity: pipeline.Hostile, Score: 0.9, Evidence: "उन्होंने उनकी नीतियों की कड़ी आलोचना की।"}},
				})
			}
		}
	}
	if _, err := tr.FoldBatch(t.Context(), items); err != nil {
		t.Fatal(err)
	}
	return keys
}

// The changelog is co-partitioned with the stances: every record of a pair
// lies in the partition the bus publishes that pair's stances to, and a
// store that owns some partitions reads only those.
func TestPartitionedStateStoreLoadsOwnPartitions(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	cfg.Partitions = 6 // the default
	b := newTestBus(t, cfg)
	ctx := t.Context()
	writer := openPairState(t, b)
	keys := foldPairs(t, writer, 10)

	// The bus puts a pair's stances where the store puts its state.
	msgs, err := b.Subscribe(ctx, pipeline.TopicStances, "copartition")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		if err := b.Publish(ctx, pipeline.TopicStances, pipeline.NewMessage(k, []byte(`{}`))); err != nil {
			t.Fatal(err)
		}
	}
	for range keys {
		select {
		case m := <-msgs:
			if m.Origin == nil {
				t.Fatal("no origin on a Kafka message")
			}
			if want := writer.Partition(track.BucketPairs, m.Key); m.Origin.Partition != want {
				t.Fatalf("stances of %s in partition %d, its state in %d", m.Key, m.Origin.Partition, want)
			}
			m.Ack()
		case <-time.After(30 * time.Second):
			t.Fatal("stances not delivered")
		}
	}

	// Whole: one store owning every partition.
	whole := openPairState(t, b)
	for p := range cfg.Partitions {
		if err := whole.Own(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	var all kafka.PartitionStats
	for _, ps := range whole.Loaded() {
		all.Records += ps.Records
		all.Bytes += ps.Bytes
	}
	// Two trackers: one owns partitions 0-2, the other 3-5.
	one, two := openPairState(t, b), openPairState(t, b)
	for p := range cfg.Partitions {
		owner := one
		if p >= 3 {
			owner = two
		}
		if err := owner.Own(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	sum := func(s *kafka.PartitionedStateStore) (r, by int64) {
		for _, ps := range s.Loaded() {
			r += ps.Records
			by += ps.Bytes
		}
		return r, by
	}
	r1, b1 := sum(one)
	r2, b2 := sum(two)
	t.Logf("restore: 1 store %d records %d bytes; 2 stores %d+%d records, %d+%d bytes", all.Records, all.Bytes, r1, r2, b1, b2)
	if r1 == 0 || r2 == 0 || r1+r2 != all.Records || b1+b2 != all.Bytes {
		t.Fatalf("partitions 0-2 read %d records, 3-5 read %d, all %d", r1, r2, all.Records)
	}
	if got := one.Loaded(); len(got) != 3 || got[0].Partition != 0 || got[2].Partition != 2 {
		t.Fatalf("store owning partitions 0-2 loaded %+v", got)
	}
	// Each holds exactly its pairs, with the writer's values.
	seen := 0
	for _, k := range keys {
		owner := one
		if writer.Partition(track.BucketPairs, k) >= 3 {
			owner = two
		}
		other := two
		if owner == two {
			other = one
		}
		want, _, _ := writer.Get(ctx, track.BucketPairs, k)
		var n int
		_ = other.ForEach(ctx, track.BucketPairs, func(key string, _ []byte) error {
			if key == k {
				n++
			}
			return nil
		})
		if n != 0 {
			t.Fatalf("pair %s loaded by the store that does not own its partition", k)
		}
		_ = owner.ForEach(ctx, track.BucketPairs, func(key string, v []byte) error {
			if key == k {
				if string(v) != string(want) {
					t.Fatalf("pair %s restored as %s, written %s", k, v, want)
				}
				seen++
			}
			return nil
		})
	}
	if seen != len(keys) {
		t.Fatalf("%d of %d pairs restored", seen, len(keys))
	}
}

// A restart reads deletes as deletes (tombstones), and a write by another
// store reaches a tailing one.
func TestPartitionedStateStoreTombstonesAndTail(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()
	a := openPairState(t, b)
	tail := openPairState(t, b)
	key := pipeline.PairKey("elon-musk", "sam-altman")
	p := a.Partition(track.BucketPairs, key)
	if err := tail.Own(ctx, p); err != nil {
		t.Fatal(err)
	}
	var ops []pipeline.StateOp
	for i := range 20 {
		ops = append(ops, pipeline.StateOp{Bucket: track.BucketEventsPrefix + key, Key: fmt.Sprintf("s%02d", i), Value: []byte(`[]`)})
	}
	ops = append(ops, pipeline.StateOp{Bucket: track.BucketPairs, Key: key, Value: []byte{}})
	if err := a.Apply(ctx, ops...); err != nil {
		t.Fatal(err)
	}
	var dels []pipeline.StateOp
	for i := range 15 {
		dels = append(dels, pipeline.StateOp{Bucket: track.BucketEventsPrefix + key, Key: fmt.Sprintf("s%02d", i), Delete: true})
	}
	if err := a.Apply(ctx, dels...); err != nil {
		t.Fatal(err)
	}
	count := func(s *kafka.PartitionedStateStore) int {
		n := 0
		_ = s.ForEach(ctx, track.BucketEventsPrefix+key, func(string, []byte) error { n++; return nil })
		return n
	}
	deadline := time.Now().Add(30 * time.Second)
	for count(tail) != 5 {
		if time.Now().After(deadline) {
			t.Fatalf("tailing store holds %d events records, want 5", count(tail))
		}
		time.Sleep(20 * time.Millisecond)
	}
	restarted := openPairState(t, b)
	if _, ok, err := restarted.Get(ctx, track.BucketPairs, key); err != nil || !ok {
		t.Fatalf("empty value restored as missing (ok %v, err %v)", ok, err)
	}
	if n := count(restarted); n != 5 {
		t.Fatalf("restart holds %d events records, want 5 (15 deleted)", n)
	}
	st := restarted.Loaded()
	// 21 writes, 15 deletes and the writer's fence.
	if len(st) != 1 || st[0].Partition != p || st[0].Records != 37 {
		t.Fatalf("restart read %+v, want 37 records of partition %d", st, p)
	}
	if restarted.Keys() != 6 {
		t.Fatalf("restart holds %d keys, want 6", restarted.Keys())
	}
}

// The tracker over the Kafka store: a batch stored whole, a restarted
// tracker (new store, restored from the changelog) skips every story of it
// and publishes the same events again.
func TestPartitionedStateStoreTrackerRestart(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()
	s := openPairState(t, b)
	keys := foldPairs(t, s, 4)
	restarted := openPairState(t, b)
	tr, err := track.New(track.DefaultConfig(), restarted, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		a, c, _ := splitPair(k)
		st, ok, err := tr.Pair(ctx, a, c)
		if err != nil || !ok || st.Counts.Stories != 4 || st.State != track.StateRivals {
			t.Fatalf("pair %s restored as %+v (ok %v, err %v)", k, st, ok, err)
		}
		evs, done, err := tr.Folded(ctx, k+"#1", a, c)
		if err != nil || !done || len(evs) != 1 || evs[0].Kind != pipeline.KindNewFeud {
			t.Fatalf("marker of the feud's story in %s: done %v, events %+v, err %v", k, done, evs, err)
		}
	}
	if got := len(restarted.Loaded()); got != cfg.Partitions {
		t.Fatalf("restored %d partitions, want %d (Get loads its partition)", got, cfg.Partitions)
	}
}

func splitPair(k string) (string, string, bool) {
	for i := range k {
		if k[i] == '|' {
			return k[:i], k[i+1:], true
		}
	}
	return "", "", false
}

func TestPartitionedStateStoreNeedsCopartitioning(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	full := cfg.Topic("lopsided")
	if err := kafka.CreateTopic(ctx, cfg, full, cfg.Partitions+1); err != nil {
		t.Fatal(err)
	}
	var err error
	for {
		// The new topic reaches the metadata of every broker in a moment.
		_, err = kafka.OpenPartitionedStateStore(ctx, b, "lopsided", pipeline.TopicStances, track.PartitionKey)
		if !errors.Is(err, kafka.ErrMissingTopic) || ctx.Err() != nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err == nil || !strings.Contains(err.Error(), "has 4 partitions") || !strings.Contains(err.Error(), "khabar setup kafka") {
		t.Fatalf("a changelog with more partitions than the stances: %v", err)
	}
}

// The changelog is compacted: a tracker that rewrote its pairs many times
// and pruned markers (their events records tombstoned) leaves a log that a
// restart reads in fewer records than were written, to the same state.
func TestPairStateCompactedRestart(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	cfg.Partitions = 1
	b := newTestBus(t, cfg)
	ctx := t.Context()
	full := cfg.Topic(kafka.TopicPairState)
	// Roll segments after a second and clean as soon as anything is dirty,
	// so the broker's log cleaner compacts within the test.
	cl := &kafkago.Client{Addr: kafkago.TCP(addr), Timeout: 10 * time.Second}
	res, err := cl.IncrementalAlterConfigs(ctx, &kafkago.IncrementalAlterConfigsRequest{Resources: []kafkago.IncrementalAlterConfigsRequestResource{{
		ResourceType: kafkago.ResourceTypeTopic, ResourceName: full,
		Configs: []kafkago.IncrementalAlterConfigsRequestConfig{
			{Name: "segment.ms", Value: "1000", ConfigOperation: kafkago.ConfigOperationSet},
			{Name: "min.cleanable.dirty.ratio", Value: "0.01", ConfigOperation: kafkago.ConfigOperationSet},
			{Name: "delete.retention.ms", Value: "0", ConfigOperation: kafkago.ConfigOperationSet},
			{Name: "min.compaction.lag.ms", Value: "0", ConfigOperation: kafkago.ConfigOperationSet},
		},
	}}})
	if err == nil {
		for _, r := range res.Resources {
			if r.Error != nil {
				err = r.Error
			}
		}
	}
	if err != nil {
		t.Fatalf("configure %s: %v", full, err)
	}
	s := openPairState(t, b)
	tr, err := track.New(track.DefaultConfig(), s, nil, track.WithMarkers(time.Hour, 2))
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	written := 0
	pairs := [][2]string{{"elon-musk", "sam-altman"}, {"donald-trump", "elon-musk"}, {"narendra-modi", "rahul-gandhi"}}
	for round := range 12 {
		var items []track.Item
		for i, p := range pairs {
			at := day.Add(time.Duration(round*10+i) * time.Hour)
			pol := pipeline.Hostile
			if round >= 6 {
				pol = pipeline.Supportive // the pairs turn: events, whose records are pruned later
			}
			items = append(items, track.Item{Story: track.StoryRef{ID: fmt.Sprintf("r%02d-%d", round, i), Published: at, Fetched: at, Source: fmt.Sprint("khabar-", round%3)},
				Stances: []pipeline.Stance{{Source: p[0], Target: p[1], Polarity: pol, Score: 1, Evidence: "कड़ी आलोचना"}}})
		}
		if _, err := tr.FoldBatch(ctx, items); err != nil {
			t.Fatal(err)
		}
	}
	whole := func() (*kafka.PartitionedStateStore, int64) {
		r := openPairState(t, b)
		if err := r.Own(ctx, 0); err != nil {
			t.Fatal(err)
		}
		return r, r.Loaded()[0].Records
	}
	first, n := whole()
	written = int(n)
	want := map[string]string{}
	_ = first.ForEach(ctx, track.BucketPairs, func(k string, v []byte) error { want[k] = string(v); return nil })
	if len(want) != len(pairs) || first.Keys() >= written {
		t.Fatalf("before compaction: %d pairs, %d keys of %d records", len(want), first.Keys(), written)
	}
	deadline := time.Now().Add(3 * time.Minute)
	for {
		// A write rolls the segment the cleaner may compact (the active
		// one never is); it is a key of its own, outside the pairs.
		if err := s.Apply(ctx, pipeline.StateOp{Bucket: "roll", Key: "r", Value: []byte("1")}); err != nil {
			t.Fatal(err)
		}
		r, n := whole()
		if int(n) < written {
			got := map[string]string{}
			_ = r.ForEach(ctx, track.BucketPairs, func(k string, v []byte) error { got[k] = string(v); return nil })
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("compacted restart differs:\n got %v\nwant %v", got, want)
			}
			t.Logf("restart read %d records (%d keys) of %d written", n, r.Keys(), written)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the log was not compacted within 3 minutes (%d records)", n)
		}
		time.Sleep(2 * time.Second)
	}
}

var errKilled = errors.New("writer killed")

// tornKafka is the Kafka store of a process killed in the middle of an
// Apply: it writes the first budget records and dies.
type tornKafka struct {
	*kafka.PartitionedStateStore
	budget int
}

func (s *tornKafka) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	n := min(len(ops), s.budget)
	s.budget -= n
	if n > 0 {
		if err := s.PartitionedStateStore.Apply(ctx, ops[:n]...); err != nil {
			return err
		}
	}
	if n < len(ops) {
		return errKilled
	}
	return nil
}

// On the real broker: a tracker killed after k records of a batch, for
// each k, restarted on a store restored from the changelog and given the
// batch again, counts every story once and finds every feud event.
func TestPairStateKilledMidFold(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	var pairs [][2]string
	batch := func(run int) []track.Item {
		// Pairs of their own per run, so every run writes the same records.
		pairs = [][2]string{{fmt.Sprint("elon-musk-", run), "sam-altman"}, {"donald-trump", fmt.Sprint("elon-musk-", run)}, {fmt.Sprint("narendra-modi-", run), "rahul-gandhi"}}
		var items []track.Item
		for j := range 2 {
			for i, p := range pairs {
				at := day.Add(time.Duration(j*10+i) * time.Hour)
				items = append(items, track.Item{Story: track.StoryRef{ID: fmt.Sprintf("k%d-%d-%d", run, i, j), Published: at, Fetched: at, Source: fmt.Sprint("khabar-", j)},
					Stances: []pipeline.Stance{{Source: p[0], Target: p[1], Polarity: pipeline.Hostile, Score: 1, Evidence: "कड़ी आलोचना"}}})
			}
		}
		return items
	}
	// 6 timeline records, 3 events records, then 3 pair records.
	const records = 12
	for k := range records {
		items := batch(k)
		s := openPairState(t, b)
		tr, err := track.New(track.DefaultConfig(), &tornKafka{PartitionedStateStore: s, budget: k}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.FoldBatch(ctx, items); !errors.Is(err, errKilled) {
			t.Fatalf("k=%d: fold: %v", k, err)
		}
		restarted := openPairState(t, b)
		tr2, err := track.New(track.DefaultConfig(), restarted, nil)
		if err != nil {
			t.Fatal(err)
		}
		res, err := tr2.FoldBatch(ctx, items)
		if err != nil {
			t.Fatal(err)
		}
		for i, p := range pairs {
			st, _, err := tr2.Pair(ctx, p[0], p[1])
			if err != nil {
				t.Fatal(err)
			}
			if want := 2; st.Counts.Stories != want {
				t.Fatalf("killed after %d records: pair %v counts %d stories, want %d", k, p, st.Counts.Stories, want)
			}
			trigger := fmt.Sprintf("k%d-%d-1", k, i)
			fresh := res[3+i]
			again, done, err := tr2.Folded(ctx, trigger, p[0], p[1])
			if err != nil || !done {
				t.Fatalf("killed after %d records: %s not marked folded into %v: %v", k, trigger, p, err)
			}
			// The feud is published once folded: by the redelivery if the
			// killed fold did not commit the pair, else from the marker.
			if len(again) != 1 || again[0].Kind != pipeline.KindNewFeud || len(fresh) > 1 || len(fresh) == 1 && fresh[0].ID != again[0].ID {
				t.Fatalf("killed after %d records: marker events %+v, emitted %+v", k, again, fresh)
			}
		}
	}
}

// trackerProc is one track process of a test: its bus, store, tracker and
// router on the stances topic in group "track".
type trackerProc struct {
	store  *kafka.PartitionedStateStore
	cancel context.CancelFunc
	done   chan error
}

func startTracker(t *testing.T, cfg kafka.Config) *trackerProc {
	t.Helper()
	b := newTestBus(t, cfg)
	s := openPairState(t, b)
	tr, err := track.New(track.DefaultConfig(), s, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	msgs, err := b.Subscribe(ctx, pipeline.TopicStances, "track")
	if err != nil {
		t.Fatal(err)
	}
	r := &pipeline.Router{Sub: b, Pub: b, DLQ: b, Logger: testLogger(t)}
	p := &trackerProc{store: s, cancel: cancel, done: make(chan error, 1)}
	go func() {
		p.done <- r.Consume(ctx, pipeline.Route{Stage: "track", Topic: pipeline.TopicStances, Group: "track", Workers: 4, Handler: track.Handler(tr)}, msgs)
	}()
	t.Cleanup(func() { p.stop(t) })
	return p
}

func (p *trackerProc) stop(t *testing.T) {
	if p.cancel == nil {
		return
	}
	p.cancel()
	p.cancel = nil
	if err := <-p.done; err != nil {
		t.Error(err)
	}
}

// groupAssignment waits until the group has n members with partitions
// and returns each member's partitions of topic.
func groupAssignment(t *testing.T, addr, group, topic string, n int) [][]int {
	t.Helper()
	cl := &kafkago.Client{Addr: kafkago.TCP(addr), Timeout: 10 * time.Second}
	deadline := time.Now().Add(90 * time.Second)
	for {
		res, err := cl.DescribeGroups(t.Context(), &kafkago.DescribeGroupsRequest{GroupIDs: []string{group}})
		if err == nil && len(res.Groups) == 1 && res.Groups[0].GroupState == "Stable" && len(res.Groups[0].Members) == n {
			var out [][]int
			for _, m := range res.Groups[0].Members {
				var ps []int
				for _, tp := range m.MemberAssignments.Topics {
					if tp.Topic == topic {
						ps = append(ps, tp.Partitions...)
					}
				}
				if len(ps) > 0 {
					out = append(out, ps)
				}
			}
			if len(out) == n {
				return out
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("group %s never settled on %d members: %+v %v", group, n, res, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func publishStances(t *testing.T, b *kafka.Bus, keys []string, round int) {
	t.Helper()
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	var msgs []*pipeline.Message
	for i, k := range keys {
		a, c, _ := splitPair(k)
		at := day.Add(time.Duration(round*100+i) * time.Minute)
		m, err := pipeline.Encode(k, pipeline.StanceBatch{Story: pipeline.StoryRef{ID: fmt.Sprintf("%s#r%d", k, round), Published: at, Fetched: at, Source: fmt.Sprint("khabar-", round%3)},
			Pair: [2]string{a, c}, Stances: []pipeline.Stance{{Source: a, Target: c, Polarity: pipeline.Hostile, Score: 1, Evidence: "कड़ी आलोचना"}}})
		if err != nil {
			t.Fatal(err)
		}
		msgs = append(msgs, m)
	}
	if err := b.Publish(t.Context(), pipeline.TopicStances, msgs...); err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		<-m.Done()
		if m.Err() != nil {
			t.Fatal(m.Err())
		}
	}
}

// stories sums Counts.Stories over the pairs the stores hold.
func stories(t *testing.T, stores ...*kafka.PartitionedStateStore) int {
	n := 0
	for _, s := range stores {
		_ = s.ForEach(t.Context(), track.BucketPairs, func(_ string, v []byte) error {
			var st track.PairState
			if err := json.Unmarshal(v, &st); err != nil {
				t.Fatal(err)
			}
			n += st.Counts.Stories
			return nil
		})
	}
	return n
}

func waitStories(t *testing.T, want int, stores ...*kafka.PartitionedStateStore) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for got := stories(t, stores...); got != want; got = stories(t, stores...) {
		if got > want || time.Now().After(deadline) {
			t.Fatalf("%d stories folded, want %d", got, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Two track processes in one group each load the state of the partitions
// the group gave them, from the partition of the messages they handle;
// when one stops, the other takes its partitions over, restores their
// state from the changelog and goes on counting from it.
func TestTwoTrackersOwnTheirPartitions(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	cfg.Partitions = 6
	pub := newTestBus(t, cfg)
	var keys []string
	for i, a := range pairEntities {
		for _, c := range pairEntities[i+1:] {
			keys = append(keys, pipeline.PairKey(a, c))
		}
	}
	one, two := startTracker(t, cfg), startTracker(t, cfg)
	assigned := groupAssignment(t, addr, cfg.TopicPrefix+"track", cfg.Topic(pipeline.TopicStances), 2)
	publishStances(t, pub, keys, 0)
	waitStories(t, len(keys), one.store, two.store)
	loaded := func(s *kafka.PartitionedStateStore) []int {
		var out []int
		for _, ps := range s.Loaded() {
			out = append(out, ps.Partition)
		}
		return out
	}
	l1, l2 := loaded(one.store), loaded(two.store)
	t.Logf("assignment %v; loaded %v and %v", assigned, l1, l2)
	within := func(ps, of []int) bool {
		for _, p := range ps {
			if !slices.Contains(of, p) {
				return false
			}
		}
		return true
	}
	if len(l1) == 0 || len(l2) == 0 || len(l1)+len(l2) != cfg.Partitions ||
		!(within(l1, assigned[0]) && within(l2, assigned[1]) || within(l1, assigned[1]) && within(l2, assigned[0])) {
		t.Fatalf("loaded %v and %v, assigned %v", l1, l2, assigned)
	}
	// Two goes; one takes every partition and restores two's pairs.
	two.stop(t)
	groupAssignment(t, addr, cfg.TopicPrefix+"track", cfg.Topic(pipeline.TopicStances), 1)
	publishStances(t, pub, keys, 1)
	waitStories(t, 2*len(keys), one.store)
	if got := loaded(one.store); len(got) != cfg.Partitions {
		t.Fatalf("after the takeover one loaded %v", got)
	}
	// Each pair: two stories from two outlets, so rivals, counted once each.
	var pairs int
	_ = one.store.ForEach(t.Context(), track.BucketPairs, func(k string, v []byte) error {
		var st track.PairState
		if err := json.Unmarshal(v, &st); err != nil {
			t.Fatal(err)
		}
		if st.Counts.Stories != 2 || st.State != track.StateRivals {
			t.Fatalf("pair %s after the takeover: %d stories, %s", k, st.Counts.Stories, st.State)
		}
		pairs++
		return nil
	})
	if pairs != len(keys) {
		t.Fatalf("%d pairs, want %d", pairs, len(keys))
	}
}
