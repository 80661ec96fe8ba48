package kafka

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// PartitionedStateStore is a pipeline.StateStore over a compacted changelog
// (TopicPairState) that is co-partitioned with a keyed input topic (the
// stances, keyed by pair): every record goes to the partition its
// partition key — PartitionKeyFunc(bucket, key), e.g. track.PartitionKey —
// would go to on the input topic, by the bus's partitioner (murmur2 of the
// key, as the Java client). So the state of the keys one consumer of the
// input owns lies in the partitions it owns, and a process loads only
// those: the first Own (or Get, Apply) of a partition reads that
// partition of the changelog, and from then on the store tails it (another
// process may write it after a rebalance). Partitions never touched are
// never read.
//
// An Apply is written one record per op, so it is atomic per key only
// (pipeline.StateStore); the tracker keeps what changes together in one
// key (issue 14 §2). A delete is a tombstone (a null value), so compaction
// removes the key.
//
// A partition taken by another process after a rebalance stays loaded
// (and tailed, its state current) until it has not been used for a while:
// UnloadIdle / UnloadAfter drop it (kafka-go hides the group's
// assignments, so disuse stands for revocation). ForEach visits only the
// loaded partitions: an API over this store lists the pairs of this
// process.
type PartitionedStateStore struct {
	bus   *Bus
	topic string // full name of the changelog
	input string // full name of the topic it is co-partitioned with
	n     int    // partitions of both
	ids   []int  // 0 … n-1, for the partitioner
	keyOf PartitionKeyFunc
	id    string
	w     *kafkago.Writer
	d     *kafkago.Dialer

	ctx    context.Context // the tails'
	cancel context.CancelFunc
	wg     sync.WaitGroup

	memory // its mu also guards parts, pending and onUnload
	parts  map[int]*partLoad
	// pending counts this store's writes of a key (bucket NUL key) not yet
	// read back by the tail: until then the tail skips other writers'
	// records of that key, which lie before ours in the log.
	pending map[string]int

	now      func() time.Time // the clock of idle unloading
	onUnload []func(partition int)
	unloader sync.Once
}

// PartitionKeyFunc returns the key whose input-topic partition a state
// record belongs to, or "" when it has none (the record is then placed by
// its own bucket and key).
type PartitionKeyFunc func(bucket, key string) string

// partLoad is one partition's restore: ready closes when the records that
// existed when it started are applied (err says whether they were).
type partLoad struct {
	ready   chan struct{}
	err     error
	records int64 // read while restoring
	bytes   int64 // keys and values read while restoring
	// used is when the partition was last owned, read or written (unix
	// nanoseconds of the store's clock); stop ends its tail.
	used atomic.Int64
	stop context.CancelFunc
	done chan struct{} // closed when the tail returned
}

var (
	_ pipeline.StateStore     = (*PartitionedStateStore)(nil)
	_ pipeline.PartitionOwner = (*PartitionedStateStore)(nil)
)

