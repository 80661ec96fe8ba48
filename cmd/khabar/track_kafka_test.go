package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/bustest/kafkatest"
)

// relationshipStories writes n JSON Lines stories, an hour apart, from three
// outlets, that take three pairs through alliances, rifts and thaws: each
// story one plain sentence of praise or criticism.
func relationshipStories(t testing.TB, path string, n int) {
	t.Helper()
	type arc struct{ a, b string }
	arcs := []arc{{"एलन मस्क", "डोनाल्ड ट्रंप"}, {"राहुल गांधी", "नरेंद्र मोदी"}, {"सैम ऑल्टमैन", "सत्या नडेला"}}
	srcs := []string{"समाचार उदाहरण", "खबर उदाहरण", "दैनिक उदाहरण"}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	base := time.Date(2025, 1, 1, 6, 0, 0, 0, time.UTC)
	for i := range n {
		ar := arcs[i%len(arcs)]
		// Each pair changes its mind every 40 of its stories.
		friendly := (i/len(arcs)/40)%2 == 0
		if i%len(arcs) == 2 {
			friendly = !friendly // this pair starts as rivals: a new feud
		}
		a, b := ar.a, ar.b
		if i%2 == 1 {
			a, b = b, a
		}
		sentence := a + " ने " + b + " की तारीफ की।"
		if !friendly {
			sentence = a + " ने " + b + " की कड़ी आलोचना की।"
		}
		url := fmt.Sprintf("https://rishte.example/%d", i)
		at := base.Add(time.Duration(i) * 7 * time.Hour)
		s := pipeline.Story{ID: pipeline.StoryID(url, ""), URL: url, Source: srcs[(i/len(arcs))%len(srcs)], Category: pipeline.CategoryPolitics, Language: "hi",
			Title: sentence, Body: sentence + " इस पर दोनों के समर्थकों ने अलग-अलग प्रतिक्रिया दी।", Published: at, Fetched: at.Add(time.Minute)}
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
	}
}

// TestTrackEmbeddedAndKafkaSameEvents: the same stories give the same
// tracker events — the same ids — in process (`khabar analyze`, which
// folds as the embedded track stage does) and over Kafka (replay → work →
// track processes on the real broker).
func TestTrackEmbeddedAndKafkaSameEvents(t *testing.T) {
	c := newClusterWith(t, 3, 2)
	const n = 360
	file := filepath.Join(c.dir, "stories.jsonl")
	relationshipStories(t, file, n)

	var out bytes.Buffer
	wl, _ := filepath.Abs("../../deploy/watchlist.yaml")
	if code := execute(t.Context(), []string{"analyze", "--watchlist", wl, file}, &out, io.Discard, func(string) (string, bool) { return "", false }); code != 0 {
		t.Fatalf("analyze exited %d", code)
	}
	var want []string
	for line := range strings.SplitSeq(strings.TrimSpace(out.String()), "\n") {
		var a pipeline.Analysis
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			want = append(want, e.ID)
		}
	}
	kinds := map[string]int{}
	for _, id := range want {
		kinds[strings.SplitN(id, ":", 2)[0]]++
	}
	if kinds[pipeline.KindStanceShift] < 3 || kinds[pipeline.KindNewFeud] < 1 {
		t.Fatalf("the stories make too few events to compare: %v", kinds)
	}
	slices.Sort(want)

	w := c.start("work", "work")
	trk := c.start("track", "track")
	c.replay(t, file)
	c.waitDrained(3*time.Minute, [2]string{"work", pipeline.TopicStories}, [2]string{"track", pipeline.TopicStances})
	c.stop("work", w)
	c.stop("track", trk)
	got := uniq(readTopicKeys(t, c, pipeline.TopicEvents))
	if !slices.Equal(got, want) {
		t.Fatalf("kafka events (%d) differ from embedded (%d)\nkafka: %v\nembedded: %v\n%s", len(got), len(want), got, want, c.log("track"))
	}
	t.Logf("%d events (%v), identical ids in both modes", len(want), kinds)
}

