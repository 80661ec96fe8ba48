package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// feedServer serves nFeeds RSS feeds whose items appear over time after
// start; a feed's ETag is the number of items it shows, so a conditional
// GET with nothing new gets a 304.
type feedServer struct {
	byFeed  [][]int // story indices per feed, in appearance order
	stories []story
	served  []atomic.Bool // story i was in a 200 answer
	t0      atomic.Int64  // feed clock start (unix nanos); 0 = not started
	gets    atomic.Int64
	n304    atomic.Int64
	// docs caches each feed's last document (it changes only when an item
	// appears): encoding 2,000 feeds of up to 25 ~2 KB items on every poll
	// would cost the 2-core machine the pipeline's CPU.
	docs []cachedDoc
}

// cachedDoc is a feed's encoded document showing its first n items.
type cachedDoc struct {
	mu  sync.Mutex
	n   int
	raw []byte
}

func newFeedServer(stories []story, nFeeds int) *feedServer {
	fs := &feedServer{byFeed: make([][]int, nFeeds), stories: stories, served: make([]atomic.Bool, len(stories)), docs: make([]cachedDoc, nFeeds)}
	for i, s := range stories {
		fs.byFeed[s.feed] = append(fs.byFeed[s.feed], i)
	}
	return fs
}

func (fs *feedServer) start(at time.Time) { fs.t0.Store(at.UnixNano()) }

// visible is how many of feed f's items have appeared at now.
func (fs *feedServer) visible(f int, now time.Time) int {
	t0 := fs.t0.Load()
	if t0 == 0 {
		return 0
	}
	el := now.Sub(time.Unix(0, t0))
	idx := fs.byFeed[f]
	n := 0
	for n < len(idx) && fs.stories[idx[n]].appear <= el {
		n++
	}
	return n
}

func (fs *feedServer) servedCount() int {
	n := 0
	for i := range fs.served {
		if fs.served[i].Load() {
			n++
		}
	}
	return n
}

type rssItem struct {
	Title   string `xml:"title"`
	Link    string `xml:"link"`
	GUID    string `xml:"guid"`
	PubDate string `xml:"pubDate"`
	Desc    string `xml:"description"`
}

func (fs *feedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fs.gets.Add(1)
	name, ok := strings.CutPrefix(r.URL.Path, "/feed/")
	name, ok2 := strings.CutSuffix(name, ".xml")
	f, err := strconv.Atoi(name)
	if !ok || !ok2 || err != nil || f < 0 || f >= len(fs.byFeed) {
		http.NotFound(w, r)
		return
	}
	now := time.Now()
	n := fs.visible(f, now)
	etag := fmt.Sprintf(`"%d-%d"`, f, n)
	if r.Header.Get("If-None-Match") == etag {
		fs.n304.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	raw, err := fs.document(f, n)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	w.Header().Set("ETag", etag)
	if _, err := w.Write(raw); err != nil {
		return // the client went away; it will ask again
	}
	for k := range n {
		fs.served[fs.byFeed[f][k]].Store(true)
	}
}

// document is feed f's RSS document with its first n items, newest first
// (as feeds do), encoded once per n.
func (fs *feedServer) document(f, n int) ([]byte, error) {
	c := &fs.docs[f]
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.raw != nil && c.n == n {
		return c.raw, nil
	}
	t0 := time.Unix(0, fs.t0.Load())
	items := make([]rssItem, 0, n)
	for k := n - 1; k >= 0; k-- {
		i := fs.byFeed[f][k]
		s := fs.stories[i]
		items = append(items, rssItem{Title: s.title, Link: s.link, GUID: s.link,
			PubDate: t0.Add(s.event).UTC().Format(time.RFC1123Z), Desc: s.body})
	}
	doc := struct {
		XMLName xml.Name `xml:"rss"`
		Version string   `xml:"version,attr"`
		Channel struct {
			Title string    `xml:"title"`
			Link  string    `xml:"link"`
			Items []rssItem `xml:"item"`
		} `xml:"channel"`
	}{Version: "2.0"}
	doc.Channel.Title = feedName(f)
	doc.Channel.Link = fmt.Sprintf("http://news.chaos.test/%d", f)
	doc.Channel.Items = items
	var b bytes.Buffer
	b.WriteString(xml.Header)
	if err := xml.NewEncoder(&b).Encode(doc); err != nil {
		return nil, fmt.Errorf("feed %d: encode: %w", f, err)
	}
	c.n, c.raw = n, b.Bytes()
	return c.raw, nil
}

func feedName(f int) string { return fmt.Sprintf("चैनल-%d", f) }

// post is one webhook POST the sink received.
type post struct {
	Path    string
	Key     string // Idempotency-Key header
	AlertID string // id in the body
	Rule    string
	// Retracted: the body is a withdrawal of an alert sent before.
	Retracted bool
	At        time.Time
}

// webhookSink records every POST; it answers 200.
type webhookSink struct {
	mu    sync.Mutex
	posts []post
}

func (s *webhookSink) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	raw, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var a struct {
		ID        string `json:"id"`
		Rule      string `json:"rule"`
		Retracted bool   `json:"retracted"`
	}
	_ = json.Unmarshal(raw, &a) // a body without an id is recorded as such
	s.mu.Lock()
	s.posts = append(s.posts, post{Path: r.URL.Path, Key: r.Header.Get("Idempotency-Key"), AlertID: a.ID, Rule: a.Rule, Retracted: a.Retracted, At: time.Now()})
	s.mu.Unlock()
	w.WriteHeader(http.StatusOK)
}

func (s *webhookSink) snapshot(path string) []post {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []post
	for _, p := range s.posts {
		if p.Path == path {
			out = append(out, p)
		}
	}
	return out
}
