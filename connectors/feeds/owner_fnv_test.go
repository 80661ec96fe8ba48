package feeds

import (
	"fmt"
	"hash/fnv"
	"testing"
)

// TestOwnerSameAsFNVPackage: the inline FNV-1a of Owner gives the owners
// of hash/fnv over "<i>\x00<key>", so feeds keep their poller.
func TestOwnerSameAsFNVPackage(t *testing.T) {
	ref := func(key string, n int) int {
		best, owner := uint64(0), 0
		for i := range n {
			h := fnv.New64a()
			fmt.Fprintf(h, "%d\x00%s", i, key)
			w := Splitmix(h.Sum64())
			if i == 0 || w > best {
				best, owner = w, i
			}
		}
		return owner
	}
	for k := range 3000 {
		key := CanonicalFeedURL(fmt.Sprintf("https://samachar%d.example/rss/%d.xml", k%13, k))
		for n := 1; n <= 12; n++ {
			if got, want := Owner(key, n), ref(key, n); got != want {
				t.Fatalf("Owner(%q, %d) = %d, hash/fnv gives %d", key, n, got, want)
			}
		}
	}
}
