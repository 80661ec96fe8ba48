package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

func testPersons(t *testing.T) []person {
	t.Helper()
	ps, err := loadPersons("../../deploy/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	ps := testPersons(t)
	a := generate(3, 500, 40, time.Minute, ps, "http://news.chaos.test")
	b := generate(3, 500, 40, time.Minute, ps, "http://news.chaos.test")
	ids := map[string]bool{}
	named := 0
	for i := range a {
		if a[i].id != b[i].id || a[i].body != b[i].body {
			t.Fatalf("story %d differs between two generations with one seed", i)
		}
		if len(a[i].body) < 2000 {
			t.Errorf("story %d body is %d bytes, want ≥ 2000", i, len(a[i].body))
		}
		if ids[a[i].id] {
			t.Fatalf("story %d: id %s twice", i, a[i].id)
		}
		ids[a[i].id] = true
		for _, p := range ps {
			if strings.Contains(a[i].body, p.name) {
				named++
				break
			}
		}
		if i > 0 && a[i].event <= a[i-1].event {
			t.Fatalf("story %d dated %v, not after story %d (%v)", i, a[i].event, i-1, a[i-1].event)
		}
	}
	if named < len(a)/2 {
		t.Errorf("%d of %d stories name a tracked person, want most", named, len(a))
	}
}

func get(t *testing.T, url, etag string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if etag != "" {
		req.Header.Set("If-None-Match", etag)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("ETag"), string(body)
}

func TestFeedServerItemsAppearAndConditionalGET(t *testing.T) {
	ps := testPersons(t)
	stories := generate(1, 20, 2, 10*time.Second, ps, "http://news.chaos.test")
	fs := newFeedServer(stories, 2)
	srv := httptest.NewServer(fs)
	defer srv.Close()

	code, etag, body := get(t, srv.URL+"/feed/0.xml", "")
	if code != http.StatusOK || strings.Contains(body, "<item>") {
		t.Fatalf("before the clock starts: %d with items=%t, want 200 and no items", code, strings.Contains(body, "<item>"))
	}
	if code, _, _ := get(t, srv.URL+"/feed/0.xml", etag); code != http.StatusNotModified {
		t.Fatalf("same ETag before the clock starts: %d, want 304", code)
	}
	// Start the clock far enough back that every item of feed 0 appeared.
	fs.start(time.Now().Add(-time.Minute))
	code, etag2, body := get(t, srv.URL+"/feed/0.xml", etag)
	if code != http.StatusOK || etag2 == etag {
		t.Fatalf("after the items appeared, old ETag: %d (ETag %s), want 200 with a new ETag", code, etag2)
	}
	if n := strings.Count(body, "<item>"); n != 10 {
		t.Fatalf("feed 0 shows %d items, want its 10", n)
	}
	if !strings.Contains(body, stories[0].link) {
		t.Fatalf("feed 0 lacks its first story's link %s", stories[0].link)
	}
	if code, _, _ := get(t, srv.URL+"/feed/0.xml", etag2); code != http.StatusNotModified {
		t.Fatalf("nothing new since: %d, want 304", code)
	}
	if got := fs.servedCount(); got != 10 {
		t.Fatalf("served %d stories, want feed 0's 10", got)
	}
	if code, _, _ := get(t, srv.URL+"/feed/9.xml", ""); code != http.StatusNotFound {
		t.Fatalf("unknown feed: %d, want 404", code)
	}
}

func TestWebhookSinkRecordsKeyAndID(t *testing.T) {
	s := &webhookSink{}
	srv := httptest.NewServer(s)
	defer srv.Close()
	req, err := http.NewRequest(http.MethodPost, srv.URL+"/hook", strings.NewReader(`{"id":"r/k/w","rule":"r"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Idempotency-Key", "r/k/w")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	got := s.snapshot("/hook")
	if len(got) != 1 || got[0].Key != "r/k/w" || got[0].AlertID != "r/k/w" || got[0].Rule != "r" {
		t.Fatalf("recorded %+v, want one POST with key and id r/k/w", got)
	}
	if other := s.snapshot("/clean-hook"); len(other) != 0 {
		t.Fatalf("clean-hook has %d posts, want 0", len(other))
	}
}

func TestDiffMultisets(t *testing.T) {
	a := []string{"a", "b", "b", "c"}
	b := []string{"b", "c", "c", "d"}
	onlyA, onlyB := diff(a, b)
	if !slices.Equal(onlyA, []string{"a", "b"}) || !slices.Equal(onlyB, []string{"c", "d"}) {
		t.Fatalf("diff = %v, %v; want [a b], [c d]", onlyA, onlyB)
	}
	if got := withoutStory([]string{"new-feud:a|b:none→rivals:s2", "escalation:a|b:rivals→rivals:s1"}); !slices.Equal(got,
		[]string{"escalation:a|b:rivals→rivals", "new-feud:a|b:none→rivals"}) {
		t.Fatalf("withoutStory = %v", got)
	}
}

func TestFoldEventsAppliesRetractions(t *testing.T) {
	ev := func(kind, story string) pipeline.Event {
		return pipeline.Event{ID: kind + ":a|b:" + story, Kind: kind, Pair: [2]string{"a", "b"}, From: "none", To: "rivals", Story: story}
	}
	msg := func(e pipeline.Event, retracted bool, version uint64) versionedEvent {
		return versionedEvent{EventMessage: pipeline.EventMessage{Event: e, Retracted: retracted}, Version: version}
	}
	msgs := []versionedEvent{
		msg(ev("new-feud", "s2"), false, 1),
		msg(ev("escalation", "s5"), false, 2),
		msg(ev("new-feud", "s2"), false, 1), // a redelivered fold sends it again
		// A late story s1 moves the feud's trigger: s2's is retracted, s1's new.
		msg(ev("new-feud", "s2"), true, 3),
		msg(ev("new-feud", "s1"), false, 3),
		// Retracted, then stated again by a later fold: it holds.
		msg(ev("escalation", "s5"), true, 4),
		msg(ev("escalation", "s5"), false, 5),
		// A redelivered old fold (version 1) published after the
		// retraction: the retraction (version 3) holds.
		msg(ev("new-feud", "s2"), false, 1),
	}
	got, st := foldEvents(msgs)
	want := []string{"escalation:a|b:none→rivals:s5", "new-feud:a|b:none→rivals:s1"}
	if !slices.Equal(got, want) {
		t.Fatalf("final events %v, want %v", got, want)
	}
	if st.messages != 8 || st.retractions != 2 || st.resent != 3 || st.stale != 1 {
		t.Fatalf("stats %+v, want 8 messages, 2 retractions, 3 re-sent, 1 stale", st)
	}
}
