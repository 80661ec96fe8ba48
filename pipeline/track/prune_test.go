package track

import (
	"context"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestTimelinePruned: the same batches, under the same clock moving
// forward with the stories, folded by a tracker that prunes its timelines
// at the window (90 days) and by one that keeps them: the events (with
// retractions applied), summaries and histories are the same; the pruning
// tracker's timelines have lost most of their old records, keep every
// record at or after the bound and every record a fold may read (window,
// markers, marks), and what they keep is byte for byte the other's.
func TestTimelinePruned(t *testing.T) {
	ctx := context.Background()
	stories := orderStories(t)
	for name, batches := range map[string][][]Item{
		"in order": inOrderBatches(stories),
		"shuffled": shuffled(stories, rand.New(rand.NewSource(7))),
	} {
		t.Run(name, func(t *testing.T) {
			var now time.Time
			clock := func() time.Time { return now }
			cfg := DefaultConfig()
			keepStore, pruneStore := NewMemoryStore(), NewMemoryStore()
			keeper, err := New(cfg, keepStore, nil, WithClock(clock))
			if err != nil {
				t.Fatal(err)
			}
			pcfg := cfg
			pcfg.TimelineRetention = cfg.Window // track.timeline_retention
			pruner, err := New(pcfg, pruneStore, nil, WithClock(clock))
			if err != nil {
				t.Fatal(err)
			}
			want, got := map[string]pipeline.Event{}, map[string]pipeline.Event{}
			for _, items := range batches {
				for _, it := range items {
					if f := it.Story.Fetched.Add(time.Hour); f.After(now) {
						now = f
					}
				}
				res, err := keeper.foldBatch(ctx, items)
				if err != nil {
					t.Fatal(err)
				}
				applyOutputs(want, res)
				if res, err = pruner.foldBatch(ctx, items); err != nil {
					t.Fatal(err)
				}
				applyOutputs(got, res)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("events\n got %v\nwant %v", sortedIDs(got), sortedIDs(want))
			}
			if g, w := pairViews(t, pruner, stories), pairViews(t, keeper, stories); !reflect.DeepEqual(g, w) {
				t.Fatalf("pairs\n got %+v\nwant %+v", g, w)
			}
			pruned, kept := 0, 0
			for _, key := range pairKeys(stories) {
				all := bucket(t, keepStore, BucketTimelinePrefix+key)
				left := bucket(t, pruneStore, BucketTimelinePrefix+key)
				raw, _, err := pruneStore.Get(ctx, BucketPairs, key)
				if err != nil {
					t.Fatal(err)
				}
				var rec pairRecord
				if err := codec.Unmarshal(raw, &rec); err != nil {
					t.Fatal(err)
				}
				readable := map[string]bool{}
				for _, e := range rec.Window {
					readable[e.Story] = true
				}
				for _, m := range rec.Folded {
					readable[m.Story] = true
				}
				for _, st := range []*PairState{&rec.PairState, rec.Base} {
					for _, m := range append(append([]Mark(nil), st.RecentHostile...), st.RecentSupportive...) {
						readable[m.Story] = true
					}
				}
				limit := TimelineKey(rec.Pruned, "")
				for k, v := range all {
					story := k[strings.IndexByte(k, ' ')+1:]
					lv, ok := left[k]
					switch {
					case ok && string(lv) != string(v):
						t.Fatalf("%s %s: kept record differs", key, k)
					case ok:
						kept++
					case rec.Pruned.IsZero() || k >= limit:
						t.Fatalf("%s %s: pruned at or after the bound %s", key, k, rec.Pruned)
					case readable[story]:
						t.Fatalf("%s %s: pruned while a fold may read it", key, k)
					default:
						pruned++
					}
				}
				if len(left) > len(all) {
					t.Fatalf("%s: %d records left of %d", key, len(left), len(all))
				}
			}
			if pruned == 0 {
				t.Fatal("nothing pruned: the test tests nothing")
			}
			t.Logf("timeline records pruned %d, kept %d", pruned, kept)
		})
	}
}

// A retention shorter than the window, or negative, is refused, from the
// option and from the setting (which names its key).
func TestTimelineRetentionShorterThanWindow(t *testing.T) {
	cfg := DefaultConfig()
	if _, err := New(cfg, NewMemoryStore(), nil, WithTimelineRetention(cfg.Window-time.Hour)); err == nil ||
		!strings.Contains(err.Error(), "shorter than the window") {
		t.Fatalf("err %v, want a retention shorter than the window refused", err)
	}
	if _, err := New(cfg, NewMemoryStore(), nil, WithTimelineRetention(-time.Hour)); err == nil ||
		!strings.Contains(err.Error(), "negative") {
		t.Fatalf("err %v, want a negative retention refused", err)
	}
	for _, d := range []time.Duration{-time.Hour, cfg.Window - time.Hour} {
		c := cfg
		c.TimelineRetention = d
		if _, err := New(c, NewMemoryStore(), nil); err == nil || !strings.Contains(err.Error(), "track.timeline_retention") {
			t.Fatalf("timeline_retention %s: err %v, want it refused naming the key", d, err)
		}
	}
}

func inOrderBatches(stories []fixtureStory) [][]Item {
	var out [][]Item
	for _, s := range inEventOrder(stories) {
		out = append(out, []Item{{Story: s.ref(), Stances: s.stances()}})
	}
	return out
}

func pairKeys(stories []fixtureStory) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range stories {
		if k := pipeline.PairKey(s.From, s.To); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func bucket(t *testing.T, st pipeline.StateStore, name string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	if err := st.ForEach(context.Background(), name, func(k string, v []byte) error {
		out[k] = append([]byte(nil), v...)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}
