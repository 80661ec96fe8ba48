package kafka_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// The cost of writing pair state to the real broker (the tracker's Kafka
// path): one Apply of a pair record (~2 KB) and a timeline record, and
// a tracker's FoldBatch of 20 stories over 5 pairs. With fencing, an Apply
// returns only once the store's tail has read its records back.

func benchStore(b *testing.B) *kafka.PartitionedStateStore {
	addr := realBroker(b)
	cfg := testConfig(b, addr)
	bus := newTestBus(b, cfg)
	s, err := kafka.OpenPartitionedStateStore(b.Context(), bus, kafka.TopicPairState, pipeline.TopicStances, track.PartitionKey)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		if err := s.Close(); err != nil {
			b.Error(err)
		}
	})
	return s
}

func BenchmarkPairStateApply(b *testing.B) {
	s := benchStore(b)
	key := pipeline.PairKey("elon-musk", "sam-altman")
	rec := []byte(strings.Repeat("x", 2048))
	i := 0
	op := func() []pipeline.StateOp {
		i++
		return []pipeline.StateOp{
			{Bucket: track.BucketTimelinePrefix + key, Key: fmt.Sprintf("story-%06d", i), Value: rec[:300]},
			{Bucket: track.BucketPairs, Key: key, Value: rec},
		}
	}
	if err := s.Apply(b.Context(), op()...); err != nil { // loads (and fences) the partition
		b.Fatal(err)
	}
	for b.Loop() {
		if err := s.Apply(b.Context(), op()...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPairStateFoldBatch(b *testing.B) {
	s := benchStore(b)
	tr, err := track.New(track.DefaultConfig(), s, nil)
	if err != nil {
		b.Fatal(err)
	}
	pairs := [][2]string{{"elon-musk", "sam-altman"}, {"donald-trump", "elon-musk"}, {"narendra-modi", "rahul-gandhi"}, {"mukesh-ambani", "sundar-pichai"}, {"donald-trump", "narendra-modi"}}
	evidence := "उन्होंने संसद में उनकी नई नीति की खुलकर आलोचना की और कहा कि इससे किसानों का नुकसान होगा।"
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	batch := func() []track.Item {
		items := make([]track.Item, 20)
		for j := range items {
			n++
			at := day.Add(time.Duration(n) * time.Minute)
			p := pairs[j%len(pairs)]
			items[j] = track.Item{
				Story:   track.StoryRef{ID: fmt.Sprintf("bench-%07d", n), Published: at, Fetched: at, Source: fmt.Sprint("khabar-", n%4)},
				Stances: []pipeline.Stance{{Source: p[0], Target: p[1], Polarity: pipeline.Hostile, Score: 0.8, Evidence: evidence}},
			}
		}
		return items
	}
	if _, err := tr.FoldBatch(b.Context(), batch()); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := tr.FoldBatch(b.Context(), batch()); err != nil {
			b.Fatal(err)
		}
	}
}