// OpenPartitionedStateStore opens the changelog topic (relative name,
// normally TopicPairState) co-partitioned with input (relative, normally
// pipeline.TopicStances). It reads nothing yet. The two topics must have
// the same number of partitions (`khabar setup kafka` creates both with
// bus.kafka.partitions).
func OpenPartitionedStateStore(ctx context.Context, b *Bus, topic, input string, keyOf PartitionKeyFunc) (*PartitionedStateStore, error) {
	if keyOf == nil {
		return nil, errors.New("kafka state: nil partition key function")
	}
	full, in := b.cfg.Topic(topic), b.cfg.Topic(input)
	for _, t := range []string{full, in} {
		if err := b.ensureTopic(ctx, t); err != nil {
			return nil, err
		}
	}
	meta, err := b.client.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full, in}})
	if err != nil {
		return nil, fmt.Errorf("kafka state: metadata of %q and %q: %w", full, in, err)
	}
	count := map[string]int{}
	for _, t := range meta.Topics {
		if t.Error != nil {
			return nil, fmt.Errorf("kafka state: topic %q: %w", t.Name, t.Error)
		}
		count[t.Name] = len(t.Partitions)
	}
	if count[full] == 0 || count[full] != count[in] {
		return nil, fmt.Errorf("kafka state: %q has %d partitions and %q %d: a changelog must have as many partitions as the topic it is co-partitioned with; run `khabar setup kafka` (it adds partitions up to bus.kafka.partitions; drain the pipeline first)",
			full, count[full], in, count[in])
	}
	d, err := b.cfg.dialer()
	if err != nil {
		return nil, err
	}
	var idb [8]byte
	_, _ = rand.Read(idb[:])
	s := &PartitionedStateStore{
		bus: b, topic: full, input: in, n: count[full], keyOf: keyOf, id: hex.EncodeToString(idb[:]), d: d,
		memory: newMemory(), parts: map[int]*partLoad{}, pending: map[string]int{}, now: time.Now,
	}
	for i := range s.n {
		s.ids = append(s.ids, i)
	}
	s.w = b.newWriter(chosenPartition{})
	s.w.Topic = full
	s.ctx, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	return s, nil
}

// chosenPartition writes each message to the partition Apply chose (in
// WriterData), i.e. the partition of its partition key on the input topic.
type chosenPartition struct{}

func (chosenPartition) Balance(m kafkago.Message, partitions ...int) int {
	p, _ := m.WriterData.(int)
	return p
}

// partitionOf is the input topic's partition of the record's partition key.
func (s *PartitionedStateStore) partitionOf(bucket, key string) int {
	pk := s.keyOf(bucket, key)
	if pk == "" {
		pk = bucket + "\x00" + key
	}
	return (&kafkago.Murmur2Balancer{}).Balance(kafkago.Message{Key: []byte(pk)}, s.ids...)
}

// Partition returns the partition of the input topic (and of the
// changelog) that holds the record bucket/key.
func (s *PartitionedStateStore) Partition(bucket, key string) int { return s.partitionOf(bucket, key) }

