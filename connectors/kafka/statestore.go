package kafka

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// headerWriter names the StateStore instance that wrote a changelog record,
// so an instance skips its own records when it tails the topic.
const headerWriter = "state-writer"

// headerDelete marks a tombstone: kafka-go reads an empty value back as
// nil, so a nil value alone cannot tell a delete from an empty value.
const headerDelete = "state-delete"

// StateStore is a pipeline.StateStore over a compacted changelog topic
// (TopicTrackState): every Apply is written to the topic (acks=all) and kept
// in memory, and every instance tails the topic, so a tracker that takes a
// pair over after a rebalance, or restarts, has the pair's state.
//
// Guarantees, weaker than the bbolt store's: the ops of one Apply are
// written in one produce call but to several partitions, so a crash in the
// middle of it can store some of them — Apply is atomic per key only. Its
// users keep what must change together in one key. Every instance reads
// every partition on start and keeps all of it in memory: for state keyed
// like an input topic (the tracker's pairs) use PartitionedStateStore,
// which loads only the partitions a process consumes (issue 14 §2).
// Another instance's writes are visible after the tail catches up
// (milliseconds), while partitions move between trackers only after a
// rebalance (seconds).
type StateStore struct {
	bus   *Bus
	topic string // relative
	id    string
	what  string          // names the store in errors and logs: "kafka state"
	keep  FeedStateFilter // which records memory keeps; nil: all

	full  string // topic, prefixed
	parts []int

	memory // its mu also guards next and moved
	// next is, per partition, the offset the tail reads next; moved is
	// closed (and replaced) whenever one advances (Sync waits on it).
	next  map[int]int64
	moved chan struct{}

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

var _ pipeline.StateStore = (*StateStore)(nil)

// OpenStateStore restores the state from the changelog topic (relative
// name, normally TopicTrackState) and keeps tailing it until Close.
func OpenStateStore(ctx context.Context, b *Bus, topic string) (*StateStore, error) {
	return openChangelog(ctx, b, topic, changelog{what: "kafka state", fetch: 10 << 20})
}

// changelog is what sets one kind of StateStore apart: its name, the
// filter of the records memory keeps and its readers' buffers.
type changelog struct {
	what  string
	keep  FeedStateFilter // nil keeps every record
	fetch int             // a reader's MaxBytes
	queue int             // a reader's QueueCapacity; 0: kafka-go's default (100)
}

// openChangelog restores every partition of topic (relative name) into a
// StateStore, keeping the records c.keep accepts, and tails them until
// Close.
func openChangelog(ctx context.Context, b *Bus, topic string, c changelog) (*StateStore, error) {
	full := b.cfg.Topic(topic)
	if err := b.ensureTopic(ctx, full); err != nil {
		return nil, err
	}
	meta, err := b.client.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil {
		return nil, fmt.Errorf("%s: metadata of %q: %w", c.what, full, err)
	}
	if len(meta.Topics) != 1 {
		return nil, fmt.Errorf("%s: metadata of %q: %d topics in the answer", c.what, full, len(meta.Topics))
	}
	var parts []int
	for _, p := range meta.Topics[0].Partitions {
		parts = append(parts, p.ID)
	}
	ends, err := b.endOffsets(ctx, full, parts)
	if err != nil {
		return nil, err
	}
	var idb [8]byte
	_, _ = rand.Read(idb[:])
	s := &StateStore{bus: b, topic: topic, full: full, parts: parts, id: hex.EncodeToString(idb[:]),
		what: c.what, keep: c.keep,
		memory: newMemory(), next: map[int]int64{}, moved: make(chan struct{})}
	d, err := b.cfg.dialer()
	if err != nil {
		return nil, err
	}
	tctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	restored := make(chan error, len(parts))
	for _, part := range parts {
		r, err := b.changelogReader(d, full, part, c.fetch, c.queue)
		if err != nil {
			cancel()
			s.wg.Wait()
			return nil, fmt.Errorf("%s: %w", c.what, err)
		}
		s.wg.Add(1)
		go s.tail(tctx, r, part, ends[part], restored)
	}
	for range parts {
		select {
		case err := <-restored:
			if err != nil {
				s.Close()
				return nil, err
			}
		case <-ctx.Done():
			s.Close()
			return nil, fmt.Errorf("%s: restore %q: %w", c.what, full, ctx.Err())
		}
	}
	return s, nil
}

// tail applies the partition's records (those the filter keeps; a record
// not kept also drops an earlier value of its key); it reports on
// restored once the records that existed at open (offsets below end) are
// applied.
func (s *StateStore) tail(ctx context.Context, r *kafkago.Reader, part int, end int64, restored chan<- error) {
	defer s.wg.Done()
	defer r.Close()
	reported := false
	report := func(err error) {
		if !reported {
			reported = true
			restored <- err
		}
	}
	if end <= 0 {
		report(nil)
	}
	for {
		m, err := s.bus.readChangelog(ctx, r, s.what+": changelog read failed; retrying", s.topic, part)
		if err != nil {
			report(fmt.Errorf("%s: restore stopped: %w", s.what, err))
			return
		}
		if writer, _, del := recordHeaders(m.Headers); writer != s.id {
			if bucket, key, ok := strings.Cut(string(m.Key), "\x00"); ok {
				v := m.Value
				if del {
					v = nil
				} else if v == nil {
					v = []byte{}
				}
				keep := s.keeps(bucket, key, v, del)
				s.mu.Lock()
				s.set(bucket, key, v, del || !keep)
				s.mu.Unlock()
			}
		}
		s.advance(part, m.Offset+1)
		if m.Offset >= end-1 {
			report(nil)
		}
	}
}

// keeps reports whether memory keeps a record (value nil for a delete).
func (s *StateStore) keeps(bucket, key string, value []byte, deleted bool) bool {
	return s.keep == nil || s.keep(bucket, key, value, deleted)
}

// Get returns a copy of the value.
func (s *StateStore) Get(_ context.Context, bucket, key string) ([]byte, bool, error) {
	v, ok := s.get(bucket, key)
	return v, ok, nil
}

// ForEach visits the bucket's keys in order.
func (s *StateStore) ForEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error {
	return s.forEach(ctx, bucket, fn)
}

// Apply writes the ops to the changelog and returns when the brokers
// acknowledged all of them; only then is memory updated, with the ops the
// filter keeps (a store without a filter keeps them all).
func (s *StateStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if len(ops) == 0 {
		return nil
	}
	msgs := make([]*pipeline.Message, len(ops))
	for i, op := range ops {
		key, err := changelogKey(s.what, op)
		if err != nil {
			return err
		}
		m := pipeline.NewMessage(key, changelogValue(op))
		m.Headers[headerWriter] = s.id
		if op.Delete {
			m.Headers[headerDelete] = "1"
		}
		msgs[i] = m
	}
	if err := s.bus.Publish(ctx, s.topic, msgs...); err != nil {
		return fmt.Errorf("%s: %w", s.what, err)
	}
	for _, m := range msgs {
		select {
		case <-m.Done():
			if err := m.Err(); err != nil {
				return fmt.Errorf("%s: write %q: %w", s.what, m.Key, err)
			}
		case <-ctx.Done():
			return fmt.Errorf("%s: %w", s.what, ctx.Err())
		}
	}
	// The filter runs outside the lock (it may decode the value).
	drop := make([]bool, len(ops))
	for i, op := range ops {
		var v []byte
		if !op.Delete {
			v = op.Value
		}
		drop[i] = op.Delete || !s.keeps(op.Bucket, op.Key, v, op.Delete)
	}
	s.mu.Lock()
	for i, op := range ops {
		s.setOp(op, drop[i])
	}
	s.mu.Unlock()
	return nil
}

// Close stops tailing.
func (s *StateStore) Close() error {
	s.cancel()
	s.wg.Wait()
	return nil
}

// advance records that the tail of part applied everything below next.
func (s *StateStore) advance(part int, next int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if next > s.next[part] {
		s.next[part] = next
		close(s.moved)
		s.moved = make(chan struct{})
	}
}

// Sync waits until the store has applied every record written to its
// changelog before the call, by any process: call it before reading state
// that another process may have written just before this one took the key
// over (a rebalance). Tails normally keep up within milliseconds; Sync makes
// it certain.
func (s *StateStore) Sync(ctx context.Context) error {
	ends, err := s.bus.endOffsets(ctx, s.full, s.parts)
	if err != nil {
		return err
	}
	for {
		s.mu.RLock()
		behind := false
		for p, end := range ends {
			if s.next[p] < end {
				behind = true
				break
			}
		}
		moved := s.moved
		s.mu.RUnlock()
		if !behind {
			return nil
		}
		select {
		case <-moved:
		case <-ctx.Done():
			return fmt.Errorf("%s: sync %s: %w", s.what, s.full, ctx.Err())
		}
	}
}
