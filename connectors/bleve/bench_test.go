package bleve

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

var benchWords = []string{"मस्क", "ट्रंप", "ऑल्टमैन", "स्टारगेट", "समझौता", "आलोचना", "निवेश", "कंपनी", "सरकार", "चुनाव",
	"बाजार", "घोषणा", "अरब", "डॉलर", "विवाद", "समर्थन", "बैठक", "राष्ट्रपति", "प्रधानमंत्री", "तकनीक"}

// shortStories makes n short Hindi stories (a title of 6 words, a body of 40).
func shortStories(n int) []pipeline.Record {
	out := make([]pipeline.Record, n)
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		title, body := "", ""
		for j := range 6 {
			title += benchWords[(i+j*7)%len(benchWords)] + " "
		}
		for j := range 40 {
			body += benchWords[(i*3+j*11)%len(benchWords)] + " "
		}
		id := fmt.Sprintf("s%06d", i)
		out[i] = pipeline.Record{
			Story:    pipeline.Story{ID: id, Title: title, Body: body, Source: "bench", URL: "https://b.example/" + id, Published: base.Add(time.Duration(i) * time.Minute)},
			Analysis: pipeline.Analysis{ID: id, Entities: []string{"elon-musk", "openai"}, Feud: i%3 == 0},
		}
	}
	return out
}

// BenchmarkIndex20k indexes 20,000 short stories through WriteRecords in
// batches of 500 (the index stage's default). Target: < 5 s per op on one core.
func BenchmarkIndex20k(b *testing.B) {
	recs := shortStories(20000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		ix, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(recs); i += 500 {
			if err := ix.WriteRecords(ctx, recs[i:min(i+500, len(recs))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkIndexOneAtATime is the baseline: the same documents, one Bleve
// Index call each (1,000 of them, to keep the run short).
func BenchmarkIndexOneAtATime(b *testing.B) {
	recs := shortStories(1000)
	for b.Loop() {
		b.StopTimer()
		ix, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for _, r := range recs {
			if err := ix.stories.Index(r.Story.ID, storyDoc{Title: r.Story.Title, Body: r.Story.Body, Entities: r.Analysis.Entities, Published: r.Story.Published}); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
