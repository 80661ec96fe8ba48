package kafka

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
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
// Writers are fenced through the log order of each changelog partition
// (issue 14; kafka-go's group reader hides the group's generation, and
// there are no transactions): Fence(p) writes a fence record to partition
// p (epoch: the highest seen + 1; writer: this store's random id) and
// returns once this store's tail has read it back, so the state then
// holds everything written before it. Every record this store writes
// carries the epoch and writer of the partition's latest fence — its own —
// and every reader (restore and tail, in every process) applies a record
// only if it carries the latest fence read before it in that partition
// (records without an epoch count only before the partition's first fence:
// changelogs of before fencing). So a write of a stale owner that lands
// after a newer owner's fence is ignored by every reader, whatever the
// timing. Apply returns once its records were read back: ErrFenced
// (wrapped) if they came after another writer's fence, and from then on
// at once, until Fence is called again. Fence records have a key of their
// own each (fence/<epoch>/<writer>), and the current fence owner re-writes
// the accepted value of a key whose newest record was rejected, so
// compaction cannot keep the rejected record and drop the accepted one;
// once no key awaits that repair, the owner tombstones the fences before
// its own (pruneFences), so a partition keeps one live fence record
// however often it changes owner.
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

	memory // its mu also guards parts, own, inflight, repairs and onUnload
	parts  map[int]*partLoad
	// own is this store's records written and not read back yet, by their
	// sequence number (headerSeq); inflight counts them per changelog key
	// (bucket NUL key), so a repair never re-writes a key over them.
	own      map[uint64]ownRecord
	inflight map[string]int
	seq      atomic.Uint64
	// writeMu orders an Apply's write after a repair's (a repair reads
	// the value it re-writes under it).
	writeMu sync.Mutex
	repairs map[int]bool  // partitions with keys to repair
	repairC chan struct{} // wakes the repairer
	// tailHook, when set (tests, before any partition is loaded), is
	// called by a tail with each record before it is applied.
	tailHook func(partition int, m kafkago.Message)

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

	// The fencing, as the tail read it; the store's mu guards these.
	fence    *fenceID // the partition's latest fence; nil: none yet
	maxEpoch uint64   // the highest epoch read (fences and records)
	mine     bool     // the latest fence is this store's
	fenced   bool     // this store's fence was read once: no implicit re-fence
	// repair holds the keys (bucket NUL key) whose newest record was
	// rejected: the fence owner writes their accepted value again.
	repair  map[string]struct{}
	fenceMu sync.Mutex // one Fence write at a time
	// fenceKey is the key of the latest fence record; oldFences the keys
	// of the fences before it whose tombstone was not read yet: the fence
	// owner deletes them once no key awaits repair (pruneFences).
	fenceKey  string
	oldFences map[string]struct{}
}

// fenceID is a fence record's identity: its epoch and the writer that
// wrote it (two writers may pick the same epoch; the log orders them).
type fenceID struct {
	epoch  uint64
	writer string
}

// ownRecord is one record this store wrote: its partition and key, and
// the Apply or Fence waiting for it to be read back (nil for a repair).
type ownRecord struct {
	pl   *partLoad
	part int
	key  string // "" for a fence
	wait *readBack
}

// readBack is an Apply's (or Fence's) wait for its records to be read
// back by the tails: done closes when n reaches 0; err is the first
// rejection (ErrFenced) or the tail's end.
type readBack struct {
	n    int
	err  error
	done chan struct{}
}

// ErrFenced is the error of a write to a changelog partition whose latest
// fence is another writer's (a rebalance gave the partition to another
// process, which fenced it): the write is ignored by every reader. It is
// transient: the caller fences the partition again (Fence, which reads
// the other writer's state first) and redoes its work onto that state.
var ErrFenced = errors.New("state partition fenced by another writer: fence it again and redo the work")

// Headers of the fencing.
const (
	headerEpoch = "state-epoch" // the fence epoch a record was written under
	headerSeq   = "state-seq"   // a writer's sequence number of the record
	headerFence = "state-fence" // marks a fence record
)

