package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/pipeline"
)

// What the changelog stores (StateStore, PartitionedStateStore) share: the
// records held in memory, a record's key and value as written, its
// headers as read back, and the reader and read loop of a partition.

// memory is a changelog store's records in memory. mu guards data and
// whatever else the store keeps beside it.
type memory struct {
	mu   sync.RWMutex
	data map[string]map[string][]byte // bucket → key → value
}

func newMemory() memory { return memory{data: map[string]map[string][]byte{}} }

// set stores value under bucket/key, or deletes the key when del (a
// bucket left empty goes too). The caller holds mu.
func (m *memory) set(bucket, key string, value []byte, del bool) {
	b := m.data[bucket]
	if del {
		delete(b, key)
		if len(b) == 0 {
			delete(m.data, bucket)
		}
		return
	}
	if b == nil {
		b = map[string][]byte{}
		m.data[bucket] = b
	}
	b[key] = value
}

// setOp stores a copy of op's value (never nil), or deletes its key when
// del. The caller holds mu.
func (m *memory) setOp(op pipeline.StateOp, del bool) {
	var v []byte
	if !del {
		v = slices.Clone(op.Value)
		if v == nil {
			v = []byte{}
		}
	}
	m.set(op.Bucket, op.Key, v, del)
}

// get returns a copy of the value.
func (m *memory) get(bucket, key string) ([]byte, bool) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.data[bucket][key]
	return slices.Clone(v), ok
}

// forEach visits the bucket's keys in order, each with a copy of its value
// when visited; a key deleted meanwhile is skipped.
func (m *memory) forEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error {
	m.mu.RLock()
	keys := make([]string, 0, len(m.data[bucket]))
	for k := range m.data[bucket] {
		keys = append(keys, k)
	}
	m.mu.RUnlock()
	slices.Sort(keys)
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return err
		}
		v, ok := m.get(bucket, k)
		if !ok {
			continue
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return nil
}

// changelogKey is the record key of op: bucket NUL key. what names the
// store in the error of a bucket holding a NUL.
func changelogKey(what string, op pipeline.StateOp) (string, error) {
	if strings.Contains(op.Bucket, "\x00") {
		return "", fmt.Errorf("%s: bucket %q contains NUL", what, op.Bucket)
	}
	return op.Bucket + "\x00" + op.Key, nil
}

// changelogValue is the record value of op: nil for a delete (whose record
// also carries headerDelete), otherwise never nil: an empty value is not a
// tombstone.
func changelogValue(op pipeline.StateOp) []byte {
	if op.Delete {
		return nil
	}
	if op.Value == nil {
		return []byte{}
	}
	return op.Value
}

// recordHeaders reads a changelog record's writer (written: it has a
// headerWriter, as every record a store of this package writes) and
// whether it is marked a delete.
func recordHeaders(hs []kafkago.Header) (writer string, written, deleted bool) {
	for _, h := range hs {
		switch h.Key {
		case headerWriter:
			writer, written = string(h.Value), true
		case headerDelete:
			deleted = true
		}
	}
	return writer, written, deleted
}

// changelogReader reads partition part of the changelog full (full name)
// from its first offset, fetching at most fetch bytes and queueing queue
// messages (0: kafka-go's default).
func (b *Bus) changelogReader(d *kafkago.Dialer, full string, part, fetch, queue int) (*kafkago.Reader, error) {
	r := kafkago.NewReader(kafkago.ReaderConfig{
		Brokers: b.cfg.Brokers, Topic: full, Partition: part, Dialer: d,
		MinBytes: 1, MaxBytes: fetch, QueueCapacity: queue,
		MaxWait:        500 * time.Millisecond,
		ReadBackoffMin: 100 * time.Millisecond, ReadBackoffMax: time.Second,
	})
	if err := r.SetOffset(kafkago.FirstOffset); err != nil {
		_ = r.Close()
		return nil, err
	}
	return r, nil
}

// readChangelog returns r's next record. A failed read is logged (warn,
// naming topic and partition) and tried again a second later; it returns
// an error only once ctx ends or the reader is closed.
func (b *Bus) readChangelog(ctx context.Context, r *kafkago.Reader, warn, topic string, part int) (kafkago.Message, error) {
	for {
		m, err := r.ReadMessage(ctx)
		if err == nil {
			return m, nil
		}
		if ctx.Err() != nil || errors.Is(err, io.EOF) {
			return m, err
		}
		b.log.Warn(warn, "topic", topic, "partition", part, "err", err)
		select {
		case <-time.After(time.Second):
		case <-ctx.Done():
		}
	}
}
