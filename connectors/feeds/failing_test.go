package feeds

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// topicPub records messages by topic and acks or nacks them.
type topicPub struct {
	fail error
	got  map[string][]*pipeline.Message
}

func (p *topicPub) Publish(_ context.Context, topic string, msgs ...*pipeline.Message) error {
	for _, m := range msgs {
		p.got[topic] = append(p.got[topic], m)
		if p.fail != nil {
			m.Nack(p.fail)
		} else {
			m.Ack()
		}
	}
	return nil
}

// TestFailingReportRoundTrip: a failing feed's report is published keyed
// by its URL on the given topic and decoded back whole; a nacked report is
// an error; a report without a URL is permanent.
func TestFailingReportRoundTrip(t *testing.T) {
	since := time.Date(2026, 12, 1, 4, 30, 0, 0, time.UTC)
	h := FeedHealth{URL: "https://example.in/rss", Name: "नगर समाचार", Category: "politics",
		ConsecutiveFailures: 9, FailingSince: since, LastError: "status 503"}
	pub := &topicPub{got: map[string][]*pipeline.Message{}}
	FailingPublisher(pub, "feed-failing", time.Second, nil)(h)
	msgs := pub.got["feed-failing"]
	if len(msgs) != 1 || msgs[0].Key != h.URL {
		t.Fatalf("published %v", pub.got)
	}
	r, err := DecodeFailing(msgs[0])
	if err != nil {
		t.Fatal(err)
	}
	if r != (FailingReport{URL: h.URL, Name: h.Name, Category: h.Category, Failures: 9, Since: since, LastError: "status 503"}) {
		t.Fatalf("decoded %+v", r)
	}

	pub.fail = errors.New("broker away")
	if err := PublishFailing(context.Background(), pub, "feed-failing", h); err == nil {
		t.Fatal("a nacked report published without error")
	}

	for _, bad := range []string{`{"name":"x"}`, `{not json`} {
		_, err := DecodeFailing(pipeline.NewMessage("k1", []byte(bad)))
		if err == nil || !pipeline.IsPermanent(err) {
			t.Fatalf("%s: err %v, want a permanent error", bad, err)
		}
	}
}

// flakyPub nacks the first n messages of topic, then acks; other topics
// are acked.
type flakyPub struct {
	topic string
	mu    sync.Mutex
	nacks int
	got   []FailingReport
}

func (p *flakyPub) Publish(_ context.Context, topic string, msgs ...*pipeline.Message) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range msgs {
		if topic != p.topic {
			m.Ack()
			continue
		}
		if p.nacks > 0 {
			p.nacks--
			m.Nack(errors.New("broker away"))
			continue
		}
		r, err := DecodeFailing(m)
		if err != nil {
			return err
		}
		p.got = append(p.got, r)
		m.Ack()
	}
	return nil
}

func (p *flakyPub) reports() []FailingReport {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.got)
}

// TestFailingReportRetriedAfterPublishFailure: a failing episode whose
// report the bus refused is reported again at the feed's next failed
// poll, not lost until the poller restarts; once published, the episode
// is not reported again.
func TestFailingReportRetriedAfterPublishFailure(t *testing.T) {
	var polls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		polls.Add(1)
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	feed := Feed{URL: srv.URL + "/feed"}
	cfg := fastConfig(feed)
	cfg.FailingAfter = time.Nanosecond
	pub := &flakyPub{topic: "feed-failing", nacks: 2}
	p, err := Open(context.Background(), Setup{Config: cfg, Publisher: pub, State: openStore(t, t.TempDir()),
		FailingTopic: "feed-failing", Logger: testLogger(t)})
	if err != nil {
		t.Fatal(err)
	}
	running(t, p)
	waitFor(t, "the failing report published after two refusals", func() bool { return len(pub.reports()) > 0 })
	// Three more failed polls of the same episode: no second report.
	after := polls.Load()
	waitFor(t, "three more failed polls", func() bool { return polls.Load() >= after+3 })
	got := pub.reports()
	if len(got) != 1 || got[0].URL != feed.URL || got[0].Failures < 3 {
		t.Fatalf("reports %+v", got)
	}
}
