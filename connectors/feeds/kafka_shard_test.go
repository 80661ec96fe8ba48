package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
)

// shardFeedServer serves n small RSS feeds at /f/0 … /f/n-1, three items
// each; in round 2 every tenth feed has a fourth. It answers a matching
// If-None-Match with 304 and counts, per round and feed, the requests,
// the conditional ones that carried the feed's round-1 ETag, and the 304s.
type shardFeedServer struct {
	*httptest.Server
	n int

	mu          sync.Mutex
	round       int
	requests    [3][]int
	conditional [3][]int // If-None-Match equal to the round-1 ETag
	notModified [3][]int
	firstETag   []string
}

func newShardFeedServer(t *testing.T, n int) *shardFeedServer {
	s := &shardFeedServer{n: n, round: 1, firstETag: make([]string, n)}
	for r := range s.requests {
		s.requests[r], s.conditional[r], s.notModified[r] = make([]int, n), make([]int, n), make([]int, n)
	}
	for i := range n {
		s.firstETag[i] = etagOfDoc(s.doc(i, 1))
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func etagOfDoc(b []byte) string {
	sum := sha256.Sum256(b)
	return `"` + hex.EncodeToString(sum[:8]) + `"`
}

// changed says whether feed i gains an item in round 2.
func changed(i int) bool { return i%10 == 0 }

func (s *shardFeedServer) items(i, round int) int {
	if round == 2 && changed(i) {
		return 4
	}
	return 3
}

// doc is feed i's document; the sentences are ours.
func (s *shardFeedServer) doc(i, round int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>नगर समाचार %d</title><link>https://khabar.example/f%d</link>`, i, i)
	base := time.Date(2026, 11, 20, 6, 0, 0, 0, time.UTC)
	for j := range s.items(i, round) {
		fmt.Fprintf(&b, `<item><title>वार्ड %d में नई जल योजना का काम %d दिन में पूरा होगा</title>`+
			`<link>https://khabar.example/f%d/s%d</link>`+
			`<description>नगर निगम के अधिकारियों ने बताया कि वार्ड %d की %d गलियों में पाइपलाइन बिछाई जा रही है और पार्षद ने काम की समीक्षा की।</description>`+
			`<pubDate>%s</pubDate></item>`,
			i, j+3, i, j, i, j+2, base.Add(time.Duration(i*4+j)*time.Minute).Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	return []byte(b.String())
}

func (s *shardFeedServer) serve(w http.ResponseWriter, r *http.Request) {
	i, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/f/"))
	if err != nil || i < 0 || i >= s.n {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	round := s.round
	s.requests[round][i]++
	inm := r.Header.Get("If-None-Match")
	if inm != "" && inm == s.firstETag[i] {
		s.conditional[round][i]++
	}
	doc := s.doc(i, round)
	etag := etagOfDoc(doc)
	notModified := inm == etag
	if notModified {
		s.notModified[round][i]++
	}
	s.mu.Unlock()
	w.Header().Set("ETag", etag)
	if notModified {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	_, _ = w.Write(doc)
}

func (s *shardFeedServer) setRound(r int) {
	s.mu.Lock()
	s.round = r
	s.mu.Unlock()
}

// TestKafkaRescalePollers: three pollers poll 300 feeds over a real
// broker, then restart as two. Every feed that changed owner is asked
// with the previous owner's validators (a 304 when unchanged), the feeds
// that gained an item deliver only that item, and over the stories topic
// no story id appears twice (issue 14 §4).
func TestKafkaRescalePollers(t *testing.T) {
	addr := kafkaBroker(t)
	const nFeeds = 300
	srv := newShardFeedServer(t, nFeeds)

	kcfg, log := setupKafka(t, addr, "tfeeds", func(c *kafka.Config) {
		c.SessionTimeout = 6 * time.Second
		c.CommitInterval = 50 * time.Millisecond
	})

	var list []Feed
	for i := range nFeeds {
		list = append(list, Feed{URL: fmt.Sprintf("%s/f/%d", srv.URL, i), Name: fmt.Sprintf("नगर समाचार %d", i)})
	}
	cfg := fastConfig(list...)
	// One poll per round: the next is due an hour later, and round 2 runs
	// on a clock three hours ahead, so every stored poll time is due.
	cfg.MinInterval, cfg.MaxInterval, cfg.BackoffCap = time.Hour, 2*time.Hour, 2*time.Hour
	cfg.Workers, cfg.PerHost = 16, 16
	cfg.DrainTimeout = 5 * time.Second

	// Round 1: pollers 0, 1, 2 of 3.
	var round1 []*kafkaPoller
	for i := range 3 {
		round1 = append(round1, startKafkaPoller(t, kcfg, cfg, Shard{Index: i, Count: 3}, log))
	}
	owned := 0
	for _, kp := range round1 {
		hs, _ := kp.p.Health(context.Background())
		owned += len(hs)
	}
	if owned != nFeeds {
		t.Fatalf("3 pollers own %d feeds, want %d", owned, nFeeds)
	}
	waitLong(t, "round 1: every story acked", func() bool {
		n, _ := storiesOf(t, round1)
		return n == 3*nFeeds
	})
	for _, kp := range round1 {
		kp.stop()
	}

	// Round 2: pollers 0, 1 of 2.
	srv.setRound(2)
	cfg.Now = later(3 * time.Hour)
	var round2 []*kafkaPoller
	for i := range 2 {
		round2 = append(round2, startKafkaPoller(t, kcfg, cfg, Shard{Index: i, Count: 2}, log))
	}
	// Every owned feed's restored state is there before any poll (the
	// stores restored the topic on open), and only the owned ones: a
	// poller's memory follows its share, not the topic.
	for _, kp := range round2 {
		n, owned := 0, 0
		if err := kp.state.ForEach(context.Background(), BucketState, func(k string, _ []byte) error {
			n++
			if !kp.view.ownsKey(k) {
				t.Errorf("%s holds the state of %s, another poller's feed", kp.view.shard, k)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		hs, _ := kp.p.Health(context.Background())
		owned = len(hs)
		if n != owned || owned == 0 {
			t.Fatalf("%s restored %d feed states, want the %d it owns", kp.view.shard, n, owned)
		}
		if c := kp.state.Size(BucketCluster); c != 0 {
			t.Errorf("%s still holds %d fingerprints after indexing them", kp.view.shard, c)
		}
	}
	unchanged, grown := 0, 0
	for i := range nFeeds {
		if changed(i) {
			grown++
		} else {
			unchanged++
		}
	}
	waitLong(t, "round 2: a 304 for every unchanged feed and the new item of every changed one", func() bool {
		srv.mu.Lock()
		for i := range nFeeds {
			if srv.requests[2][i] > srv.conditional[2][i] {
				srv.mu.Unlock()
				t.Fatalf("feed %d (owner %d of 3 → %d of 2) fetched without its round-1 validators", i, Owner(list[i].key(), 3), Owner(list[i].key(), 2))
			}
		}
		srv.mu.Unlock()
		stories, notMod := storiesOf(t, round2)
		if stories > int64(3*nFeeds+grown) {
			t.Fatalf("round 2 delivered %d stories in all, want %d: stories delivered again", stories, 3*nFeeds+grown)
		}
		return notMod == int64(unchanged) && stories == int64(3*nFeeds+grown)
	})
	for _, kp := range round2 {
		kp.stop()
	}

	srv.mu.Lock()
	moved := 0
	for i, f := range list {
		was, is := Owner(f.key(), 3), Owner(f.key(), 2)
		if was != is {
			moved++
			if was != 2 {
				t.Errorf("feed %d moved from poller %d, which stayed", i, was)
			}
		}
		// Every feed, moved or not, was asked once in round 2, with the
		// ETag of round 1; unchanged ones were answered 304.
		if srv.requests[2][i] != 1 || srv.conditional[2][i] != 1 {
			t.Errorf("feed %d (owner %d→%d): %d round-2 requests, %d with the round-1 ETag; want 1 and 1",
				i, was, is, srv.requests[2][i], srv.conditional[2][i])
		}
		if want := map[bool]int{true: 0, false: 1}[changed(i)]; srv.notModified[2][i] != want {
			t.Errorf("feed %d: %d round-2 304s, want %d", i, srv.notModified[2][i], want)
		}
		if srv.requests[1][i] != 1 {
			t.Errorf("feed %d: %d round-1 requests, want 1", i, srv.requests[1][i])
		}
	}
	srv.mu.Unlock()
	if moved == 0 {
		t.Fatal("no feed changed owner: the test proves nothing")
	}
	t.Logf("%d of %d feeds changed owner from 3 to 2 pollers", moved, nFeeds)

	// Count by story id over the stories topic, to its end.
	byID, _ := storyCopies(t, kcfg, log)
	if len(byID) != 3*nFeeds+grown {
		t.Errorf("stories topic holds %d story ids, want %d", len(byID), 3*nFeeds+grown)
	}
	publishedOnce(t, byID)
}
