package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/elastic"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/testenv"
)

// fakeClock is startupWait's clock: sleep moves it on.
type fakeClock struct {
	t      time.Time
	sleeps []time.Duration
}

func (c *fakeClock) now() time.Time { return c.t }
func (c *fakeClock) sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.sleeps = append(c.sleeps, d)
	c.t = c.t.Add(d)
	return nil
}

// logLines is a JSON log, one map per record.
type logLines struct{ syncBuffer }

func (l *logLines) records(t *testing.T) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(l.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

var errDown = errors.New("connection refused")

func testWait(limit time.Duration, clock *fakeClock, logs io.Writer) startupWait {
	return startupWait{
		service: "kafka", address: "127.0.0.1:1", setting: "bus.kafka.startup_wait", limit: limit,
		retry: func(err error) bool { return errors.Is(err, errDown) },
		log:   slog.New(slog.NewJSONHandler(logs, nil)),
		now:   clock.now, sleep: clock.sleep,
	}
}

// TestStartupWaitRetriesUntilAnswer: failures worth waiting out are
// retried with doubling waits, each attempt logged with the address, the
// attempt and the next wait, until the service answers.
func TestStartupWaitRetriesUntilAnswer(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	var logs logLines
	calls := 0
	err := testWait(2*time.Minute, clock, &logs).do(t.Context(), func(context.Context) error {
		calls++
		if calls < 6 {
			return errDown
		}
		return nil
	})
	if err != nil {
		t.Fatalf("do: %v", err)
	}
	if calls != 6 {
		t.Fatalf("open called %d times, want 6", calls)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 15 * time.Second}
	if fmt.Sprint(clock.sleeps) != fmt.Sprint(want) {
		t.Fatalf("waits %v, want %v", clock.sleeps, want)
	}
	recs := logs.records(t)
	if len(recs) != 6 {
		t.Fatalf("%d log records, want 5 waits and 1 answer: %v", len(recs), recs)
	}
	for i, r := range recs[:5] {
		if r["msg"] != "waiting for kafka at start-up" || r["address"] != "127.0.0.1:1" || r["attempt"] != float64(i+1) ||
			r["next_wait"] != want[i].String() || r["err"] != errDown.Error() || r["level"] != "WARN" {
			t.Fatalf("record %d: %v", i, r)
		}
	}
	if r := recs[5]; r["msg"] != "kafka answered at start-up" || r["attempt"] != float64(6) {
		t.Fatalf("last record: %v", r)
	}
}

// TestStartupWaitGivesUp: past the limit the error names the service, the
// address and the setting, and wraps the last failure; the last wait is cut
// to the limit.
func TestStartupWaitGivesUp(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	var logs logLines
	calls := 0
	err := testWait(10*time.Second, clock, &logs).do(t.Context(), func(context.Context) error { calls++; return errDown })
	if !errors.Is(err, errDown) {
		t.Fatalf("do: %v, want the last failure wrapped", err)
	}
	for _, want := range []string{"kafka at 127.0.0.1:1", "bus.kafka.startup_wait 10s", "5 attempts"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not say %q", err, want)
		}
	}
	// 1 + 2 + 4 = 7 s, then 3 s left of 10.
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 3 * time.Second}
	if fmt.Sprint(clock.sleeps) != fmt.Sprint(want) || calls != 5 {
		t.Fatalf("waits %v after %d calls, want %v after 5", clock.sleeps, calls, want)
	}
}

// TestStartupWaitZeroAndPermanent: startup_wait 0 is one attempt; an error
// waiting does not change is returned at once; ctx ending stops the wait.
func TestStartupWaitZeroAndPermanent(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	var logs logLines
	calls := 0
	err := testWait(0, clock, &logs).do(t.Context(), func(context.Context) error { calls++; return errDown })
	if err != errDown || calls != 1 || len(clock.sleeps) != 0 {
		t.Fatalf("startup_wait 0: err %v after %d calls and waits %v, want errDown after 1 call, no wait", err, calls, clock.sleeps)
	}
	permanent := errors.New("topic does not exist")
	calls = 0
	err = testWait(time.Minute, clock, &logs).do(t.Context(), func(context.Context) error { calls++; return permanent })
	if err != permanent || calls != 1 {
		t.Fatalf("permanent error: %v after %d calls, want it at once", err, calls)
	}
	if recs := logs.records(t); len(recs) != 0 {
		t.Fatalf("nothing waited, yet logged %v", recs)
	}
	ctx, cancel := context.WithCancel(t.Context())
	calls = 0
	err = testWait(time.Minute, clock, &logs).do(ctx, func(context.Context) error {
		calls++
		if calls == 2 {
			cancel()
		}
		return errDown
	})
	if !errors.Is(err, context.Canceled) || calls != 2 {
		t.Fatalf("cancelled while waiting: %v after %d calls, want context.Canceled after 2", err, calls)
	}
}

