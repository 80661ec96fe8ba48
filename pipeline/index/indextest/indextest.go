// Package indextest is the conformance suite of the sinks that take
// retractions and withdrawals (the embedded Bleve index and Elasticsearch):
// each test runs the index stage over a sink the caller opens and checks
// the documents it is left with. Every sink passes the same cases, so the
// two cannot drift apart.
package indextest

import (
	"context"
	"log/slog"
	"maps"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/bustest"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
)

// Sink is a sink that deletes retracted events, applies event messages by
// version and deletes withdrawn alerts, and lists what it stores.
type Sink interface {
	index.Sink
	index.EventDeleter
	index.EventApplier
	index.AlertDeleter
	// Events lists stored events (kind filters when set), up to size.
	Events(ctx context.Context, kind string, size int) ([]pipeline.Event, error)
	// Alerts lists stored alerts, up to size.
	Alerts(ctx context.Context, size int) ([]pipeline.Alert, error)
}

// Harness opens the sink under test.
type Harness struct {
	// Open returns an empty sink, closed at the end of the test.
	Open func(t *testing.T) Sink
	// Rotate moves the sink past what it has stored, as time or a restart
	// does, and returns the sink to go on with: Bleve closes and reopens
	// the index, Elasticsearch rolls family ("events", "alerts") over to a
	// new write index. Documents written before must still be found.
	Rotate func(t *testing.T, s Sink, family string) Sink
	// Refresh, when set, makes every write visible to the listings.
	Refresh func(ctx context.Context, s Sink) error
}

func (h Harness) refresh(t *testing.T, s Sink) {
	t.Helper()
	if h.Refresh == nil {
		return
	}
	if err := h.Refresh(t.Context(), s); err != nil {
		t.Fatal(err)
	}
}

