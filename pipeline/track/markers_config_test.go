package track

import (
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// track.marker_age and track.marker_cap (Config.MarkerAge, MarkerCap) are
// the horizon and the cap of the markers a tracker keeps; 0 keeps
// DefaultMarkerAge and DefaultMarkerCap; WithMarkers and WithMarkerCap
// override the configuration.
func TestMarkersFromConfig(t *testing.T) {
	key := pipeline.PairKey(arrivalA, arrivalB)
	open := func(t *testing.T, cfg Config, opts ...Option) (*Tracker, func(time.Duration)) {
		t.Helper()
		now := day0.AddDate(1, 0, 0)
		tr, err := New(cfg, NewMemoryStore(), nil, append([]Option{WithClock(func() time.Time { return now })}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		return tr, func(d time.Duration) { now = now.Add(d) }
	}
	t.Run("age", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			age  time.Duration
			opts []Option
			kept bool
		}{
			{"marker_age 2h", 2 * time.Hour, nil, false},
			{"marker_age 0 (168h)", 0, nil, true},
			{"the default config", DefaultConfig().MarkerAge, nil, true},
			{"WithMarkers over marker_age 2h", 2 * time.Hour, []Option{WithMarkers(DefaultMarkerAge, 0)}, true},
		} {
			t.Run(tt.name, func(t *testing.T) {
				cfg := DefaultConfig()
				cfg.MarkerAge = tt.age
				tr, advance := open(t, cfg, tt.opts...)
				foldInto(t, tr, map[string]pipeline.Event{}, [][]fixtureStory{{arrivalStory("s1", 1, 0, "khabar-ek", pipeline.Supportive)}})
				advance(3 * time.Hour)
				// The pair's next fold prunes the markers past the horizon.
				foldInto(t, tr, map[string]pipeline.Event{}, [][]fixtureStory{{arrivalStory("n1", 1, 5, "khabar-do", pipeline.Hostile)}})
				rec := storedRecord(t, tr.store, key)
				if _, ok := rec.mark("s1"); ok != tt.kept {
					t.Fatalf("s1's marker kept %v 3 hours after its fold, want %v", ok, tt.kept)
				}
				if _, ok := rec.mark("n1"); !ok {
					t.Fatal("n1's marker missing right after its fold")
				}
			})
		}
	})
	t.Run("cap", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			cap  int
			opts []Option
			want int
		}{
			{"marker_cap 3", 3, nil, 3},
			{"marker_cap 0 (20,000)", 0, nil, 6},
			{"WithMarkerCap over marker_cap 3", 3, []Option{WithMarkerCap(4)}, 4},
		} {
			t.Run(tt.name, func(t *testing.T) {
				cfg := DefaultConfig()
				cfg.MarkerCap = tt.cap
				tr, advance := open(t, cfg, tt.opts...)
				for i := range 6 {
					advance(time.Minute)
					foldInto(t, tr, map[string]pipeline.Event{}, [][]fixtureStory{{arrivalStory(fmt.Sprintf("c%d", i), 1, i, "khabar-ek", pipeline.Hostile)}})
				}
				rec := storedRecord(t, tr.store, key)
				if len(rec.Folded) != tt.want {
					t.Fatalf("%d markers after 6 folds, want %d", len(rec.Folded), tt.want)
				}
				if _, ok := rec.mark("c5"); !ok {
					t.Fatal("the newest story's marker was dropped")
				}
			})
		}
	})
	t.Run("refused", func(t *testing.T) {
		cfg := DefaultConfig()
		cfg.MarkerAge = 10 * time.Minute
		if _, err := New(cfg, NewMemoryStore(), nil); err == nil {
			t.Fatal("New took a 10-minute marker horizon")
		}
	})
}
