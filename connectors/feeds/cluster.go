package feeds

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/khabar/khabar/pipeline"
)

// clusterIndex finds near-duplicate stories across outlets with SimHash:
// a 64-bit fingerprint of the story's word 3-shingles, where similar texts
// differ in few bits. The fingerprint is cut into 8 bands of 8 bits; two
// fingerprints within distance 7 share at least one band (pigeonhole), so
// looking up the story's 8 bands finds every candidate for distance ≤ 7
// without scanning the whole window.
type clusterIndex struct {
	mu       sync.Mutex
	distance int
	window   time.Duration
	byID     map[string]*clusterEntry
	bands    [8]map[uint8][]*clusterEntry
	// order holds the entries oldest first from head on, so entries that
	// left the window are dropped as new ones arrive (issue 14 §7: pruned
	// only at start-up, the index grew for ever and every story scanned
	// it); expired are their ids, to delete from the store.
	order   []*clusterEntry
	head    int
	expired []string
}

func newClusterIndex(distance int, window time.Duration) *clusterIndex {
	c := &clusterIndex{distance: distance, window: window, byID: map[string]*clusterEntry{}}
	for i := range c.bands {
		c.bands[i] = map[uint8][]*clusterEntry{}
	}
	return c
}

// minShingles: shorter texts give fingerprints too noisy to cluster on.
const minShingles = 6

// load restores the index from the state store, dropping entries older
// than the window (and deleting them from the store).
func (c *clusterIndex) load(ctx context.Context, store pipeline.StateStore, now time.Time) ([]pipeline.StateOp, error) {
	var stale []pipeline.StateOp
	cutoff := now.Add(-c.window).Unix()
	err := store.ForEach(ctx, BucketCluster, func(k string, v []byte) error {
		var e clusterEntry
		if json.Unmarshal(v, &e) != nil || e.T < cutoff {
			stale = append(stale, pipeline.StateOp{Bucket: BucketCluster, Key: k, Delete: true})
			return nil
		}
		e.ID = k
		c.insertLocked(&e)
		return nil
	})
	sort.SliceStable(c.order, func(i, j int) bool { return c.order[i].T < c.order[j].T })
	return stale, err
}

// pruneLocked drops the entries older than cutoff from the index and
// remembers their ids for deletion from the store.
func (c *clusterIndex) pruneLocked(cutoff int64) {
	for c.head < len(c.order) && c.order[c.head].T < cutoff {
		e := c.order[c.head]
		c.order[c.head] = nil
		c.head++
		if c.byID[e.ID] != e {
			continue // replaced since
		}
		delete(c.byID, e.ID)
		for i := range c.bands {
			b := uint8(e.Hash >> (8 * i))
			list := c.bands[i][b]
			for j, o := range list {
				if o == e {
					list[j] = list[len(list)-1]
					list = list[:len(list)-1]
					break
				}
			}
			if len(list) == 0 {
				delete(c.bands[i], b)
			} else {
				c.bands[i][b] = list
			}
		}
		c.expired = append(c.expired, e.ID)
	}
	if c.head > 1024 && c.head > len(c.order)/2 {
		c.order = append([]*clusterEntry(nil), c.order[c.head:]...)
		c.head = 0
	}
}

// takeExpired returns the ids pruned since the last call.
func (c *clusterIndex) takeExpired() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	ids := c.expired
	c.expired = nil
	return ids
}

// size is the number of stories in the index.
func (c *clusterIndex) size() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.byID)
}

func (c *clusterIndex) insertLocked(e *clusterEntry) {
	c.byID[e.ID] = e
	c.order = append(c.order, e)
	for i := range c.bands {
		b := uint8(e.Hash >> (8 * i))
		c.bands[i][b] = append(c.bands[i][b], e)
	}
}

// assign returns the story's cluster id (the id of the first story of its
// cluster; its own id when it is the first) and the entry to persist (nil
// when nothing new must be stored).
func (c *clusterIndex) assign(st *pipeline.Story, now time.Time) (string, *clusterEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byID[st.ID]; ok {
		return e.Cluster, nil
	}
	cutoff := now.Add(-c.window).Unix()
	c.pruneLocked(cutoff)
	h, n := simhash(st.Title + " " + st.Body)
	e := &clusterEntry{ID: st.ID, Hash: h, Cluster: st.ID, T: now.Unix()}
	if n >= minShingles {
		best := c.distance + 1
		for i := range c.bands {
			for _, o := range c.bands[i][uint8(h>>(8*i))] {
				if o.T < cutoff {
					continue
				}
				if d := bits.OnesCount64(o.Hash ^ h); d < best || (d == best && o.Cluster < e.Cluster) {
					best, e.Cluster = d, o.Cluster
				}
			}
		}
		if best > c.distance {
			e.Cluster = st.ID
		}
	}
	c.insertLocked(e)
	return e.Cluster, e
}

// normalizeForHash folds a text for fingerprinting: NFC, lower case, the
// nukta variants of Devanagari folded to their base letters, anything that
// is not a letter, mark or digit turned into a space.
func normalizeForHash(s string) []string {
	s = norm.NFC.String(s)
	s = nuktaFold.Replace(s)
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r))
	})
}

var nuktaFold = strings.NewReplacer(
	"\u0958", "\u0915", "\u0959", "\u0916", "\u095A", "\u0917", "\u095B", "\u091C",
	"\u095C", "\u0921", "\u095D", "\u0922", "\u095E", "\u092B", "\u095F", "\u092F",
	"\u093C", "",
)

// simhash fingerprints word 3-shingles; it returns the hash and the
// number of shingles it saw.
func simhash(text string) (uint64, int) {
	words := normalizeForHash(text)
	var v [64]int
	n := 0
	for i := 0; i+3 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+2]))
		x := h.Sum64()
		for b := 0; b < 64; b++ {
			if x&(1<<b) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
		n++
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out, n
}
