package feeds

import (
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
