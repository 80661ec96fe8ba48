package track

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Issue 14, session 6: the chaos run of 01:07 ended with
// stance-shift:larry-ellison|masayoshi-son:…:8d0686a0… where the clean run
// had …:65bfaf3d… (and the same for rahul-gandhi|sundar-pichai). The
// changelog showed five supportive stories folded into the pair twice: the
// work stage produced their stances twice (a killed work process), the
// stories were late (older than the window's cut: the window was full, 512
// stories, and they went behind the cut in the fold that folded them), and
// advanceCut dropped their markers then, so the second copy was folded
// into the base again. The supportive weight grew by five stories and the
// pair turned mixed at an earlier story. These tests use our own fixtures
// of the same shapes.

const arrivalA, arrivalB = "gautam-adani", "mukesh-ambani"

func arrivalStory(id string, day, hour int, src, pol string) fixtureStory {
	ev := "अदाणी ने अंबानी के बारे में कहा, कहानी " + id
	switch pol {
	case pipeline.Hostile:
		ev = "अदाणी ने अंबानी पर गलत सौदे का आरोप लगाया, कहानी " + id
	case pipeline.Supportive:
		ev = "अदाणी ने अंबानी की नई योजना की तारीफ़ की, कहानी " + id
	}
	return fixtureStory{ID: id, Day: day, Hour: hour, Source: src, From: arrivalA, To: arrivalB,
		Polarity: pol, Score: 1, Evidence: ev}
}

// shiftStories: a rivalry (h1, h2: new-feud at h2), then praise: s1 and s2
// make the supportive side supported and heavier than the decayed
// hostile one, so the pair turns mixed at s2 — in event-time order. s1
// arriving after s2 and s3 is the late story that completes the condition
// at s2 (before it comes the pair turns mixed at s3). h3 is a reply.
func shiftStories() []fixtureStory {
	return []fixtureStory{
		arrivalStory("h1", 1, 0, "khabar-ek", pipeline.Hostile),
		arrivalStory("h2", 2, 0, "khabar-do", pipeline.Hostile),
		arrivalStory("s1", 3, 0, "khabar-ek", pipeline.Supportive),
		arrivalStory("s2", 4, 0, "khabar-do", pipeline.Supportive),
		arrivalStory("s3", 5, 0, "khabar-teen", pipeline.Supportive),
		arrivalStory("h3", 6, 0, "khabar-teen", pipeline.Hostile),
	}
}

// permutations calls fn with every order of n indices (Heap's algorithm).
func permutations(n int, fn func([]int)) {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	c := make([]int, n)
	fn(p)
	for i := 0; i < n; {
		if c[i] < i {
			if i%2 == 0 {
				p[0], p[i] = p[i], p[0]
			} else {
				p[c[i]], p[i] = p[i], p[c[i]]
			}
			fn(p)
			c[i]++
			i = 0
		} else {
			c[i] = 0
			i++
		}
	}
}

// foldBatches folds batches (each sorted by event time, as the sequencer
// sorts them) and returns the events that stand after every retraction.
func foldBatches(t *testing.T, tr *Tracker, batches [][]fixtureStory) map[string]pipeline.Event {
	t.Helper()
	final := map[string]pipeline.Event{}
	foldInto(t, tr, final, batches)
	return final
}

// foldInto folds batches and applies their outputs to final.
func foldInto(t *testing.T, tr *Tracker, final map[string]pipeline.Event, batches [][]fixtureStory) {
	t.Helper()
	for _, b := range batches {
		items := make([]Item, 0, len(b))
		for _, s := range inEventOrder(b) {
			items = append(items, Item{Story: s.ref(), Stances: s.stances()})
		}
		res, err := tr.foldBatch(context.Background(), items)
		if err != nil {
			t.Fatal(err)
		}
		applyOutputs(final, res)
	}
}

func one(stories []fixtureStory) [][]fixtureStory {
	out := make([][]fixtureStory, len(stories))
	for i, s := range stories {
		out[i] = []fixtureStory{s}
	}
	return out
}

