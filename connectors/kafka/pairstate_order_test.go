package kafka_test

import (
	"fmt"
	"maps"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// orderBatches: three pairs over four months, each story from one of
// three outlets: an alliance that turns to rivalry and back, a rivalry
// with bursts (escalations), and a feud that starts late.
func orderBatches() []pipeline.StanceBatch {
	day := time.Date(2025, 3, 1, 6, 0, 0, 0, time.UTC)
	var out []pipeline.StanceBatch
	add := func(id string, at time.Time, src, a, b, pol string) {
		ref := pipeline.StoryRef{ID: id, Published: at, Fetched: at.Add(10 * time.Minute), Source: src, Title: "शीर्षक " + id, URL: "https://example.test/" + id}
		out = append(out, pipeline.StanceBatch{Story: ref, Pair: pipeline.SortedPair(a, b),
			Stances: []pipeline.Stance{{Source: a, Target: b, Polarity: pol, Score: 0.9, Evidence: "कहानी " + id + " में उन्होंने अपनी बात रखी।"}}})
	}
	srcs := []string{"khabar-ek", "khabar-do", "khabar-teen"}
	for d := range 120 {
		at := day.Add(time.Duration(d) * 24 * time.Hour)
		if d%2 == 0 {
			pol := pipeline.Supportive
			if d > 40 && d < 80 {
				pol = pipeline.Hostile
			}
			add(fmt.Sprintf("am-%03d", d), at, srcs[d%3], "donald-trump", "elon-musk", pol)
		}
		if d%9 == 0 || (d >= 60 && d <= 62) || (d >= 100 && d <= 101) {
			for h := range 2 {
				add(fmt.Sprintf("ri-%03d-%d", d, h), at.Add(time.Duration(5*h)*time.Hour), srcs[(d+h)%3], "elon-musk", "sam-altman", pipeline.Hostile)
			}
		}
		if d > 70 && d%5 == 0 {
			add(fmt.Sprintf("nf-%03d", d), at, srcs[(d/5)%3], "narendra-modi", "rahul-gandhi", pipeline.Hostile)
		}
	}
	return out
}

// foldOverKafka folds deliveries (in the order given, a restart of the
// tracker and of its Kafka state store halfway) through the track stage's
// bus handler over a PartitionedStateStore of its own, and returns the
// events as the index would hold them (a retraction deletes) and how many
// retractions went by.
func foldOverKafka(t *testing.T, addr string, deliveries []pipeline.StanceBatch) (map[string]pipeline.Event, int) {
	t.Helper()
	b := newTestBus(t, testConfig(t, addr))
	open := func() (*kafka.PartitionedStateStore, pipeline.Handler) {
		s, err := kafka.OpenPartitionedStateStore(t.Context(), b, kafka.TopicPairState, pipeline.TopicStances, track.PartitionKey)
		if err != nil {
			t.Fatal(err)
		}
		tr, err := track.New(track.DefaultConfig(), s, nil, track.WithClock(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }))
		if err != nil {
			t.Fatal(err)
		}
		return s, track.Handler(tr)
	}
	final := map[string]pipeline.Event{}
	retractions := 0
	s, h := open()
	for i, d := range deliveries {
		if i == len(deliveries)/2 {
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			s, h = open() // restored from the changelog
		}
		msg, err := pipeline.Encode(pipeline.PairKey(d.Pair[0], d.Pair[1]), d)
		if err != nil {
			t.Fatal(err)
		}
		outs, err := h(t.Context(), msg)
		if err != nil {
			t.Fatalf("fold %s: %v", d.Story.ID, err)
		}
		for _, o := range outs {
			var em pipeline.EventMessage
			if err := pipeline.Decode(o.Msg, &em); err != nil {
				t.Fatal(err)
			}
			if em.Retracted {
				retractions++
				delete(final, em.Event.ID)
			} else {
				final[em.Event.ID] = em.Event
			}
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return final, retractions
}

// In Kafka mode (the pair state in the compacted changelog, restored
// halfway), the same stance batches delivered in event-time order, in
// reverse and shuffled with redeliveries end with the same events: ids,
// from → to, cited stories and evidence.
func TestPairStateEventsIndependentOfOrder(t *testing.T) {
	addr := realBroker(t)
	batches := orderBatches()
	inOrder := slices.Clone(batches)
	sort.SliceStable(inOrder, func(i, j int) bool {
		a, b := inOrder[i].Story, inOrder[j].Story
		if !a.Published.Equal(b.Published) {
			return a.Published.Before(b.Published)
		}
		return a.ID < b.ID
	})
	want, n := foldOverKafka(t, addr, inOrder)
	if n != 0 || len(want) < 4 {
		t.Fatalf("in order: %d events %v, %d retractions", len(want), slices.Sorted(maps.Keys(want)), n)
	}
	kinds := map[string]int{}
	for _, e := range want {
		kinds[e.Kind]++
	}
	if kinds[pipeline.KindEscalation] == 0 || kinds[pipeline.KindStanceShift] == 0 || kinds[pipeline.KindNewFeud] == 0 {
		t.Fatalf("event kinds %v", kinds)
	}
	reversed := slices.Clone(inOrder)
	slices.Reverse(reversed)
	orders := map[string][]pipeline.StanceBatch{"reversed": reversed}
	for seed := int64(1); seed <= 2; seed++ {
		rng := rand.New(rand.NewSource(seed))
		var d []pipeline.StanceBatch
		for _, i := range rng.Perm(len(batches)) {
			d = append(d, batches[i])
			if rng.Intn(6) == 0 { // redelivered soon after
				at := len(d) - rng.Intn(min(len(d), 5))
				d = slices.Insert(d, at, batches[i])
			}
		}
		orders[fmt.Sprint("shuffled-", seed)] = d
	}
	for name, d := range orders {
		got, n := foldOverKafka(t, addr, d)
		if !reflect.DeepEqual(got, want) {
			for id, w := range want {
				if !reflect.DeepEqual(got[id], w) {
					t.Errorf("%s: %s\n got %+v\nwant %+v", name, id, got[id], w)
				}
			}
			t.Fatalf("%s: events\n got %v\nwant %v", name, slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
		}
		if n == 0 {
			t.Fatalf("%s: nothing retracted on the way", name)
		}
		t.Logf("%s: %d deliveries, %d events, %d retractions on the way (%s)", name, len(d), len(got), n, strings.Join(slices.Sorted(maps.Keys(kinds)), ", "))
	}
}

// A partition this tracker has not used for a while (the group gave it to
// another) is unloaded: its records leave memory, its tail stops, the
// tracker forgets its pairs; when a message of it comes back, the first
// read restores it from the changelog as it was.
func TestPartitionedStateStoreUnloadsIdle(t *testing.T) {
	addr := realBroker(t)
	cfg := testConfig(t, addr)
	b := newTestBus(t, cfg)
	ctx := t.Context()
	s := openPairState(t, b)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.SetClock(func() time.Time { return now })
	keys := foldPairs(t, s, 4)
	if got := len(s.Loaded()); got != cfg.Partitions {
		t.Fatalf("loaded %d partitions, want %d", got, cfg.Partitions)
	}
	before := s.Keys()
	tr, err := track.New(track.DefaultConfig(), s, nil)
	if err != nil {
		t.Fatal(err)
	}
	forgotten := map[int]int{}
	s.OnUnload(func(p int) {
		forgotten[p] = tr.Forget(func(k string) bool { return s.Partition(track.BucketPairs, k) == p })
	})
	for _, k := range keys { // the tracker caches every pair
		a, c, _ := splitPair(k)
		if _, _, err := tr.Folded(ctx, "nothing", a, c); err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Fold(ctx, track.StoryRef{ID: k + "#again", Published: now.Add(-time.Hour), Source: "khabar-x"},
			[]pipeline.Stance{{Source: a, Target: c, Polarity: pipeline.Hostile, Score: 0.9, Evidence: "फिर आलोचना।"}}); err != nil {
			t.Fatal(err)
		}
	}
	// Ten minutes on, only the partition of keys[0] is used again.
	now = now.Add(10 * time.Minute)
	kept := s.Partition(track.BucketPairs, keys[0])
	if err := s.Own(ctx, kept); err != nil {
		t.Fatal(err)
	}
	dropped := s.UnloadIdle(5 * time.Minute)
	if len(dropped) != cfg.Partitions-1 || slices.Contains(dropped, kept) {
		t.Fatalf("dropped %v, kept %d", dropped, kept)
	}
	if l := s.Loaded(); len(l) != 1 || l[0].Partition != kept {
		t.Fatalf("loaded after unload: %+v", l)
	}
	after := s.Keys()
	if after == 0 || after >= before {
		t.Fatalf("keys %d before, %d after", before, after)
	}
	for _, p := range dropped {
		if forgotten[p] == 0 {
			t.Fatalf("the tracker forgot no pair of partition %d (%v)", p, forgotten)
		}
	}
	// A pair of a dropped partition comes back: restored, as it was.
	for _, k := range keys {
		if p := s.Partition(track.BucketPairs, k); p == kept {
			continue
		}
		a, c, _ := splitPair(k)
		st, ok, err := tr.Pair(ctx, a, c)
		if err != nil || !ok || st.Counts.Stories != 5 || st.State != track.StateRivals {
			t.Fatalf("pair %s after reload: %+v (%v, %v)", k, st, ok, err)
		}
		break
	}
	if got := len(s.Loaded()); got != 2 {
		t.Fatalf("after one pair came back, %d partitions loaded, want 2", got)
	}
	if s.Keys() <= after {
		t.Fatalf("keys %d after reload, %d before", s.Keys(), after)
	}
}
