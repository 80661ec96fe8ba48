package classify

import (
	"path/filepath"
	"sort"
	"testing"
)

// BenchmarkClassify reads the language and topic of the training
// stories (title + body) with the shipped models; SetBytes makes the
// figure comparable to the analysis benchmark (pipeline/work), whose
// BenchmarkAnalyzeClassified runs both in one run.
func BenchmarkClassify(b *testing.B) {
	c := shipped(b)
	files, _ := filepath.Glob(filepath.Join("testdata", "train", "*.jsonl"))
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		docs = append(docs, readDocs(b, f)...)
	}
	var size int64
	for _, d := range docs {
		size += int64(len(d.Title) + len(d.Body))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			c.Language(d.Title, d.Body)
			c.Topic(TopicInput{Title: d.Title, Body: d.Body, FeedCategory: d.FeedCategory})
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(docs))/1000, "µs/story")
}