// Own loads partition p's state if it is not loaded yet, and returns once
// it is (or ctx ends).
func (s *PartitionedStateStore) Own(ctx context.Context, p int) error {
	if p < 0 || p >= s.n {
		return fmt.Errorf("kafka state: partition %d of %q: want 0..%d", p, s.topic, s.n-1)
	}
	s.mu.RLock()
	pl := s.parts[p]
	s.mu.RUnlock()
	if pl != nil {
		pl.used.Store(s.now().UnixNano())
		select {
		case <-pl.ready:
			if pl.err == nil {
				return nil
			}
		default:
		}
	}
	s.mu.Lock()
	pl = s.parts[p]
	if pl == nil {
		ctx, stop := context.WithCancel(s.ctx)
		pl = &partLoad{ready: make(chan struct{}), stop: stop, done: make(chan struct{})}
		pl.used.Store(s.now().UnixNano())
		s.parts[p] = pl
		s.wg.Add(1)
		go s.tail(ctx, p, pl)
	}
	s.mu.Unlock()
	select {
	case <-pl.ready:
		if pl.err != nil {
			return pl.err
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("kafka state: restore %s/%d: %w", s.topic, p, ctx.Err())
	}
}

// tail restores partition p, reports on pl.ready, then keeps applying
// the records other processes write to it until Close. A failed restore
// is forgotten, so the next Own tries again.
func (s *PartitionedStateStore) tail(ctx context.Context, p int, pl *partLoad) {
	defer s.wg.Done()
	defer close(pl.done)
	fail := func(err error) {
		s.mu.Lock()
		if s.parts[p] == pl {
			delete(s.parts, p)
		}
		s.mu.Unlock()
		pl.err = err
		close(pl.ready)
	}
	ends, err := s.bus.endOffsets(ctx, s.topic, []int{p})
	if err != nil {
		fail(err)
		return
	}
	end := ends[p]
	r, err := s.bus.changelogReader(s.d, s.topic, p, 10<<20, 0)
	if err != nil {
		fail(fmt.Errorf("kafka state: %s/%d: %w", s.topic, p, err))
		return
	}
	defer r.Close()
	restoring := end > 0
	if !restoring {
		close(pl.ready)
	}
	for {
		m, err := s.bus.readChangelog(ctx, r, "state changelog read failed; retrying", s.topic, p)
		if err != nil {
			if restoring {
				fail(fmt.Errorf("kafka state: restore %s/%d stopped: %w", s.topic, p, err))
			}
			return
		}
		s.applyRecord(m)
		if restoring {
			pl.records++
			pl.bytes += int64(len(m.Key) + len(m.Value))
			if m.Offset >= end-1 {
				restoring = false
				close(pl.ready)
			}
		}
	}
}

// applyRecord applies one changelog record in log order: this store's own
// records are already in memory; another writer's record of a key this
// store has a write of in flight lies before that write, and is skipped.
func (s *PartitionedStateStore) applyRecord(m kafkago.Message) {
	writer, ours, del := recordHeaders(m.Headers)
	own := ours && writer == s.id
	// A null value from another client (kcat -Z) is a tombstone too.
	del = del || m.Value == nil && !ours
	bk := string(m.Key)
	bucket, key, ok := strings.Cut(bk, "\x00")
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := s.pending[bk]; n > 0 {
		if own {
			if n == 1 {
				delete(s.pending, bk)
			} else {
				s.pending[bk] = n - 1
			}
		}
		return
	}
	v := m.Value
	if v == nil {
		v = []byte{}
	}
	s.set(bucket, key, v, del)
}

// Get returns a copy of the value, loading the key's partition first.
func (s *PartitionedStateStore) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	if err := s.Own(ctx, s.partitionOf(bucket, key)); err != nil {
		return nil, false, err
	}
	v, ok := s.get(bucket, key)
	return v, ok, nil
}

// ForEach visits the bucket's keys in order, of the loaded partitions only.
func (s *PartitionedStateStore) ForEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error {
	return s.forEach(ctx, bucket, fn)
}

// Apply writes one record per op, each to its partition, in the order
// given within a partition, and returns when the brokers acknowledged all
// of them (acks=all); only then is memory updated. It is atomic per key
// only: after an error some ops may be stored.
func (s *PartitionedStateStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if len(ops) == 0 {
		return nil
	}
	msgs := make([]kafkago.Message, len(ops))
	for i, op := range ops {
		key, err := changelogKey("kafka state", op)
		if err != nil {
			return err
		}
		p := s.partitionOf(op.Bucket, op.Key)
		if err := s.Own(ctx, p); err != nil {
			return err
		}
		hs := []kafkago.Header{{Key: pipeline.HeaderSchemaVersion, Value: []byte(pipeline.SchemaVersion)}, {Key: headerWriter, Value: []byte(s.id)}}
		if op.Delete {
			hs = append(hs, kafkago.Header{Key: headerDelete, Value: []byte("1")})
		}
		msgs[i] = kafkago.Message{Key: []byte(key), Value: changelogValue(op), Headers: hs, WriterData: p}
	}
	s.mu.Lock()
	for _, m := range msgs {
		s.pending[string(m.Key)]++
	}
	s.mu.Unlock()
	err := s.w.WriteMessages(ctx, msgs...)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		// What was written after all is read back as another writer's
		// record would be: memory follows the log.
		for _, m := range msgs {
			bk := string(m.Key)
			if n := s.pending[bk]; n <= 1 {
				delete(s.pending, bk)
			} else {
				s.pending[bk] = n - 1
			}
		}
		return fmt.Errorf("kafka state: write %d record(s) to %q: %w", len(msgs), s.topic, err)
	}
	for _, op := range ops {
		s.setOp(op, op.Delete)
	}
	return nil
}