var (
	_ pipeline.StateStore      = (*PartitionedStateStore)(nil)
	_ pipeline.PartitionFencer = (*PartitionedStateStore)(nil)
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
		memory: newMemory(), parts: map[int]*partLoad{}, own: map[uint64]ownRecord{}, inflight: map[string]int{},
		repairs: map[int]bool{}, repairC: make(chan struct{}, 1), now: time.Now,
	}
	for i := range s.n {
		s.ids = append(s.ids, i)
	}
	s.w = b.newWriter(chosenPartition{})
	s.w.Topic = full
	s.ctx, s.cancel = context.WithCancel(context.WithoutCancel(ctx))
	s.wg.Add(1)
	go s.repairer()
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
// it is (or ctx ends). It only reads: a reader of every partition (the
// pairs API) calls it; a writer calls Fence.
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
		pl = &partLoad{ready: make(chan struct{}), stop: stop, done: make(chan struct{}), repair: map[string]struct{}{}}
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

// Fence makes this store the writer of partition p: unless the
// partition's latest fence is already this store's, it loads the
// partition (Own), writes a fence record to it and returns once the tail
// has read that record back — the state then holds every record written
// before it, by any process, and what any other writer writes after it is
// ignored by every reader. A stage calls it with the partition of each
// message before it reads that message's state (pipeline.PartitionFencer);
// a partition that returns to this process after another fenced it is
// fenced again, and so caught up.
func (s *PartitionedStateStore) Fence(ctx context.Context, p int) error {
	if err := s.Own(ctx, p); err != nil {
		return err
	}
	s.mu.RLock()
	pl := s.parts[p]
	mine := pl != nil && pl.mine
	s.mu.RUnlock()
	if mine {
		return nil
	}
	if pl == nil {
		return fmt.Errorf("kafka state: fence %s/%d: the partition was unloaded meanwhile", s.topic, p)
	}
	pl.fenceMu.Lock()
	defer pl.fenceMu.Unlock()
	s.mu.Lock()
	if pl.mine {
		s.mu.Unlock()
		return nil
	}
	epoch := pl.maxEpoch + 1
	seq := s.seq.Add(1)
	w := &readBack{n: 1, done: make(chan struct{})}
	s.own[seq] = ownRecord{pl: pl, part: p, wait: w}
	s.mu.Unlock()
	m := kafkago.Message{
		Key:   []byte(fmt.Sprintf("%s%d/%s", fenceKeyPrefix, epoch, s.id)),
		Value: []byte(fmt.Sprintf(`{"epoch":%d,"writer":%q}`, epoch, s.id)),
		Headers: []kafkago.Header{
			{Key: pipeline.HeaderSchemaVersion, Value: []byte(pipeline.SchemaVersion)},
			{Key: headerWriter, Value: []byte(s.id)},
			{Key: headerEpoch, Value: []byte(strconv.FormatUint(epoch, 10))},
			{Key: headerSeq, Value: []byte(strconv.FormatUint(seq, 10))},
			{Key: headerFence, Value: []byte("1")},
		},
		WriterData: p,
	}
	if err := s.w.WriteMessages(ctx, m); err != nil {
		s.forget([]uint64{seq})
		return fmt.Errorf("kafka state: fence %s/%d: %w", s.topic, p, err)
	}
	if err := s.await(ctx, w, []uint64{seq}); err != nil {
		return fmt.Errorf("kafka state: fence %s/%d: %w", s.topic, p, err)
	}
	s.bus.log.Debug("state partition fenced", "topic", s.topic, "partition", p, "epoch", epoch)
	return nil
}

// await waits for w, whose records are seqs: on ctx's end they are
// forgotten (read back later, they are applied as the log says).
func (s *PartitionedStateStore) await(ctx context.Context, w *readBack, seqs []uint64) error {
	select {
	case <-w.done:
		return w.err
	case <-ctx.Done():
		s.forget(seqs)
		return fmt.Errorf("waiting to read back the write: %w", ctx.Err())
	}
}

// forget drops this store's records seqs from those it waits for.
func (s *PartitionedStateStore) forget(seqs []uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, q := range seqs {
		s.dropOwn(q)
	}
}

// dropOwn forgets own record q; the caller holds mu.
func (s *PartitionedStateStore) dropOwn(q uint64) (ownRecord, bool) {
	r, ok := s.own[q]
	if !ok {
		return r, false
	}
	delete(s.own, q)
	if r.key != "" {
		if n := s.inflight[r.key]; n <= 1 {
			delete(s.inflight, r.key)
		} else {
			s.inflight[r.key] = n - 1
		}
	}
	return r, true
}

