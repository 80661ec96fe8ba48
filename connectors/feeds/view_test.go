package feeds

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
)

// TestStateViewKeep: what a poller's feed-state store keeps as records
// stream by — its own feeds' state and seen sets, fingerprints until
// indexed, deliveries forwarded to it (with a wake-up) — and what it
// notes of the rest: that another poller's feed exists, and its WebSub
// secret, forgotten on a delete.
func TestStateViewKeep(t *testing.T) {
	v := NewStateView(Shard{Index: 1, Count: 3})
	var mine, theirs string
	for i := 0; mine == "" || theirs == ""; i++ {
		k := CanonicalFeedURL(fmt.Sprintf("https://akhbar%d.example/rss.xml", i))
		if Owner(k, 3) == 1 {
			mine = k
		} else {
			theirs = k
		}
	}
	if !v.Keep(BucketState, mine, []byte(`{}`), false) || !v.Keep(BucketSeen, mine, []byte(`{}`), false) {
		t.Fatal("own feed's state or seen set not kept")
	}
	withSub := []byte(`{"etag":"\"x\"","websub":{"hub":"https://hub.example/","topic":"t","secret":"गुप्त-1","state":"active"}}`)
	if v.Keep(BucketState, theirs, withSub, false) || v.Keep(BucketSeen, theirs, []byte(`{}`), false) {
		t.Fatal("another poller's feed kept")
	}
	if !v.has(theirs) || v.secret(theirs) != "गुप्त-1" {
		t.Fatalf("other feed noted as has=%v secret=%q", v.has(theirs), v.secret(theirs))
	}
	if v.has(mine) {
		t.Fatal("own feed noted among the others'")
	}
	// A later record without a subscription drops the secret; a delete
	// forgets the feed.
	v.Keep(BucketState, theirs, []byte(`{"etag":"\"y\""}`), false)
	if v.secret(theirs) != "" || !v.has(theirs) {
		t.Fatalf("after a record without websub: has=%v secret=%q", v.has(theirs), v.secret(theirs))
	}
	v.Keep(BucketState, theirs, nil, true)
	if v.has(theirs) {
		t.Fatal("deleted feed still noted")
	}

	if !v.Keep(BucketCluster, "story-1", []byte(`{}`), false) {
		t.Fatal("fingerprint not kept before indexing")
	}
	v.clustersIndexed()
	if v.Keep(BucketCluster, "story-2", []byte(`{}`), false) {
		t.Fatal("fingerprint kept after indexing")
	}

	if v.Keep(BucketPush, theirs+pushSep+"p1", []byte(`{}`), false) {
		t.Fatal("delivery for another poller's feed kept")
	}
	select {
	case <-v.pushWake:
		t.Fatal("woken for another poller's delivery")
	default:
	}
	if !v.Keep(BucketPush, mine+pushSep+"p2", []byte(`{}`), false) {
		t.Fatal("delivery forwarded to this poller not kept")
	}
	select {
	case <-v.pushWake:
	default:
		t.Fatal("not woken for a delivery forwarded to this poller")
	}
}

// TestMigrateKeepsOtherPollersState: migrating an old state file into a
// store that holds only this poller's feeds does not overwrite the newer
// state of a feed another poller owns (known through the StateView), and
// copies the feeds the topic does not have.
func TestMigrateKeepsOtherPollersState(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	v := NewStateView(Shard{Index: 0, Count: 2})
	var mine, theirs string
	for i := 0; mine == "" || theirs == ""; i++ {
		k := CanonicalFeedURL(fmt.Sprintf("https://samvad%d.example/feed", i))
		if Owner(k, 2) == 0 {
			mine = k
		} else {
			theirs = k
		}
	}
	// The topic has the other poller's feed (newer than the file).
	v.Keep(BucketState, theirs, []byte(`{"etag":"\"newer\""}`), false)

	old, err := boltstore.Open(filepath.Join(dir, "poll-state-1-of-3.db"))
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	if err := old.Apply(ctx,
		putJSON(BucketState, mine, &feedState{ETag: `"file"`, LastPoll: now}),
		putJSON(BucketState, theirs, &feedState{ETag: `"older"`, LastPoll: now.Add(-time.Hour)}),
	); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	to := openStore(t, t.TempDir())
	files, err := LegacyStateFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := migrateStateFiles(ctx, to, v.has, testLogger(t), files...)
	if err != nil {
		t.Fatal(err)
	}
	if res.Feeds != 1 || res.Skipped != 1 {
		t.Fatalf("migration %+v, want 1 feed copied and 1 kept", res)
	}
	if _, ok, _ := to.Get(ctx, BucketState, theirs); ok {
		t.Fatal("the other poller's feed was written from the old file")
	}
	if b, ok, _ := to.Get(ctx, BucketState, mine); !ok || len(b) == 0 {
		t.Fatal("own feed not migrated")
	}
}
