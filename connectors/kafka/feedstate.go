package kafka

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// TopicFeedState is the pollers' feed-state changelog: compacted, keyed by
// state bucket and canonical feed URL (or story id for near-duplicate
// fingerprints). Every poller restores it with OpenFeedStateStore, keeping
// only the records of the feeds it owns, so a feed that changes owner when
// the poller count changes keeps its validators and its delivered-story
// set (issue 14 §4).
const TopicFeedState = "feed-state"

// FeedStateFilter decides, for each record of the feed-state changelog as
// it streams by (restore and tail) and for each write of this process,
// whether the store keeps it in memory. value is nil for a delete; the
// filter may read it but must not retain it. A record not kept is dropped
// at once (and an earlier value of its key forgotten), so a poller holds
// the latest record of the feeds it owns, not the whole topic with its
// uncompacted history.
type FeedStateFilter func(bucket, key string, value []byte, deleted bool) bool

// FeedStateStore is a StateStore over the feed-state changelog that keeps
// only what its filter asks for. Reads, Sync and Close are StateStore's;
// Apply writes every op to the topic but keeps in memory only the ops the
// filter keeps.
type FeedStateStore struct {
	*StateStore
	keep FeedStateFilter
}

var _ pipeline.StateStore = (*FeedStateStore)(nil)

// Reader buffers of a filtered restore: a fetch of at most feedStateFetch
// bytes and feedStateQueue messages queued per partition (kafka-go's
// defaults of the plain StateStore are 10 MB and 100), so the memory a
// restore needs does not grow with the topic.
const (
	feedStateFetch = 1 << 20
	feedStateQueue = 16
)

// OpenFeedStateStore restores the records of topic (relative name,
// normally TopicFeedState) that keep accepts and keeps tailing the topic
// until Close. keep nil keeps everything (OpenStateStore's behaviour).
func OpenFeedStateStore(ctx context.Context, b *Bus, topic string, keep FeedStateFilter) (*FeedStateStore, error) {
	if keep == nil {
		keep = func(string, string, []byte, bool) bool { return true }
	}
	full := b.cfg.Topic(topic)
	if err := b.ensureTopic(ctx, full); err != nil {
		return nil, err
	}
	meta, err := b.client.Metadata(ctx, &kafkago.MetadataRequest{Topics: []string{full}})
	if err != nil {
		return nil, fmt.Errorf("kafka feed state: metadata of %q: %w", full, err)
	}
	if len(meta.Topics) != 1 {
		return nil, fmt.Errorf("kafka feed state: metadata of %q: %d topics in the answer", full, len(meta.Topics))
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
		data: map[string]map[string][]byte{}, next: map[int]int64{}, moved: make(chan struct{})}
	fs := &FeedStateStore{StateStore: s, keep: keep}
	d, err := b.cfg.dialer()
	if err != nil {
		return nil, err
	}
	tctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	restored := make(chan error, len(parts))
	for _, part := range parts {
		r := kafkago.NewReader(kafkago.ReaderConfig{
			Brokers: b.cfg.Brokers, Topic: full, Partition: part, Dialer: d,
			MinBytes: 1, MaxBytes: feedStateFetch, QueueCapacity: feedStateQueue,
			MaxWait:        500 * time.Millisecond,
			ReadBackoffMin: 100 * time.Millisecond, ReadBackoffMax: time.Second,
		})
		if err := r.SetOffset(kafkago.FirstOffset); err != nil {
			cancel()
			s.wg.Wait()
			_ = r.Close()
			return nil, fmt.Errorf("kafka feed state: %w", err)
		}
		s.wg.Add(1)
		go fs.tail(tctx, r, part, ends[part], restored)
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
			return nil, fmt.Errorf("kafka feed state: restore %q: %w", full, ctx.Err())
		}
	}
	return fs, nil
}

// tail applies the partition's records the filter keeps; it reports on
// restored once the records that existed at open are applied.
func (fs *FeedStateStore) tail(ctx context.Context, r *kafkago.Reader, part int, end int64, restored chan<- error) {
	s := fs.StateStore
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
		m, err := r.ReadMessage(ctx)
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, io.EOF) {
				report(fmt.Errorf("kafka feed state: restore stopped: %w", err))
				return
			}
			s.bus.log.Warn("feed state changelog read failed; retrying", "topic", s.topic, "partition", part, "err", err)
			select {
			case <-time.After(time.Second):
			case <-ctx.Done():
			}
			continue
		}
		own, del := false, false
		for _, h := range m.Headers {
			switch h.Key {
			case headerWriter:
				own = string(h.Value) == s.id
			case headerDelete:
				del = true
			}
		}
		if !own {
			if bucket, key, ok := strings.Cut(string(m.Key), "\x00"); ok {
				v := m.Value
				if del {
					v = nil
				} else if v == nil {
					v = []byte{}
				}
				keep := fs.keep(bucket, key, v, del)
				s.mu.Lock()
				// A record not kept also drops an earlier value of its key.
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

// Apply writes the ops to the changelog and returns when the brokers
// acknowledged all of them; then memory keeps the ops the filter keeps.
func (fs *FeedStateStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if len(ops) == 0 {
		return nil
	}
	s := fs.StateStore
	msgs := make([]*pipeline.Message, len(ops))
	for i, op := range ops {
		if strings.Contains(op.Bucket, "\x00") {
			return fmt.Errorf("kafka feed state: bucket %q contains NUL", op.Bucket)
		}
		var v []byte
		if !op.Delete {
			v = op.Value
			if v == nil {
				v = []byte{} // an empty value is not a tombstone
			}
		}
		m := pipeline.NewMessage(op.Bucket+"\x00"+op.Key, v)
		m.Headers[headerWriter] = s.id
		if op.Delete {
			m.Headers[headerDelete] = "1"
		}
		msgs[i] = m
	}
	if err := s.bus.Publish(ctx, s.topic, msgs...); err != nil {
		return fmt.Errorf("kafka feed state: %w", err)
	}
	for _, m := range msgs {
		select {
		case <-m.Done():
			if err := m.Err(); err != nil {
				return fmt.Errorf("kafka feed state: write %q: %w", m.Key, err)
			}
		case <-ctx.Done():
			return fmt.Errorf("kafka feed state: %w", ctx.Err())
		}
	}
	keep := make([]bool, len(ops))
	for i, op := range ops {
		var v []byte
		if !op.Delete {
			v = op.Value
		}
		keep[i] = fs.keep(op.Bucket, op.Key, v, op.Delete)
	}
	s.mu.Lock()
	for i, op := range ops {
		var v []byte
		if keep[i] && !op.Delete {
			v = slices.Clone(op.Value)
			if v == nil {
				v = []byte{}
			}
		}
		s.set(op.Bucket, op.Key, v, op.Delete || !keep[i])
	}
	s.mu.Unlock()
	return nil
}

// Drop forgets every key of bucket held in memory (the changelog keeps
// them): for state a process read once and holds in its own form since,
// such as the near-duplicate fingerprints a poller indexes at start.
// Later records of the bucket are kept or not as the filter says.
func (fs *FeedStateStore) Drop(bucket string) {
	s := fs.StateStore
	s.mu.Lock()
	delete(s.data, bucket)
	s.mu.Unlock()
}

// Size is the number of keys held in memory in bucket.
func (fs *FeedStateStore) Size(bucket string) int {
	s := fs.StateStore
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.data[bucket])
}
