package feeds

import (
	"bytes"
	"encoding/json"
	"strings"
	"sync"
)

// BucketPush holds WebSub deliveries that reached a poller which does not
// own the feed (several pollers behind one callback URL): that poller
// checks the signature and forwards the delivery through the feed-state
// changelog under key "<state key>\x1f<id>"; the owner publishes its
// stories as if the hub had called it and deletes the record. Only the
// owner publishes, so a pushed story goes to the stories topic once and
// the owner's delivered-story set stays the one record of what was sent.
const BucketPush = "feeds.push"

// pushSep separates a push record's state key from its id.
const pushSep = "\x1f"

// StateView is what one poller keeps of the feed-state changelog that
// every poller writes (kafka.OpenFeedStateStore with Keep as its filter):
// the state and delivered-story set of the feeds it owns (Shard), the
// near-duplicate fingerprints until it indexed them at start, and the
// deliveries forwarded to it. Of the other pollers' feeds it keeps only
// which exist (so migrating old state files never overwrites newer state)
// and the WebSub secrets, to check a delivery before forwarding it. Its
// memory thus follows the poller's share, not the topic with its history.
type StateView struct {
	shard Shard

	mu       sync.Mutex
	owners   map[string]bool     // state key → this poller owns it (ownsKey)
	known    map[string]struct{} // state keys of feeds other pollers own
	secrets  map[string]string   // state key → WebSub secret, feeds other pollers own
	indexed  bool                // fingerprints loaded: stop keeping them
	pushWake chan struct{}
}

// NewStateView is the view of the poller shard.
func NewStateView(shard Shard) *StateView {
	return &StateView{shard: shard, owners: map[string]bool{}, known: map[string]struct{}{}, secrets: map[string]string{},
		pushWake: make(chan struct{}, 1)}
}

// ownsKey says whether the feed with state key k is this poller's. The
// answer is remembered per key: a feed's records stream past many times
// (every poll writes one), and canonicalising parses the URL.
func (v *StateView) ownsKey(k string) bool {
	n := v.shard.count()
	if n == 1 {
		return true
	}
	v.mu.Lock()
	own, ok := v.owners[k]
	v.mu.Unlock()
	if ok {
		return own
	}
	own = Owner(CanonicalFeedURL(k), n) == v.shard.Index
	v.mu.Lock()
	if len(v.owners) < maxOwnerMemo {
		v.owners[strings.Clone(k)] = own
	}
	v.mu.Unlock()
	return own
}

// maxOwnerMemo bounds the remembered owners (one per feed, normally).
const maxOwnerMemo = 200_000

// Keep is the filter of the poller's feed-state store (a
// kafka.FeedStateFilter): it says whether the store keeps a record, and
// notes the little it needs of the records it drops.
func (v *StateView) Keep(bucket, key string, value []byte, deleted bool) bool {
	switch bucket {
	case BucketState, BucketSeen:
		if v.ownsKey(key) {
			return true
		}
		if bucket == BucketState {
			v.noteOther(key, value, deleted)
		}
		return false
	case BucketCluster:
		v.mu.Lock()
		defer v.mu.Unlock()
		return !v.indexed
	case BucketPush:
		sk, _, _ := strings.Cut(key, pushSep)
		if !v.ownsKey(sk) {
			return false
		}
		if !deleted {
			select {
			case v.pushWake <- struct{}{}:
			default:
			}
		}
		return true
	default:
		return true
	}
}

// noteOther records that another poller's feed exists and its WebSub
// secret, if any.
func (v *StateView) noteOther(key string, value []byte, deleted bool) {
	secret := ""
	if !deleted && bytes.Contains(value, []byte(`"websub"`)) {
		var st struct {
			Sub *struct {
				Secret string `json:"secret"`
			} `json:"websub"`
		}
		if json.Unmarshal(value, &st) == nil && st.Sub != nil {
			secret = st.Sub.Secret
		}
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if deleted {
		delete(v.known, key)
		delete(v.secrets, key)
		return
	}
	v.known[strings.Clone(key)] = struct{}{}
	if secret != "" {
		v.secrets[strings.Clone(key)] = secret
	} else {
		delete(v.secrets, key)
	}
}

// has says whether a feed of another poller has stored state.
func (v *StateView) has(key string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	_, ok := v.known[key]
	return ok
}

// secret is the WebSub secret of another poller's feed ("" if none).
func (v *StateView) secret(key string) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.secrets[key]
}

// clustersIndexed stops keeping fingerprints: the poller holds them in
// its index from now on.
func (v *StateView) clustersIndexed() {
	v.mu.Lock()
	v.indexed = true
	v.mu.Unlock()
}
