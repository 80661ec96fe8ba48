package track

import (
	"context"
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// Pair returns the summary of the unordered pair a, b.
func (t *Tracker) Pair(ctx context.Context, a, b string) (PairState, bool, error) {
	return ReadPair(ctx, t.store, a, b)
}

// ReadPair reads a pair's summary from a state store directly (the CLI
// reads a state file no khabar process holds).
func ReadPair(ctx context.Context, store pipeline.StateStore, a, b string) (PairState, bool, error) {
	key := pipeline.PairKey(a, b)
	v, ok, err := store.Get(ctx, BucketPairs, key)
	if err != nil {
		return PairState{}, false, fmt.Errorf("track: pair %s: %w", key, err)
	}
	if !ok {
		return PairState{State: StateNone}, false, nil
	}
	var st PairState
	if err := codec.Unmarshal(v, &st); err != nil {
		return PairState{}, false, fmt.Errorf("track: decode pair %s: %w", key, err)
	}
	return st, true, nil
}

// PairFilter selects pairs for a listing.
type PairFilter struct {
	Entity       string    // only pairs with this entity ("" any)
	State        string    // only pairs in this settled state ("" any)
	ChangedSince time.Time // only pairs whose settled state changed at or after this
	Offset, Size int       // page (Size default 50)
}

// PairList is a page of pairs, sorted by last activity (newest first).
type PairList struct {
	Total  int         `json:"total"`
	Offset int         `json:"offset"`
	Size   int         `json:"size"`
	Pairs  []PairState `json:"pairs"`
}

// ListPairs lists the pairs of a state store that pass f.
func ListPairs(ctx context.Context, store pipeline.StateStore, f PairFilter) (PairList, error) {
	if f.Size <= 0 {
		f.Size = 50
	}
	var all []PairState
	err := store.ForEach(ctx, BucketPairs, func(key string, v []byte) error {
		var st PairState
		if err := codec.Unmarshal(v, &st); err != nil {
			return fmt.Errorf("decode pair %s: %w", key, err)
		}
		if f.Entity != "" && st.Pair[0] != f.Entity && st.Pair[1] != f.Entity {
			return nil
		}
		if f.State != "" && st.State != f.State {
			return nil
		}
		if !f.ChangedSince.IsZero() && (st.Since.IsZero() || st.Since.Before(f.ChangedSince)) {
			return nil
		}
		all = append(all, st)
		return nil
	})
	if err != nil {
		return PairList{}, fmt.Errorf("track: list pairs: %w", err)
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].LastSeen.Equal(all[j].LastSeen) {
			return all[i].LastSeen.After(all[j].LastSeen)
		}
		return pipeline.PairKey(all[i].Pair[0], all[i].Pair[1]) < pipeline.PairKey(all[j].Pair[0], all[j].Pair[1])
	})
	out := PairList{Total: len(all), Offset: f.Offset, Size: f.Size, Pairs: []PairState{}}
	if f.Offset < len(all) {
		out.Pairs = all[f.Offset:min(len(all), f.Offset+f.Size)]
	}
	return out, nil
}

// Pairs lists the tracker's pairs.
func (t *Tracker) Pairs(ctx context.Context, f PairFilter) (PairList, error) {
	return ListPairs(ctx, t.store, f)
}

// TimelineFilter selects a page of a pair's timeline.
type TimelineFilter struct {
	From, To     time.Time // event time, inclusive; zero = open
	Offset, Size int       // Size default 50
}

// TimelinePage is a page of a pair's timeline, oldest first.
type TimelinePage struct {
	Total   int     `json:"total"`
	Offset  int     `json:"offset"`
	Size    int     `json:"size"`
	Entries []Entry `json:"entries"`
}

// SeriesPoint is one day of a pair's daily series (UTC days).
type SeriesPoint struct {
	Date string `json:"date"` // 2025-06-04
	// Stories of the day with asserted hostile / supportive evidence.
	Hostile    int `json:"hostile"`
	Supportive int `json:"supportive"`
	Stories    int `json:"stories"`
	// Score is the decayed supportive − hostile weight at the day's end
	// (the half-life of track.half_life), State the settled state then.
	Score float64 `json:"score"`
	State string  `json:"state"`
}

// PairDetail is everything about one pair: its summary, the history of its
// settled state, a page of its timeline and its daily series.
type PairDetail struct {
	PairState
	History  []Change      `json:"history"`
	Timeline TimelinePage  `json:"timeline"`
	Series   []SeriesPoint `json:"series"`
}

// maxSeriesDays bounds a series (ten years of days).
const maxSeriesDays = 3660

