package track

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
)

type fixtureStory struct {
	ID       string  `json:"id"`
	Day      int     `json:"day"`
	From     string  `json:"from"`
	To       string  `json:"to"`
	Polarity string  `json:"polarity"`
	Score    float64 `json:"score"`
	Evidence string  `json:"evidence"`
}

type wantEvent struct {
	Kind  string `json:"kind"`
	Story string `json:"story"`
	From  string `json:"from"`
	To    string `json:"to"`
}

type timeline struct {
	Name    string         `json:"name"`
	Stories []fixtureStory `json:"stories"`
	Want    []wantEvent    `json:"want"`
}

var day0 = time.Date(2025, 1, 1, 9, 0, 0, 0, time.UTC)

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
	return StoryRef{ID: s.ID, Published: day0.Add(time.Duration(s.Day) * 24 * time.Hour),
		Title: "शीर्षक " + s.ID, URL: "https://example.test/" + s.ID, Source: "src-" + s.ID}
}

func (s fixtureStory) stances() []pipeline.Stance {
	return []pipeline.Stance{{Source: s.From, Target: s.To, Polarity: s.Polarity, Score: s.Score, Evidence: s.Evidence}}
}

func newTracker(t *testing.T, store pipeline.StateStore) *Tracker {
	t.Helper()
	tr, err := New(DefaultConfig(), store, nil)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func foldAll(t *testing.T, tr *Tracker, stories []fixtureStory) []pipeline.Event {
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
		out = append(out, wantEvent{Kind: e.Kind, Story: e.Story, From: e.From, To: e.To})
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
			for _, e := range evs {
				if e.ID != e.Kind+":"+pipeline.PairKey(e.Pair[0], e.Pair[1])+":"+e.Story {
					t.Errorf("event id %q is not kind:pair:story", e.ID)
				}
				if len(e.Evidence) == 0 {
					t.Errorf("%s at %s carries no evidence", e.Kind, e.Story)
				}
			}
			// The triggering story's own sentence leads the evidence.
			for _, e := range evs {
				for _, s := range tl.Stories {
					if s.ID == e.Story && e.Evidence[0] != s.Evidence {
						t.Errorf("%s evidence starts with %q, want the trigger's %q", e.Kind, e.Evidence[0], s.Evidence)
					}
				}
			}
		})
	}
}

func TestFoldTwiceEmitsNothingNew(t *testing.T) {
	tl := loadTimelines(t)[0]
	tr := newTracker(t, NewMemoryStore())
	first := foldAll(t, tr, tl.Stories)
	before, _, _ := tr.Pair(context.Background(), "elon-musk", "sam-altman")
	again := foldAll(t, tr, tl.Stories)
	if len(again) != 0 {
		t.Fatalf("refold emitted %v", summarize(again))
	}
	after, _, _ := tr.Pair(context.Background(), "sam-altman", "elon-musk")
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("refold changed the state:\n%+v\n%+v", before, after)
	}
	// The marker keeps the events of the first fold for re-publishing.
	evs, ok, err := tr.Folded(context.Background(), "h3", "sam-altman", "elon-musk")
	if err != nil || !ok {
		t.Fatalf("Folded(h3) = %v, %v", ok, err)
	}
	var shift []pipeline.Event
	for _, e := range first {
		if e.Story == "h3" {
			shift = append(shift, e)
		}
	}
	if !reflect.DeepEqual(evs, shift) {
		t.Fatalf("Folded(h3) = %+v, want %+v", evs, shift)
	}
}

func TestPairState(t *testing.T) {
	tl := loadTimelines(t)[0]
	tr := newTracker(t, NewMemoryStore())
	foldAll(t, tr, tl.Stories)
	st, ok, err := tr.Pair(context.Background(), "sam-altman", "elon-musk")
	if err != nil || !ok {
		t.Fatalf("Pair: %v %v", ok, err)
	}
	if st.Pair != [2]string{"elon-musk", "sam-altman"} || st.State != StateHostile || st.Polarity != pipeline.Hostile {
		t.Fatalf("state %+v", st)
	}
	// elon-musk → sam-altman: p1, p3 supportive; r1, h1, h3, h4 hostile. Reverse: p2, h2.
	want := [2]DirectedCounts{{Hostile: 4, Supportive: 2}, {Hostile: 1, Supportive: 1}}
	if st.Counts != want {
		t.Fatalf("counts %+v, want %+v", st.Counts, want)
	}
	if st.Stories != len(tl.Stories) || len(st.Timeline) != len(tl.Stories) {
		t.Fatalf("stories %d timeline %d", st.Stories, len(st.Timeline))
	}
	if !st.FirstSeen.Equal(tl.Stories[0].ref().Published) || !st.LastSeen.Equal(tl.Stories[len(tl.Stories)-1].ref().Published) {
		t.Fatalf("first/last seen %v %v", st.FirstSeen, st.LastSeen)
	}
	if st.Score >= 0 || st.Score != st.Supportive-st.Hostile {
		t.Fatalf("score %v = %v - %v", st.Score, st.Supportive, st.Hostile)
	}
	if _, ok, _ := tr.Pair(context.Background(), "elon-musk", "nobody"); ok {
		t.Fatal("unknown pair reported as known")
	}
}

