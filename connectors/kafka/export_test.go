package kafka

import (
	"context"

	kafkago "github.com/segmentio/kafka-go"
)

// SetTailHook makes s's tails call fn with each record before they apply
// it (a test holds a tail back with it). Set it before any partition is
// loaded.
func (s *PartitionedStateStore) SetTailHook(fn func(partition int, m kafkago.Message)) {
	s.tailHook = fn
}

// EndOffset is the end offset of partition p of s's changelog.
func (s *PartitionedStateStore) EndOffset(ctx context.Context, p int) (int64, error) {
	ends, err := s.bus.endOffsets(ctx, s.topic, []int{p})
	if err != nil {
		return 0, err
	}
	return ends[p], nil
}

// ChangelogTopic is the full name of s's changelog.
func (s *PartitionedStateStore) ChangelogTopic() string { return s.topic }

// Fences reports whether partition p's latest fence, as s's tail read
// it, is s's.
func (s *PartitionedStateStore) Fences(p int) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	pl := s.parts[p]
	return pl != nil && pl.mine
}
