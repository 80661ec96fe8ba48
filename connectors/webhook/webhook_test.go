package webhook

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

func testAlert(id string) pipeline.Alert {
	return pipeline.Alert{ID: id, Rule: "feud", Key: "elon-musk|sam-altman", Title: "नया झगड़ा <मस्क>",
		Reason: "new-feud between elon-musk and sam-altman", Time: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC),
		Stories: []pipeline.AlertStory{{ID: "s1", Title: "मस्क बनाम ऑल्टमैन", URL: "https://news.test/s1", Source: "x",
			Evidence: []string{"मस्क ने ऑल्टमैन की आलोचना की।"}}}}
}

func TestNotifyStatuses(t *testing.T) {
	tests := []struct {
		status    int
		wantErr   bool
		permanent bool
	}{
		{200, false, false},
		{204, false, false},
		{400, true, true},
		{404, true, true},
		{410, true, true},
		{408, true, false},
		{429, true, false},
		{500, true, false},
		{503, true, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.status), func(t *testing.T) {
			var got http.Header
			var body []byte
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				got = r.Header.Clone()
				body, _ = io.ReadAll(r.Body)
				w.WriteHeader(tt.status)
				fmt.Fprint(w, "reason: field text missing")
			}))
			defer srv.Close()
			n, err := New(Config{Name: "hook", URL: srv.URL})
			if err != nil {
				t.Fatal(err)
			}
			err = n.Notify(context.Background(), testAlert("feud/a|b/20250301T000000Z"))
			if (err != nil) != tt.wantErr || alert.IsPermanent(err) != tt.permanent {
				t.Fatalf("err = %v (permanent %v)", err, alert.IsPermanent(err))
			}
			if err != nil && (!strings.Contains(err.Error(), "field text missing") || !IsStatus(err, tt.status)) {
				t.Fatalf("error %q lacks the answer", err)
			}
			if got.Get("Idempotency-Key") != "feud/a|b/20250301T000000Z" || !strings.HasPrefix(got.Get("Content-Type"), "application/json") {
				t.Fatalf("headers %v", got)
			}
			var a pipeline.Alert
			if err := json.Unmarshal(body, &a); err != nil || a.ID != "feud/a|b/20250301T000000Z" || len(a.Stories) != 1 {
				t.Fatalf("payload %s: %v", body, err)
			}
		})
	}
}

func TestSlackPayload(t *testing.T) {
	var body []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ = io.ReadAll(r.Body)
	}))
	defer srv.Close()
	n, _ := New(Config{Name: "slack", URL: srv.URL, Slack: true})
	if err := n.Notify(context.Background(), testAlert("x")); err != nil {
		t.Fatal(err)
	}
	var m struct {
		Text   string `json:"text"`
		Blocks []struct {
			Type string `json:"type"`
			Text struct {
				Type, Text string
			} `json:"text"`
		} `json:"blocks"`
	}
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatal(err)
	}
	if m.Text == "" || len(m.Blocks) != 2 {
		t.Fatalf("slack payload %s", body)
	}
	if strings.Contains(m.Blocks[0].Text.Text, "<मस्क>") || !strings.Contains(m.Blocks[0].Text.Text, "&lt;मस्क&gt;") {
		t.Fatalf("title not escaped: %q", m.Blocks[0].Text.Text)
	}
	if !strings.Contains(m.Blocks[1].Text.Text, "<https://news.test/s1|") {
		t.Fatalf("no story link: %q", m.Blocks[1].Text.Text)
	}
}

func TestNewRejectsBadURL(t *testing.T) {
	for _, u := range []string{"", "ftp://x", "/relative", "http://"} {
		if _, err := New(Config{Name: "h", URL: u}); err == nil {
			t.Errorf("%q accepted", u)
		}
	}
}

// idemServer accepts alerts and remembers each Idempotency-Key it
// acknowledged, as a receiver that deduplicates would.
type idemServer struct {
	mu       sync.Mutex
	accepted map[string]int
	requests int
}