// Every arrival order of shiftStories, one story a batch and then all of
// them delivered again, ends with the events of the run in event-time
// order: the shift's trigger is s2, the story at which the replay in
// event-time order first turns the pair mixed, even when s1 comes after
// the pair had turned mixed at s3 (that shift is retracted).
func TestShiftTriggerIndependentOfArrival(t *testing.T) {
	stories := shiftStories()
	ref := newTracker(t, NewMemoryStore())
	want := foldBatches(t, ref, one(inEventOrder(stories)))
	shift := "stance-shift:" + pipeline.PairKey(arrivalA, arrivalB) + ":s2"
	if e, ok := want[shift]; !ok || e.From != StateRivals || e.To != StateMixed || len(want) != 2 {
		t.Fatalf("in event-time order: %v, want new-feud at h2 and %s rivals→mixed", sortedIDs(want), shift)
	}
	wantView := pairViews(t, ref, stories)
	lateAfterS3 := 0
	permutations(len(stories), func(p []int) {
		order := make([]fixtureStory, len(p))
		for i, j := range p {
			order[i] = stories[j]
		}
		tr := newTracker(t, NewMemoryStore())
		got := foldBatches(t, tr, append(one(order), order))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("arrival %v: events\n got %v\nwant %v", ids(order), sortedIDs(got), sortedIDs(want))
		}
		if v := pairViews(t, tr, stories); !reflect.DeepEqual(v, wantView) {
			t.Fatalf("arrival %v: pair\n got %+v\nwant %+v", ids(order), v, wantView)
		}
		if pos := slices.IndexFunc(order, func(s fixtureStory) bool { return s.ID == "s1" }); pos > slices.IndexFunc(order, func(s fixtureStory) bool { return s.ID == "s3" }) &&
			pos > slices.IndexFunc(order, func(s fixtureStory) bool { return s.ID == "s2" }) {
			lateAfterS3++
		}
	})
	if lateAfterS3 == 0 {
		t.Fatal("no order brought s1 after s2 and s3: the test tests nothing")
	}
}

func ids(stories []fixtureStory) []string {
	out := make([]string, len(stories))
	for i, s := range stories {
		out[i] = s.ID
	}
	return out
}

// dupStories: a rivalry of three hostile stories, then praise that turns
// the pair mixed (or allies) depending on how much supportive weight it
// carries: counting a story twice moves the shift to an earlier story.
func dupStories() []fixtureStory {
	return []fixtureStory{
		arrivalStory("h1", 1, 0, "khabar-ek", pipeline.Hostile),
		arrivalStory("h2", 1, 1, "khabar-do", pipeline.Hostile),
		arrivalStory("h3", 1, 2, "khabar-teen", pipeline.Hostile),
		arrivalStory("s1", 1, 3, "khabar-ek", pipeline.Supportive),
		arrivalStory("s2", 1, 4, "khabar-do", pipeline.Supportive),
		arrivalStory("s3", 1, 5, "khabar-teen", pipeline.Supportive),
		arrivalStory("s4", 1, 6, "khabar-ek", pipeline.Supportive),
	}
}

// The chaos run's shape: with a window of 2 stories, s1 and s2 come late
// (after s3 and s4), go behind the cut in the fold that folds them, and
// come again (the work stage produced their stances twice). The second
// copy must be skipped, not folded into the base again: the pair's events
// and counts are those of the same arrivals without the copies, and, here,
// of the run in event-time order.
func TestLateDuplicateBehindCutCountsOnce(t *testing.T) {
	st := dupStories()
	open := func() *Tracker {
		tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock), WithMarkers(7*24*time.Hour, 2))
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	ref := open()
	want := foldBatches(t, ref, one(st))
	h1, h2, h3, s1, s2, s3, s4 := st[0], st[1], st[2], st[3], st[4], st[5], st[6]
	arrivals := [][]fixtureStory{{h1, h2, h3}, {s3, s4}, {s1, s2}, {s1}, {s2}, {s1, s2}}
	tr := open()
	got := foldBatches(t, tr, arrivals)
	rec := storedRecord(t, tr.store, pipeline.PairKey(arrivalA, arrivalB))
	if !rec.Cut.atOrBefore(winEntry{Time: s2.ref().Published, Story: "s2"}) {
		t.Fatalf("s2 is not behind the cut %+v: the test tests nothing", rec.Cut)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events\n got %v\nwant %v", sortedIDs(got), sortedIDs(want))
	}
	if gv, wv := pairViews(t, tr, st), pairViews(t, ref, st); gv[pipeline.PairKey(arrivalA, arrivalB)].State.Counts != wv[pipeline.PairKey(arrivalA, arrivalB)].State.Counts {
		t.Fatalf("counts\n got %+v\nwant %+v", gv[pipeline.PairKey(arrivalA, arrivalB)].State.Counts, wv[pipeline.PairKey(arrivalA, arrivalB)].State.Counts)
	}
}

