package feeds

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func testFetcher(maxBody int64, timeout time.Duration) *fetcher {
	c := fastConfig()
	c.MaxBodySize, c.Timeout = maxBody, timeout
	c = c.withDefaults()
	return &fetcher{client: newFeedClient(c), ua: c.userAgent(), maxBody: maxBody, timeout: timeout, now: time.Now}
}

func TestFetchMisbehavingServers(t *testing.T) {
	feed := readFixture(t, "rss2.xml")
	var gz, zl bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(feed)
	w.Close()
	z := zlib.NewWriter(&zl)
	z.Write(feed)
	z.Close()
	var bomb bytes.Buffer
	bw := gzip.NewWriter(&bomb)
	chunk := make([]byte, 1<<20)
	for range 64 { // 64 MB of zeros in ~64 KB
		bw.Write(chunk)
	}
	bw.Close()

	tests := []struct {
		name       string
		handler    http.HandlerFunc
		etag, lm   string
		wantReason string // "" = success
		check      func(t *testing.T, r fetchResult, err error)
	}{
		{name: "etag 304", etag: `"v1"`, handler: func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-None-Match") == `"v1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Write(feed)
		}, check: func(t *testing.T, r fetchResult, _ error) {
			if !r.NotModified {
				t.Fatal("If-None-Match not sent or 304 not recognised")
			}
		}},
		{name: "last-modified 304", lm: "Tue, 04 Mar 2025 10:00:00 GMT", handler: func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("If-Modified-Since") == "Tue, 04 Mar 2025 10:00:00 GMT" {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Last-Modified", "Tue, 04 Mar 2025 10:00:00 GMT")
			w.Write(feed)
		}, check: func(t *testing.T, r fetchResult, _ error) {
			if !r.NotModified {
				t.Fatal("If-Modified-Since not sent or 304 not recognised")
			}
		}},
		{name: "user agent names khabar and contact", handler: func(w http.ResponseWriter, r *http.Request) {
			if ua := r.Header.Get("User-Agent"); !strings.Contains(ua, "khabar") || !strings.Contains(ua, "+https://") {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			w.Write(feed)
		}},
		{name: "429 retry-after", wantReason: "status", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusTooManyRequests)
		}, check: func(t *testing.T, _ fetchResult, err error) {
			var fe *FetchError
			if !errors.As(err, &fe) || fe.Status != 429 || fe.RetryAfter != 120*time.Second {
				t.Fatalf("got %#v", err)
			}
		}},
		{name: "gzip", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gz.Bytes())
		}, check: func(t *testing.T, r fetchResult, _ error) {
			if !bytes.Equal(r.Body, feed) || r.WireBytes != int64(gz.Len()) {
				t.Fatalf("body %d bytes, wire %d", len(r.Body), r.WireBytes)
			}
		}},
		{name: "deflate", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "deflate")
			w.Write(zl.Bytes())
		}, check: func(t *testing.T, r fetchResult, _ error) {
			if !bytes.Equal(r.Body, feed) {
				t.Fatal("deflate body differs")
			}
		}},
		{name: "gzip bomb", wantReason: "too-large", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}},
		{name: "cache-control", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", "public, max-age=3600")
			w.Write(feed)
		}, check: func(t *testing.T, r fetchResult, _ error) {
			if d := time.Until(r.CacheUntil); d < 59*time.Minute || d > time.Hour {
				t.Fatalf("CacheUntil in %s, want ~1h", d)
			}
		}},
		{name: "500", wantReason: "status", handler: func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "boom", 500)
		}},
		{name: "redirect loop", wantReason: "redirects", handler: func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/a" {
				http.Redirect(w, r, "/b", http.StatusFound)
				return
			}
			http.Redirect(w, r, "/a", http.StatusFound)
		}},
		{name: "stall mid-body", wantReason: "timeout", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Write(feed[:200])
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(tc.handler)
			defer srv.Close()
			f := testFetcher(8<<20, 500*time.Millisecond)
			res, err := f.fetch(context.Background(), srv.URL+"/a", tc.etag, tc.lm)
			if tc.wantReason == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tc.wantReason != "" {
				var fe *FetchError
				if !errors.As(err, &fe) || fe.Reason != tc.wantReason {
					t.Fatalf("got %v, want reason %s", err, tc.wantReason)
				}
			}
			if tc.check != nil {
				tc.check(t, res, err)
			}
		})
	}
}

// TestFetchHugeBody: a 1 GB answer is refused at the limit, streamed and
// never allocated.
func TestFetchHugeBody(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1073741824")
		buf := bytes.Repeat([]byte("<item>x</item>"), 4096)
		for sent := 0; sent < 1<<30; sent += len(buf) {
			if _, err := w.Write(buf); err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f := testFetcher(10<<20, 30*time.Second)
	_, err := f.fetch(context.Background(), srv.URL, "", "")
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrBodyTooLarge) {
		t.Fatalf("got %v, want ErrBodyTooLarge", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
		t.Fatalf("allocated %d MB for a 1 GB body with a 10 MB limit", alloc>>20)
	}
}

func TestFetchFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "feed.xml")
	if err := os.WriteFile(path, readFixture(t, "rss2.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := testFetcher(1<<20, time.Second)
	res, err := f.fetch(context.Background(), "file://"+path, "", "")
	if err != nil || res.NotModified || len(res.Body) == 0 {
		t.Fatalf("first read: %v %+v", err, res.NotModified)
	}
	again, err := f.fetch(context.Background(), "file://"+path, "", res.LastModified)
	if err != nil || !again.NotModified {
		t.Fatalf("unchanged file not reported unchanged: %v", err)
	}
	if _, err := f.fetch(context.Background(), "file://"+filepath.Join(dir, "missing.xml"), "", ""); err == nil ||
		!strings.Contains(err.Error(), "missing.xml") {
		t.Fatalf("missing file error does not name it: %v", err)
	}
}
