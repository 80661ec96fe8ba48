package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

func healthOfURL(t *testing.T, p *Poller, u string) FeedHealth {
	t.Helper()
	hs, err := p.Health(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		if h.URL == u {
			return h
		}
	}
	t.Fatalf("no health for %s", u)
	return FeedHealth{}
}

// TestRetryAfterSchedulesLater: a 429 with Retry-After puts the next poll
// at least that far out (a schedule, not a timing).
func TestRetryAfterSchedulesLater(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	feed := Feed{URL: srv.URL + "/feed"}
	p, err := New(fastConfig(feed), newRecPub("ack"), openStore(t, t.TempDir()), testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	running(t, p)
	waitFor(t, "a 429", func() bool { return healthOfURL(t, p, feed.URL).LastStatus == 429 })
	h := healthOfURL(t, p, feed.URL)
	if gap := h.NextPoll.Sub(h.LastPoll); gap < time.Hour {
		t.Fatalf("next poll %s after a Retry-After of 1h", gap)
	}
	if h.ConsecutiveFailures != 1 || h.LastReason != "status" {
		t.Fatalf("health %+v", h)
	}
}

// TestServerErrorsThenRecovery: 500s back off, are counted, and the feed
// recovers without losing its stories; OnFailing fires for a long failure.
func TestServerErrorsThenRecovery(t *testing.T) {
	doc := readFixture(t, "rss2.xml")
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) <= 3 {
			http.Error(w, "down", http.StatusInternalServerError)
			return
		}
		w.Write(doc)
	}))
	defer srv.Close()
	feed := Feed{URL: srv.URL + "/feed"}
	cfg := fastConfig(feed)
	cfg.FailingAfter = time.Nanosecond
	var failing atomic.Int64
	cfg.OnFailing = func(h FeedHealth) {
		if h.URL == feed.URL && h.ConsecutiveFailures > 0 {
			failing.Add(1)
		}
	}
	p, pub := startAcked(t, cfg, openStore(t, t.TempDir()))
	collect(t, pub, 3)
	waitFor(t, "recovery recorded", func() bool { return healthOfURL(t, p, feed.URL).ConsecutiveFailures == 0 })
	h := healthOfURL(t, p, feed.URL)
	if h.Errors != 3 || h.LastSuccess.IsZero() || h.Failing {
		t.Fatalf("health %+v", h)
	}
	if failing.Load() != 1 {
		t.Fatalf("OnFailing called %d times for one failing episode", failing.Load())
	}
}