func (s *idemServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	s.accepted[r.Header.Get("Idempotency-Key")]++
	w.WriteHeader(http.StatusAccepted)
}

// A webhook that is down (connection refused, then 503s) for a while and
// then answers gets every alert exactly once, across a restart of khabar
// while it is down.
func TestWebhookDownThenUp(t *testing.T) {
	// Reserve a loopback port, then close it: connections are refused.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	cfg := alert.DefaultConfig()
	cfg.RetryMin, cfg.RetryMax = time.Millisecond, 20*time.Millisecond
	hook, err := New(Config{Name: "hook", URL: "http://" + addr + "/alerts", Timeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	rules, err := alert.ParseRules("test.yaml", []byte(`rules: [{name: feud, on: event, notify: [hook, log], quiet: 1h}]`), nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "state.db")
	var logs bytes.Buffer
	sw := &syncWriter{w: &logs}
	logger := slog.New(slog.NewTextHandler(sw, nil))
	open := func() (*alert.Engine, *boltstore.Store) {
		st, err := boltstore.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		e, err := alert.New(cfg, rules, st, map[string]alert.Notifier{"hook": hook}, logger, nil)
		if err != nil {
			t.Fatal(err)
		}
		return e, st
	}
	ctx := context.Background()
	pairs := [][2]string{{"elon-musk", "sam-altman"}, {"donald-trump", "elon-musk"}, {"narendra-modi", "rahul-gandhi"}}
	var ids []string
	fire := func(e *alert.Engine, i int) {
		p := pairs[i]
		ev := pipeline.Event{ID: fmt.Sprint("ev", i), Kind: pipeline.KindNewFeud, Pair: p, To: pipeline.Hostile, Story: fmt.Sprint("s", i)}
		al, err := e.OnEvent(ctx, ev, pipeline.Story{ID: ev.Story, Title: "t"})
		if err != nil || len(al) != 1 {
			t.Fatalf("OnEvent: %v %v", al, err)
		}
		ids = append(ids, al[0].ID)
	}

	// Run 1: the webhook is down; two alerts are attempted a few times.
	e, st := open()
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- e.Deliverer().Run(runCtx) }()
	fire(e, 0)
	fire(e, 1)
	waitFor(t, "several failed attempts", func() bool { return strings.Count(sw.String(), "will retry") >= 6 })
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n, _ := e.Pending(ctx); n != 2 {
		t.Fatalf("pending after run 1: %d (log deliveries done, webhook ones kept)", n)
	}
	st.Close()

	// Run 2: restart; the webhook comes up answering 503 first, then accepts.
	srvState := &idemServer{accepted: map[string]int{}}
	var failing sync.Mutex
	unavailable := 3
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		failing.Lock()
		if unavailable > 0 {
			unavailable--
			failing.Unlock()
			http.Error(w, "warming up", http.StatusServiceUnavailable)
			return
		}
		failing.Unlock()
		srvState.ServeHTTP(w, r)
	})
	e, st = open()
	defer st.Close()
	runCtx, stop = context.WithCancel(ctx)
	go func() { done <- e.Deliverer().Run(runCtx) }()
	fire(e, 2)
	l2, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("port %s was taken meanwhile: %v", addr, err)
	}
	srv := httptest.NewUnstartedServer(handler)
	srv.Listener.Close()
	srv.Listener = l2
	srv.Start()
	defer srv.Close()
	waitFor(t, "outbox drained", func() bool { n, _ := e.Pending(ctx); return n == 0 })
	stop()
	<-done

	srvState.mu.Lock()
	defer srvState.mu.Unlock()
	if len(srvState.accepted) != len(ids) {
		t.Fatalf("accepted %v, want %v", srvState.accepted, ids)
	}
	for _, id := range ids {
		if srvState.accepted[id] != 1 {
			t.Errorf("alert %s accepted %d times", id, srvState.accepted[id])
		}
	}
}

// waitFor polls cond; the deadline only guards against a hang.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *syncWriter) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.w.String() }
