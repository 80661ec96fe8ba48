package feeds

import (
	"context"
	"errors"
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