// ReadPairDetail reads a pair's summary, history, one timeline page and the
// daily series (over the same From/To). ok is false for an unknown pair.
func ReadPairDetail(ctx context.Context, store pipeline.StateStore, cfg Config, a, b string, f TimelineFilter) (PairDetail, bool, error) {
	st, ok, err := ReadPair(ctx, store, a, b)
	if err != nil || !ok {
		return PairDetail{}, ok, err
	}
	if f.Size <= 0 {
		f.Size = 50
	}
	key := pipeline.PairKey(a, b)
	d := PairDetail{PairState: st, History: []Change{}, Series: []SeriesPoint{},
		Timeline: TimelinePage{Offset: f.Offset, Size: f.Size, Entries: []Entry{}}}
	err = store.ForEach(ctx, BucketHistoryPrefix+key, func(k string, v []byte) error {
		var c Change
		if err := codec.Unmarshal(v, &c); err != nil {
			return fmt.Errorf("decode history %s/%s: %w", key, k, err)
		}
		// A change past the summary's count was written by a fold that
		// never committed (killed before its pair record): not history.
		if c.Seq > st.Changes {
			return nil
		}
		d.History = append(d.History, c)
		return nil
	})
	if err != nil {
		return PairDetail{}, true, fmt.Errorf("track: history of %s: %w", key, err)
	}
	s := newSeries(cfg, d.History, f)
	n := 0
	err = store.ForEach(ctx, BucketTimelinePrefix+key, func(k string, v []byte) error {
		var e Entry
		if err := codec.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("decode timeline %s/%s: %w", key, k, err)
		}
		s.add(e)
		if (!f.From.IsZero() && e.Time.Before(f.From)) || (!f.To.IsZero() && e.Time.After(f.To)) {
			return nil
		}
		if n >= f.Offset && len(d.Timeline.Entries) < f.Size {
			d.Timeline.Entries = append(d.Timeline.Entries, e)
		}
		n++
		return nil
	})
	if err != nil {
		return PairDetail{}, true, fmt.Errorf("track: timeline of %s: %w", key, err)
	}
	d.Timeline.Total = n
	d.Series = s.finish()
	return d, true, nil
}

// Detail is ReadPairDetail over the tracker's store and settings.
func (t *Tracker) Detail(ctx context.Context, a, b string, f TimelineFilter) (PairDetail, bool, error) {
	return ReadPairDetail(ctx, t.store, t.cfg, a, b, f)
}

// series builds the daily series in one pass over the timeline (oldest
// first): decayed sums carried day to day, like the summary's.
type series struct {
	cfg     Config
	history []Change
	f       TimelineFilter
	events  []Entry
}

func newSeries(cfg Config, history []Change, f TimelineFilter) *series {
	return &series{cfg: cfg, history: history, f: f}
}

func (s *series) add(e Entry) { s.events = append(s.events, e) }

func (s *series) finish() []SeriesPoint {
	out := []SeriesPoint{}
	if len(s.events) == 0 {
		return out
	}
	// Entries are in timeline-key order (event time); weights are summed
	// per day and decayed from day end to day end.
	first := dayOf(s.events[0].Time)
	last := dayOf(s.events[len(s.events)-1].Time)
	if !s.f.From.IsZero() && dayOf(s.f.From).After(first) {
		first = dayOf(s.f.From)
	}
	if !s.f.To.IsZero() && dayOf(s.f.To).Before(last) {
		last = dayOf(s.f.To)
	}
	if last.Sub(first) > maxSeriesDays*24*time.Hour {
		first = last.Add(-maxSeriesDays * 24 * time.Hour)
	}
	var hw, sw float64
	at := time.Time{}
	decay := func(to time.Time) {
		if !at.IsZero() && to.After(at) {
			f := pow2(-float64(to.Sub(at)) / float64(s.cfg.HalfLife))
			hw, sw = hw*f, sw*f
		}
		if to.After(at) {
			at = to
		}
	}
	i := 0
	state := StateNone
	h := 0
	// Carry the sums up to the first day shown.
	for ; i < len(s.events) && dayOf(s.events[i].Time).Before(first); i++ {
		e := s.events[i]
		decay(e.Time)
		hw += e.Hostile * pow2(-float64(at.Sub(e.Time))/float64(s.cfg.HalfLife))
		sw += e.Supportive * pow2(-float64(at.Sub(e.Time))/float64(s.cfg.HalfLife))
	}
	for day := first; !day.After(last); day = day.Add(24 * time.Hour) {
		end := day.Add(24*time.Hour - time.Nanosecond)
		p := SeriesPoint{Date: day.Format("2006-01-02")}
		for ; i < len(s.events) && !s.events[i].Time.After(end); i++ {
			e := s.events[i]
			decay(e.Time)
			hw += e.Hostile * pow2(-float64(at.Sub(e.Time))/float64(s.cfg.HalfLife))
			sw += e.Supportive * pow2(-float64(at.Sub(e.Time))/float64(s.cfg.HalfLife))
			p.Stories++
			if e.Hostile > 0 {
				p.Hostile++
			}
			if e.Supportive > 0 {
				p.Supportive++
			}
		}
		decay(end)
		for ; h < len(s.history) && !s.history[h].Time.After(end); h++ {
			state = s.history[h].To
		}
		p.Score = round3(sw - hw)
		p.State = state
		out = append(out, p)
	}
	return out
}

func dayOf(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func pow2(x float64) float64 { return math.Exp2(x) }

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