// freeAddr is a loopback address nothing listens on (yet).
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// forwardTCP listens on addr and copies every connection to and from to,
// until the test ends.
func forwardTCP(t *testing.T, addr, to string) {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listen on %s: %v", addr, err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	track := func(c net.Conn) {
		mu.Lock()
		conns = append(conns, c)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", to)
			if err != nil {
				in.Close()
				continue
			}
			track(in)
			track(out)
			wg.Add(2)
			go func() { defer wg.Done(); _, _ = io.Copy(out, in); out.Close() }()
			go func() { defer wg.Done(); _, _ = io.Copy(in, out); in.Close() }()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
}

// waitLog waits until name's log holds every one of want, or fails.
func (c *cluster) waitLog(name string, timeout time.Duration, want ...string) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		l := c.log(name)
		all := true
		for _, w := range want {
			all = all && strings.Contains(l, w)
		}
		if all {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("%s's log has not said %q within %s:\n%s", name, want, timeout, l)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// exitWithin waits for a one-shot child; a child still running after
// limit is killed and fails the test.
func (c *cluster) exitWithin(name string, cmd *exec.Cmd, limit time.Duration) error {
	c.t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		_ = cmd.Process.Kill()
		<-done
		c.t.Fatalf("%s still running after %s:\n%s", name, limit, c.log(name))
		return nil
	}
}

// TestRoleWaitsForBroker: a work role started while nothing listens at its
// broker address logs that it waits (address, attempt, next wait), and
// once a listener appears there (a forwarder to the real broker) it joins
// and analyses every story replayed.
func TestRoleWaitsForBroker(t *testing.T) {
	c := newClusterWith(t, 2, 1)
	addr := freeAddr(t)
	w := c.start("work", "--bus.kafka.brokers", addr, "work")
	c.waitLog("work", time.Minute, `"msg":"waiting for kafka at start-up"`, `"address":"`+addr+`"`, `"attempt":2`, `"next_wait":"2s"`)
	forwardTCP(t, addr, c.kcfg.Brokers[0])
	file := filepath.Join(c.dir, "stories.jsonl")
	writeStories(t, file, 20)
	c.replay(t, file)
	c.waitDrained(2*time.Minute, [2]string{"work", pipeline.TopicStories})
	c.stop("work", w)
}

// deadConfig writes a Kafka config whose broker is addr (nothing listens)
// with bus.kafka.startup_wait wait; no broker is needed.
func deadCluster(t *testing.T, addr, wait string) *cluster {
	t.Helper()
	dir := t.TempDir()
	wl, _ := filepath.Abs("../../deploy/watchlist.yaml")
	al, _ := filepath.Abs("../../deploy/alerts.yaml")
	yaml := fmt.Sprintf(`data_dir: %s
watchlist: %s
alerts: %s
log: {format: json, level: info}
http: {listen: "127.0.0.1:0"}
bus:
  kind: kafka
  kafka:
    brokers: [%q]
    dial_timeout: 2s
    startup_wait: %s
`, filepath.Join(dir, "data"), wl, al, addr, wait)
	path := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	c := &cluster{t: t, dir: dir, config: path}
	t.Cleanup(c.killLeft)
	return c
}

// TestRoleGivesUpWaitingForBroker: with nothing at the broker address and
// a short startup_wait, a role retries, then exits non-zero with an error
// naming the address and the setting.
func TestRoleGivesUpWaitingForBroker(t *testing.T) {
	addr := freeAddr(t)
	c := deadCluster(t, addr, "3s")
	err := c.exitWithin("work", c.start("work", "work"), time.Minute)
	l := c.log("work")
	if err == nil {
		t.Fatalf("work exited 0 with no broker:\n%s", l)
	}
	for _, want := range []string{`"msg":"waiting for kafka at start-up"`, "did not answer at start-up", "kafka at " + addr, "bus.kafka.startup_wait 3s", "no broker answered at " + addr} {
		if !strings.Contains(l, want) {
			t.Fatalf("work's output does not say %q:\n%s", want, l)
		}
	}
}

