package track

import (
	"context"
	"fmt"
	"maps"
	"math/rand"
	"reflect"
	"slices"
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
			keeper, pruner, keepStore, pruneStore := keeperAndPruner(t, clock)
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
				rec := storedRecord(t, pruneStore, key)
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

// keeperAndPruner returns two trackers under clock, over stores of their
// own: one keeps its timelines, the other prunes them at the window (the
// setting track.timeline_retention).
func keeperAndPruner(t *testing.T, clock func() time.Time) (keeper, pruner *Tracker, keepStore, pruneStore *MemoryStore) {
	t.Helper()
	cfg := DefaultConfig()
	keepStore, pruneStore = NewMemoryStore(), NewMemoryStore()
	keeper, err := New(cfg, keepStore, nil, WithClock(clock))
	if err != nil {
		t.Fatal(err)
	}
	cfg.TimelineRetention = cfg.Window
	if pruner, err = New(cfg, pruneStore, nil, WithClock(clock)); err != nil {
		t.Fatal(err)
	}
	return keeper, pruner, keepStore, pruneStore
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

// TestTimelinePruneKeepsRetractionsAndMarkers: the escalation whose
// trigger a late story moved (b3's, retracted when b0 came) stays
// retracted while the timeline is pruned around it. A tracker pruning at
// the window and one keeping every record fold the same deliveries under
// the same clock: the stories of January (folded in January), the April
// burst and b0 late (folded in April, which prunes January's records),
// b3 and b0 delivered again while their markers last, a new story half a
// year on (its fold drops April's markers and prunes April's records),
// with o1, old news folded late; then b3 and b0 delivered again past
// their markers' horizon, and o1's record pruned once its marker went. After
// every step the two publish the same events and retractions, the
// retracted escalation is not among the events the index holds, and the
// pruner's records agree with each other: every marker has its timeline
// record and every events record its marker; a story whose timeline
// record was pruned has neither.
func TestTimelinePruneKeepsRetractionsAndMarkers(t *testing.T) {
	ctx := context.Background()
	const key, retracted = burstPair, escalationB3
	stories := escalationStories() // r1, r2, b1, b2, b3
	b0 := lateB0()
	n1 := fixtureStory{ID: "n1", Day: 280, Source: "khabar-panch", From: "elon-musk", To: "sam-altman",
		Polarity: pipeline.Hostile, Score: 1, Evidence: "मस्क ने ऑल्टमैन की कंपनी को फिर अदालत में घसीटा, कहानी n1"}
	// More of January, so that the base's marks (the newest four a
	// polarity) leave some January stories for pruning.
	var january []fixtureStory
	for i, src := range []string{"khabar-ek", "khabar-do", "khabar-teen", "khabar-ek"} {
		january = append(january, fixtureStory{ID: fmt.Sprintf("j%d", i+1), Day: 3 + i, Source: src, From: "sam-altman", To: "elon-musk",
			Polarity: pipeline.Hostile, Score: 1, Evidence: fmt.Sprintf("ऑल्टमैन ने मस्क के दावे को ग़लत बताया, कहानी j%d", i+1)})
	}
	// Old news, unasserted (it makes no mark), folded half a year on: its
	// record is older than the bound while its marker lasts.
	o1 := fixtureStory{ID: "o1", Day: 150, Source: "khabar-chhah", From: "elon-musk", To: "sam-altman",
		Polarity: pipeline.Hostile, Mood: pipeline.MoodNegated, Score: 1, Evidence: "मस्क ने कहा कि ऑल्टमैन से उनका कोई झगड़ा नहीं है, कहानी o1"}
	var now time.Time
	clock := func() time.Time { return now }
	keeper, pruner, keepStore, pruneStore := keeperAndPruner(t, clock)
	want, got := map[string]pipeline.Event{}, map[string]pipeline.Event{}
	everPruned := map[string]bool{}
	step := func(name string, at time.Time, batch ...fixtureStory) []folded {
		t.Helper()
		now = at
		items := make([]Item, len(batch))
		for i, s := range batch {
			items[i] = Item{Story: s.ref(), Stances: s.stances()}
		}
		wres, err := keeper.foldBatch(ctx, items)
		if err != nil {
			t.Fatalf("%s: keeper: %v", name, err)
		}
		gres, err := pruner.foldBatch(ctx, items)
		if err != nil {
			t.Fatalf("%s: pruner: %v", name, err)
		}
		for i := range gres {
			g, w := gres[i], wres[i]
			if !reflect.DeepEqual(g.events, w.events) || !reflect.DeepEqual(g.retracted, w.retracted) ||
				!reflect.DeepEqual(g.again, w.again) || !reflect.DeepEqual(g.againRetracted, w.againRetracted) {
				t.Fatalf("%s: %s: pruner's outputs %+v, keeper's %+v", name, batch[i].ID, g, w)
			}
		}
		applyOutputs(want, wres)
		applyOutputs(got, gres)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: events\n got %v\nwant %v", name, sortedIDs(got), sortedIDs(want))
		}
		// The pruner's records agree with each other.
		rec := storedRecord(t, pruneStore, key)
		stored := map[string]bool{} // stories with a timeline record
		for k := range bucket(t, pruneStore, BucketTimelinePrefix+key) {
			stored[k[strings.IndexByte(k, ' ')+1:]] = true
		}
		all := bucket(t, keepStore, BucketTimelinePrefix+key)
		marked := map[string]bool{}
		for _, m := range rec.Folded {
			marked[m.Story] = true
			if !stored[m.Story] {
				t.Fatalf("%s: %s keeps its marker without its timeline record", name, m.Story)
			}
		}
		for story := range bucket(t, pruneStore, BucketEventsPrefix+key) {
			if !marked[story] {
				t.Fatalf("%s: events record of %s without its marker", name, story)
			}
		}
		for k := range all {
			if story := k[strings.IndexByte(k, ' ')+1:]; !stored[story] {
				everPruned[story] = true
			}
		}
		for story := range everPruned {
			if marked[story] && !stored[story] {
				t.Fatalf("%s: %s marked while its timeline record is pruned", name, story)
			}
		}
		return gres
	}
	april := dayAt(102)
	step("January", dayAt(10), append([]fixtureStory{stories[0], stories[1]}, january...)...)
	step("April burst", april, stories[2], stories[3], stories[4])
	if _, ok := got[retracted]; !ok {
		t.Fatalf("the burst did not escalate at b3: %v", sortedIDs(got))
	}
	res := step("b0 late", april.Add(time.Hour), b0)
	if len(res[0].retracted) != 1 || res[0].retracted[0].ID != retracted {
		t.Fatalf("b0 retracted %+v, want %s", res[0].retracted, retracted)
	}
	if !everPruned["r1"] {
		t.Fatalf("January's records not pruned in April (pruned: %v): the test tests nothing", everPruned)
	}
	res = step("b3 and b0 again, markers kept", april.Add(2*time.Hour), stories[4], b0)
	if len(res[0].events)+len(res[0].retracted)+len(res[0].again) != 0 {
		t.Fatalf("b3 delivered again brought %+v", res[0])
	}
	if len(res[1].againRetracted) != 1 || res[1].againRetracted[0].ID != retracted {
		t.Fatalf("b0 delivered again retracts %+v, want %s again", res[1].againRetracted, retracted)
	}
	step("n1 and old o1, half a year on", dayAt(280).Add(time.Hour), o1, n1)
	step("b3 and b0 again, past their markers", dayAt(282), stories[4], b0)
	if everPruned["o1"] {
		t.Fatal("o1's record pruned while its marker lasts")
	}
	n2 := n1
	n2.ID, n2.Day, n2.Evidence = "n2", 289, "मस्क ने ऑल्टमैन पर निवेशकों को गुमराह करने का आरोप दोहराया, कहानी n2"
	step("n2, o1's marker gone", dayAt(290), n2)
	if !everPruned["o1"] {
		t.Fatal("o1's record kept after its marker went")
	}
	if _, ok := got[retracted]; ok {
		t.Fatalf("%s is back", retracted)
	}
	t.Logf("records pruned: %v", slices.Sorted(maps.Keys(everPruned)))
}

// TestRetractedStaysRetractedPastTheCut: with 4 markers a pair, b3
// escalates late (after d1 and d2), b0 retracts that escalation, and two
// newer stories push the window over its count, so b3 goes behind the
// cut while its marker is still among the newest four. b3 delivered
// again must not publish its first fold's escalation again (the cut put
// its trigger out of the replay's reach, and it was not final when
// emitted), nor be folded again (issue 14, session 6: a story the window
// shed by count used to lose its marker, and its copy was counted twice):
// it keeps its marker and its events record, and its copy changes
// nothing.
func TestRetractedStaysRetractedPastTheCut(t *testing.T) {
	ctx := context.Background()
	const key, retracted = burstPair, escalationB3
	st := escalationStories() // r1, r2, b1, b2, b3
	h := func(id string, day int, src string) fixtureStory {
		return fixtureStory{ID: id, Day: day, Source: src, From: "elon-musk", To: "sam-altman",
			Polarity: pipeline.Hostile, Score: 1, Evidence: "मस्क ने ऑल्टमैन पर फिर आरोप लगाए, कहानी " + id}
	}
	b0 := lateB0()
	tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock), WithMarkers(7*24*time.Hour, 4))
	if err != nil {
		t.Fatal(err)
	}
	final := map[string]pipeline.Event{}
	fold := func(s fixtureStory) folded {
		t.Helper()
		res, err := tr.foldBatch(ctx, []Item{{Story: s.ref(), Stances: s.stances()}})
		if err != nil {
			t.Fatal(err)
		}
		applyOutputs(final, res)
		return res[0]
	}
	for _, s := range []fixtureStory{st[0], st[1], st[2], st[3], h("d1", 110, "khabar-ek"), h("d2", 111, "khabar-do"), st[4]} {
		fold(s)
	}
	if _, ok := final[retracted]; !ok {
		t.Fatalf("b3 did not escalate: %v", sortedIDs(final))
	}
	if r := fold(b0); len(r.retracted) != 1 || r.retracted[0].ID != retracted {
		t.Fatalf("b0 retracted %+v, want %s", r.retracted, retracted)
	}
	fold(h("e1", 112, "khabar-ek"))
	fold(h("e2", 113, "khabar-do"))
	rec := storedRecord(t, tr.store, key)
	if !rec.Cut.atOrBefore(winEntry{Time: st[4].ref().Published, Story: "b3"}) {
		t.Fatalf("b3 is not behind the cut %+v: the test tests nothing", rec.Cut)
	}
	if m, ok := rec.mark("b3"); !ok || !m.Events {
		t.Fatalf("b3 behind the cut lost its marker or its events flag: %+v %v", m, ok)
	}
	if _, ok, _ := tr.store.Get(ctx, BucketEventsPrefix+key, "b3"); !ok {
		t.Fatal("b3's events record gone with its marker kept")
	}
	before, _, _ := tr.store.Get(ctx, BucketPairs, key)
	r := fold(st[4])
	if _, ok := final[retracted]; ok {
		t.Fatalf("b3 delivered again brought %s back: %+v", retracted, r)
	}
	if len(r.events)+len(r.retracted)+len(r.again)+len(r.againRetracted) != 0 {
		t.Fatalf("b3 delivered again published %+v", r)
	}
	if after, _, _ := tr.store.Get(ctx, BucketPairs, key); string(after) != string(before) {
		t.Fatal("b3 delivered again was folded again")
	}
}
