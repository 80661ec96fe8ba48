package feeds

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
)

// TestKafkaWebSubPushToNonOwner: two pollers share one WebSub callback
// URL over a real broker. The hub's delivery of a new entry reaches the
// poller that does not own the feed: it refuses a forged signature (403),
// and forwards a signed one to the owner, which publishes the entry while
// the feed's document does not carry it yet. Once the document carries
// it, the owner's polls do not publish it again: every story id is once
// on the stories topic, and the forwarded record is deleted.
func TestKafkaWebSubPushToNonOwner(t *testing.T) {
	kcfg, log := setupKafka(t, kafkaBroker(t), "tpush", nil)

	// The hub: records the subscription and verifies intent through the
	// shared callback URL.
	hub := newTestHub(t, "सत्यापन-7", time.Hour)

	entry := func(n int) string {
		return fmt.Sprintf(`<entry><id>urn:sabha:%d</id><title>विधानसभा सत्र की ख़बर %d</title><link href="https://sabha.example/khabar/%d"/>`+
			`<updated>2026-12-0%dT10:00:00Z</updated><summary>सदन में आज प्रश्नकाल के बाद %d विधेयक रखे गए।</summary></entry>`, n, n, n, n, n)
	}
	doc := func(entries ...int) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>सभा समाचार</title><id>urn:sabha</id><link rel="hub" href="%s"/>`, hub.URL)
		for _, n := range entries {
			b.WriteString(entry(n))
		}
		b.WriteString(`</feed>`)
		return b.String()
	}
	var withThird atomic.Bool
	var servedThird atomic.Int64
	feedSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		if withThird.Load() {
			servedThird.Add(1)
			_, _ = io.WriteString(w, doc(1, 2, 3))
			return
		}
		_, _ = io.WriteString(w, doc(1, 2))
	}))
	defer feedSrv.Close()

	feed := Feed{URL: feedSrv.URL + "/sabha.atom", Name: "सभा समाचार"}
	owner := Owner(feed.key(), 2)
	other := 1 - owner

	// One callback URL for both pollers, as behind a load balancer: the
	// hub's verification reaches the owner, deliveries the other poller.
	var pollers [2]atomic.Pointer[Poller]
	balancer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		to := other
		if r.Method == http.MethodGet {
			to = owner
		}
		pollers[to].Load().Handler().ServeHTTP(w, r)
	}))
	defer balancer.Close()

	cfg := fastConfig(feed)
	cfg.WebSub.CallbackURL = balancer.URL + "/websub/"
	cfg.WebSub.PollInterval = 50 * time.Millisecond // keep polling while the hub is live
	cfg.Workers, cfg.PerHost = 2, 2
	var kps [2]*kafkaPoller
	for i := range 2 {
		kps[i] = startKafkaPoller(t, kcfg, cfg, Shard{Index: i, Count: 2}, log)
		pollers[i].Store(kps[i].p)
	}
	if hs, _ := kps[other].p.Health(context.Background()); len(hs) != 0 {
		t.Fatalf("poller %d owns %d feeds, want none", other, len(hs))
	}
	hub.waitVerified(t, time.Minute)
	ownerP := kps[owner].p
	waitLong(t, "the owner's subscription active and the first two entries acked", func() bool {
		h := healthOfURL(t, ownerP, feed.URL)
		return h.WebSub == "active" && h.Stories == 2
	})
	waitLong(t, "the other poller knows the feed's WebSub secret from the owner's state record", func() bool {
		return kps[other].view.secret(feed.key()) != ""
	})

	key, cb, _ := hub.subscription()
	deliver := func(body, key string) int { return deliverSigned(t, cb, body, key) }
	if code := deliver(doc(9), "not-the-secret"); code != http.StatusForbidden {
		t.Fatalf("forged delivery to the other poller answered %d, want 403", code)
	}
	if code := deliver(doc(3), key); code != http.StatusAccepted {
		t.Fatalf("signed delivery to the other poller answered %d, want 202", code)
	}
	// The document does not carry entry 3 yet: only the forwarded push
	// can bring it to the owner.
	waitLong(t, "the owner published the forwarded entry", func() bool {
		return healthOfURL(t, ownerP, feed.URL).Stories == 3
	})
	if withThird.Load() {
		t.Fatal("unreachable: the document changed early")
	}
	waitLong(t, "the forwarded record deleted", func() bool {
		return kps[owner].state.Size(BucketPush) == 0
	})
	// Now the document carries entry 3; three polls of it publish nothing.
	withThird.Store(true)
	waitLong(t, "three polls of the document with the pushed entry", func() bool { return servedThird.Load() >= 3 })
	if s := healthOfURL(t, ownerP, feed.URL).Stories; s != 3 {
		t.Fatalf("owner published %d stories, want 3", s)
	}
	// The hub granted 1 h of the lease asked (DefaultConfig's): the
	// subscription is renewed in the last tenth of the granted hour, not
	// at every poll.
	if n := hub.subscribes.Load(); n != 1 {
		t.Errorf("%d subscription requests over the polls of a live 1 h lease, want 1", n)
	}
	for _, kp := range kps {
		kp.stop()
	}

	byID, _ := storyCopies(t, kcfg, log)
	if len(byID) != 3 {
		t.Errorf("stories topic holds %d story ids, want 3: %v", len(byID), byID)
	}
	publishedOnce(t, byID)
	// The push record is gone from the topic too: a fresh restore by the
	// owner's view finds none.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	bus := openTestBus(t, kcfg, log)
	view := NewStateView(Shard{Index: owner, Count: 2})
	st, err := kafka.OpenFeedStateStore(ctx, bus, kafka.TopicFeedState, view.Keep)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if n := st.Size(BucketPush); n != 0 {
		t.Errorf("%d forwarded deliveries left on the feed-state topic", n)
	}
}
