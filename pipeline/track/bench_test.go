package track

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// benchFold folds stories into one pair that already has history stories
// behind it (memory store). late folds each story a day before the pair's
// present instead of after it: the cost must be the same (O(1) per fold,
// no rescan of the pair's history).
func benchFold(b *testing.B, history int, late bool) {
	tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock))
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	srcs := []string{"khabar-ek", "khabar-do", "khabar-teen", "khabar-char"}
	// A rivalry with an occasional friendly story: events are rare, as in
	// the news.
	pols := []string{pipeline.Hostile, pipeline.Hostile, pipeline.Hostile, pipeline.Hostile, pipeline.Supportive}
	sentence := "एलन मस्क ने डोनाल्ड ट्रंप के नए खर्च विधेयक की कड़ी आलोचना की और कहा कि इससे घाटा बढ़ेगा।"
	fold := func(i int, at time.Time) {
		ref := StoryRef{ID: fmt.Sprintf("%020d", i), Published: at, Fetched: at.Add(time.Minute), Source: srcs[i%4],
			Title: "मस्क ने ट्रंप के विधेयक की आलोचना की", URL: "https://news.test/" + fmt.Sprint(i)}
		_, err := tr.Fold(ctx, ref, []pipeline.Stance{{Source: "elon-musk", Target: "donald-trump", Polarity: pols[i%5], Score: 0.9, Evidence: sentence}})
		if err != nil {
			b.Fatal(err)
		}
	}
	for i := range history {
		fold(i, day0.Add(time.Duration(i)*time.Hour))
	}
	present := day0.Add(time.Duration(history) * time.Hour)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() { b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e3, "cpu-µs/op") }()
	for i := 0; b.Loop(); i++ {
		at := present.Add(time.Duration(i) * time.Minute)
		if late {
			at = present.Add(-24*time.Hour - time.Duration(i)*time.Second)
		}
		fold(history+i, at)
	}
}

func BenchmarkFold(b *testing.B) {
	for _, h := range []int{100, 10000} {
		b.Run(fmt.Sprintf("on-time/history=%d", h), func(b *testing.B) { benchFold(b, h, false) })
		b.Run(fmt.Sprintf("late/history=%d", h), func(b *testing.B) { benchFold(b, h, true) })
	}
}

// BenchmarkSequencedBatch is the Kafka-mode shape: 512 stances folded in one
// batch (one Apply, one summary write per pair) over 16 pairs.
func BenchmarkSequencedBatch(b *testing.B) {
	tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock))
	if err != nil {
		b.Fatal(err)
	}
	ents := []string{"elon-musk", "donald-trump", "sam-altman", "narendra-modi", "rahul-gandhi"}
	sentence := strings.Repeat("वाक्य ", 20)
	n := 0
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		items := make([]Item, 512)
		for i := range items {
			a, c := ents[n%5], ents[(n/5+1+n)%5]
			if a == c {
				c = ents[(n+1)%5]
			}
			at := day0.Add(time.Duration(n) * time.Minute)
			items[i] = Item{Story: StoryRef{ID: fmt.Sprintf("%020d", n), Published: at, Fetched: at, Source: fmt.Sprint("s", n%4)},
				Stances: []pipeline.Stance{{Source: a, Target: c, Polarity: pipeline.Hostile, Score: 1, Evidence: sentence}}}
			n++
		}
		if _, err := tr.FoldBatch(context.Background(), items); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N*512)/b.Elapsed().Seconds(), "stances/s")
	b.ReportMetric(float64(b.N*512)/(float64(cpuTime()-cpu0)/1e9), "stances/cpu-s")
}

// cpuTime is the CPU time the process used (user + system, every thread),
// in ns: on a machine shared with other work it varies far less than the
// wall time.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkHotPairWeek measures the markers' cost at the horizon (issue 14
// §2): one hot pair folding 2,000 stories a day (one every 43.2 s of the
// tracker's clock, each its own fold, as a pair sees them in Kafka mode)
// after a full week of them, so the pair record holds a week of markers
// (~14,000). "count=512" is the bound before markers went by age
// (WithMarkerCap(512)), the baseline in the same run. Reported per fold:
// the pair record's size (the bytes each fold writes to the changelog and
// the tracker caches), the markers kept, and the CPU time.
func BenchmarkHotPairWeek(b *testing.B) {
	for _, c := range []struct {
		name string
		opts []Option
	}{{"markers=age", nil}, {"count=512", []Option{WithMarkerCap(512)}}} {
		b.Run(c.name, func(b *testing.B) {
			const perDay = 2000
			step := 24 * time.Hour / perDay
			now := day0.AddDate(1, 0, 0)
			store := NewMemoryStore()
			tr, err := New(DefaultConfig(), store, nil, append([]Option{WithClock(func() time.Time { return now })}, c.opts...)...)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			srcs := []string{"khabar-ek", "khabar-do", "khabar-teen", "khabar-char"}
			pols := []string{pipeline.Hostile, pipeline.Hostile, pipeline.Hostile, pipeline.Supportive}
			sentence := "एलन मस्क ने डोनाल्ड ट्रंप के नए खर्च विधेयक की कड़ी आलोचना की और कहा कि इससे घाटा बढ़ेगा।"
			n := 0
			fold := func() {
				now = now.Add(step)
				at := now.Add(-time.Duration(n%7) * time.Minute)
				ref := StoryRef{ID: pipeline.StoryID(fmt.Sprintf("https://news.test/%d", n), ""), Published: at, Fetched: at, Source: srcs[n%4],
					Title: "मस्क ने ट्रंप के विधेयक की आलोचना की"}
				if _, err := tr.Fold(ctx, ref, []pipeline.Stance{{Source: "elon-musk", Target: "donald-trump", Polarity: pols[n%4], Score: 0.9, Evidence: sentence}}); err != nil {
					b.Fatal(err)
				}
				n++
			}
			for range 7 * perDay {
				fold()
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu0 := cpuTime()
			for b.Loop() {
				fold()
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e3, "cpu-µs/op")
			raw, ok, err := store.Get(ctx, BucketPairs, pipeline.PairKey("elon-musk", "donald-trump"))
			if err != nil || !ok {
				b.Fatalf("pair record: %v %v", ok, err)
			}
			var rec pairRecord
			if err := codec.Unmarshal(raw, &rec); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(len(raw)), "record-B")
			b.ReportMetric(float64(len(rec.Folded)), "markers")
		})
	}
}
