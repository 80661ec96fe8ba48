package elastic

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestUnavailable: the errors New returns are told apart as the start-up
// wait needs — a cluster not answering yet (refused, 503, 429) from an
// answer waiting does not change (not set up, a refused credential, a
// server that is not Elasticsearch, the caller's context ending).
func TestUnavailable(t *testing.T) {
	status := func(code int, genuine bool) string {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if genuine {
				w.Header().Set("X-Elastic-Product", "Elasticsearch")
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(code)
			if r.Method != http.MethodHead {
				_, _ = w.Write([]byte(`{"error":{"type":"test","reason":"answer of the test server"},"status":` + http.StatusText(code) + `}`))
			}
		}))
		t.Cleanup(srv.Close)
		return srv.URL
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	refused := "http://" + ln.Addr().String()
	ln.Close()
	cases := []struct {
		name string
		url  string
		ctx  func() context.Context
		want bool
	}{
		{"connection refused", refused, nil, true},
		{"503 while the node starts", status(http.StatusServiceUnavailable, true), nil, true},
		{"429", status(http.StatusTooManyRequests, true), nil, true},
		{"not set up (404)", status(http.StatusNotFound, true), nil, false},
		{"credential refused (401)", status(http.StatusUnauthorized, true), nil, false},
		{"not Elasticsearch", status(http.StatusOK, false), nil, false},
		{"caller's context ended", refused, func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.URLs = []string{tc.url}
			cfg.MaxRetries = 0
			cfg.RetryBackoffMin, cfg.RetryBackoffMax = time.Millisecond, time.Millisecond
			ctx := t.Context()
			if tc.ctx != nil {
				ctx = tc.ctx()
			}
			s, err := New(ctx, cfg, nil, nil)
			if err == nil {
				s.Close()
				t.Fatal("New succeeded")
			}
			t.Logf("New: %v", err)
			if got := Unavailable(err); got != tc.want {
				t.Fatalf("Unavailable(%v) = %v, want %v", err, got, tc.want)
			}
		})
	}
	if Unavailable(nil) {
		t.Fatal("Unavailable(nil)")
	}
	if !Unavailable(&esError{Op: "bulk", Status: 502}) || Unavailable(&esError{Op: "bulk", Status: 400}) {
		t.Fatal("502 must be unavailable, 400 not")
	}
	if Unavailable(errors.Join(ErrNotSetUp, errors.New("x"))) {
		t.Fatal("ErrNotSetUp is not unavailability")
	}
}
