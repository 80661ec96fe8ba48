package track

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
)

type fixtureStory struct {
	ID       string  `json:"id"`
	Day      int     `json:"day"`
	Hour     int     `json:"hour"`
	Source   string  `json:"source"`
	From     string  `json:"from"`
	To       string  `json:"to"`
	Polarity string  `json:"polarity"`
	Mood     string  `json:"mood"`
	Score    float64 `json:"score"`
	Evidence string  `json:"evidence"`
}

type wantEvent struct {
	Kind  string   `json:"kind"`
	Story string   `json:"story"`
	From  string   `json:"from"`
	To    string   `json:"to"`
	Cites []string `json:"cites"`
}

type timeline struct {
	Name    string         `json:"name"`
	Stories []fixtureStory `json:"stories"`
	Want    []wantEvent    `json:"want"`
	State   string         `json:"state"`
}

var day0 = time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)

func dayAt(d int) time.Time { return day0.Add(time.Duration(d) * 24 * time.Hour) }

// fixedClock is a clock far after every fixture date, so it never clamps.
func fixedClock() time.Time { return day0.AddDate(5, 0, 0) }

func loadTimelines(t *testing.T) []timeline {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "timelines.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tls []timeline
	if err := json.Unmarshal(data, &tls); err != nil {
		t.Fatal(err)
	}
	return tls
}

func (s fixtureStory) ref() StoryRef {
	pub := dayAt(s.Day).Add(time.Duration(s.Hour) * time.Hour)
	return StoryRef{ID: s.ID, Published: pub, Fetched: pub.Add(5 * time.Minute),
		Title: "शीर्षक " + s.ID, URL: "https://example.test/" + s.ID, Source: s.Source, Cluster: s.ID}
}

func (s fixtureStory) stances() []pipeline.Stance {
	return []pipeline.Stance{{Source: s.From, Target: s.To, Polarity: s.Polarity, Mood: s.Mood, Score: s.Score, Evidence: s.Evidence}}
}

