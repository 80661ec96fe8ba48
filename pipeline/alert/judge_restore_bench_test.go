package alert_test

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
	"github.com/khabar/khabar/pipeline/track"
)

// restoreKeys and restorePartitions: the alert state of the issue's
// example (50,000 rule/keys over 6 partitions of alert-inputs).
const (
	restoreKeys       = 50000
	restorePartitions = 6
)

// judgedState judges, in memory, one hostile story about each of
// restoreKeys people, and three from three outlets about every tenth (which
// fires the burst rule): the records the judge writes for them.
func judgedState(tb testing.TB) *track.MemoryStore {
	tb.Helper()
	rules, err := alert.ParseRules("restore", []byte(kafkaRules), nil)
	if err != nil {
		tb.Fatal(err)
	}
	st := track.NewMemoryStore()
	t0 := time.Date(2026, 12, 1, 6, 0, 0, 0, time.UTC)
	e, err := alert.New(alert.DefaultConfig(), rules, st, map[string]alert.Notifier{"hook": &receiver{log: map[string][]string{}}}, quietLogger(), func() time.Time { return t0.Add(time.Hour) })
	if err != nil {
		tb.Fatal(err)
	}
	evidence := strings.Repeat("नेता ने विरोधी दल पर तीखा हमला बोला और आरोप लगाए। ", 3) // our own words
	for k := range restoreKeys {
		n := 1
		if k%10 == 0 {
			n = 3
		}
		for i := range n {
			id := fmt.Sprintf("rs%05d-%d", k, i)
			o := alert.Observation{Rule: "burst", Key: fmt.Sprintf("person-%05d", k), Trigger: "story:" + id,
				Story: pipeline.AlertStory{ID: id, Title: "खबर " + id, URL: "https://news.test/" + id, Source: fmt.Sprintf("outlet%d", i), Evidence: []string{evidence}},
				At:    t0.Add(time.Duration(i) * time.Minute), Wall: t0.Add(time.Duration(i)*time.Minute + time.Second)}
			if _, err := e.Judge(context.Background(), o); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return st
}

// copyState writes the records of buckets of from to to, 5,000 a write.
func copyState(tb testing.TB, from *track.MemoryStore, to pipeline.StateStore, buckets []string) int {
	tb.Helper()
	n := 0
	for _, bucket := range buckets {
		var ops []pipeline.StateOp
		if err := from.ForEach(context.Background(), bucket, func(k string, v []byte) error {
			ops = append(ops, pipeline.StateOp{Bucket: bucket, Key: k, Value: append([]byte(nil), v...)})
			return nil
		}); err != nil {
			tb.Fatal(err)
		}
		for i := 0; i < len(ops); i += 5000 {
			if err := to.Apply(context.Background(), ops[i:min(len(ops), i+5000)]...); err != nil {
				tb.Fatal(err)
			}
		}
		n += len(ops)
	}
	return n
}

// heapNow is the live heap after a collection.
func heapNow() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// BenchmarkAlertRestoreKafka: what an alert process reads and keeps to
// start, with 50,000 rule/keys judged over 6 partitions of alert-inputs:
//
//   - whole: the old layout, the alert-state topic restored whole (every
//     key's records, the stored alerts, the delivery marks);
//   - owned-2-of-6: the judge's 2 partitions of alert-judge-state (Own)
//     and the alert-list topic whole.
//
// Both from the same records, written once per benchmark run; rounds
// alternate. Reports restore ms, records read and the live heap the
// stores hold (MB, after a collection).
func BenchmarkAlertRestoreKafka(b *testing.B) {
	addr := kafkatest.Broker(b)
	cfg := kafkatest.Config(b, addr, "tr")
	cfg.Partitions = restorePartitions
	kafkatest.Setup(b, cfg, quietLogger())
	bus := kafkatest.Bus(b, cfg, quietLogger())
	ctx := context.Background()

	mem := judgedState(b)
	all := append(slices.Clone(judgeBuckets), alert.BucketDelivered)
	old, err := kafka.OpenStateStore(ctx, bus, kafka.TopicAlertState)
	if err != nil {
		b.Fatal(err)
	}
	nOld := copyState(b, mem, old, all)
	js, err := kafka.OpenAlertJudgeStore(ctx, bus)
	if err != nil {
		b.Fatal(err)
	}
	nJudge := copyState(b, mem, js, judgeBuckets)
	ls, err := kafka.OpenAlertListStore(ctx, bus)
	if err != nil {
		b.Fatal(err)
	}
	nList := copyState(b, mem, ls, []string{alert.BucketAlerts, alert.BucketTimeline})
	for _, c := range []interface{ Close() error }{old, js, ls} {
		if err := c.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("records: alert-state %d, alert-judge-state %d, alert-list %d", nOld, nJudge, nList)

	whole := func(b *testing.B) {
		for range b.N {
			before := heapNow()
			t0 := time.Now()
			st, err := kafka.OpenStateStore(ctx, bus, kafka.TopicAlertState)
			if err != nil {
				b.Fatal(err)
			}
			ms := float64(time.Since(t0).Microseconds()) / 1000
			b.ReportMetric(ms, "restore-ms")
			b.ReportMetric(float64(heapNow()-before)/(1<<20), "heap-MB")
			keys := 0
			for _, bk := range all {
				_ = st.ForEach(ctx, bk, func(string, []byte) error { keys++; return nil })
			}
			b.ReportMetric(float64(keys), "records")
			if err := st.Close(); err != nil {
				b.Fatal(err)
			}
		}
	}
	owned := func(b *testing.B) {
		for range b.N {
			before := heapNow()
			t0 := time.Now()
			js, err := kafka.OpenAlertJudgeStore(ctx, bus)
			if err != nil {
				b.Fatal(err)
			}
			for _, p := range []int{0, 1} {
				if err := js.Own(ctx, p); err != nil {
					b.Fatal(err)
				}
			}
			ls, err := kafka.OpenAlertListStore(ctx, bus)
			if err != nil {
				b.Fatal(err)
			}
			ms := float64(time.Since(t0).Microseconds()) / 1000
			b.ReportMetric(ms, "restore-ms")
			b.ReportMetric(float64(heapNow()-before)/(1<<20), "heap-MB")
			records := 0
			for _, l := range js.Loaded() {
				records += int(l.Records)
			}
			_ = ls.ForEach(ctx, alert.BucketAlerts, func(string, []byte) error { records++; return nil })
			_ = ls.ForEach(ctx, alert.BucketTimeline, func(string, []byte) error { records++; return nil })
			b.ReportMetric(float64(records), "records")
			if err := errors.Join(ls.Close(), js.Close()); err != nil {
				b.Fatal(err)
			}
		}
	}
	for round := 1; round <= 3; round++ {
		b.Run(fmt.Sprintf("whole/round%d", round), whole)
		b.Run(fmt.Sprintf("owned-2-of-6/round%d", round), owned)
	}
}
