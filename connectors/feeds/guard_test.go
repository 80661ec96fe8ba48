package feeds

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestGuardRefusesRedirectToPrivate: an article on an allowed ("public")
// host that redirects to a private address is refused at the redirect hop,
// before the private server sees a request — the guard checks every dial,
// not only the first URL. Both servers are on loopback; the test hook makes
// the guard treat the public one's address as public.
func TestGuardRefusesRedirectToPrivate(t *testing.T) {
	const article = `<html><body><article><p>नगर निगम ने आज शहर की सभी झीलों की सफ़ाई का काम शुरू किया।</p><p>अधिकारियों के अनुसार यह काम तीन महीने चलेगा।</p></article></body></html>`
	var privateHits atomic.Int64
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		privateHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><body><article><p>आंतरिक सर्वर का गुप्त पन्ना जिसे बाहर नहीं जाना चाहिए था।</p></article></body></html>`)
	}))
	defer private.Close()
	pu, _ := url.Parse(private.URL)

	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/article":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			io.WriteString(w, article)
		case "/moved":
			http.Redirect(w, r, "/article", http.StatusMovedPermanently)
		case "/to-private":
			http.Redirect(w, r, private.URL+"/secret", http.StatusFound)
		case "/to-private-by-name":
			http.Redirect(w, r, "http://localhost:"+pu.Port()+"/secret", http.StatusFound)
		case "/hop":
			http.Redirect(w, r, "/to-private", http.StatusTemporaryRedirect)
		default:
			http.NotFound(w, r)
		}
	}))
	defer public.Close()
	publicAddr := netip.MustParseAddrPort(strings.TrimPrefix(public.URL, "http://"))

	tests := []struct {
		name    string
		path    string
		allow   bool // poll.allow_private
		refused bool
	}{
		{"public page", "/article", false, false},
		{"redirect within the public host", "/moved", false, false},
		{"redirect to a private address", "/to-private", false, true},
		{"redirect to a name resolving to loopback", "/to-private-by-name", false, true},
		{"second hop to a private address", "/hop", false, true},
		{"redirect to private allowed by config", "/to-private", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			privateHits.Store(0)
			cfg := fastConfig()
			cfg.AllowPrivate = tt.allow
			cfg.guardPublic = func(ap netip.AddrPort) bool { return ap == publicAddr }
			p, err := New(cfg, newRecPub("ack"), openStore(t, t.TempDir()), testLogger(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			text, err := p.FetchArticle(context.Background(), public.URL+tt.path)
			var ge *GuardError
			if tt.refused {
				if !errors.As(err, &ge) {
					t.Fatalf("got %q, %v; want a GuardError", text, err)
				}
				if ge.Addr == publicAddr.String() {
					t.Fatalf("the guard refused the public host %s, not the redirect target", ge.Addr)
				}
				if n := privateHits.Load(); n != 0 {
					t.Fatalf("the private server answered %d requests", n)
				}
				return
			}
			if err != nil {
				t.Fatalf("FetchArticle: %v", err)
			}
			if tt.allow {
				if !strings.Contains(text, "आंतरिक सर्वर") || privateHits.Load() != 1 {
					t.Fatalf("allowed redirect: text %q, %d private hits", text, privateHits.Load())
				}
				return
			}
			if !strings.Contains(text, "झीलों की सफ़ाई") {
				t.Fatalf("text %q", text)
			}
		})
	}
}

// TestFeedRedirectGuard: a feed URL is the operator's choice and may be
// private (the demo feeds live on loopback), but a redirect from it to
// another host goes through the SSRF guard — a public feed that redirects to
// an internal address is refused before the internal server sees a request,
// unless poll.allow_private (issue 14 §5).
func TestFeedRedirectGuard(t *testing.T) {
	feed := readFixture(t, "rss2.xml")
	var privateHits atomic.Int64
	private := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		privateHits.Add(1)
		w.Write(feed)
	}))
	defer private.Close()
	pu, _ := url.Parse(private.URL)
	public := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Write(feed)
		case "/moved":
			http.Redirect(w, r, "/feed.xml", http.StatusMovedPermanently)
		case "/to-private":
			http.Redirect(w, r, private.URL+"/internal.xml", http.StatusFound)
		case "/to-private-by-name":
			http.Redirect(w, r, "http://localhost:"+pu.Port()+"/internal.xml", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer public.Close()
	publicAddr := netip.MustParseAddrPort(strings.TrimPrefix(public.URL, "http://"))

	tests := []struct {
		name    string
		url     string
		allow   bool
		refused bool
		private int64 // requests the private server must have answered
	}{
		{"operator's own private feed", private.URL + "/feed.xml", false, false, 1},
		{"public feed", public.URL + "/feed.xml", false, false, 0},
		{"redirect within the public host", public.URL + "/moved", false, false, 0},
		{"redirect to a private address", public.URL + "/to-private", false, true, 0},
		{"redirect to a name resolving to loopback", public.URL + "/to-private-by-name", false, true, 0},
		{"redirect to private allowed by config", public.URL + "/to-private", true, false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			privateHits.Store(0)
			c := fastConfig()
			c.AllowPrivate = tt.allow
			c.guardPublic = func(ap netip.AddrPort) bool { return ap == publicAddr }
			c = c.withDefaults()
			f := &fetcher{client: newFeedClient(c), ua: c.userAgent(), maxBody: c.MaxBodySize, timeout: c.Timeout, now: time.Now}
			res, err := f.fetch(context.Background(), tt.url, "", "")
			if tt.refused {
				var ge *GuardError
				var fe *FetchError
				if !errors.As(err, &ge) || !errors.As(err, &fe) || fe.Reason != "ssrf-guard" {
					t.Fatalf("got %v; want a FetchError with reason ssrf-guard wrapping a GuardError", err)
				}
				if !strings.Contains(err.Error(), "internal.xml") {
					t.Fatalf("error %q does not name the redirect target", err)
				}
			} else if err != nil || !bytes.Equal(res.Body, feed) {
				t.Fatalf("fetch: %v (%d bytes)", err, len(res.Body))
			}
			if n := privateHits.Load(); n != tt.private {
				t.Fatalf("the private server answered %d requests, want %d", n, tt.private)
			}
		})
	}
}

// TestForbiddenEmbeddedIPv4: IPv6 forms that carry an IPv4 address are
// judged by that address.
func TestForbiddenEmbeddedIPv4(t *testing.T) {
	for _, tc := range []struct {
		addr      string
		forbidden bool
	}{
		{"::127.0.0.1", true},              // IPv4-compatible
		{"::ffff:10.0.0.1", true},          // IPv4-mapped
		{"64:ff9b::7f00:1", true},          // NAT64 of 127.0.0.1
		{"64:ff9b::a9fe:a9fe", true},       // NAT64 of the metadata address
		{"64:ff9b::808:808", false},        // NAT64 of 8.8.8.8
		{"64:ff9b:1::808:808", true},       // local-use NAT64
		{"2002:7f00:1::1", true},           // 6to4 of 127.0.0.1
		{"2002:c0a8:101::1", true},         // 6to4 of 192.168.1.1
		{"2002:808:808::1", false},         // 6to4 of 8.8.8.8
		{"2001:0:0:0:0:0:80ff:fffe", true}, // Teredo, client 127.0.0.1 inverted
		{"2606:4700::1111", false},         // ordinary public IPv6
		{"93.184.216.34", false},
		{"169.254.169.254", true},
	} {
		if got := forbiddenAddr(netip.MustParseAddr(tc.addr)); got != tc.forbidden {
			t.Errorf("forbiddenAddr(%s) = %v, want %v", tc.addr, got, tc.forbidden)
		}
	}
}