func newTracker(t testing.TB, store pipeline.StateStore) *Tracker {
	t.Helper()
	tr, err := New(DefaultConfig(), store, nil, WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func foldAll(t testing.TB, tr *Tracker, stories []fixtureStory) []pipeline.Event {
	t.Helper()
	var all []pipeline.Event
	for _, s := range stories {
		evs, err := tr.Fold(context.Background(), s.ref(), s.stances())
		if err != nil {
			t.Fatalf("fold %s: %v", s.ID, err)
		}
		all = append(all, evs...)
	}
	return all
}

func summarize(evs []pipeline.Event) []wantEvent {
	out := []wantEvent{}
	for _, e := range evs {
		w := wantEvent{Kind: e.Kind, Story: e.Story, From: e.From, To: e.To}
		for _, s := range e.Stories {
			w.Cites = append(w.Cites, s.ID)
		}
		out = append(out, w)
	}
	return out
}

func TestTimelines(t *testing.T) {
	for _, tl := range loadTimelines(t) {
		t.Run(tl.Name, func(t *testing.T) {
			tr := newTracker(t, NewMemoryStore())
			evs := foldAll(t, tr, tl.Stories)
			if got := summarize(evs); !reflect.DeepEqual(got, tl.Want) {
				t.Fatalf("events\n got %+v\nwant %+v", got, tl.Want)
			}
			byID := map[string]fixtureStory{}
			for _, s := range tl.Stories {
				byID[s.ID] = s
			}
			for _, e := range evs {
				if e.ID != e.Kind+":"+pipeline.PairKey(e.Pair[0], e.Pair[1])+":"+e.Story {
					t.Errorf("event id %q is not kind:pair:story", e.ID)
				}
				trig := byID[e.Story]
				if !e.Time.Equal(trig.ref().Published) {
					t.Errorf("%s time %v, want the trigger's %v", e.ID, e.Time, trig.ref().Published)
				}
				// The trigger's own sentence leads the evidence; every cited
				// story carries its sentence.
				if len(e.Evidence) == 0 || e.Evidence[0] != trig.Evidence {
					t.Errorf("%s evidence %q, want the trigger's %q first", e.ID, e.Evidence, trig.Evidence)
				}
				for _, c := range e.Stories {
					if len(c.Evidence) != 1 || c.Evidence[0] != byID[c.ID].Evidence {
						t.Errorf("%s cites %s with %q, want %q", e.ID, c.ID, c.Evidence, byID[c.ID].Evidence)
					}
					if c.Trigger != (c.ID == e.Story) {
						t.Errorf("%s: %s trigger flag %v", e.ID, c.ID, c.Trigger)
					}
				}
			}
			p := tl.Stories[0]
			st, ok, err := tr.Pair(context.Background(), p.To, p.From)
			if err != nil || !ok || st.State != tl.State {
				t.Fatalf("state %q (%v, %v), want %q", st.State, ok, err, tl.State)
			}
		})
	}
}

// Allies, four months of silence, then rivals: exactly one stance-shift,
// allies → rivals, citing the first hostile story first.
func TestSilenceThenRift(t *testing.T) {
	tl := loadTimelines(t)[0]
	evs := foldAll(t, newTracker(t, NewMemoryStore()), tl.Stories)
	if len(evs) != 1 || evs[0].Kind != pipeline.KindStanceShift || evs[0].From != StateAllies || evs[0].To != StateRivals {
		t.Fatalf("events %+v", summarize(evs))
	}
	if evs[0].Stories[0].ID != "h1" || evs[0].Story != "h2" {
		t.Fatalf("cites %+v, trigger %s; want h1 first, trigger h2", summarize(evs)[0].Cites, evs[0].Story)
	}
}

// One story dated a year ahead is clamped to its fetch time (or to now
// without one) and flagged; it does not freeze the pair.
func TestFutureDatedStoryDoesNotFreeze(t *testing.T) {
	ctx := context.Background()
	for _, withFetch := range []bool{true, false} {
		t.Run(fmt.Sprintf("fetch time %v", withFetch), func(t *testing.T) {
			clock := func() time.Time { return dayAt(11) }
			tr, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(clock))
			if err != nil {
				t.Fatal(err)
			}
			future := StoryRef{ID: "future", Published: dayAt(400), Source: "khabar-ek"}
			if withFetch {
				future.Fetched = dayAt(1)
			}
			if _, err := tr.Fold(ctx, future, []pipeline.Stance{{Source: "elon-musk", Target: "donald-trump", Polarity: pipeline.Supportive, Score: 1, Evidence: "मस्क ने ट्रंप की तारीफ की।"}}); err != nil {
				t.Fatal(err)
			}
			var evs []pipeline.Event
			for i := range 5 {
				ref := StoryRef{ID: fmt.Sprintf("h%d", i+1), Published: dayAt(2 + 2*i), Source: []string{"khabar-ek", "khabar-do"}[i%2]}
				if withFetch {
					ref.Fetched = ref.Published.Add(time.Minute)
				}
				e, err := tr.Fold(ctx, ref, []pipeline.Stance{{Source: "donald-trump", Target: "elon-musk", Polarity: pipeline.Hostile, Score: 1, Evidence: "ट्रंप ने मस्क पर निशाना साधा।"}})
				if err != nil {
					t.Fatal(err)
				}
				evs = append(evs, e...)
			}
			if got := summarize(evs); len(got) != 1 || got[0].Kind != pipeline.KindNewFeud || got[0].Story != "h2" {
				t.Fatalf("events %+v, want one new-feud at h2", got)
			}
			st, _, _ := tr.Pair(ctx, "elon-musk", "donald-trump")
			if st.State != StateRivals || st.At.After(dayAt(11)) {
				t.Fatalf("state %s at %v", st.State, st.At)
			}
			d, _, err := tr.Detail(ctx, "elon-musk", "donald-trump", TimelineFilter{})
			if err != nil {
				t.Fatal(err)
			}
			var flagged []string
			for _, e := range d.Timeline.Entries {
				if e.Clamped {
					flagged = append(flagged, e.Story)
					if !e.Published.Equal(dayAt(400)) || e.Time.After(dayAt(11)) {
						t.Errorf("clamped entry %+v", e)
					}
				}
			}
			if !reflect.DeepEqual(flagged, []string{"future"}) {
				t.Fatalf("clamped entries %v", flagged)
			}
		})
	}
}

// yearOfNews is a deterministic year of stories over three pairs: an
// alliance that breaks and mends, a steady rivalry and a steady alliance,
// each story carried by one of four outlets, a few days late at times.
func yearOfNews() []fixtureStory {
	var out []fixtureStory
	srcs := []string{"khabar-ek", "khabar-do", "khabar-teen", "khabar-char"}
	for d := range 365 {
		switch {
		case d%3 == 0:
			pol := pipeline.Supportive
			if d > 150 && d < 250 {
				pol = pipeline.Hostile
			}
			out = append(out, fixtureStory{ID: fmt.Sprintf("tm-%03d", d), Day: d, Source: srcs[d%4], From: "donald-trump", To: "elon-musk", Polarity: pol, Score: 0.9, Evidence: "ट्रंप और मस्क " + pol})
		case d%5 == 1:
			out = append(out, fixtureStory{ID: fmt.Sprintf("ma-%03d", d), Day: d, Source: srcs[(d/5)%4], From: "elon-musk", To: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "मस्क ने ऑल्टमैन की आलोचना की।"})
		case d%7 == 2:
			out = append(out, fixtureStory{ID: fmt.Sprintf("mo-%03d", d), Day: d, Source: srcs[(d/7)%4], From: "narendra-modi", To: "gautam-adani", Polarity: pipeline.Supportive, Score: 1, Evidence: "मोदी ने अडानी की तारीफ की।"})
		}
	}
	// Some stories arrive late: swap neighbours now and then.
	for i := 10; i+1 < len(out); i += 17 {
		out[i], out[i+1] = out[i+1], out[i]
	}
	return out
}

// A replay a year later (fetched now, dated then) gives the same events
// and ids as the live run, flagged as a replay.
func TestReplayGivesSameEvents(t *testing.T) {
	stories := yearOfNews()
	live := foldAll(t, newTracker(t, NewMemoryStore()), stories)
	replayTr := newTracker(t, NewMemoryStore())
	var replay []pipeline.Event
	for _, s := range stories {
		ref := s.ref()
		ref.Fetched = dayAt(800)
		evs, err := replayTr.Fold(context.Background(), ref, s.stances())
		if err != nil {
			t.Fatal(err)
		}
		replay = append(replay, evs...)
	}
	if len(live) < 4 {
		t.Fatalf("the year made only %d events: %+v", len(live), summarize(live))
	}
	kinds := map[string]int{}
	for i := range live {
		kinds[live[i].Kind]++
		if live[i].Replay || !replay[i].Replay {
			t.Fatalf("replay flags: live %v, replay %v", live[i].Replay, replay[i].Replay)
		}
		replay[i].Replay = false
	}
	if !reflect.DeepEqual(live, replay) {
		t.Fatalf("replay differs:\nlive   %+v\nreplay %+v", summarize(live), summarize(replay))
	}
	if kinds[pipeline.KindStanceShift] < 2 || kinds[pipeline.KindNewFeud] < 1 {
		t.Fatalf("event kinds %v", kinds)
	}
}

// A restart (close and reopen the bolt file) in the middle of every
// timeline gives the same events as one uninterrupted run.
func TestRestartMidTimeline(t *testing.T) {
	tls := loadTimelines(t)
	tls = append(tls, timeline{Name: "a year", Stories: yearOfNews()})
	for _, tl := range tls {
		t.Run(tl.Name, func(t *testing.T) {
			want := foldAll(t, newTracker(t, NewMemoryStore()), tl.Stories)
			path := filepath.Join(t.TempDir(), "state.db")
			var got []pipeline.Event
			mid := len(tl.Stories) / 2
			for _, part := range [][]fixtureStory{tl.Stories[:mid], tl.Stories[mid-1:]} {
				store, err := boltstore.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				// The second run starts by re-folding the last story of the
				// first, as a redelivery after a crash would.
				got = append(got, foldAll(t, newTracker(t, store), part)...)
				if err := store.Close(); err != nil {
					t.Fatal(err)
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("with restart\n got %+v\nwant %+v", summarize(got), summarize(want))
			}
		})
	}
}

func TestFoldTwiceEmitsNothingNew(t *testing.T) {
	tl := loadTimelines(t)[0]
	tr := newTracker(t, NewMemoryStore())
	first := foldAll(t, tr, tl.Stories)
	before, _, _ := tr.Pair(context.Background(), "elon-musk", "donald-trump")
	again := foldAll(t, tr, tl.Stories)
	if len(again) != 0 {
		t.Fatalf("refold emitted %v", summarize(again))
	}
	after, _, _ := tr.Pair(context.Background(), "donald-trump", "elon-musk")
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("refold changed the state:\n%+v\n%+v", before, after)
	}
	evs, ok, err := tr.Folded(context.Background(), "h2", "donald-trump", "elon-musk")
	if err != nil || !ok || !reflect.DeepEqual(evs, first) {
		t.Fatalf("Folded(h2) = %+v, %v, %v; want %+v", evs, ok, err, first)
	}
}

// A late story is folded at its own time: placed in the timeline by event
// time, counted in the window, with the same number of records written as
// an on-time one.
func TestLateStory(t *testing.T) {
	ctx := context.Background()
	store := &countingStore{MemoryStore: NewMemoryStore()}
	tr := newTracker(t, store)
	fold := func(id string, day int, src string) []pipeline.Event {
		s := fixtureStory{ID: id, Day: day, Source: src, From: "elon-musk", To: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "वाक्य " + id}
		store.ops = 0
		evs, err := tr.Fold(ctx, s.ref(), s.stances())
		if err != nil {
			t.Fatal(err)
		}
		return evs
	}
	fold("x3", 10, "khabar-ek")
	onTime := store.ops
	if evs := fold("x1", 8, "khabar-ek"); len(evs) != 0 || store.ops != onTime {
		t.Fatalf("late fold from the same outlet: %+v, %d records (on-time %d)", summarize(evs), store.ops, onTime)
	}
	evs := fold("x2", 9, "khabar-do") // late, from a second outlet
	// The events are those of the three stories in event-time order: the
	// feud settles at x2, citing what came before it, as if x3 had waited.
	if got := summarize(evs); len(got) != 1 || got[0].Kind != pipeline.KindNewFeud || got[0].Story != "x2" || !reflect.DeepEqual(got[0].Cites, []string{"x1", "x2"}) {
		t.Fatalf("late story completing the evidence: %+v", got)
	}
	d, _, _ := tr.Detail(ctx, "elon-musk", "sam-altman", TimelineFilter{})
	if len(d.Timeline.Entries) != 3 || d.Timeline.Entries[0].Story != "x1" || !d.Timeline.Entries[0].Late || d.Timeline.Entries[2].Late {
		t.Fatalf("timeline %+v", d.Timeline.Entries)
	}
	st := d.PairState
	if !st.At.Equal(dayAt(10)) {
		t.Fatalf("late story moved the present to %v", st.At)
	}
	if want := 1 + tr.decay(2*24*time.Hour) + tr.decay(24*time.Hour); st.Hostile-want > 1e-9 || want-st.Hostile > 1e-9 {
		t.Fatalf("hostile weight %v, want %v", st.Hostile, want)
	}
	// A story from long before, inside the window of folded stories, takes
	// its place in event time: x0 and x1 from two outlets, every story
	// hostile, settle the pair at x1 (the never-settled rule), so the feud
	// of x2 is retracted and x1's emitted, as a run in order would have.
	x0 := fixtureStory{ID: "x0", Day: -200, Source: "khabar-teen", From: "elon-musk", To: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "वाक्य x0"}
	res, err := tr.foldBatch(ctx, []Item{{Story: x0.ref(), Stances: x0.stances()}})
	if err != nil {
		t.Fatal(err)
	}
	if got := summarize(res[0].events); len(got) != 1 || got[0].Kind != pipeline.KindNewFeud || got[0].Story != "x1" || !reflect.DeepEqual(got[0].Cites, []string{"x0", "x1"}) {
		t.Fatalf("x0 emitted %+v", got)
	}
	if r := res[0].retracted; len(r) != 1 || r[0].ID != "new-feud:elon-musk|sam-altman:x2" || len(r[0].Evidence) != 0 {
		t.Fatalf("x0 retracted %+v", r)
	}
	st, _, _ = tr.Pair(ctx, "elon-musk", "sam-altman")
	inOrder := newTracker(t, NewMemoryStore())
	for _, id := range []string{"x0", "x1", "x2", "x3"} {
		day := map[string]int{"x0": -200, "x1": 8, "x2": 9, "x3": 10}[id]
		src := map[string]string{"x0": "khabar-teen", "x1": "khabar-ek", "x2": "khabar-do", "x3": "khabar-ek"}[id]
		s := fixtureStory{ID: id, Day: day, Source: src, From: "elon-musk", To: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "वाक्य " + id}
		if _, err := inOrder.Fold(ctx, s.ref(), s.stances()); err != nil {
			t.Fatal(err)
		}
	}
	want, _, _ := inOrder.Pair(ctx, "elon-musk", "sam-altman")
	if !reflect.DeepEqual(st, want) || st.Counts.Stories != 4 || st.SinceStory != "x1" || !st.FirstSeen.Equal(dayAt(-200)) {
		t.Fatalf("state\n got %+v\nwant %+v", st, want)
	}
	// The history says so too: one change, at x1, with the new event.
	d, _, _ = tr.Detail(ctx, "elon-musk", "sam-altman", TimelineFilter{})
	if len(d.History) != 1 || d.History[0].Story != "x1" || d.History[0].Event != "new-feud:elon-musk|sam-altman:x1" || d.History[0].Title != "" && d.History[0].Source != "khabar-ek" {
		t.Fatalf("history %+v", d.History)
	}
}

type countingStore struct {
	*MemoryStore
	ops        int
	applies    int
	maxSize    int // largest pair record
	maxSummary int // largest summary in it
	maxMarkers int // most markers in it
	maxWindow  int // most stories in its window
}

func (c *countingStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	c.ops += len(ops)
	c.applies++
	for _, op := range ops {
		if op.Bucket == BucketPairs {
			c.maxSize = max(c.maxSize, len(op.Value))
			var rec pairRecord
			if err := codec.Unmarshal(op.Value, &rec); err != nil {
				return err
			}
			sum, err := codec.Marshal(rec.PairState)
			if err != nil {
				return err
			}
			c.maxSummary = max(c.maxSummary, len(sum))
			c.maxMarkers = max(c.maxMarkers, len(rec.Folded))
			c.maxWindow = max(c.maxWindow, len(rec.Window))
		}
	}
	return c.MemoryStore.Apply(ctx, ops...)
}

// The pair record stays bounded however long a pair's history: 5,000
// stories on one pair, one every 3 hours of the tracker's clock,
// alternating outlets and polarities, never write a summary above 2 KB,
// more markers than a week of folds (56: markers go by age, not by count)
// nor more than DefaultWindowCount stories in the window, and each fold
// writes the same number of records.
func TestSummaryBounded(t *testing.T) {
	store := &countingStore{MemoryStore: NewMemoryStore()}
	now := day0
	tr, err := New(DefaultConfig(), store, nil, WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	srcs := []string{"khabar-ek-लंबा-नाम-वाला-स्रोत", "khabar-do-लंबा-नाम-वाला-स्रोत", "khabar-teen-लंबा-नाम-वाला-स्रोत"}
	for i := range 5000 {
		pol := pipeline.Hostile
		if (i/40)%2 == 1 {
			pol = pipeline.Supportive
		}
		ref := StoryRef{ID: fmt.Sprintf("%020x", i), Published: day0.Add(time.Duration(i) * 3 * time.Hour), Source: srcs[i%3], Cluster: fmt.Sprintf("%020x", i-i%2)}
		ref.Fetched = ref.Published
		now = ref.Published
		before := store.ops
		if _, err := tr.Fold(context.Background(), ref, []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pol, Score: 0.9, Evidence: strings.Repeat("वाक्य ", 20)}}); err != nil {
			t.Fatal(err)
		}
		if n := store.ops - before; n > 4 {
			t.Fatalf("fold %d wrote %d records", i, n)
		}
	}
	if store.maxSummary > 2048 || store.maxSummary == 0 {
		t.Fatalf("largest summary %d bytes", store.maxSummary)
	}
	if week := int(DefaultMarkerAge/(3*time.Hour)) + 1; store.maxMarkers != week {
		t.Fatalf("at most %d markers kept, want a week's folds, %d", store.maxMarkers, week)
	}
	if store.maxWindow == 0 || store.maxWindow > DefaultWindowCount {
		t.Fatalf("at most %d stories in the window, want 1–%d", store.maxWindow, DefaultWindowCount)
	}
	// The summary and the base (≤ 2 KB each), the markers (≤ 48 bytes
	// each) and the window (≤ 80 bytes a story with 20-character ids and
	// clusters, the outlets interned).
	if limit := 2*2048 + 64 + 48*store.maxMarkers + 80*DefaultWindowCount; store.maxSize > limit {
		t.Fatalf("largest pair record %d bytes, over %d", store.maxSize, limit)
	}
}