// TestUndatedItemsGetStableFirstSeen: items without dates get the
// first-seen time, flagged, over a file:// feed.
func TestUndatedItemsGetStableFirstSeen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "nodates.xml")
	if err := os.WriteFile(path, readFixture(t, "nodates.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	cfg := fastConfig(Feed{URL: "file://" + path, Name: "बिना तारीख़", Category: "politics"})
	cfg.Now = func() time.Time { return now }
	_, pub := startAcked(t, cfg, openStore(t, dir))
	for _, st := range collect(t, pub, 2) {
		if !st.PublishedGuessed || !st.Published.Equal(now) {
			t.Fatalf("published %v guessed %v", st.Published, st.PublishedGuessed)
		}
		if st.Source != "बिना तारीख़" || st.Category != "politics" || st.Feed != "file://"+path {
			t.Fatalf("story metadata %+v", st)
		}
	}
}

// TestArticleGuard: an article URL resolving to 127.0.0.1 is refused by
// the SSRF guard, and allowed when the config allows private addresses.
func TestArticleGuard(t *testing.T) {
	page := `<html><body><nav>मेनू</nav><article><p>यह लेख का पहला अनुच्छेद है जिसमें पर्याप्त शब्द हैं।</p><p>और यह दूसरा अनुच्छेद है जो पूरा पाठ बनाता है।</p></article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	byName := "http://localhost:" + u.Port() + "/a"
	for _, tc := range []struct {
		name  string
		allow bool
		url   string
	}{{"ip refused", false, srv.URL + "/a"}, {"name resolving to loopback refused", false, byName}, {"allowed by config", true, srv.URL + "/a"}} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := fastConfig()
			cfg.AllowPrivate = tc.allow
			p, err := New(cfg, newRecPub("ack"), openStore(t, t.TempDir()), testLogger(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			text, err := p.FetchArticle(context.Background(), tc.url)
			var ge *GuardError
			if !tc.allow {
				if !errors.As(err, &ge) {
					t.Fatalf("got %q, %v; want a GuardError", text, err)
				}
				return
			}
			if err != nil || !strings.Contains(text, "दूसरा अनुच्छेद") || strings.Contains(text, "मेनू") {
				t.Fatalf("text %q err %v", text, err)
			}
		})
	}
}

// TestClusterAcrossOutlets: one story carried by five outlets (with their
// own headlines' noise) is one cluster with five sources; another story
// is not in it.
func TestClusterAcrossOutlets(t *testing.T) {
	body := "सॉफ्टबैंक ओरेकल और ओपनएआई ने स्टारगेट नाम की परियोजना के तहत अमेरिका में बड़े डेटा सेंटर बनाने की घोषणा की है और इसके पहले चरण में कई अरब डॉलर लगाए जाएँगे जबकि आगे और निवेश होगा"
	var mu sync.Mutex
	docs := map[string]string{}
	for i := range 5 {
		docs[fmt.Sprintf("/o%d", i)] = fmt.Sprintf(`<rss version="2.0"><channel><title>आउटलेट %d</title><item><title>स्टारगेट की घोषणा</title><link>https://o%d.example/s</link><description>%s। संवाददाता %d</description><pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate></item></channel></rss>`, i, i, body, i)
	}
	docs["/other"] = `<rss version="2.0"><channel><title>अन्य</title><item><title>संसद</title><link>https://x.example/p</link><description>लोकसभा में आज कृषि विधेयक पर लंबी चर्चा हुई और विपक्ष ने कई संशोधन प्रस्तावित किए जिन पर मतदान कल होगा</description></item></channel></rss>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		io.WriteString(w, docs[r.URL.Path])
	}))
	defer srv.Close()
	var feeds []Feed
	for path := range docs {
		feeds = append(feeds, Feed{URL: srv.URL + path, Name: strings.TrimPrefix(path, "/")})
	}
	_, pub := startAcked(t, fastConfig(feeds...), openStore(t, t.TempDir()))
	clusters := map[string][]string{}
	var other string
	for _, st := range collect(t, pub, 6) {
		if st.Source == "other" {
			other = st.Cluster
			continue
		}
		clusters[st.Cluster] = append(clusters[st.Cluster], st.Source)
	}
	if len(clusters) != 1 {
		t.Fatalf("five outlets made %d clusters: %v", len(clusters), clusters)
	}
	for c, srcs := range clusters {
		if len(srcs) != 5 || c == other || c == "" {
			t.Fatalf("cluster %s has %v; other story in %s", c, srcs, other)
		}
	}
}

// TestWebSub: subscribe to the advertised hub, answer its verification,
// publish a correctly signed delivery, reject a forged one.
func TestWebSub(t *testing.T) {
	hub := newTestHub(t, "चुनौती-42", 10*time.Minute)
	var feedSrv *httptest.Server
	feedSrv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>पुश</title><link rel="hub" href="%s"/><link rel="self" href="%s/atom"/><id>urn:push</id></feed>`, hub.URL, feedSrv.URL)
	}))
	defer feedSrv.Close()
	var poller atomic.Pointer[Poller]
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { poller.Load().Handler().ServeHTTP(w, r) }))
	defer api.Close()

	feed := Feed{URL: feedSrv.URL + "/atom", Name: "पुश"}
	cfg := fastConfig(feed)
	cfg.WebSub.CallbackURL = api.URL + "/websub/"
	pub := newRecPub("ack")
	p, err := New(cfg, pub, openStore(t, t.TempDir()), testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	poller.Store(p)
	running(t, p)
	hub.waitVerified(t, 15*time.Second)
	waitFor(t, "active subscription", func() bool { return healthOfURL(t, p, feed.URL).WebSub == "active" })

	entry := func(id, title string) []byte {
		return []byte(fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>पुश</title><id>urn:push</id><entry><id>%s</id><title>%s</title><link href="https://push.example/%s"/><updated>2025-03-06T10:00:00Z</updated><summary>हब से आई ख़बर</summary></entry></feed>`, id, title, id))
	}
	key, callback, _ := hub.subscription()
	deliver := func(body []byte, key string) int { return deliverSigned(t, callback, string(body), key) }
	if code := deliver(entry("forged", "नकली ख़बर"), "not-the-secret"); code != http.StatusForbidden {
		t.Fatalf("forged delivery answered %d", code)
	}
	if code := deliver(entry("real", "असली ख़बर"), key); code != http.StatusAccepted {
		t.Fatalf("signed delivery answered %d", code)
	}
	got := collect(t, pub, 1)
	if got[0].Title != "असली ख़बर" {
		t.Fatalf("published %q", got[0].Title)
	}
	select {
	case st := <-pub.notes:
		t.Fatalf("also published %q", st.Title)
	default:
	}
	_ = pipeline.TopicStories
}

// TestFullTextFetchesRunTogether: the article pages of one fetch are
// fetched concurrently. Every page here answers only once all three
// requests have arrived, so one-after-another fetching would time out on
// the first page and keep every summary (issue 14 §5: N stalling links held
// a worker N × the timeout).
func TestFullTextFetchesRunTogether(t *testing.T) {
	const n = 3
	var arrived atomic.Int64
	all := make(chan struct{})
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>सार</title>`)
			for i := range n {
				fmt.Fprintf(w, `<item><title>खबर %d</title><link>%s/article/%d</link><description>छोटा सार %d</description><pubDate>Tue, 02 Dec 2025 10:0%d:00 +0000</pubDate></item>`, i, srv.URL, i, i, i)
			}
			fmt.Fprint(w, `</channel></rss>`)
			return
		}
		if arrived.Add(1) == n {
			close(all)
		}
		select {
		case <-all:
		case <-r.Context().Done():
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><body><article><p>पूरा लेख %s: नगर परिषद ने बुधवार को बजट पर लंबी बहस के बाद नई जल योजना को मंज़ूरी दी और काम अगले महीने शुरू होगा।</p></article></body></html>`, r.URL.Path)
	}))
	defer srv.Close()
	cfg := fastConfig(Feed{URL: srv.URL + "/feed.xml", FullText: true})
	cfg.Timeout = 3 * time.Second
	_, pub := startAcked(t, cfg, openStore(t, t.TempDir()))
	for range n {
		select {
		case st := <-pub.notes:
			if !strings.Contains(st.Body, "पूरा लेख") {
				t.Fatalf("story %q kept its summary %q: the article fetches did not run together", st.Title, st.Body)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("no story published")
		}
	}
}

// TestTruncatedFetchIsAskedAgainWhole: the complete items of a document
// that broke off are delivered, and the next poll sends no validators, so
// the server answers with the whole document (not a 304 that would hide
// the items cut off).
func TestTruncatedFetchIsAskedAgainWhole(t *testing.T) {
	whole := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>अधूरा</title>` +
		`<item><title>पहली</title><link>https://adhura.example/1</link><description>पहली खबर पूरी आई।</description></item>` +
		`<item><title>दूसरी</title><link>https://adhura.example/2</link><description>दूसरी खबर बाद में आई।</description></item>` +
		`</channel></rss>`
	cut := whole[:strings.Index(whole, "<item><title>दूसरी")+40]
	var n atomic.Int64
	conditional := make(chan bool, 8)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if n.Add(1) > 1 {
			select { // only the first re-poll matters; never block the server
			case conditional <- r.Header.Get("If-None-Match") != "":
			default:
			}
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, whole)
			return
		}
		fmt.Fprint(w, cut)
	}))
	defer srv.Close()
	_, pub := startAcked(t, fastConfig(Feed{URL: srv.URL + "/feed.xml"}), openStore(t, t.TempDir()))
	titles := map[string]bool{}
	for len(titles) < 2 {
		select {
		case st := <-pub.notes:
			titles[st.Title] = true
		case <-time.After(30 * time.Second):
			t.Fatalf("stories %v; want पहली from the cut document and दूसरी from the next poll", titles)
		}
	}
	if !titles["पहली"] || !titles["दूसरी"] {
		t.Fatalf("stories %v", titles)
	}
	if <-conditional {
		t.Fatal("the poll after a truncated document sent If-None-Match")
	}
}

