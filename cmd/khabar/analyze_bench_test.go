package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
)

// onePairStories writes n JSON Lines stories of about 2 KB, all about one
// pair (Musk and Trump), from four outlets, an hour apart, mostly hostile
// with a friendly story now and then, every tenth one arriving a day late.
func onePairStories(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	filler := []string{
		"बाजार के जानकारों का कहना है कि इस बयान के बाद निवेशकों में बेचैनी बढ़ी है और कई कंपनियों के शेयरों में उतार-चढ़ाव देखा गया।",
		"विश्लेषकों के मुताबिक आने वाले हफ्तों में इस मुद्दे पर संसद में भी बहस हो सकती है, क्योंकि कई सांसद पहले ही सवाल उठा चुके हैं।",
		"पिछले साल भी इसी तरह के विवाद के बाद सरकार को अपने फैसले पर दोबारा विचार करना पड़ा था और कई नियम बदले गए थे।",
		"सोशल मीडिया पर इस खबर को लेकर लोगों की प्रतिक्रियाएं बंटी हुई हैं और कई लोग इसे राजनीति से प्रेरित बता रहे हैं।",
		"जानकारों का यह भी कहना है कि तकनीकी कंपनियों और सरकार के रिश्ते अब पहले जैसे सहज नहीं रहे हैं।",
		"कुछ अर्थशास्त्रियों ने चेतावनी दी है कि लंबे समय तक चलने वाला विवाद कारोबार के माहौल पर असर डाल सकता है।",
	}
	hostile := "एलन मस्क ने डोनाल्ड ट्रंप के नए खर्च विधेयक की कड़ी आलोचना की।"
	friendly := "डोनाल्ड ट्रंप ने एलन मस्क की तारीफ की।"
	srcs := []string{"खबर-एक", "खबर-दो", "खबर-तीन", "खबर-चार"}
	path := filepath.Join(tb.TempDir(), "stories.jsonl")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	enc := json.NewEncoder(f)
	enc.SetEscapeHTML(false)
	base := time.Date(2024, 1, 1, 6, 0, 0, 0, time.UTC)
	for i := range n {
		stance := hostile
		if i%5 == 4 {
			stance = friendly
		}
		var body strings.Builder
		body.WriteString(stance + " ")
		for j := 0; body.Len() < 1900; j++ {
			body.WriteString(filler[(i+j)%len(filler)] + " ")
		}
		at := base.Add(time.Duration(i) * time.Hour)
		if i%10 == 9 {
			at = at.Add(-24 * time.Hour) // late
		}
		s := pipeline.Story{ID: "s" + strconv.Itoa(i), Title: stance, Body: body.String(), Published: at, Fetched: at.Add(time.Minute),
			URL: "https://news.test/" + strconv.Itoa(i), Source: srcs[i%4]}
		if err := enc.Encode(s); err != nil {
			tb.Fatal(err)
		}
	}
	st, err := f.Stat()
	if err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path, st.Size()
}

// benchAnalyzer is the analyser of the watchlist at path.
func benchAnalyzer(b *testing.B, path string) *work.Analyzer {
	b.Helper()
	wl, err := watchlist.Load(path)
	if err != nil {
		b.Fatal(err)
	}
	an, err := work.New(wl)
	if err != nil {
		b.Fatal(err)
	}
	return an
}

// BenchmarkAnalyzeOnePair: `khabar analyze` over KHABAR_BENCH_STORIES (default
// 20,000; the README figure uses 100,000) ~2 KB stories on one pair, end to
// end (read, analyse, fold, write), against the analysis alone (the same
// reading and writing, no tracker) in the same run.
func BenchmarkAnalyzeOnePair(b *testing.B) {
	n := 20000
	if s := os.Getenv("KHABAR_BENCH_STORIES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		n = v
	}
	path, size := onePairStories(b, n)
	root := repoRoot(&testing.T{})
	wlPath := filepath.Join(root, "deploy/watchlist.yaml")
	b.Run(fmt.Sprintf("analysis-only/%d", n), func(b *testing.B) {
		an := benchAnalyzer(b, wlPath)
		b.SetBytes(size)
		defer cpuMBps(b, size)()
		for b.Loop() {
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			if err := work.AnalyzeJSONL(context.Background(), an, f, io.Discard, work.JSONLConfig{}); err != nil {
				b.Fatal(err)
			}
			f.Close()
		}
	})
	// The same loop with the tracker folding each story in input order, as
	// the command does, in process: the difference to analysis-only is the
	// tracker's cost.
	b.Run(fmt.Sprintf("analysis-and-fold/%d", n), func(b *testing.B) {
		an := benchAnalyzer(b, wlPath)
		b.SetBytes(size)
		defer cpuMBps(b, size)()
		for b.Loop() {
			tr, err := track.New(track.DefaultConfig(), track.NewMemoryStore(), nil, track.Ephemeral())
			if err != nil {
				b.Fatal(err)
			}
			f, err := os.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			err = work.AnalyzeJSONL(context.Background(), an, f, io.Discard, work.JSONLConfig{Each: func(s pipeline.Story, a *pipeline.Analysis) {
				evs, err := tr.Fold(context.Background(), s.Ref(), a.Stances)
				if err != nil {
					b.Fatal(err)
				}
				a.Events = evs
			}})
			if err != nil {
				b.Fatal(err)
			}
			f.Close()
		}
	})
	b.Run(fmt.Sprintf("analyze-with-tracker/%d", n), func(b *testing.B) {
		b.SetBytes(size)
		defer cpuMBps(b, size)()
		for b.Loop() {
			code := execute(context.Background(), []string{"analyze", "--watchlist", wlPath, path}, io.Discard, io.Discard, func(string) (string, bool) { return "", false })
			if code != 0 {
				b.Fatalf("analyze exited %d", code)
			}
		}
	})
}

// cpuMBps reports throughput per CPU second of the process (user + system),
// which contention on the shared machine inflates less than wall time.
func cpuMBps(b *testing.B, size int64) func() {
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			b.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := cpu()
	return func() {
		if d := cpu() - start; d > 0 {
			b.ReportMetric(float64(size)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
		}
	}
}