func TestPairDetail(t *testing.T) {
	tl := loadTimelines(t)[5] // alliance, rift, thaw
	tr := newTracker(t, NewMemoryStore())
	foldAll(t, tr, tl.Stories)
	ctx := context.Background()
	d, ok, err := tr.Detail(ctx, "elon-musk", "donald-trump", TimelineFilter{Offset: 2, Size: 3})
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	var hist []string
	for _, c := range d.History {
		hist = append(hist, c.From+">"+c.To+"@"+c.Story)
	}
	if want := []string{"none>allies@p2", "allies>rivals@r2", "rivals>allies@t2"}; !reflect.DeepEqual(hist, want) {
		t.Fatalf("history %v, want %v", hist, want)
	}
	if d.History[1].Event != "stance-shift:donald-trump|elon-musk:r2" || !reflect.DeepEqual(d.History[1].Stories, []string{"r1", "r2"}) {
		t.Fatalf("history entry %+v", d.History[1])
	}
	if d.Timeline.Total != 7 || len(d.Timeline.Entries) != 3 || d.Timeline.Entries[0].Story != "p3" {
		t.Fatalf("timeline page %+v", d.Timeline)
	}
	c := d.Counts
	if c.Stories != 7 || c.HostileStories != 2 || c.SupportiveStories != 5 ||
		c.Directions[0] != (DirectedCounts{Source: "donald-trump", Target: "elon-musk", Hostile: 1, Supportive: 3}) ||
		c.Directions[1] != (DirectedCounts{Source: "elon-musk", Target: "donald-trump", Hostile: 1, Supportive: 2}) {
		t.Fatalf("counts %+v", c)
	}
	// The series has one point per day from the first story to the last,
	// with the state of each day.
	if len(d.Series) != 330 || d.Series[0].Date != "2025-01-02" || d.Series[0].Supportive != 1 {
		t.Fatalf("series: %d points, first %+v", len(d.Series), d.Series[0])
	}
	states := map[string]string{}
	for _, p := range d.Series {
		states[p.Date] = p.State
	}
	if states["2025-01-02"] != StateNone || states["2025-01-21"] != StateAllies || states["2025-07-26"] != StateRivals || states["2025-11-27"] != StateAllies {
		t.Fatalf("series states %v %v %v %v", states["2025-01-02"], states["2025-01-21"], states["2025-07-26"], states["2025-11-27"])
	}
	last := d.Series[len(d.Series)-1]
	if last.Score <= 0 || last.Score-d.Score > 0.01 || d.Score-last.Score > 0.05 {
		t.Fatalf("last score %v, summary %v", last.Score, d.Score)
	}
	list, err := tr.Pairs(ctx, PairFilter{Entity: "elon-musk", State: StateAllies})
	if err != nil || list.Total != 1 || list.Pairs[0].Pair != [2]string{"donald-trump", "elon-musk"} {
		t.Fatalf("list %+v %v", list, err)
	}
	if list, _ := tr.Pairs(ctx, PairFilter{ChangedSince: dayAt(331)}); list.Total != 0 {
		t.Fatalf("changed since after the last change: %+v", list)
	}
}

