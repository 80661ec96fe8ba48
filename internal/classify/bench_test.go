package classify

import (
	"path/filepath"
	"runtime"
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

// BenchmarkNew is the start-up cost of the shipped models: decoding them
// and laying out their tables, with the heap they hold.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(c)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "heap-MB")
}
