package feeds

import (
	"fmt"
	"testing"
)

// syntheticFeeds are n feed URLs spread over a few hundred hosts, as a
// real list is.
func syntheticFeeds(n int) []Feed {
	out := make([]Feed, n)
	for i := range out {
		out[i] = Feed{URL: fmt.Sprintf("https://news%d.example.in/rss/%d.xml", i%317, i)}
	}
	return out
}

func owners(list []Feed, n int) []int {
	out := make([]int, len(list))
	for i, f := range list {
		out[i] = Owner(f.key(), n)
		if out[i] < 0 || out[i] >= n {
			panic(fmt.Sprintf("owner %d of %d", out[i], n))
		}
	}
	return out
}

// TestOwnerMovesOnlyWhatMust: over 2,400 feeds, going from 3 pollers to 2
// moves exactly the removed poller's feeds, and from 3 to 4 only the feeds
// the new poller takes (about a quarter); the shares are even.
func TestOwnerMovesOnlyWhatMust(t *testing.T) {
	list := syntheticFeeds(2400)
	three, two, four := owners(list, 3), owners(list, 2), owners(list, 4)

	count := make([]int, 3)
	moved32 := 0
	for i := range list {
		count[three[i]]++
		switch {
		case three[i] == 2:
			moved32++ // its poller is gone: it must move
		case two[i] != three[i]:
			t.Fatalf("3→2: %s moved from poller %d to %d although its poller stayed", list[i].URL, three[i], two[i])
		}
	}
	for i, c := range count {
		// 800 expected; binomial σ ≈ 23.
		if c < 700 || c > 900 {
			t.Errorf("poller %d of 3 owns %d of 2400 feeds, want about 800", i, c)
		}
	}
	if moved32 != count[2] {
		t.Fatalf("3→2 moved %d feeds, want the removed poller's %d", moved32, count[2])
	}

	moved34 := 0
	for i := range list {
		if four[i] == three[i] {
			continue
		}
		if four[i] != 3 {
			t.Fatalf("3→4: %s moved from poller %d to %d, not to the new poller", list[i].URL, three[i], four[i])
		}
		moved34++
	}
	frac := float64(moved34) / float64(len(list))
	t.Logf("3→2 moved %d of %d (%.3f); 3→4 moved %d (%.3f)", moved32, len(list), float64(moved32)/float64(len(list)), moved34, frac)
	if frac < 0.20 || frac > 0.30 {
		t.Fatalf("3→4 moved %.3f of the feeds, want about 0.25", frac)
	}
}

// TestShareDividesEveryFeedOnce: the shares of N pollers partition the list.
func TestShareDividesEveryFeedOnce(t *testing.T) {
	list := syntheticFeeds(2000)
	for _, n := range []int{1, 2, 3, 5} {
		got := map[string]int{}
		for i := range n {
			for _, f := range (Shard{Index: i, Count: n}).Share(list) {
				got[f.URL]++
			}
		}
		if len(got) != len(list) {
			t.Fatalf("%d pollers poll %d distinct feeds of %d", n, len(got), len(list))
		}
		for u, c := range got {
			if c != 1 {
				t.Fatalf("%d pollers: %s polled by %d", n, u, c)
			}
		}
	}
	// The zero Shard is the only poller.
	if got := (Shard{}).Share(list); len(got) != len(list) {
		t.Fatalf("zero shard owns %d of %d", len(got), len(list))
	}
}

// TestShardOwnsSampleByItsConfiguredName: a sample feed's owner does not
// depend on the loopback port it is served from.
func TestShardOwnsSampleByItsConfiguredName(t *testing.T) {
	var list []Feed
	for i := range 200 {
		list = append(list, Feed{URL: fmt.Sprintf("sample:s%d.xml", i)})
	}
	a := RewriteSamples(list, "http://127.0.0.1:4001")
	b := RewriteSamples(list, "http://127.0.0.1:4002/")
	if a[7].URL != "http://127.0.0.1:4001/s7.xml" || a[7].StateKey != "sample:s7.xml" || b[7].URL != "http://127.0.0.1:4002/s7.xml" {
		t.Fatalf("rewritten: %+v, %+v", a[7], b[7])
	}
	for i := range list {
		for _, n := range []int{2, 3} {
			if Owner(a[i].key(), n) != Owner(b[i].key(), n) || Owner(a[i].key(), n) != Owner(list[i].key(), n) {
				t.Fatalf("%s: owner depends on the port", list[i].URL)
			}
		}
	}
	if !HasSamples(list) || HasSamples(a) {
		t.Fatal("HasSamples")
	}
}

func TestShardValidate(t *testing.T) {
	for _, tc := range []struct {
		s  Shard
		ok bool
	}{
		{Shard{}, true}, {Shard{0, 1}, true}, {Shard{2, 3}, true},
		{Shard{3, 3}, false}, {Shard{-1, 3}, false}, {Shard{1, 0}, false}, {Shard{0, -2}, false},
	} {
		if err := tc.s.Validate(); (err == nil) != tc.ok {
			t.Errorf("%+v: Validate = %v, want ok=%v", tc.s, err, tc.ok)
		}
	}
	cfg := fastConfig(Feed{URL: "http://127.0.0.1/x"})
	cfg.Shard = Shard{Index: 4, Count: 2}
	if err := cfg.Validate(); err == nil {
		t.Fatal("config with poller 4 of 2 validated")
	}
}

func TestCanonicalFeedURL(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://News.Example.IN/Hindi/RSS.xml":     "https://news.example.in/Hindi/RSS.xml",
		"http://example.in:80/rss":                  "http://example.in/rss",
		"https://example.in:443/rss?cat=Tech#top":   "https://example.in/rss?cat=Tech",
		"https://example.in:8443/rss":               "https://example.in:8443/rss",
		"https://example.in":                        "https://example.in/",
		"http://[::1]:8080/feed":                    "http://[::1]:8080/feed",
		"http://127.0.0.1:39125/f/12":               "http://127.0.0.1:39125/f/12",
		"sample:tech.xml":                           "sample:tech.xml",
		"file:///var/lib/khabar/feeds/local.xml":    "file:///var/lib/khabar/feeds/local.xml",
		"https://example.in/rss/?utm_source=x&id=3": "https://example.in/rss/?utm_source=x&id=3",
	} {
		if got := CanonicalFeedURL(in); got != want {
			t.Errorf("CanonicalFeedURL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDuplicateSpellingsRefused: two spellings of one feed would share
// one stored state; the configuration says so.
func TestDuplicateSpellingsRefused(t *testing.T) {
	cfg := fastConfig(Feed{URL: "http://Example.IN/rss"}, Feed{URL: "http://example.in:80/rss"})
	if err := cfg.Validate(); err == nil {
		t.Fatal("two spellings of one feed validated")
	}
}
