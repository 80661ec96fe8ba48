package elastic

import (
	"context"
	"fmt"
	"log/slog"
	"maps"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/index"
)

var _ index.AlertDeleter = (*Sink)(nil)

// alertMsg is an alerts-topic message as the judge publishes it: the alert,
// or its withdrawal (only id, rule, key and window set).
func alertMsg(t *testing.T, a pipeline.Alert, retracted bool) *pipeline.Message {
	t.Helper()
	if retracted {
		a = pipeline.Alert{ID: a.ID, Rule: a.Rule, Key: a.Key, Window: a.Window}
	}
	m, err := pipeline.Encode(a.ID, alert.AlertMessage{Alert: a, Retracted: retracted})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// consumeAlerts runs the index stage over msgs in batches of batch
// messages (up to 4 batches in flight, as records may be) and waits for
// every ack.
func consumeAlerts(t *testing.T, s *Sink, batch int, msgs ...*pipeline.Message) {
	t.Helper()
	st, err := index.New(index.Config{BatchSize: batch, InFlight: 4}, s, nil, nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	in := make(chan *pipeline.Message, len(msgs))
	for _, m := range msgs {
		in <- m
	}
	close(in)
	if err := st.Consume(t.Context(), index.Alerts, "alerts", in); err != nil {
		t.Fatal(err)
	}
	for i, m := range msgs {
		<-m.Done()
		if m.Err() != nil {
			t.Fatalf("message %d: %v", i, m.Err())
		}
	}
}

// TestAlertWithdrawal: through the index stage on a real node, an alert
// then its withdrawal leaves no document (no stub of the withdrawal
// either), also for an alert written before a rollover; a withdrawal then
// the alert fired again leaves the fired alert; a withdrawal of an id
// never written is no error; an alert not withdrawn stays. Each order is
// run one message a batch and all in one batch.
func TestAlertWithdrawal(t *testing.T) {
	ctx := context.Background()
	w := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	gone := pipeline.Alert{ID: "feud|a|b|1", Rule: "feud", Key: "a|b", Window: w, Time: w, Title: "तकरार: क और ख", Reason: "पहली बार"}
	rolled := pipeline.Alert{ID: "feud|x|y|1", Rule: "feud", Key: "x|y", Window: w, Time: w, Title: "तकरार: च और छ", Reason: "पुराना"}
	refired := pipeline.Alert{ID: "feud|c|d|1", Rule: "feud", Key: "c|d", Window: w, Time: w, Title: "तकरार: ग और घ", Reason: "पहली बार"}
	again := refired
	again.Reason = "फिर से"
	kept := pipeline.Alert{ID: "burst|e|1", Rule: "burst", Key: "e", Window: w, Time: w, Title: "उछाल: ङ", Reason: "कई खबरें"}
	unknown := pipeline.Alert{ID: "burst|z|1", Rule: "burst", Key: "z", Window: w}
	for _, batch := range []int{1, 100} {
		t.Run(fmt.Sprintf("batch%d", batch), func(t *testing.T) {
			cfg := testConfig(t)
			s, _ := newTestSink(t, cfg)
			consumeAlerts(t, s, batch, alertMsg(t, rolled, false))
			if _, err := do(ctx, s.es, "rollover", rawRequest{method: "POST", path: "/" + cfg.alias(FamilyAlerts) + "/_rollover"}, nil); err != nil {
				t.Fatal(err)
			}
			consumeAlerts(t, s, batch,
				alertMsg(t, gone, false), alertMsg(t, kept, false), alertMsg(t, refired, false),
				alertMsg(t, gone, true), alertMsg(t, refired, true), alertMsg(t, unknown, true),
				alertMsg(t, rolled, true), alertMsg(t, again, false),
			)
			if err := s.Refresh(ctx); err != nil {
				t.Fatal(err)
			}
			as, err := s.Alerts(ctx, 10)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, a := range as {
				got[a.ID] = a.Reason
			}
			want := map[string]string{kept.ID: kept.Reason, again.ID: again.Reason}
			if !maps.Equal(got, want) {
				t.Fatalf("alert documents %v, want %v", got, want)
			}
		})
	}
}
