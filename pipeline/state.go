package pipeline

import "context"

// StateOp is one change in a StateStore: a put, or a delete when Delete is set.
type StateOp struct {
	Bucket string
	Key    string
	Value  []byte
	Delete bool
}

// StateStore keeps the small durable state of the stages (feed validators,
// pair relationships, throttles, pending deliveries) as buckets of keys.
// Apply is atomic and durable on return: either every op of a call is
// stored or none is. Implementations are safe for concurrent use.
type StateStore interface {
	Get(ctx context.Context, bucket, key string) (value []byte, ok bool, err error)
	ForEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error
	Apply(ctx context.Context, ops ...StateOp) error
}