// UnloadIdle drops the state of every loaded partition not owned, read
// or written for idle, and stops tailing it: a partition the group gave
// to another tracker (kafka-go's group reader does not say which
// partitions it holds, so "not seen for a while" stands for "revoked").
// If the partition comes back, its first Own restores it again from the
// changelog. It returns the partitions dropped, in order, after calling
// every OnUnload callback with each.
func (s *PartitionedStateStore) UnloadIdle(idle time.Duration) []int {
	cut := s.now().Add(-idle).UnixNano()
	s.mu.Lock()
	var drop []int
	var loads []*partLoad
	for p, pl := range s.parts {
		select {
		case <-pl.ready:
		default:
			continue // still restoring: in use
		}
		if pl.used.Load() < cut {
			drop = append(drop, p)
			loads = append(loads, pl)
			delete(s.parts, p)
		}
	}
	if len(drop) == 0 {
		s.mu.Unlock()
		return nil
	}
	gone := map[int]bool{}
	for _, p := range drop {
		gone[p] = true
	}
	for bucket, b := range s.data {
		for key := range b {
			if gone[s.partitionOf(bucket, key)] {
				delete(b, key)
			}
		}
		if len(b) == 0 {
			delete(s.data, bucket)
		}
	}
	callbacks := slices.Clone(s.onUnload)
	s.mu.Unlock()
	for _, pl := range loads {
		pl.stop()
		<-pl.done
	}
	slices.Sort(drop)
	for _, p := range drop {
		s.bus.log.Info("state partition unloaded: not used for a while (revoked?)", "topic", s.topic, "partition", p, "idle", idle)
		for _, fn := range callbacks {
			fn(p)
		}
	}
	return drop
}

// SetClock sets the clock UnloadIdle measures disuse with (default
// time.Now); call it before the store is used.
func (s *PartitionedStateStore) SetClock(now func() time.Time) {
	if now != nil {
		s.now = now
	}
}

// OnUnload registers fn to be called with each partition UnloadIdle drops
// (e.g. to drop a tracker's cached pairs of it: track.Tracker.Forget).
func (s *PartitionedStateStore) OnUnload(fn func(partition int)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.onUnload = append(s.onUnload, fn)
}

// UnloadAfter makes the store unload, every idle/2, the partitions not
// used for idle (UnloadIdle), until Close. A zero or negative idle, or a
// second call, does nothing.
func (s *PartitionedStateStore) UnloadAfter(idle time.Duration) {
	if idle <= 0 {
		return
	}
	s.unloader.Do(func() {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			tick := time.NewTicker(idle / 2)
			defer tick.Stop()
			for {
				select {
				case <-s.ctx.Done():
					return
				case <-tick.C:
					s.UnloadIdle(idle)
				}
			}
		}()
	})
}

// PartitionStats is what a store read from one partition of its changelog
// to restore it.
type PartitionStats struct {
	Partition int
	Records   int64
	Bytes     int64 // keys and values
}

// Loaded returns the partitions restored so far and what each read, in
// partition order.
func (s *PartitionedStateStore) Loaded() []PartitionStats {
	s.mu.RLock()
	var out []PartitionStats
	for p, pl := range s.parts {
		select {
		case <-pl.ready:
			if pl.err == nil {
				out = append(out, PartitionStats{Partition: p, Records: pl.records, Bytes: pl.bytes})
			}
		default:
		}
	}
	s.mu.RUnlock()
	slices.SortFunc(out, func(a, b PartitionStats) int { return a.Partition - b.Partition })
	return out
}

// Keys returns how many keys of the loaded partitions the store holds.
func (s *PartitionedStateStore) Keys() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, b := range s.data {
		n += len(b)
	}
	return n
}

// Close stops tailing and closes the writer.
func (s *PartitionedStateStore) Close() error {
	s.cancel()
	s.wg.Wait()
	if err := s.w.Close(); err != nil {
		return fmt.Errorf("kafka state: close writer of %q: %w", s.topic, err)
	}
	return nil
}
