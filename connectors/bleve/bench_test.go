package bleve

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

var benchWords = []string{"मस्क", "ट्रंप", "ऑल्टमैन", "स्टारगेट", "समझौता", "आलोचना", "निवेश", "कंपनी", "सरकार", "चुनाव",
	"बाजार", "घोषणा", "अरब", "डॉलर", "विवाद", "समर्थन", "बैठक", "राष्ट्रपति", "प्रधानमंत्री", "तकनीक"}

// shortStories makes n short Hindi stories (a title of 6 words, a body of 40).
func shortStories(n int) []pipeline.Record { return stories(n, 40) }

// stories makes n Hindi stories of a 6-word title and a body of words words.
func stories(n, words int) []pipeline.Record {
	out := make([]pipeline.Record, n)
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		title, body := "", ""
		for j := range 6 {
			title += benchWords[(i+j*7)%len(benchWords)] + " "
		}
		for j := range words {
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
// batches of 2,000 (the index stage's default, sink.batch_size) and of 500.
// Target: < 5 s per op on one core (cpu-s/op counts the background merges too).
func BenchmarkIndex20k(b *testing.B) {
	for _, c := range []struct{ words, batch int }{{40, 2000}, {40, 500}} {
		b.Run(fmt.Sprintf("body=%dwords/batch=%d", c.words, c.batch), func(b *testing.B) {
			benchIndex(b, stories(20000, c.words), c.batch)
		})
	}
}

func benchIndex(b *testing.B, recs []pipeline.Record, batch int) {
	ctx := context.Background()
	cpu0 := cpuTime()
	loopFresh(b, func(ix *Index) {
		for i := 0; i < len(recs); i += batch {
			if err := ix.WriteRecords(ctx, recs[i:min(i+batch, len(recs))]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	// CPU seconds of the whole process (index and background merges) per
	// 20,000 stories: what one core needs, whatever else the machine runs.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// loopFresh runs write over a fresh index in each benchmark iteration,
// the timer stopped while the index is opened and closed.
func loopFresh(b *testing.B, write func(ix *Index)) {
	for b.Loop() {
		b.StopTimer()
		ix, err := Open(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		write(ix)
		b.StopTimer()
		ix.Close()
		b.StartTimer()
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIndexOneAtATime is the baseline: the same documents, one Bleve
// Index call each (1,000 of them, to keep the run short).
func BenchmarkIndexOneAtATime(b *testing.B) {
	recs := shortStories(1000)
	cpu0 := cpuTime()
	loopFresh(b, func(ix *Index) {
		for _, r := range recs {
			if err := ix.stories.Index(r.Story.ID, storyDoc{Title: r.Story.Title, Body: r.Story.Body, Entities: r.Analysis.Entities, Published: r.Story.Published}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.ReportMetric(float64(len(recs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(len(recs))*float64(b.N)/(cpuTime()-cpu0).Seconds(), "docs/cpu-s")
}