// tail restores partition p, reports on pl.ready, then keeps applying
// every record written to it (this store's included: memory follows the
// log) until Close or the partition is unloaded. A failed restore is
// forgotten, so the next Own tries again.
func (s *PartitionedStateStore) tail(ctx context.Context, p int, pl *partLoad) {
	defer s.wg.Done()
	defer close(pl.done)
	defer s.tailEnded(p, pl)
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
		if s.tailHook != nil {
			s.tailHook(p, m)
		}
		s.applyRecord(p, pl, m)
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

// tailEnded fails the waits for this store's records of partition p that
// its tail pl will not read back now.
func (s *PartitionedStateStore) tailEnded(p int, pl *partLoad) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for q, r := range s.own {
		if r.pl != pl {
			continue
		}
		s.dropOwn(q)
		if w := r.wait; w != nil {
			if w.err == nil {
				w.err = fmt.Errorf("kafka state: %s/%d unloaded or closed before the write was read back", s.topic, p)
			}
			if w.n--; w.n == 0 {
				close(w.done)
			}
		}
	}
}

// fencing is what a record's headers say of the fencing.
type fencing struct {
	writer   string
	ours     bool // written by a store of this package (headerWriter)
	del      bool
	hasEpoch bool
	epoch    uint64
	seq      uint64 // 0: none
	fence    bool
}

func readFencing(hs []kafkago.Header) fencing {
	var f fencing
	f.writer, f.ours, f.del = recordHeaders(hs)
	for _, h := range hs {
		switch h.Key {
		case headerEpoch:
			// An epoch that does not parse is 0: never a fence's.
			f.epoch, _ = strconv.ParseUint(string(h.Value), 10, 64)
			f.hasEpoch = true
		case headerSeq:
			f.seq, _ = strconv.ParseUint(string(h.Value), 10, 64)
		case headerFence:
			f.fence = true
		}
	}
	return f
}

// applyRecord applies one changelog record of partition p in log order: a
// fence becomes the partition's latest; a state record is applied if it
// was written under the latest fence (or, without an epoch, if there is no
// fence yet), else it is rejected and its key is left to the fence
// owner's repair. This store's own records end the waits for them.
func (s *PartitionedStateStore) applyRecord(p int, pl *partLoad, m kafkago.Message) {
	f := readFencing(m.Headers)
	s.mu.Lock()
	defer s.mu.Unlock()
	if f.hasEpoch && f.epoch > pl.maxEpoch {
		pl.maxEpoch = f.epoch
	}
	var rejected bool
	if f.fence {
		if pl.fenceKey != "" && pl.fenceKey != string(m.Key) {
			if pl.oldFences == nil {
				pl.oldFences = map[string]struct{}{}
			}
			pl.oldFences[pl.fenceKey] = struct{}{}
		}
		pl.fence = &fenceID{epoch: f.epoch, writer: f.writer}
		pl.fenceKey = string(m.Key)
		pl.mine = f.writer == s.id
		if pl.mine {
			pl.fenced = true
			if len(pl.repair) > 0 || len(pl.oldFences) > 0 {
				s.wantRepair(p)
			}
		}
	} else if m.Value == nil && strings.HasPrefix(string(m.Key), fenceKeyPrefix) {
		delete(pl.oldFences, string(m.Key)) // an old fence's tombstone (pruneFences)
	} else if bucket, key, ok := strings.Cut(string(m.Key), "\x00"); ok {
		bk := string(m.Key)
		if pl.fence == nil || f.hasEpoch && f.epoch == pl.fence.epoch && f.writer == pl.fence.writer {
			// A null value from another client (kcat -Z) is a tombstone too.
			del := f.del || m.Value == nil && !f.ours
			v := m.Value
			if v == nil {
				v = []byte{}
			}
			s.set(bucket, key, v, del)
			if _, ok := pl.repair[bk]; ok {
				delete(pl.repair, bk)
				if pl.mine && len(pl.repair) == 0 && len(pl.oldFences) > 0 {
					s.wantRepair(p) // the last repair read back: old fences can go
				}
			}
		} else {
			rejected = true
			pl.repair[bk] = struct{}{}
			if pl.mine {
				s.wantRepair(p)
			}
		}
	}
	if !f.ours || f.writer != s.id || f.seq == 0 {
		return
	}
	r, ok := s.dropOwn(f.seq)
	if !ok || r.wait == nil {
		return
	}
	w := r.wait
	if rejected && w.err == nil {
		fe := pl.fence
		w.err = fmt.Errorf("kafka state: %s/%d: written after the fence of writer %s (epoch %d): %w", s.topic, p, fe.writer, fe.epoch, ErrFenced)
	}
	if w.n--; w.n == 0 {
		close(w.done)
	}
}

// wantRepair wakes the repairer for partition p; the caller holds mu.
func (s *PartitionedStateStore) wantRepair(p int) {
	s.repairs[p] = true
	select {
	case s.repairC <- struct{}{}:
	default:
	}
}

