package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
)

// etagOf is the ETag feedServer gives body.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + hex.EncodeToString(sum[:6]) + `"`
}

// waitHealth waits until cond holds for the feed u in p's health.
func waitHealth(t *testing.T, p *Poller, u, what string, cond func(FeedHealth) bool) {
	t.Helper()
	waitFor(t, what, func() bool {
		hs, err := p.Health(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hs {
			if h.URL == u {
				return cond(h)
			}
		}
		return false
	})
}

// later is a clock a fixed offset ahead of the real one: a restarted
// poller under it finds every stored poll time due.
func later(d time.Duration) func() time.Time { return func() time.Time { return time.Now().Add(d) } }

// TestFeedStateRoundTrip: what a poller persists per feed — validators,
// schedule, Retry-After, failure counts, delivered story ids — is stored
// under the canonical feed URL and read back whole by the next poller,
// which sends the validators (answered 304) and delivers nothing again.
func TestFeedStateRoundTrip(t *testing.T) {
	dir := t.TempDir()
	doc := readFixture(t, "rss2.xml")
	ok := newFeedServer(t, doc, "application/rss+xml")
	down := newFeedServer(t, nil, "")
	down.handler = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	// The fragment makes the configured URL differ from its canonical key.
	feedOK := Feed{URL: ok.URL + "/rss#top", Name: "टेक समाचार"}
	feedDown := Feed{URL: down.URL + "/rss"}
	cfg := fastConfig(feedOK, feedDown)
	cfg.MinInterval, cfg.MaxInterval, cfg.BackoffCap = time.Hour, 2*time.Hour, 2*time.Hour

	store := openStore(t, dir)
	pub := newRecPub("ack")
	p, err := New(cfg, pub, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := running(t, p)
	first := collect(t, pub, 3)
	waitHealth(t, p, feedOK.URL, "stories acked", func(h FeedHealth) bool { return h.Stories == 3 })
	waitHealth(t, p, feedDown.URL, "a failed poll", func(h FeedHealth) bool { return h.ConsecutiveFailures == 1 })
	stop()

	ctx := context.Background()
	key := CanonicalFeedURL(feedOK.URL)
	if key != ok.URL+"/rss" {
		t.Fatalf("canonical key %q", key)
	}
	st, seen, legacy, err := loadFeed(ctx, store, feedOK, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, found, _ := store.Get(ctx, BucketState, feedOK.URL); found {
		t.Fatalf("state stored under the configured spelling %q too", feedOK.URL)
	}
	if st.ETag != etagOf(doc) || legacy != "" || st.Polls != 1 || st.Stories != 3 || st.LastSuccess.IsZero() ||
		!st.NextPoll.After(st.LastPoll.Add(50*time.Minute)) || st.Interval < time.Hour {
		t.Fatalf("state of the good feed: %+v (legacy %q)", st, legacy)
	}
	if len(seen) != 3 {
		t.Fatalf("seen %v, want the 3 delivered ids", seen)
	}
	for _, s := range first {
		if _, ok := seen[s.ID]; !ok {
			t.Fatalf("delivered %s not in the stored seen set %v", s.ID, seen)
		}
	}
	st, _, _, err = loadFeed(ctx, store, feedDown, false)
	if err != nil {
		t.Fatal(err)
	}
	if st.Failures != 1 || st.Errors != 1 || st.RetryAfter != time.Hour || st.LastStatus != http.StatusServiceUnavailable ||
		st.FailingSince.IsZero() || st.NextPoll.Before(st.LastPoll.Add(time.Hour)) {
		t.Fatalf("state of the failing feed: %+v", st)
	}

	// The next poller, two hours later: both feeds are due, the good one
	// is asked conditionally and nothing is delivered again.
	cfg.Now = later(2 * time.Hour)
	pub2 := newRecPub("ack")
	p2, err := New(cfg, pub2, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop = running(t, p2)
	waitFor(t, "a 304 for the restored validators", func() bool { return ok.notModified.Load() == 1 })
	waitHealth(t, p2, feedDown.URL, "the second failure counted on the first", func(h FeedHealth) bool { return h.ConsecutiveFailures == 2 })
	waitHealth(t, p2, feedOK.URL, "the 304 committed in memory", func(h FeedHealth) bool { return h.NotModified == 1 })
	stop()
	if n := len(pub2.held()); n != 0 {
		t.Fatalf("restarted poller delivered %d stories again", n)
	}
}

// TestLegacyKeyMoved: state an older khabar stored under the URL as
// configured is found, used (a 304, nothing delivered again) and moved to
// the canonical key.
func TestLegacyKeyMoved(t *testing.T) {
	dir := t.TempDir()
	doc := readFixture(t, "rss2.xml")
	srv := newFeedServer(t, doc, "application/rss+xml")
	feed := Feed{URL: srv.URL + "/rss#legacy"}
	store := openStore(t, dir)
	ctx := context.Background()

	// Learn the story ids the document yields, as an older poller would
	// have stored them.
	parsed, err := Parse(feed.URL, doc, "application/rss+xml")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]seenEntry{}
	for _, it := range parsed.Items {
		seen[it.Story.ID] = seenEntry{H: contentHash(&it.Story), T: time.Now().Unix()}
	}
	old := feedState{ETag: etagOf(doc), LastPoll: time.Now().Add(-time.Hour), NextPoll: time.Now().Add(-time.Minute), Polls: 7, Stories: int64(len(seen))}
	if err := store.Apply(ctx, putJSON(BucketState, feed.URL, &old), putJSON(BucketSeen, feed.URL, seen)); err != nil {
		t.Fatal(err)
	}

	pub := newRecPub("ack")
	cfg := fastConfig(feed)
	cfg.MinInterval, cfg.MaxInterval = time.Hour, time.Hour
	p, err := New(cfg, pub, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := running(t, p)
	waitFor(t, "a 304 from the legacy validators", func() bool { return srv.notModified.Load() == 1 })
	waitHealth(t, p, feed.URL, "the 304 recorded", func(h FeedHealth) bool { return h.NotModified == 1 })
	stop()
	if n := len(pub.held()); n != 0 {
		t.Fatalf("delivered %d stories again", n)
	}
	key := srv.URL + "/rss"
	var st feedState
	if found, err := loadJSON(ctx, store, BucketState, key, &st); err != nil || !found || st.Polls != 8 || st.ETag != old.ETag {
		t.Fatalf("canonical state: found=%v err=%v %+v", found, err, st)
	}
	var got map[string]seenEntry
	if found, err := loadJSON(ctx, store, BucketSeen, key, &got); err != nil || !found || len(got) != len(seen) {
		t.Fatalf("canonical seen: found=%v err=%v %v", found, err, got)
	}
	for _, b := range []string{BucketState, BucketSeen} {
		if _, found, _ := store.Get(ctx, b, feed.URL); found {
			t.Fatalf("legacy %s/%s not deleted", b, feed.URL)
		}
	}
}

// TestMigrateStateFiles: the per-poller state files of an older khabar
// are read once into the shared store: a feed's newest copy wins across
// files, a feed the store already has keeps its state there, and the
// poller then sends the migrated validators and delivers nothing again.
func TestMigrateStateFiles(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	doc := readFixture(t, "rss2.xml")
	srv := newFeedServer(t, doc, "application/rss+xml")
	feedA := Feed{URL: srv.URL + "/a"}
	feedB := Feed{URL: srv.URL + "/b"}
	parsed, err := Parse(feedA.URL, doc, "application/rss+xml")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]seenEntry{}
	for _, it := range parsed.Items {
		seen[it.Story.ID] = seenEntry{H: contentHash(&it.Story), T: time.Now().Unix()}
	}
	now := time.Now()
	write := func(name string, ops ...pipeline.StateOp) string {
		path := filepath.Join(dir, name)
		s, err := boltstore.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(ctx, ops...); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// Under 2 pollers (older) A had other validators; under 3 (newer) the
	// current ones. B is in a file but the shared store has it already.
	older := write("poll-state-0-of-2.db",
		putJSON(BucketState, feedA.URL, &feedState{ETag: `"stale"`, LastPoll: now.Add(-48 * time.Hour), Polls: 1}),
		putJSON(BucketSeen, feedA.URL, map[string]seenEntry{}))
	newer := write("poll-state-1-of-3.db",
		putJSON(BucketState, feedA.URL, &feedState{ETag: etagOf(doc), LastPoll: now.Add(-time.Hour), NextPoll: now.Add(-time.Minute), Polls: 5}),
		putJSON(BucketSeen, feedA.URL, seen),
		putJSON(BucketState, feedB.URL, &feedState{ETag: `"from-file"`, LastPoll: now.Add(-time.Hour), Polls: 2}),
		putJSON(BucketCluster, "story-1", &clusterEntry{Hash: 42, Cluster: "story-1", T: now.Unix()}))

	if err := os.MkdirAll(filepath.Join(dir, "shared"), 0o755); err != nil {
		t.Fatal(err)
	}
	shared := openStore(t, filepath.Join(dir, "shared"))
	if err := shared.Apply(ctx, putJSON(BucketState, feedB.URL, &feedState{ETag: `"shared"`, LastPoll: now.Add(-time.Minute), Polls: 9})); err != nil {
		t.Fatal(err)
	}
	files, err := LegacyStateFiles(dir)
	if err != nil || len(files) != 2 {
		t.Fatalf("legacy files %v, %v", files, err)
	}
	res, err := MigrateStateFiles(ctx, shared, testLogger(t), files...)
	if err != nil {
		t.Fatal(err)
	}
	if res.Feeds != 1 || res.Skipped != 1 || res.Stories != 1 || len(res.Files) != 2 {
		t.Fatalf("migration %+v", res)
	}
	for _, f := range []string{older, newer} {
		if _, err := os.Stat(f); !os.IsNotExist(err) {
			t.Fatalf("%s still in place (%v)", f, err)
		}
		if _, err := os.Stat(f + ".migrated"); err != nil {
			t.Fatalf("%s not renamed: %v", f, err)
		}
	}
	var b feedState
	if _, err := loadJSON(ctx, shared, BucketState, feedB.URL, &b); err != nil || b.ETag != `"shared"` {
		t.Fatalf("B overwritten by the file: %+v %v", b, err)
	}
	// Read once: nothing left to migrate at the next start.
	if files, _ := LegacyStateFiles(dir); len(files) != 0 {
		t.Fatalf("left for the next start: %v", files)
	}

	pub := newRecPub("ack")
	cfg := fastConfig(feedA)
	cfg.MinInterval, cfg.MaxInterval = time.Hour, time.Hour
	p, err := Open(ctx, Setup{Config: cfg, Publisher: pub, State: shared, Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	stop := running(t, p)
	waitFor(t, "a 304 from the migrated validators", func() bool { return srv.notModified.Load() == 1 })
	waitHealth(t, p, feedA.URL, "the 304 recorded", func(h FeedHealth) bool { return h.NotModified == 1 && h.Polls == 6 })
	stop()
	if n := len(pub.held()); n != 0 {
		t.Fatalf("delivered %d migrated stories again", n)
	}
}
