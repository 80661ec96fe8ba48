package work

import (
	"testing"
	"time"

	"github.com/khabar/khabar/internal/classify"
)

// BenchmarkClassifyShare measures, over >= 5 MB of ~2 KB stories, the
// full analysis (classification included) and the language and topic
// classification alone, interleaved story by story so that the machine's
// load weighs on both alike; issue 13's bar is that classification adds
// at most 15 % to the analysis without it, reported as share-% =
// classify / (analysis − classify).
// Run: go test -run '^$' -bench ClassifyShare -cpu 1 ./pipeline/work
func BenchmarkClassifyShare(b *testing.B) {
	a := shippedAnalyzer(b)
	stories := goldCorpus(b, 5<<20)
	b.SetBytes(corpusBytes(stories))
	var analysis, cls time.Duration
	for b.Loop() {
		for _, s := range stories {
			t0 := time.Now()
			a.Analyze(s)
			t1 := time.Now()
			a.cls.Language(s.Title, s.Body)
			a.cls.Topic(classify.TopicInput{Title: s.Title, Body: s.Body, FeedCategory: s.Category})
			t2 := time.Now()
			analysis += t1.Sub(t0)
			cls += t2.Sub(t1)
		}
	}
	n := float64(b.N * len(stories))
	b.ReportMetric(float64(analysis.Microseconds())/n, "analysis-µs/story")
	b.ReportMetric(float64(cls.Microseconds())/n, "classify-µs/story")
	b.ReportMetric(100*float64(cls)/float64(analysis-cls), "share-%")
}
