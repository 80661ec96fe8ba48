package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"sort"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// State buckets. Keys are canonical feed URLs (feeds.state, feeds.seen;
// CanonicalFeedURL of the feed's key) or story ids (feeds.cluster).
//
// A feed's state lives in the StateStore the poller is given, not in a
// file of its own: in embedded mode the data dir's bbolt store, over Kafka
// a StateStore over the compacted feed-state topic, which every poller
// restores, so the poller that takes a feed over after the poller count
// changed (Shard) sends the previous owner's validators and skips the
// stories it delivered (issue 14 §4).
//
// A feed's schedule and validators (feeds.state, small, written after
// every poll) and its delivered story ids (feeds.seen, up to MaxSeen
// entries, written only when they change) are two records, written in
// that order: seen first, then the state. A store that is not atomic
// across keys (Kafka) can thus lose, in a crash between the two writes,
// only the newer validators, which costs one unconditional fetch whose
// stories are all seen already, never a story delivered twice or lost.
const (
	BucketState   = "feeds.state"
	BucketSeen    = "feeds.seen"
	BucketCluster = "feeds.cluster"
)

// feedState is the durable state of one feed. The validators here are
// always the committed ones: they change only after every story of the
// fetch that brought them was acknowledged.
type feedState struct {
	ETag         string        `json:"etag,omitempty"`
	LastModified string        `json:"last_modified,omitempty"`
	LastPoll     time.Time     `json:"last_poll,omitzero"`
	LastSuccess  time.Time     `json:"last_success,omitzero"`
	LastStatus   int           `json:"last_status,omitempty"`
	LastError    string        `json:"last_error,omitempty"`
	LastReason   string        `json:"last_reason,omitempty"`
	Failures     int           `json:"failures,omitempty"`
	FailingSince time.Time     `json:"failing_since,omitzero"`
	NextPoll     time.Time     `json:"next_poll,omitzero"`
	Interval     time.Duration `json:"interval,omitempty"`
	Polls        int64         `json:"polls,omitempty"`
	NotModified  int64         `json:"not_modified,omitempty"`
	Errors       int64         `json:"errors,omitempty"`
	Stories      int64         `json:"stories,omitempty"`
	Sub          *subState     `json:"websub,omitempty"`
	// RetryAfter is the server's Retry-After on the last failed poll (0:
	// none); NextPoll honours it up to Config.MaxRetryAfter (24 h).
	RetryAfter time.Duration `json:"retry_after,omitempty"`
}

// subState is a WebSub subscription.
type subState struct {
	Hub        string    `json:"hub"`
	Topic      string    `json:"topic"`
	Secret     string    `json:"secret"`
	State      string    `json:"state"` // pending, active, denied
	Requested  time.Time `json:"requested,omitzero"`
	LeaseUntil time.Time `json:"lease_until,omitzero"`
	// Granted is the lease the hub granted at its last verification.
	Granted      time.Duration `json:"granted,omitempty"`
	LastDelivery time.Time     `json:"last_delivery,omitzero"`
	Reason       string        `json:"reason,omitempty"`
	// Since is when this subscription was first requested; renewals keep
	// it (Requested moves with each renewal).
	Since time.Time `json:"since,omitzero"`
}

// heardFrom is when the hub last showed it is alive for us: the last
// delivery, or the start of the subscription before any. A renewal does
// not count: a hub that accepts renewals but never delivers is quiet.
func (s *subState) heardFrom() time.Time {
	since := s.Since
	if since.IsZero() {
		since = s.Requested // state written before Since existed
	}
	return maxTime(s.LastDelivery, since)
}

// seenEntry is a story already delivered from a feed: the hash of its
// content (a changed story is emitted again) and when it was first seen
// (the guessed date of undated items stays stable across polls).
type seenEntry struct {
	H uint64 `json:"h"`
	T int64  `json:"t"`
}

// clusterEntry is a story's near-duplicate fingerprint and cluster.
type clusterEntry struct {
	ID      string `json:"-"`
	Hash    uint64 `json:"s"`
	Cluster string `json:"c"`
	T       int64  `json:"t"`
}

func contentHash(st *pipeline.Story) uint64 {
	h := fnv.New64a()
	for _, s := range []string{st.URL, st.Title, st.Body} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return h.Sum64()
}

// feedKey is the short stable id of a feed used in WebSub callback URLs.
func feedKey(u string) string {
	s := sha256.Sum256([]byte(u))
	return hex.EncodeToString(s[:8])
}

// loadFeed reads a feed's committed state and seen set: under its
// canonical key, or, stored by an older khabar, under its URL as given.
// The seen set is read only withSeen. legacy is that older key when the state was found there (to delete once
// the state is stored under the canonical key), else "".
func loadFeed(ctx context.Context, store pipeline.StateStore, spec Feed, withSeen bool) (st feedState, seen map[string]seenEntry, legacy string, err error) {
	key := spec.key()
	ok, err := loadJSON(ctx, store, BucketState, key, &st)
	if err != nil {
		return st, nil, "", fmt.Errorf("feed %s: %w", spec.URL, err)
	}
	seenKey := key
	if !ok {
		for _, old := range []string{spec.URL, spec.StateKey} {
			if old == "" || old == key {
				continue
			}
			found, err := loadJSON(ctx, store, BucketState, old, &st)
			if err != nil {
				return st, nil, "", fmt.Errorf("feed %s: %w", spec.URL, err)
			}
			if found {
				seenKey, legacy = old, old
				break
			}
		}
	}
	if !withSeen {
		return st, nil, legacy, nil
	}
	if _, err := loadJSON(ctx, store, BucketSeen, seenKey, &seen); err != nil {
		return st, nil, "", fmt.Errorf("feed %s: %w", spec.URL, err)
	}
	if seen == nil {
		seen = map[string]seenEntry{}
	}
	return st, seen, legacy, nil
}

func loadJSON(ctx context.Context, store pipeline.StateStore, bucket, key string, v any) (bool, error) {
	b, ok, err := store.Get(ctx, bucket, key)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("state %s/%s: %w", bucket, key, err)
	}
	return true, nil
}

func putJSON(bucket, key string, v any) pipeline.StateOp {
	// Only our own plain structs are marshalled here; they cannot fail.
	b, _ := json.Marshal(v)
	return pipeline.StateOp{Bucket: bucket, Key: key, Value: b}
}

// pruneSeen keeps at most max entries, dropping the oldest first seen but
// never an id still present in the latest document (it would come back as new).
func pruneSeen(seen map[string]seenEntry, keep map[string]bool, max int) {
	if max <= 0 || len(seen) <= max {
		return
	}
	type kv struct {
		id string
		t  int64
	}
	all := make([]kv, 0, len(seen))
	for id, e := range seen {
		if !keep[id] {
			all = append(all, kv{id, e.T})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].t < all[j].t })
	for _, e := range all {
		if len(seen) <= max {
			break
		}
		delete(seen, e.id)
	}
}
