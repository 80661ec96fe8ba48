package kafka

import (
	"context"

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
// so is Apply, which writes every op to the topic but keeps in memory
// only the ops the filter keeps.
type FeedStateStore struct {
	*StateStore
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
	s, err := openChangelog(ctx, b, topic, changelog{what: "kafka feed state", keep: keep, fetch: feedStateFetch, queue: feedStateQueue})
	if err != nil {
		return nil, err
	}
	return &FeedStateStore{StateStore: s}, nil
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