// A restart (close and reopen the bolt file) in the middle of every timeline
// gives the same events as one uninterrupted run.
func TestRestartMidTimeline(t *testing.T) {
	for _, tl := range loadTimelines(t) {
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

func TestLateStory(t *testing.T) {
	ctx := context.Background()
	mk := func(id string, day int, pol string) (StoryRef, []pipeline.Stance) {
		s := fixtureStory{ID: id, Day: day, From: "elon-musk", To: "sam-altman", Polarity: pol, Score: 1, Evidence: "वाक्य " + id}
		return s.ref(), s.stances()
	}
	t.Run("late hostile story before an existing one is no new feud", func(t *testing.T) {
		tr := newTracker(t, NewMemoryStore())
		r, s := mk("x2", 10, pipeline.Hostile)
		if evs, _ := tr.Fold(ctx, r, s); len(evs) != 1 || evs[0].Kind != pipeline.KindNewFeud {
			t.Fatalf("first hostile: %+v", evs)
		}
		r, s = mk("x1", 8, pipeline.Hostile)
		evs, err := tr.Fold(ctx, r, s)
		if err != nil || len(evs) != 0 {
			t.Fatalf("late hostile: %+v %v", evs, err)
		}
		st, _, _ := tr.Pair(ctx, "elon-musk", "sam-altman")
		if st.Timeline[0].Story != "x1" || st.Timeline[1].Story != "x2" {
			t.Fatalf("late story not in published order: %+v", st.Timeline)
		}
		if !st.At.Equal(r.Published.Add(2 * 24 * time.Hour)) {
			t.Fatalf("late story moved the pair's present to %v", st.At)
		}
		// Weighted as if it had come in order: decayed by two days.
		want := 1 + tr.decay(2*24*time.Hour)
		if d := st.Hostile - want; d > 1e-9 || d < -1e-9 {
			t.Fatalf("hostile weight %v, want %v", st.Hostile, want)
		}
	})
	t.Run("story older than the window only counts", func(t *testing.T) {
		tr := newTracker(t, NewMemoryStore())
		r, s := mk("y2", 200, pipeline.Supportive)
		tr.Fold(ctx, r, s)
		r, s = mk("y1", 1, pipeline.Hostile)
		evs, err := tr.Fold(ctx, r, s)
		if err != nil || len(evs) != 0 {
			t.Fatalf("ancient hostile story: %+v %v", evs, err)
		}
		st, _, _ := tr.Pair(ctx, "elon-musk", "sam-altman")
		if st.Hostile != 0 || st.Counts[0].Hostile != 1 || len(st.Timeline) != 1 || !st.FirstSeen.Equal(r.Published) {
			t.Fatalf("state %+v", st)
		}
	})
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
	cfg.Exit = cfg.Enter
	if _, err := New(cfg, NewMemoryStore(), nil); err == nil {
		t.Fatal("exit == enter accepted")
	}
	if _, err := New(DefaultConfig(), nil, nil); err == nil {
		t.Fatal("nil store accepted")
	}
}

func BenchmarkFold(b *testing.B) {
	tr, _ := New(DefaultConfig(), NewMemoryStore(), nil)
	ctx := context.Background()
	pols := []string{pipeline.Hostile, pipeline.Supportive}
	for i := 0; b.Loop(); i++ {
		ref := StoryRef{ID: "s" + string(rune('a'+i%26)) + time.Duration(i).String(), Published: day0.Add(time.Duration(i) * time.Minute)}
		_, err := tr.Fold(ctx, ref, []pipeline.Stance{{Source: "elon-musk", Target: "sam-altman", Polarity: pols[i%3%2], Score: 0.8, Evidence: "वाक्य"}})
		if err != nil {
			b.Fatal(err)
		}
	}
}
