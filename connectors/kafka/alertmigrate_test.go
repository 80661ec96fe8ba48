package kafka_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	kafkago "github.com/segmentio/kafka-go"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

// countingHook counts the alerts it took.
type countingHook struct {
	mu   sync.Mutex
	sent map[string]int
}

func (h *countingHook) Notify(_ context.Context, a pipeline.Alert) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.sent[a.ID]++
	return nil
}

const migrateRules = `version: 1
rules:
  - {name: burst, on: analysis, polarity: hostile, key: entity, quiet: 6h,
     count: {at_least: 3, distinct: source, within: 1h}, notify: [hook]}
`

func migrateObs(i int, t0 time.Time) alert.Observation {
	id := fmt.Sprintf("mg%d", i)
	return alert.Observation{Rule: "burst", Key: "sam-altman", Trigger: "story:" + id,
		Story: pipeline.AlertStory{ID: id, Source: fmt.Sprintf("outlet%d", i), Title: "खबर " + id},
		At:    t0.Add(time.Duration(i) * time.Minute), Wall: t0.Add(time.Duration(i)*time.Minute + time.Second)}
}

// An alert-state topic written by the khabar of before the split (one
// whole store: judge records, the stored alert, its delivery mark) is
// copied once into alert-judge-state and alert-list: the new judge counts
// the old inputs, the alert is listed, and it is not delivered again.
func TestMigrateAlertState(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	rules, err := alert.ParseRules("migrate", []byte(migrateRules), nil)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2026, 12, 2, 8, 0, 0, 0, time.UTC)
	hook := &countingHook{sent: map[string]int{}}
	notifiers := map[string]alert.Notifier{"hook": hook}

	// The old layout: three outlets fire the alert, which is delivered.
	old := openTestStore(t, b, kafka.TopicAlertState)
	oe, err := alert.New(alert.DefaultConfig(), rules, old, notifiers, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	var fired pipeline.Alert
	for i := 1; i <= 3; i++ {
		out, err := oe.Judge(t.Context(), migrateObs(i, t0))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range out {
			fired = m.Alert
		}
	}
	if fired.ID == "" {
		t.Fatal("the old judge fired nothing: not a test")
	}
	if err := oe.Deliver(t.Context(), fired); err != nil {
		t.Fatal(err)
	}

	res, err := kafka.MigrateAlertState(t.Context(), b)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Done || res.Judge == 0 || res.List < 3 { // alert, timeline entry, delivery mark
		t.Fatalf("migration: %+v", res)
	}
	if again, err := kafka.MigrateAlertState(t.Context(), b); err != nil || again.Done || again.Judge+again.List != 0 {
		t.Fatalf("second migration: %+v, %v; want nothing copied", again, err)
	}

	// The new layout.
	js, err := kafka.OpenAlertJudgeStore(t.Context(), b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := js.Close(); err != nil {
			t.Error(err)
		}
	})
	ls := openTestStore(t, b, kafka.TopicAlertList)
	ne, err := alert.New(alert.DefaultConfig(), rules, js, notifiers, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	ne.SetListStore(ls)
	page, err := ne.ListPage(t.Context(), alert.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 1 || page.Alerts[0].ID != fired.ID {
		t.Fatalf("listed after the migration: %d alerts %v, want %s", page.Total, page.Alerts, fired.ID)
	}
	// A fourth outlet a minute before the first, through the judge's
	// handler: the firing moves to the third in time order — the judge
	// counted the migrated inputs (alone it would fire nothing).
	o := migrateObs(0, t0)
	m, err := pipeline.Encode(o.MessageKey(), o)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int, cfg.Partitions)
	for i := range ids {
		ids[i] = i
	}
	m.Origin = &pipeline.Origin{Topic: alert.TopicInputs, Partition: (&kafkago.Murmur2Balancer{}).Balance(kafkago.Message{Key: []byte(m.Key)}, ids...)}
	outs, err := alert.JudgeHandler(ne)(t.Context(), m)
	if err != nil {
		t.Fatal(err)
	}
	if len(outs) != 1 {
		t.Fatalf("the fourth outlet gave %d alert messages, want the migrated alert moved", len(outs))
	}
	var moved alert.AlertMessage
	if err := pipeline.Decode(outs[0].Msg, &moved); err != nil {
		t.Fatal(err)
	}
	if moved.ID != fired.ID || !moved.Time.Equal(t0.Add(2*time.Minute)) || len(moved.Stories) != 3 {
		t.Fatalf("moved alert %s at %v citing %d, want %s at %v citing 3", moved.ID, moved.Time, len(moved.Stories), fired.ID, t0.Add(2*time.Minute))
	}
	// Its delivery mark came along: the alert is not sent again.
	if err := ne.Deliver(t.Context(), fired); err != nil {
		t.Fatal(err)
	}
	if hook.sent[fired.ID] != 1 {
		t.Fatalf("alert %s sent %d times, want once (the mark migrated)", fired.ID, hook.sent[fired.ID])
	}
}