func TestFoldSkipsBadStances(t *testing.T) {
	tr := newTracker(t, NewMemoryStore())
	ref := StoryRef{ID: "bad", Published: day0}
	evs, err := tr.Fold(context.Background(), ref, []pipeline.Stance{
		{Source: "a", Target: "a", Polarity: pipeline.Hostile},
		{Source: "", Target: "b", Polarity: pipeline.Hostile},
		{Source: "a", Target: "b", Polarity: "angry"},
	})
	if err != nil || len(evs) != 0 {
		t.Fatalf("%+v %v", evs, err)
	}
	if _, ok, _ := tr.Pair(context.Background(), "a", "b"); ok {
		t.Fatal("a bad stance made a pair")
	}
	if _, err := tr.Fold(context.Background(), StoryRef{}, nil); err == nil {
		t.Fatal("story without id folded")
	}
}

func TestNewValidates(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MinSources = cfg.MinEvidence + 1
	if _, err := New(cfg, NewMemoryStore(), nil); err == nil || !strings.Contains(err.Error(), "track.min_sources") {
		t.Fatalf("min_sources > min_evidence: %v", err)
	}
	if _, err := New(DefaultConfig(), nil, nil); err == nil {
		t.Fatal("nil store accepted")
	}
}

// The ephemeral tracker of `khabar analyze` gives the same events, ids and
// citations as one over a store, for stories in event-time order (the
// ephemeral tracker folds in input order; a store's tracker folds the set).
func TestEphemeralSameEvents(t *testing.T) {
	stories := yearOfNews()
	for _, tl := range loadTimelines(t) {
		stories = append(stories, tl.Stories...)
	}
	slices.SortStableFunc(stories, func(a, b fixtureStory) int {
		if c := a.ref().Published.Compare(b.ref().Published); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	want := foldAll(t, newTracker(t, NewMemoryStore()), stories)
	eph, err := New(DefaultConfig(), NewMemoryStore(), nil, WithClock(fixedClock), Ephemeral())
	if err != nil {
		t.Fatal(err)
	}
	got := foldAll(t, eph, stories)
	if len(want) < 8 || !reflect.DeepEqual(got, want) {
		t.Fatalf("ephemeral\n got %+v\nwant %+v", summarize(got), summarize(want))
	}
	if again := foldAll(t, eph, stories[:20]); len(again) != 0 {
		t.Fatalf("refold emitted %+v", summarize(again))
	}
}

// track.escalation: 0 turns escalations off; nothing else changes.
func TestEscalationOff(t *testing.T) {
	var tl timeline
	for _, x := range loadTimelines(t) {
		if strings.HasPrefix(x.Name, "escalation") {
			tl = x
		}
	}
	cfg := DefaultConfig()
	cfg.Escalation = 0
	tr, err := New(cfg, NewMemoryStore(), nil, WithClock(fixedClock))
	if err != nil {
		t.Fatal(err)
	}
	got := summarize(foldAll(t, tr, tl.Stories))
	if len(got) != 1 || got[0].Kind != pipeline.KindNewFeud {
		t.Fatalf("with escalation off: %+v", got)
	}
}
