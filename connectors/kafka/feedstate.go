package kafka

// TopicFeedState is the pollers' feed-state changelog: compacted, keyed by
// state bucket and canonical feed URL (or story id for near-duplicate
// fingerprints). Every poller restores it with OpenStateStore, so a feed
// that changes owner when the poller count changes keeps its validators
// and its delivered-story set (issue 14 §4).
const TopicFeedState = "feed-state"
