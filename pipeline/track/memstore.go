package track

import (
	"context"
	"sort"
	"sync"

	"github.com/khabar/khabar/pipeline"
)

// MemoryStore is a pipeline.StateStore in memory: what `khabar analyze` and
// `khabar alerts test` fold through, where nothing must outlive the run.
// It is safe for concurrent use; Apply is atomic like the durable stores.
type MemoryStore struct {
	mu      sync.RWMutex
	buckets map[string]map[string][]byte
}

var _ pipeline.StateStore = (*MemoryStore)(nil)

// NewMemoryStore returns an empty store.
func NewMemoryStore() *MemoryStore {
	return &MemoryStore{buckets: map[string]map[string][]byte{}}
}

// Get returns a copy of the value of key in bucket.
func (m *MemoryStore) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	v, ok := m.buckets[bucket][key]
	if !ok {
		return nil, false, nil
	}
	return append([]byte(nil), v...), true, nil
}

// ForEach calls fn for every key of bucket in key order, over a snapshot
// taken when it starts (fn may call Apply).
func (m *MemoryStore) ForEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error {
	m.mu.RLock()
	b := m.buckets[bucket]
	keys := make([]string, 0, len(b))
	vals := make(map[string][]byte, len(b))
	for k, v := range b {
		keys = append(keys, k)
		vals[k] = v
	}
	m.mu.RUnlock()
	sort.Strings(keys)
	for _, k := range keys {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(k, vals[k]); err != nil {
			return err
		}
	}
	return nil
}

// Apply stores every op at once.
func (m *MemoryStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, op := range ops {
		b := m.buckets[op.Bucket]
		if b == nil {
			b = map[string][]byte{}
			m.buckets[op.Bucket] = b
		}
		if op.Delete {
			delete(b, op.Key)
			continue
		}
		b[op.Key] = append([]byte(nil), op.Value...)
	}
	return nil
}