// TestRoleStoppedWhileWaiting: SIGTERM while a role waits for its broker
// is a clean stop (exit 0): nothing ran, nothing is lost.
func TestRoleStoppedWhileWaiting(t *testing.T) {
	addr := freeAddr(t)
	c := deadCluster(t, addr, "10m")
	w := c.start("track", "track")
	c.waitLog("track", time.Minute, `"msg":"waiting for kafka at start-up"`, `"address":"`+addr+`"`)
	c.stop("track", w)
	if l := c.log("track"); !strings.Contains(l, "khabar stopped while starting") {
		t.Fatalf("track's log does not say it stopped while starting:\n%s", l)
	}
}

// TestOneShotFailsFastOnDeadBroker: one-shot commands do not wait, even
// with a long startup_wait: replay and setup fail with an error naming the
// address (within a minute here, against the 10 minutes a role would wait).
func TestOneShotFailsFastOnDeadBroker(t *testing.T) {
	addr := freeAddr(t)
	c := deadCluster(t, addr, "10m")
	file := filepath.Join(c.dir, "stories.jsonl")
	writeStories(t, file, 1)
	for _, args := range [][]string{{"replay", file}, {"setup", "kafka"}} {
		name := args[0]
		err := c.exitWithin(name, c.start(name, args...), time.Minute)
		l := c.log(name)
		if err == nil {
			t.Fatalf("%s exited 0 with no broker:\n%s", name, l)
		}
		if !strings.Contains(l, addr) || !strings.Contains(l, kafka.ErrUnreachable.Error()) {
			t.Fatalf("%s's error does not name %s as unreachable:\n%s", name, addr, l)
		}
		if strings.Contains(l, "waiting for kafka") {
			t.Fatalf("%s waited for the broker; one-shot commands fail at once:\n%s", name, l)
		}
	}
}

// esRequest sends one request to the real node and returns the status and body.
func esRequest(ctx context.Context, method, u string) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, u, nil)
	if err != nil {
		return 0, nil, err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	return res.StatusCode, b, err
}

// TestIndexRoleWaitsForElasticsearch: an index role whose cluster address
// has no listener logs that it waits; once a listener appears (a proxy to
// the real node) it starts, and every story replayed through a worker is
// in the stories index.
func TestIndexRoleWaitsForElasticsearch(t *testing.T) {
	esURL := testenv.Elasticsearch(t)
	real, err := url.Parse(esURL)
	if err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	prefix := testenv.Prefix(t, "kw", "-")
	ec := elastic.DefaultConfig()
	ec.URLs, ec.IndexPrefix = []string{esURL}, prefix
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _, _ = esRequest(ctx, "DELETE", esURL+"/"+prefix+"*?expand_wildcards=all")
		for _, f := range []string{"stories", "events", "alerts"} {
			_, _, _ = esRequest(ctx, "DELETE", esURL+"/_index_template/"+prefix+f)
		}
		_, _, _ = esRequest(ctx, "DELETE", esURL+"/_component_template/"+prefix+"analysis")
	})
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	if _, err := elastic.Setup(ctx, ec, nil); err != nil {
		t.Fatal(err)
	}
	c := newClusterYAML(t, 2, 1, fmt.Sprintf("sink:\n  kind: elasticsearch\n  batch_size: 50\n  elasticsearch:\n    urls: [%q]\n    index_prefix: %q\n", "http://"+addr, prefix))
	idx := c.start("index", "index")
	c.waitLog("index", time.Minute, `"msg":"waiting for elasticsearch at start-up"`, `"address":"http://`+addr+`"`, `"attempt":2`)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	proxy := &http.Server{Handler: httputil.NewSingleHostReverseProxy(real), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- proxy.Serve(ln) }()
	t.Cleanup(func() {
		_ = proxy.Close()
		<-served
	})
	w := c.start("work", "work")
	file := filepath.Join(c.dir, "stories.jsonl")
	ids := writeStories(t, file, 12)
	c.replay(t, file)
	c.waitDrained(3*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"index", pipeline.TopicAnalyses})
	c.stop("work", w)
	c.stop("index", idx)
	if _, _, err := esRequest(ctx, "POST", esURL+"/"+prefix+"stories/_refresh"); err != nil {
		t.Fatal(err)
	}
	st, body, err := esRequest(ctx, "GET", esURL+"/"+prefix+"stories/_count")
	if err != nil || st != 200 {
		t.Fatalf("count: %d %s %v", st, body, err)
	}
	var n struct{ Count int }
	if err := json.Unmarshal(body, &n); err != nil {
		t.Fatal(err)
	}
	if n.Count != len(ids) {
		t.Fatalf("%d stories in %sstories, want %d", n.Count, prefix, len(ids))
	}
}