// Consume runs the index stage over msgs of one kind (batches of batch
// messages, up to inFlight written at once) and waits for every ack.
func Consume(t *testing.T, s index.Sink, kind index.Kind, batch, inFlight int, msgs ...*pipeline.Message) {
	t.Helper()
	st, err := index.New(index.Config{BatchSize: batch, InFlight: inFlight}, s, nil, nil, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	bustest.ConsumeAll(t, func(ctx context.Context, in <-chan *pipeline.Message) error {
		return st.Consume(ctx, kind, kind.String(), in)
	}, msgs...)
}

// AlertMsg is an alerts-topic message as the judge publishes it: the
// alert, or its withdrawal (only id, rule, key and window set).
func AlertMsg(t testing.TB, a pipeline.Alert, retracted bool) *pipeline.Message {
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

// EventMsg is an events-topic message as the track stage publishes it,
// with its fold's version; a retraction carries no evidence.
func EventMsg(t testing.TB, e pipeline.Event, retracted bool, version uint64) *pipeline.Message {
	t.Helper()
	if retracted {
		e.Evidence = []string{}
	}
	m, err := pipeline.Encode(pipeline.PairKey(e.Pair[0], e.Pair[1]),
		track.EventMessage{EventMessage: pipeline.EventMessage{Event: e, Retracted: retracted}, Version: version})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

var at = time.Date(2025, 6, 5, 10, 0, 0, 0, time.UTC)

// event is an event of one pair, its id made of kind and story.
func event(kind, story, evidence string) pipeline.Event {
	e := pipeline.Event{ID: kind + ":donald-trump|elon-musk:" + story, Kind: kind, Pair: [2]string{"donald-trump", "elon-musk"}, Story: story, Time: at}
	if evidence != "" {
		e.Evidence = []string{evidence}
	}
	return e
}

// DeleteEvents: a retracted event's document is deleted whether it was
// written a moment ago or before a rotation; the others stay, and an id
// never written is no error.
func DeleteEvents(t *testing.T, h Harness) {
	s := h.Open(t)
	ctx := t.Context()
	old, keep, fresh := event(pipeline.KindEscalation, "s1", ""), event(pipeline.KindNewFeud, "s2", ""), event(pipeline.KindStanceShift, "s3", "")
	if err := s.WriteEvents(ctx, []pipeline.Event{old}); err != nil {
		t.Fatal(err)
	}
	s = h.Rotate(t, s, "events")
	if err := s.WriteEvents(ctx, []pipeline.Event{keep, fresh}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEvents(ctx, []string{old.ID, fresh.ID, "stance-shift:a|b:never-written"}); err != nil {
		t.Fatal(err)
	}
	h.refresh(t, s)
	evs, err := s.Events(ctx, "", 10)
	if err != nil || len(evs) != 1 || evs[0].ID != keep.ID {
		t.Fatalf("events after the delete: %+v, %v; want %s only", evs, err, keep.ID)
	}
}

// EventsByVersion: event messages reach the index stage out of order,
// each in its own batch. A retraction (fold v2) applied before its event
// (v1) leaves no document; v1's event after v2's leaves v2's content; an
// event re-sent after its retraction (v3 after v2) is written. After a
// rotation the versions hold: the old messages again change nothing (an
// event retracted before the rotation included: no sink may bring it
// back), and an equal version again (a redelivery) is applied, the same;
// a newer event of an id stored before replaces it (one document, not
// two), and a retraction of an id stored before deletes it, so its old
// event coming late is not written. A second rotation changes nothing of
// this: the old messages once more leave the same documents.
func EventsByVersion(t *testing.T, h Harness) {
	s := h.Open(t)
	gone := event(pipeline.KindEscalation, "s1", "पहला संस्करण")
	v1, v2 := event(pipeline.KindNewFeud, "s2", "पहला संस्करण"), event(pipeline.KindNewFeud, "s2", "दूसरा संस्करण")
	back := event(pipeline.KindStanceShift, "s3", "फिर से भेजा गया")
	rolled1, rolled2 := event(pipeline.KindStanceShift, "s4", "पहला संस्करण"), event(pipeline.KindStanceShift, "s4", "दूसरा संस्करण")
	late := event(pipeline.KindEscalation, "s5", "पहला संस्करण")
	Consume(t, s, index.Events, 1, 1,
		EventMsg(t, gone, true, 2), EventMsg(t, gone, false, 1),
		EventMsg(t, v2, false, 2), EventMsg(t, v1, false, 1),
		EventMsg(t, back, false, 1), EventMsg(t, back, true, 2), EventMsg(t, back, false, 3),
		EventMsg(t, rolled1, false, 1), EventMsg(t, late, false, 1),
	)
	want := map[string]string{v1.ID: "दूसरा संस्करण", back.ID: "फिर से भेजा गया", rolled1.ID: "पहला संस्करण", late.ID: "पहला संस्करण"}
	checkEvents(t, h, s, "applied", want)
	s = h.Rotate(t, s, "events")
	Consume(t, s, index.Events, 1, 1,
		EventMsg(t, gone, false, 1), EventMsg(t, v1, false, 1), EventMsg(t, back, true, 2), EventMsg(t, v2, false, 2),
		EventMsg(t, rolled2, false, 2), EventMsg(t, rolled1, false, 1),
		EventMsg(t, late, true, 2), EventMsg(t, late, false, 1))
	delete(want, late.ID)
	want[rolled1.ID] = "दूसरा संस्करण"
	checkEvents(t, h, s, "rotated, old messages again", want)
	s = h.Rotate(t, s, "events")
	Consume(t, s, index.Events, 1, 1,
		EventMsg(t, gone, false, 1), EventMsg(t, late, false, 1), EventMsg(t, rolled1, false, 1),
		EventMsg(t, v1, false, 1), EventMsg(t, back, false, 1))
	checkEvents(t, h, s, "rotated twice, old messages once more", want)
}

func checkEvents(t *testing.T, h Harness, s Sink, when string, want map[string]string) {
	t.Helper()
	h.refresh(t, s)
	evs, err := s.Events(t.Context(), "", 100)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range evs {
		if _, dup := got[e.ID]; dup {
			t.Fatalf("%s: two documents of %s", when, e.ID)
		}
		if len(e.Evidence) == 0 {
			t.Fatalf("%s: event %s stored without evidence (a retraction written as the event?)", when, e.ID)
		}
		got[e.ID] = e.Evidence[0]
	}
	if !maps.Equal(got, want) {
		t.Fatalf("%s: documents %v, want %v", when, got, want)
	}
}

// AlertWithdrawal: through the index stage, an alert then its withdrawal
// leaves no document (no stub of the withdrawal either), also for an alert
// written before a rotation; a withdrawal then the alert fired again
// leaves the fired alert; a withdrawal of an id never written is no
// error; an alert not withdrawn stays. Each order is run one message a
// batch (up to 4 batches in flight, as records may be) and all in one
// batch.
func AlertWithdrawal(t *testing.T, h Harness) {
	w := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	gone := pipeline.Alert{ID: "feud|a|b|1", Rule: "feud", Key: "a|b", Window: w, Time: w, Title: "तकरार: क और ख", Reason: "पहली बार"}
	rolled := pipeline.Alert{ID: "feud|x|y|1", Rule: "feud", Key: "x|y", Window: w, Time: w, Title: "तकरार: च और छ", Reason: "पुराना"}
	refired := pipeline.Alert{ID: "feud|c|d|1", Rule: "feud", Key: "c|d", Window: w, Time: w, Title: "तकरार: ग और घ", Reason: "पहली बार"}
	again := refired
	again.Reason = "फिर से"
	kept := pipeline.Alert{ID: "burst|e|1", Rule: "burst", Key: "e", Window: w, Time: w, Title: "उछाल: ङ", Reason: "कई खबरें"}
	unknown := pipeline.Alert{ID: "burst|z|1", Rule: "burst", Key: "z", Window: w}
	for _, batch := range []int{1, 100} {
		t.Run(map[int]string{1: "batch1", 100: "batch100"}[batch], func(t *testing.T) {
			s := h.Open(t)
			Consume(t, s, index.Alerts, batch, 4, AlertMsg(t, rolled, false))
			s = h.Rotate(t, s, "alerts")
			Consume(t, s, index.Alerts, batch, 4,
				AlertMsg(t, gone, false), AlertMsg(t, kept, false), AlertMsg(t, refired, false),
				AlertMsg(t, gone, true), AlertMsg(t, refired, true), AlertMsg(t, unknown, true),
				AlertMsg(t, rolled, true), AlertMsg(t, again, false),
			)
			h.refresh(t, s)
			as, err := s.Alerts(t.Context(), 10)
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