// Every arrival order of dupStories through a window of 3, each story
// delivered a second time (right after the next story), gives the events and counts of the same order delivered once:
// a copy within the markers' horizon is never folded again, whether its
// story is in the window or already behind the cut.
func TestDuplicatesChangeNothing(t *testing.T) {
	st := dupStories()[:6]
	open := func() *Tracker {
		tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock), WithMarkers(7*24*time.Hour, 3))
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	key := pipeline.PairKey(arrivalA, arrivalB)
	behind := 0
	permutations(len(st), func(p []int) {
		order := make([]fixtureStory, len(p))
		for i, j := range p {
			order[i] = st[j]
		}
		ref := open()
		want := foldBatches(t, ref, one(order))
		wantCounts := pairViews(t, ref, st)[key].State.Counts
		// Each story again right after the next one (within the markers'
		// horizon: the 3 newest folds), the last one twice.
		var again []fixtureStory
		for i, s := range order {
			again = append(again, s)
			if i > 0 {
				again = append(again, order[i-1])
			}
		}
		again = append(again, order[len(order)-1])
		tr := open()
		got := foldBatches(t, tr, one(again))
		if !reflect.DeepEqual(got, want) {
			for id, w := range want {
				if g := got[id]; !reflect.DeepEqual(g, w) {
					t.Errorf("%s\n got %+v\nwant %+v", id, g, w)
				}
			}
			t.Fatalf("arrival %v with copies: events\n got %v\nwant %v", ids(order), sortedIDs(got), sortedIDs(want))
		}
		if c := pairViews(t, tr, st)[key].State.Counts; c != wantCounts {
			t.Fatalf("arrival %v with copies: counts\n got %+v\nwant %+v", ids(order), c, wantCounts)
		}
		rec := storedRecord(t, tr.store, key)
		for _, s := range st {
			if rec.Cut.atOrBefore(winEntry{Time: s.ref().Published, Story: s.ID}) {
				if _, ok := rec.mark(s.ID); ok {
					behind++
				}
			}
		}
	})
	if behind == 0 {
		t.Fatal("no story behind the cut kept its marker: the test tests nothing")
	}
}

// The second way the chaos run counted a story twice: the copy came more
// than the markers' count of folds after the first (500 folds of the pair
// in a backlog), when the story's marker was gone but the window still
// held it (an older late story, still marked, kept the cut before it).
// Markers go by age now; only the safety cap can drop one early. Here,
// with a cap of 3 markers: s2, then s1 (late), then two unasserted
// stories take the markers' places; s2's copy must be skipped.
func TestCopyPastItsMarkerInWindowCountsOnce(t *testing.T) {
	st := dupStories()
	h1, h2, h3, s1, s2, s3, s4 := st[0], st[1], st[2], st[3], st[4], st[5], st[6]
	q := func(id string, hour int) fixtureStory {
		s := arrivalStory(id, 1, hour, "khabar-char", pipeline.Hostile)
		s.Mood = "question"
		return s
	}
	u1, u2 := q("u1", 7), q("u2", 8)
	open := func() *Tracker {
		tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock), WithMarkers(7*24*time.Hour, 3), WithMarkerCap(3))
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	key := pipeline.PairKey(arrivalA, arrivalB)
	head := [][]fixtureStory{{h1}, {h2}, {h3}, {s2}, {s1}, {u1}, {u2}}
	tail := [][]fixtureStory{{s3}, {s4}}
	ref := open()
	want := foldBatches(t, ref, append(slices.Clone(head), tail...))
	wantCounts := pairViews(t, ref, st)[key].State.Counts

	tr := open()
	got := foldBatches(t, tr, head)
	rec := storedRecord(t, tr.store, key)
	if _, ok := rec.mark("s2"); ok || !rec.holds("s2") {
		t.Fatalf("s2 marked %v, in the window %v: the test tests nothing", ok, rec.holds("s2"))
	}
	foldInto(t, tr, got, append([][]fixtureStory{{s2}}, tail...))
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events\n got %v\nwant %v", sortedIDs(got), sortedIDs(want))
	}
	if c := pairViews(t, tr, st)[key].State.Counts; c != wantCounts {
		t.Fatalf("counts\n got %+v\nwant %+v", c, wantCounts)
	}
}