// BenchmarkKafkaTrack measures one track process on the real broker: b.N
// stance batches of ~2 KB stories (the title, link and evidence sentence
// that travel; the body does not) over the pairs of 11 entities, produced before the
// process starts, folded in event-time batches. stances/s counts from the
// first committed offset to the last.
//
//	KHABAR_TEST_KAFKA=127.0.0.1:9092 go test -run '^$' -bench KafkaTrack -benchtime 50000x ./cmd/khabar
func BenchmarkKafkaTrack(b *testing.B) {
	c := newClusterWith(b, 6, 1)
	bus, err := kafka.New(b.Context(), c.kcfg, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer bus.Close()
	ents := []string{"elon-musk", "donald-trump", "sam-altman", "narendra-modi", "rahul-gandhi", "satya-nadella",
		"sundar-pichai", "mukesh-ambani", "gautam-adani", "mark-zuckerberg", "openai"}
	srcs := []string{"समाचार उदाहरण", "खबर उदाहरण", "दैनिक उदाहरण", "जनमत उदाहरण"}
	evidence := "एलन मस्क ने डोनाल्ड ट्रंप के नए खर्च विधेयक की कड़ी आलोचना की और कहा कि इससे देश का घाटा और बढ़ेगा, जिसका बोझ आम लोगों पर पड़ेगा।"
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	n := b.N
	var batch []*pipeline.Message
	for i := range n {
		x, y := ents[i%len(ents)], ents[(i/len(ents)+1+i)%len(ents)]
		if x == y {
			y = ents[(i+1)%len(ents)]
		}
		pol := pipeline.Hostile
		if (i/500)%3 == 2 {
			pol = pipeline.Supportive
		}
		at := base.Add(time.Duration(i) * time.Minute)
		url := fmt.Sprintf("https://rishte.example/bench/%d", i)
		sb := pipeline.StanceBatch{
			Story: pipeline.StoryRef{ID: pipeline.StoryID(url, ""), Published: at, Fetched: at.Add(time.Minute), URL: url,
				Title: "मस्क ने ट्रंप के खर्च विधेयक की आलोचना की, बाजार में बेचैनी", Source: srcs[i%4], Category: pipeline.CategoryPolitics},
			Pair:    pipeline.SortedPair(x, y),
			Stances: []pipeline.Stance{{Source: x, Target: y, Polarity: pol, Score: 0.9, Evidence: evidence, Kind: "criticism"}},
		}
		m, err := pipeline.Encode(pipeline.PairKey(x, y), sb)
		if err != nil {
			b.Fatal(err)
		}
		batch = append(batch, m)
		if len(batch) == 1000 || i == n-1 {
			if err := bus.Publish(b.Context(), pipeline.TopicStances, batch...); err != nil {
				b.Fatal(err)
			}
			for _, m := range batch {
				<-m.Done()
				if m.Err() != nil {
					b.Fatal(m.Err())
				}
			}
			batch = batch[:0]
		}
	}
	b.ResetTimer()
	trk := c.start("track", "track")
	ctx, cancel := context.WithTimeout(b.Context(), 10*time.Minute)
	defer cancel()
	type sample struct {
		at  time.Time
		lag int64
	}
	var samples []sample
	for {
		l, err := kafkatest.Lag(ctx, c.kcfg, "track", pipeline.TopicStances)
		if err == nil {
			samples = append(samples, sample{time.Now(), l})
			if l == 0 {
				break
			}
		}
		if ctx.Err() != nil {
			b.Fatalf("track did not drain: lag %d, %v\n%s", l, err, c.log("track"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	b.StopTimer()
	c.stop("track", trk)
	// End to end: from the first commit to no lag, which includes the
	// process's start-up and the quiet period (2 s) that flushes the last,
	// partial batch. Sustained: while at least a full batch (2,048) was
	// waiting, i.e. without that tail.
	var first, busy sample
	for _, s := range samples {
		if first.at.IsZero() && s.lag < int64(n) {
			first = s
		}
		if !first.at.IsZero() && s.lag >= 2048 {
			busy = s
		}
	}
	last := samples[len(samples)-1]
	if d := last.at.Sub(first.at); d > 0 {
		b.ReportMetric(float64(first.lag)/d.Seconds(), "stances/s")
	}
	if d := busy.at.Sub(first.at); d > 0 && busy.lag < first.lag {
		b.ReportMetric(float64(first.lag-busy.lag)/d.Seconds(), "sustained-stances/s")
	}
	b.ReportMetric(float64(n), "stances")
}

// BenchmarkKafkaIndexedWithTrack is BenchmarkKafkaIndexed2Workers' paced
// run with a track process beside the work processes, on ~2 KB stories
// whose stances name tracked pairs: produce → searchable (the index batch
// written) p50/p99 at 500 stories/s while the tracker folds their stances.
//
//	KHABAR_TEST_KAFKA=127.0.0.1:9092 go test -run '^$' -bench KafkaIndexedWithTrack -benchtime 5000x ./cmd/khabar
func BenchmarkKafkaIndexedWithTrack(b *testing.B) {
	c := newClusterWith(b, 6, 2)
	w0 := c.start("work0", "work")
	w1 := c.start("work1", "work")
	trk := c.start("track", "track")

	bus, sink, stopIndex := startTimedIndex(b, c)

	// ~2 KB stories about tracked pairs, as onePairStories writes them but
	// over several pairs, with ids of their own.
	path, _ := onePairStories(b, b.N)
	in := readJSONL(b, path)
	people := [][2]string{{"एलन मस्क", "डोनाल्ड ट्रंप"}, {"राहुल गांधी", "नरेंद्र मोदी"}, {"सैम ऑल्टमैन", "सत्या नडेला"}, {"मुकेश अंबानी", "गौतम अडानी"}}
	ids := make([]string, len(in))
	for i, m := range in {
		var s pipeline.Story
		if err := json.Unmarshal(m.Value, &s); err != nil {
			b.Fatal(err)
		}
		p := people[i%len(people)]
		s.Title = strings.ReplaceAll(strings.ReplaceAll(s.Title, "एलन मस्क", p[0]), "डोनाल्ड ट्रंप", p[1])
		s.Body = strings.ReplaceAll(strings.ReplaceAll(s.Body, "एलन मस्क", p[0]), "डोनाल्ड ट्रंप", p[1])
		s.URL = fmt.Sprintf("https://rishte.example/indexed/%d", i)
		s.ID = pipeline.StoryID(s.URL, "")
		ids[i] = s.ID
		nm, err := pipeline.Encode(s.ID, s)
		if err != nil {
			b.Fatal(err)
		}
		in[i] = nm
	}
	b.ResetTimer()
	start := time.Now()
	publishAt(b, bus, in, 500)
	waitWritten(b, sink, ids, 5*time.Minute)
	b.StopTimer()
	elapsed := time.Since(start)
	lat := indexLatencies(b, c, sink, ids)
	c.waitDrained(3*time.Minute, [2]string{"track", pipeline.TopicStances})
	reportIndexed(b, elapsed, lat)
	stopIndex()
	c.stop("work0", w0)
	c.stop("work1", w1)
	c.stop("track", trk)
}