// TestInterruptedFetchIsFetchedAtOnceOnRestart: stories of a fetch that the
// pipeline refused because it was stopping (Ctrl-C) are fetched again as
// soon as khabar starts, not after min_interval (an hour here).
func TestInterruptedFetchIsFetchedAtOnceOnRestart(t *testing.T) {
	doc := readFixture(t, "rss2.xml")
	var requests atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		w.Write(doc)
	}))
	defer srv.Close()
	store := openStore(t, t.TempDir())
	cfg := fastConfig(Feed{URL: srv.URL + "/feed.xml"})
	cfg.MinInterval, cfg.MaxInterval = time.Hour, 2*time.Hour

	hold := newRecPub("hold")
	p, err := New(cfg, hold, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	select {
	case <-hold.notes: // the fetch's stories are in the pipeline
	case <-time.After(30 * time.Second):
		t.Fatal("no story published")
	}
	// Ctrl-C: the run stops while the stories are in flight, and the
	// pipeline, stopping too, refuses them.
	cancel()
	for _, m := range hold.held() {
		m.Nack(context.Canceled)
	}
	if err := <-done; err != nil {
		t.Fatalf("Run: %v", err)
	}

	before := requests.Load()
	ack := newRecPub("ack")
	p2, err := New(cfg, ack, store, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	running(t, p2)
	select {
	case <-ack.notes:
	case <-time.After(30 * time.Second):
		t.Fatalf("the restarted poller did not fetch the interrupted feed again (requests %d → %d)", before, requests.Load())
	}
}

// TestFutureDatedStoryIsFlagged: an item the feed dates after the fetch
// keeps the outlet's date and is flagged (the tracker counts it at its
// fetch time); an item dated before the fetch is not.
func TestFutureDatedStoryIsFlagged(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	doc := `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>भविष्य</title>` +
		`<item><title>अगले साल की खबर</title><link>https://bhavishya.example/1</link><description>यह खबर एक साल आगे की तारीख के साथ आई।</description><pubDate>Sun, 01 Mar 2026 12:00:00 +0000</pubDate></item>` +
		`<item><title>कल की खबर</title><link>https://bhavishya.example/2</link><description>यह खबर कल की तारीख के साथ आई।</description><pubDate>Fri, 28 Feb 2025 12:00:00 +0000</pubDate></item>` +
		`</channel></rss>`
	dir := t.TempDir()
	path := filepath.Join(dir, "future.xml")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := fastConfig(Feed{URL: "file://" + path})
	cfg.Now = func() time.Time { return now }
	_, pub := startAcked(t, cfg, openStore(t, dir))
	for _, st := range collect(t, pub, 2) {
		future := st.Title == "अगले साल की खबर"
		if st.PublishedFuture != future || (future && st.Published.Year() != 2026) {
			t.Fatalf("%q: published %v, flagged %v", st.Title, st.Published, st.PublishedFuture)
		}
	}
}
