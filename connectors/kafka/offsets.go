package kafka

import (
	"context"
	"errors"
	"fmt"
	"time"

	kafkago "github.com/segmentio/kafka-go"
)

// endOffsetsWait bounds how long endOffsets waits out retriable answers:
// a partition just created, or whose leader just moved (a broker restart),
// answers "Not Leader For Partition" or "Leader Not Available" for a few
// seconds.
const endOffsetsWait = 60 * time.Second

// endOffsets is the end offset of each partition of topic (full name).
// Retriable errors — of the request or of one partition — are retried with
// backoff (100 ms doubling to 2 s) for up to endOffsetsWait, so a process
// opened right after `khabar setup kafka` or a broker restart waits for the
// leaders instead of exiting; any other error is returned at once.
func (b *Bus) endOffsets(ctx context.Context, full string, parts []int) (map[int]int64, error) {
	reqs := make([]kafkago.OffsetRequest, 0, len(parts))
	for _, p := range parts {
		reqs = append(reqs, kafkago.LastOffsetOf(p))
	}
	deadline := time.Now().Add(endOffsetsWait)
	wait := 100 * time.Millisecond
	for {
		out, err := b.listEnd(ctx, full, reqs)
		if err == nil {
			return out, nil
		}
		var ke kafkago.Error
		if !errors.As(err, &ke) || !ke.Temporary() || time.Now().Add(wait).After(deadline) {
			return nil, err
		}
		b.log.Warn("kafka state: end offsets not available yet; retrying", "topic", full, "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("kafka state: end offsets of %s: %w", full, ctx.Err())
		case <-t.C:
		}
		wait = min(2*wait, 2*time.Second)
	}
}

func (b *Bus) listEnd(ctx context.Context, full string, reqs []kafkago.OffsetRequest) (map[int]int64, error) {
	offs, err := b.client.ListOffsets(ctx, &kafkago.ListOffsetsRequest{Topics: map[string][]kafkago.OffsetRequest{full: reqs}})
	if err != nil {
		return nil, fmt.Errorf("kafka state: end offsets of %q: %w", full, err)
	}
	out := make(map[int]int64, len(reqs))
	for _, po := range offs.Topics[full] {
		if po.Error != nil {
			return nil, fmt.Errorf("kafka state: end offset of %s/%d: %w", full, po.Partition, po.Error)
		}
		out[po.Partition] = po.LastOffset
	}
	if len(out) != len(reqs) {
		return nil, fmt.Errorf("kafka state: end offsets of %s: %d of %d partitions answered", full, len(out), len(reqs))
	}
	return out, nil
}
