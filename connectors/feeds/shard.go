package feeds

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// Shard is one poller's place among Count pollers sharing the feeds
// (issue 14 §4). A feed belongs to the poller whose index wins the
// rendezvous hash of the feed's key (Owner), so every poller computes the
// same division without talking to the others, and changing Count moves
// only the feeds whose winner changed: going from 3 pollers to 2 moves the
// removed poller's feeds and nothing else, from 3 to 4 about a quarter.
// The zero Shard is the only poller and owns every feed.
type Shard struct {
	Index int // 0 … Count-1
	Count int // 0 means 1
}

// count is Count with the zero value read as one poller.
func (s Shard) count() int { return max(s.Count, 1) }

// Validate checks 0 ≤ Index < Count.
func (s Shard) Validate() error {
	if s.Count < 0 || s.Index < 0 || s.Index >= s.count() {
		return fmt.Errorf("poller index %d of %d pollers: want 0 ≤ index < pollers", s.Index, s.Count)
	}
	return nil
}

// Owns says whether this poller polls f.
func (s Shard) Owns(f Feed) bool {
	n := s.count()
	return n == 1 || Owner(f.key(), n) == s.Index
}

// Share returns the feeds of list this poller owns, in list order.
func (s Shard) Share(list []Feed) []Feed {
	out := make([]Feed, 0, len(list)/s.count()+1)
	for _, f := range list {
		if s.Owns(f) {
			out = append(out, f)
		}
	}
	return out
}

// String is "poller 1 of 3".
func (s Shard) String() string { return fmt.Sprintf("poller %d of %d", s.Index, s.count()) }

// Owner is the index (0 … n-1) of the poller that owns the feed with key
// key among n: the rendezvous (highest-random-weight) hash. Each poller
// index draws a weight from the hash of (index, key) and the highest wins;
// removing a poller hands only its own feeds to their second-highest
// index, and adding one takes from every other poller only the feeds the
// newcomer now wins (about 1/n of them).
func Owner(key string, n int) int {
	best, owner := uint64(0), 0
	var num [20]byte
	for i := range n {
		// FNV-1a of "<i>\x00<key>", inline: every record of the feed-state
		// topic streaming past a poller asks its owner (StateView).
		h := uint64(fnvOffset64)
		for _, c := range strconv.AppendInt(num[:0], int64(i), 10) {
			h = (h ^ uint64(c)) * fnvPrime64
		}
		h *= fnvPrime64 // ^ 0x00
		for j := 0; j < len(key); j++ {
			h = (h ^ uint64(key[j])) * fnvPrime64
		}
		// FNV's low bits mix poorly for short suffixes; finish with a
		// 64-bit avalanche (splitmix64) so the weights are uniform.
		w := Splitmix(h)
		if i == 0 || w > best {
			best, owner = w, i
		}
	}
	return owner
}

// FNV-1a 64-bit parameters (hash/fnv).
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// Splitmix is the splitmix64 finaliser: a bijection of uint64 whose every
// output bit depends on every input bit.
func Splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// key is the feed's identity for ownership and state: StateKey when set
// (the configured "sample:NAME" of a bundled sample served on a loopback
// port that may change), else the feed URL; canonical either way.
func (f Feed) key() string {
	if f.StateKey != "" {
		return CanonicalFeedURL(f.StateKey)
	}
	return CanonicalFeedURL(f.URL)
}

// CanonicalFeedURL is the key of a feed's state and ownership: the URL
// with its scheme and host lower-cased, the default port and the fragment
// dropped and an empty path made "/". The path and query are kept as they
// are: for a feed they name different documents. A string that does not
// parse as an absolute URL with a host ("sample:tech") is returned as is.
func CanonicalFeedURL(u string) string {
	pu, err := url.Parse(strings.TrimSpace(u))
	if err != nil || pu.Scheme == "" || pu.Host == "" || pu.Opaque != "" {
		return u
	}
	pu.Scheme = strings.ToLower(pu.Scheme)
	host, port := strings.ToLower(pu.Hostname()), pu.Port()
	if (pu.Scheme == "http" && port == "80") || (pu.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // IPv6 literal
	}
	if port != "" {
		host += ":" + port
	}
	pu.Host = host
	pu.Fragment, pu.RawFragment = "", ""
	if pu.Path == "" && pu.RawPath == "" {
		pu.Path = "/"
	}
	return pu.String()
}
