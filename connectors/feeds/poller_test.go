package feeds

import (
	"bytes"
	"context"
	"sort"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

func ids(sts []pipeline.Story) []string {
	out := make([]string, 0, len(sts))
	for _, s := range sts {
		out = append(out, s.ID)
	}
	sort.Strings(out)
	return out
}

// TestAckContract: a nacked fetch is emitted again (in the same run and
// after a restart); an acked story is never emitted again, not even after
// a restart; a changed story is.
func TestAckContract(t *testing.T) {
	dir := t.TempDir()
	doc := readFixture(t, "rss2.xml")
	srv := newFeedServer(t, doc, "application/rss+xml")
	feed := Feed{URL: srv.URL + "/rss", Name: "टेक समाचार", Category: "tech", Language: "hi"}

	// Run 1: every story is nacked (say the pipeline is shutting down).
	store := openStore(t, dir)
	pub := newRecPub("nack")
	p, err := New(fastConfig(feed), pub, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop := running(t, p)
	first := collect(t, pub, 3)
	again := collect(t, pub, 3) // nacked: the next poll brings them again
	stop()
	if got, want := ids(again), ids(first); !equal(got, want) {
		t.Fatalf("re-emitted %v, want %v", got, want)
	}
	var st feedState
	if ok, err := loadJSON(context.Background(), store, BucketState, feed.URL, &st); err != nil || !ok {
		t.Fatalf("state after nacks: ok=%v err=%v", ok, err)
	}
	if st.ETag != "" {
		t.Fatalf("validators advanced although every story was nacked: %q", st.ETag)
	}
	store.Close()

	// Run 2, after a restart: the unacked stories come again; acked now.
	store = openStore(t, dir)
	pub = newRecPub("ack")
	p, err = New(fastConfig(feed), pub, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop = running(t, p)
	got := collect(t, pub, 3)
	if !equal(ids(got), ids(first)) {
		t.Fatalf("after restart got %v, want %v", ids(got), ids(first))
	}
	base := srv.notModified.Load()
	waitFor(t, "two conditional polls answered 304", func() bool { return srv.notModified.Load() >= base+2 })
	stop()
	if n := len(pub.notes); n != 0 {
		t.Fatalf("%d acked stories emitted again in the same run", n)
	}
	store.Close()

	// Run 3: nothing new after a restart; a changed story is emitted again.
	store = openStore(t, dir)
	defer store.Close()
	pub = newRecPub("ack")
	p, err = New(fastConfig(feed), pub, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	stop = running(t, p)
	base = srv.notModified.Load()
	waitFor(t, "a 304 after restart", func() bool { return srv.notModified.Load() > base })
	if n := len(pub.notes); n != 0 {
		t.Fatalf("%d stories emitted after restart with nothing new", n)
	}
	srv.set(bytes.Replace(doc, []byte("नई व्यापार नीति"), []byte("नई आयात नीति"), 1))
	changed := collect(t, pub, 1)
	if changed[0].URL != "https://tech.example.in/news/musk-trump" {
		t.Fatalf("changed story is %s", changed[0].URL)
	}
	base = srv.notModified.Load()
	waitFor(t, "a 304 after the change", func() bool { return srv.notModified.Load() > base })
	stop()
	if n := len(pub.notes); n != 0 {
		t.Fatalf("%d unchanged stories emitted with the changed one", n)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