// Issue 14 §2, the leftover of session 6: a copy arriving after more than
// 512 folds of its pair (the markers' old count) and after the window
// shed its story was folded a second time. Markers go by age now: with the
// defaults, s1's copy 600 folds (and 100 hours) later is skipped; the
// pair's counts and events are those of the run without the copy. Past
// the horizon (a week of the tracker's clock after s1's fold) a copy is
// a new story to the tracker: it is folded again and counts twice (the
// documented cost of the bound, README "Folded markers").
func TestCopyPastWindowWithinHorizonCountsOnce(t *testing.T) {
	key := pipeline.PairKey(arrivalA, arrivalB)
	run := func(copies bool) (*Tracker, map[string]pipeline.Event, func(time.Duration)) {
		now := day0.AddDate(1, 0, 0)
		tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(func() time.Time { return now }))
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]pipeline.Event{}
		fold := func(s fixtureStory) {
			t.Helper()
			foldInto(t, tr, got, [][]fixtureStory{{s}})
		}
		s1 := arrivalStory("s1", 1, 0, "khabar-ek", pipeline.Supportive)
		fold(s1)
		for i := range 600 {
			now = now.Add(10 * time.Minute)
			pol := pipeline.Hostile
			if i%3 == 0 {
				pol = pipeline.Supportive
			}
			fold(arrivalStory(fmt.Sprintf("n%03d", i), 2+i/24, i%24, []string{"khabar-ek", "khabar-do", "khabar-teen"}[i%3], pol))
		}
		if copies {
			fold(s1)
		}
		return tr, got, func(d time.Duration) { now = now.Add(d) }
	}
	ref, want, _ := run(false)
	tr, got, advance := run(true)
	rec := storedRecord(t, tr.store, key)
	if rec.holds("s1") {
		t.Fatal("the window still holds s1: the test tests nothing")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events\n got %v\nwant %v", sortedIDs(got), sortedIDs(want))
	}
	all := []fixtureStory{arrivalStory("s1", 1, 0, "khabar-ek", pipeline.Supportive)}
	wc := pairViews(t, ref, all)[key].State.Counts
	if c := pairViews(t, tr, all)[key].State.Counts; c != wc || c.Stories != 601 {
		t.Fatalf("counts with s1's copy\n got %+v\nwant %+v (601 stories)", c, wc)
	}
	// Past the horizon: s1's marker is pruned at the pair's next fold, and
	// a copy after that counts again.
	advance(DefaultMarkerAge)
	foldInto(t, tr, got, [][]fixtureStory{{arrivalStory("late", 40, 0, "khabar-do", pipeline.Hostile)}})
	rec = storedRecord(t, tr.store, key)
	if _, ok := rec.mark("s1"); ok {
		t.Fatal("s1's marker outlived the horizon")
	}
	foldInto(t, tr, got, [][]fixtureStory{{arrivalStory("s1", 1, 0, "khabar-ek", pipeline.Supportive)}})
	if c := pairViews(t, tr, all)[key].State.Counts; c.Stories != 603 {
		t.Fatalf("%d stories after s1 came back past the horizon, want 603 (602 and s1 twice)", c.Stories)
	}
}