// repairer writes again, under this store's fence, the accepted value (or
// a tombstone) of every key of a partition it fences whose newest record
// was rejected: compaction keeps only a key's newest record, and would
// otherwise keep the rejected one and drop the accepted one. A failed
// write is tried again a second later.
func (s *PartitionedStateStore) repairer() {
	defer s.wg.Done()
	for {
		select {
		case <-s.ctx.Done():
			return
		case <-s.repairC:
		}
		s.mu.Lock()
		parts := make([]int, 0, len(s.repairs))
		for p := range s.repairs {
			parts = append(parts, p)
		}
		clear(s.repairs)
		s.mu.Unlock()
		slices.Sort(parts)
		for _, p := range parts {
			err := s.repair(p)
			if err == nil {
				err = s.pruneFences(p)
			}
			if err != nil {
				s.bus.log.Warn("state repair failed; retrying", "topic", s.topic, "partition", p, "err", err)
				select {
				case <-s.ctx.Done():
					return
				case <-time.After(time.Second):
				}
				s.mu.Lock()
				s.wantRepair(p)
				s.mu.Unlock()
			}
		}
	}
}

// repair writes partition p's keys to repair, if this store fences it.
// Keys with a write of this store in flight are left alone: that write
// comes later in the log and supersedes the rejected record.
func (s *PartitionedStateStore) repair(p int) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	s.mu.Lock()
	pl := s.parts[p]
	if pl == nil || !pl.mine || len(pl.repair) == 0 {
		s.mu.Unlock()
		return nil
	}
	keys := make([]string, 0, len(pl.repair))
	for bk := range pl.repair {
		if s.inflight[bk] == 0 {
			keys = append(keys, bk)
		}
	}
	slices.Sort(keys)
	msgs := make([]kafkago.Message, 0, len(keys))
	seqs := make([]uint64, 0, len(keys))
	for _, bk := range keys {
		bucket, key, _ := strings.Cut(bk, "\x00")
		v, ok := s.data[bucket][key]
		op := pipeline.StateOp{Bucket: bucket, Key: key, Value: v, Delete: !ok}
		seq := s.seq.Add(1)
		s.own[seq] = ownRecord{pl: pl, part: p, key: bk}
		s.inflight[bk]++
		seqs = append(seqs, seq)
		msgs = append(msgs, s.message(op, bk, p, pl.fence.epoch, seq))
	}
	s.mu.Unlock()
	if len(msgs) == 0 {
		return nil
	}
	if err := s.w.WriteMessages(s.ctx, msgs...); err != nil {
		s.forget(seqs)
		return fmt.Errorf("kafka state: repair %d key(s) of %s/%d: %w", len(msgs), s.topic, p, err)
	}
	s.bus.log.Info("state repaired: keys whose newest record was a fenced-off write written again", "topic", s.topic, "partition", p, "keys", len(msgs))
	return nil
}

// fenceKeyPrefix starts the key of every fence record: fence/<epoch>/<writer>.
const fenceKeyPrefix = "fence/"

// pruneFences deletes (tombstones) the fence records of partition p older
// than its latest fence, when that fence is this store's and no key awaits
// repair: fence keys are one per fence (per epoch and writer), so without
// this they grow by one record each time a partition changes owner
// (issue 14 §2), and compaction never removes them.
//
// Why it is safe: once compaction drops the old fences, a reader restoring
// the partition applies every record before the latest fence (no fence
// read yet), including records once rejected as a stale writer's. Each
// of those has a later accepted record of its key (that is what an empty
// repair set means: a key whose newest record was rejected stays in it
// until its repair is read back), which the reader applies after it, and
// which compaction keeps in its place; so the restored state is the one
// read with the fences. Records after the latest fence are checked
// against it as before. A repair pending blocks the pruning; the
// repairer tries again when the last repair is read back.
func (s *PartitionedStateStore) pruneFences(p int) error {
	s.mu.Lock()
	pl := s.parts[p]
	if pl == nil || !pl.mine || len(pl.repair) > 0 || len(pl.oldFences) == 0 {
		s.mu.Unlock()
		return nil
	}
	keys := make([]string, 0, len(pl.oldFences))
	for k := range pl.oldFences {
		keys = append(keys, k)
	}
	s.mu.Unlock()
	slices.Sort(keys)
	msgs := make([]kafkago.Message, len(keys))
	for i, k := range keys {
		msgs[i] = kafkago.Message{Key: []byte(k), Headers: []kafkago.Header{
			{Key: pipeline.HeaderSchemaVersion, Value: []byte(pipeline.SchemaVersion)},
			{Key: headerWriter, Value: []byte(s.id)},
			{Key: headerDelete, Value: []byte("1")},
		}, WriterData: p}
	}
	if err := s.w.WriteMessages(s.ctx, msgs...); err != nil {
		return fmt.Errorf("kafka state: delete %d old fence(s) of %s/%d: %w", len(msgs), s.topic, p, err)
	}
	s.bus.log.Debug("old fences deleted", "topic", s.topic, "partition", p, "fences", len(msgs))
	return nil
}

