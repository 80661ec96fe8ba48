package alert

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// Every record the judge writes for a rule and key — inputs, windows,
// granules, ticks and the alerts it fires — has that rule and key's
// alert-inputs message key as its PartitionKey, so a store partitioned by
// it keeps a key's records in the partition its observations arrive on:
// feed keys (URLs, with "/"), the key-less rule (key: rule, alert id
// "rule/*/…") and entity keys of a count rule.
func TestPartitionKeyOfJudgeRecords(t *testing.T) {
	rules, err := ParseRules("pk", []byte(`version: 1
rules:
  - {name: feed-down, on: feed, quiet: 6h}
  - {name: any-feed, on: feed, key: rule, quiet: 6h}
  - {name: burst, on: analysis, polarity: hostile, key: entity, quiet: 6h,
     count: {at_least: 2, distinct: source, within: 1h}}
`), nil)
	if err != nil {
		t.Fatal(err)
	}
	st := track.NewMemoryStore()
	clock := t0
	e, err := New(DefaultConfig(), rules, st, nil, nil, func() time.Time { return clock })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	want := map[string]bool{}
	judge := func(obs []Observation) {
		for _, o := range obs {
			want[o.MessageKey()] = true
			if _, err := e.Judge(ctx, o); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i, u := range []string{"https://hindi.example.test/rss.xml", "https://other.example.test/a/b/feed"} {
		obs, err := e.ObserveFeed(failure(u, "", "", t0.Add(time.Duration(i)*time.Minute)))
		if err != nil {
			t.Fatal(err)
		}
		judge(obs)
	}
	for i := range 4 {
		clock = t0.Add(time.Duration(i) * time.Minute)
		id := fmt.Sprintf("pk%d", i)
		s := pipeline.Story{ID: id, Source: fmt.Sprintf("outlet%d", i), Title: "खबर " + id, Published: clock}
		a := pipeline.Analysis{ID: id, Entities: []string{"elon-musk", "sam-altman"},
			Stances: []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile, Score: 0.9}}}
		judge(e.ObserveAnalysis(s, a))
	}
	if !want["any-feed/"] || !want["feed-down/https://hindi.example.test/rss.xml"] {
		t.Fatalf("observations %v: not a test of feed and key-less keys", want)
	}
	got := map[string]bool{}
	alerts := 0
	for _, b := range []string{BucketInputs, BucketWindows, BucketGranules, BucketTicks, BucketAlerts, BucketTimeline} {
		err := st.ForEach(ctx, b, func(k string, _ []byte) error {
			pk := PartitionKey(b, k)
			if !want[pk] {
				t.Errorf("%s record %q: partition key %q, no observation's message key", b, k, pk)
			}
			got[pk] = true
			if b == BucketAlerts {
				alerts++
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if alerts < 3 {
		t.Fatalf("%d alerts stored: not a test of alert records", alerts)
	}
	for k := range want {
		if !got[k] {
			t.Errorf("observations of %q left no record", k)
		}
	}
	if PartitionKey(BucketDelivered, "x\x00hook") != "" || PartitionKey(BucketAlerts, "no-slash") != "" {
		t.Error("records of no rule and key have a partition key")
	}
}
