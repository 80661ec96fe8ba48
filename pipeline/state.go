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
//
// A store over a changelog of one record per key (the Kafka stores) can
// only promise that for one key: each op is one record, and a crash in the
// middle of an Apply may store some of them. Its users keep what must
// change together in one key (the tracker's pair record, issue 14 §2).
type StateStore interface {
	Get(ctx context.Context, bucket, key string) (value []byte, ok bool, err error)
	ForEach(ctx context.Context, bucket string, fn func(key string, value []byte) error) error
	Apply(ctx context.Context, ops ...StateOp) error
}

// PartitionOwner is a StateStore whose state is divided like a topic's
// partitions (the Kafka pair-state changelog is co-partitioned with the
// stances topic) and loaded only for the partitions the process consumes.
// A stage calls Own (Fence, when the store is a PartitionFencer) with the
// partition of each message it handles before it reads the state of that
// message's key; the first call for a partition loads that partition's
// state. Own only reads: a reader of every partition may call it.
type PartitionOwner interface {
	Own(ctx context.Context, partition int) error
}

// PartitionFencer is a PartitionOwner whose writers fence a partition
// before they use it (the Kafka pair-state store: a fence record in the
// changelog partition, after which another process's writes to it are
// ignored by every reader). A stage that writes calls Fence instead of Own:
// it loads the partition, makes this process its writer and returns once
// the state holds every earlier write; a write after another process
// fenced the partition fails with a transient error, and the stage's retry
// fences it again.
type PartitionFencer interface {
	PartitionOwner
	Fence(ctx context.Context, partition int) error
}

// Syncer is a StateStore shared by several processes whose copy of the
// others' writes lags by however long its tail takes (the Kafka
// whole-topic changelog). Sync waits until the store has applied every
// write made before the call, by any process: a stage calls it before it
// first reads the state of keys it has just taken over.
type Syncer interface {
	Sync(ctx context.Context) error
}