// message is the changelog record of op (key bk) in partition p, under
// fence epoch epoch, numbered seq.
func (s *PartitionedStateStore) message(op pipeline.StateOp, bk string, p int, epoch, seq uint64) kafkago.Message {
	hs := []kafkago.Header{
		{Key: pipeline.HeaderSchemaVersion, Value: []byte(pipeline.SchemaVersion)},
		{Key: headerWriter, Value: []byte(s.id)},
		{Key: headerEpoch, Value: []byte(strconv.FormatUint(epoch, 10))},
		{Key: headerSeq, Value: []byte(strconv.FormatUint(seq, 10))},
	}
	if op.Delete {
		hs = append(hs, kafkago.Header{Key: headerDelete, Value: []byte("1")})
	}
	return kafkago.Message{Key: []byte(bk), Value: changelogValue(op), Headers: hs, WriterData: p}
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
// given within a partition, under the partition's fence, and returns once
// the brokers acknowledged all of them (acks=all) and this store's tails
// have read them back and applied them: memory follows the log. A
// partition this store has not fenced yet is fenced first (Fence); one
// whose latest fence is another writer's gives ErrFenced (wrapped) without
// a write, and so does a record read back after another writer's fence (it
// is ignored by every reader). It is atomic per key only: after an error
// some ops may be stored.
func (s *PartitionedStateStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if len(ops) == 0 {
		return nil
	}
	keys := make([]string, len(ops))
	parts := make([]int, len(ops))
	for i, op := range ops {
		key, err := changelogKey("kafka state", op)
		if err != nil {
			return err
		}
		keys[i], parts[i] = key, s.partitionOf(op.Bucket, op.Key)
	}
	for i, p := range parts {
		if i > 0 && slices.Contains(parts[:i], p) {
			continue
		}
		s.mu.RLock()
		pl := s.parts[p]
		fenced := pl != nil && pl.fenced
		s.mu.RUnlock()
		if fenced {
			pl.used.Store(s.now().UnixNano())
			continue // whether it is still ours is checked below
		}
		if err := s.Fence(ctx, p); err != nil {
			return err
		}
	}
	s.writeMu.Lock()
	s.mu.Lock()
	w := &readBack{n: len(ops), done: make(chan struct{})}
	msgs := make([]kafkago.Message, len(ops))
	seqs := make([]uint64, 0, len(ops))
	for i, op := range ops {
		p := parts[i]
		pl := s.parts[p]
		if pl == nil || !pl.mine {
			by := "none"
			if pl != nil && pl.fence != nil {
				by = fmt.Sprintf("writer %s (epoch %d)", pl.fence.writer, pl.fence.epoch)
			}
			for _, q := range seqs {
				s.dropOwn(q)
			}
			s.mu.Unlock()
			s.writeMu.Unlock()
			if pl == nil {
				return fmt.Errorf("kafka state: write to %s/%d: the partition was unloaded meanwhile", s.topic, p)
			}
			return fmt.Errorf("kafka state: write to %s/%d: its latest fence is %s: %w", s.topic, p, by, ErrFenced)
		}
		seq := s.seq.Add(1)
		s.own[seq] = ownRecord{pl: pl, part: p, key: keys[i], wait: w}
		s.inflight[keys[i]]++
		seqs = append(seqs, seq)
		msgs[i] = s.message(op, keys[i], p, pl.fence.epoch, seq)
	}
	s.mu.Unlock()
	err := s.w.WriteMessages(ctx, msgs...)
	s.writeMu.Unlock()
	if err != nil {
		// What was written after all is read back and applied as the log
		// says: memory follows the log.
		s.forget(seqs)
		return fmt.Errorf("kafka state: write %d record(s) to %q: %w", len(msgs), s.topic, err)
	}
	if err := s.await(ctx, w, seqs); err != nil {
		return fmt.Errorf("kafka state: write %d record(s) to %q: %w", len(msgs), s.topic, err)
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
