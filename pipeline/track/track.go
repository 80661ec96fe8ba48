// Package track is the track stage: it folds the directed stances of
// stories, in published-time order, into a relationship state per unordered
// pair of tracked entities, and emits new-feud and stance-shift events.
//
// The state model and the shift rule are documented in README.md next to
// this file; the parameters are config.TrackConfig (track.* settings).
package track

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sort"
	"sync"
	"time"

	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
)

// Config is the tracker's settings (the track section of khabar.yaml).
type Config = config.TrackConfig

// DefaultConfig returns the tracker defaults.
func DefaultConfig() Config { return config.DefaultTrack() }

// States of a pair.
const (
	StateNone       = "none"
	StateSupportive = pipeline.Supportive
	StateHostile    = pipeline.Hostile
	StateMixed      = "mixed"
)

// State-store buckets of the tracker.
const (
	// BucketPairs maps a PairKey to its JSON PairState.
	BucketPairs = "track.pairs"
	// BucketFolded maps story id + "\x00" + pair key to the events that
	// fold emitted: the "already folded" marker, written in the same Apply
	// as the pair. Per pair, because the stances topic carries one message
	// per story and pair.
	BucketFolded = "track.folded"
)

// evidencePerEvent caps the sentences an event carries.
const evidencePerEvent = 5

// StoryRef is what the tracker needs of a story (ID, Published, Title, URL,
// Source); it is the reference that travels on the stances topic.
type StoryRef = pipeline.StoryRef

// DirectedCounts counts the stances of one direction of a pair.
type DirectedCounts struct {
	Hostile    int `json:"hostile"`
	Supportive int `json:"supportive"`
}

// Entry is one story's evidence of one polarity for a pair.
type Entry struct {
	Story    string    `json:"story"`
	Time     time.Time `json:"time"`
	Title    string    `json:"title,omitempty"`
	URL      string    `json:"url,omitempty"`
	Source   string    `json:"source,omitempty"`
	Polarity string    `json:"polarity"`
	// Weight is the story's weight for this polarity: its strongest stance
	// score, so a long article repeating itself still weighs one story.
	Weight float64 `json:"weight"`
	// Directions lists who spoke of whom, as "source>target".
	Directions []string `json:"directions"`
	Evidence   []string `json:"evidence"`
}

// PairState is the relationship of an unordered pair.
type PairState struct {
	Pair  [2]string `json:"pair"` // sorted ids
	State string    `json:"state"`
	// Polarity is the last definite state the pair held (supportive or
	// hostile), kept through mixed and none: a shift is a change of it.
	Polarity string `json:"polarity,omitempty"`
	// Since is the published time of the story that set State.
	Since time.Time `json:"since"`
	// Score is Supportive - Hostile; both are sums of story weights decayed
	// with the half-life to At, the latest published time folded.
	Score      float64   `json:"score"`
	Supportive float64   `json:"supportive"`
	Hostile    float64   `json:"hostile"`
	At         time.Time `json:"at"`
	// Counts[0] counts stances of Pair[0] towards Pair[1]; Counts[1] the reverse.
	Counts    [2]DirectedCounts `json:"counts"`
	Stories   int               `json:"stories"`
	FirstSeen time.Time         `json:"first_seen"`
	LastSeen  time.Time         `json:"last_seen"`
	// Timeline is the evidence within the window, oldest first.
	Timeline []Entry `json:"timeline"`
}

// Tracker folds stances into pair state kept in a pipeline.StateStore.
// It is safe for concurrent use; folds are serialised.
type Tracker struct {
	cfg   Config
	store pipeline.StateStore
	log   *slog.Logger
	mu    sync.Mutex
}

// New returns a tracker over store.
func New(cfg Config, store pipeline.StateStore, logger *slog.Logger) (*Tracker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("track: %w", err)
	}
	if store == nil {
		return nil, errors.New("track: nil state store")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Tracker{cfg: cfg, store: store, log: logger}, nil
}

type foldedMarker struct {
	Published time.Time        `json:"published"`
	Events    []pipeline.Event `json:"events"`
}

// Fold folds one story's stances into the state of every pair they name,
// and returns the events that causes. Everything — the pairs and their
// "folded" markers — is stored in one Apply before Fold returns, so after a
// crash a story is either wholly folded or not at all; a pair the story was
// already folded into is skipped, so folding a story twice returns no new
// events (see Folded for the events it emitted the first time). Stances
// with an unknown polarity, an empty or equal source and target are skipped.
func (t *Tracker) Fold(ctx context.Context, story StoryRef, stances []pipeline.Stance) ([]pipeline.Event, error) {
	if story.ID == "" {
		return nil, errors.New("track: fold: story without id")
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	groups := groupStances(story, stances)
	keys := make([]string, 0, len(groups))
	for k := range groups {
		if _, done, err := t.store.Get(ctx, BucketFolded, markerKey(story.ID, k)); err != nil {
			return nil, fmt.Errorf("track: fold %s: %w", story.ID, err)
		} else if !done {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	sort.Strings(keys)

	var (
		ops    []pipeline.StateOp
		events []pipeline.Event
	)
	for _, key := range keys {
		g := groups[key]
		st, _, err := t.load(ctx, key)
		if err != nil {
			return nil, fmt.Errorf("track: fold %s: %w", story.ID, err)
		}
		st.Pair = g.pair
		evs := t.apply(&st, story, g)
		events = append(events, evs...)
		val, err := json.Marshal(st)
		if err != nil {
			return nil, fmt.Errorf("track: encode pair %s: %w", key, err)
		}
		if evs == nil {
			evs = []pipeline.Event{}
		}
		mark, err := json.Marshal(foldedMarker{Published: story.Published, Events: evs})
		if err != nil {
			return nil, fmt.Errorf("track: encode marker: %w", err)
		}
		ops = append(ops,
			pipeline.StateOp{Bucket: BucketPairs, Key: key, Value: val},
			pipeline.StateOp{Bucket: BucketFolded, Key: markerKey(story.ID, key), Value: mark})
	}
	if err := t.store.Apply(ctx, ops...); err != nil {
		return nil, fmt.Errorf("track: fold %s: %w", story.ID, err)
	}
	for _, e := range events {
		t.log.Debug("pair event", "kind", e.Kind, "pair", e.Pair, "story", e.Story, "from", e.From, "to", e.To)
	}
	return events, nil
}

func markerKey(storyID, pairKey string) string { return storyID + "\x00" + pairKey }

// Folded reports whether the story was folded into the pair a, b and the
// events that emitted, so a stage that crashed after Fold but before
// publishing them can publish them again (their ids are deterministic, so
// every consumer dedups).
func (t *Tracker) Folded(ctx context.Context, storyID, a, b string) ([]pipeline.Event, bool, error) {
	v, ok, err := t.store.Get(ctx, BucketFolded, markerKey(storyID, pipeline.PairKey(a, b)))
	if err != nil || !ok {
		return nil, ok, err
	}
	var m foldedMarker
	if err := json.Unmarshal(v, &m); err != nil {
		return nil, true, fmt.Errorf("track: decode marker of %s: %w", storyID, err)
	}
	return m.Events, true, nil
}

// Pair returns the state of the unordered pair a, b.
func (t *Tracker) Pair(ctx context.Context, a, b string) (PairState, bool, error) {
	st, ok, err := t.load(ctx, pipeline.PairKey(a, b))
	if err != nil {
		return PairState{}, false, fmt.Errorf("track: pair %s: %w", pipeline.PairKey(a, b), err)
	}
	return st, ok, nil
}

func (t *Tracker) load(ctx context.Context, key string) (PairState, bool, error) {
	v, ok, err := t.store.Get(ctx, BucketPairs, key)
	if err != nil || !ok {
		return PairState{State: StateNone}, false, err
	}
	var st PairState
	if err := json.Unmarshal(v, &st); err != nil {
		return PairState{}, false, fmt.Errorf("decode pair %s: %w", key, err)
	}
	return st, true, nil
}

// group is one story's evidence for one pair, per polarity.
type group struct {
	pair    [2]string
	entries map[string]*Entry
	counts  [2]DirectedCounts
}

func groupStances(story StoryRef, stances []pipeline.Stance) map[string]*group {
	out := map[string]*group{}
	for _, s := range stances {
		if s.Source == "" || s.Target == "" || s.Source == s.Target {
			continue
		}
		if s.Polarity != pipeline.Hostile && s.Polarity != pipeline.Supportive {
			continue
		}
		key := pipeline.PairKey(s.Source, s.Target)
		g := out[key]
		if g == nil {
			g = &group{pair: pipeline.SortedPair(s.Source, s.Target), entries: map[string]*Entry{}}
			out[key] = g
		}
		dir := 0
		if s.Source != g.pair[0] {
			dir = 1
		}
		if s.Polarity == pipeline.Hostile {
			g.counts[dir].Hostile++
		} else {
			g.counts[dir].Supportive++
		}
		e := g.entries[s.Polarity]
		if e == nil {
			e = &Entry{Story: story.ID, Time: story.Published, Title: story.Title, URL: story.URL,
				Source: story.Source, Polarity: s.Polarity}
			g.entries[s.Polarity] = e
		}
		e.Weight = math.Max(e.Weight, weight(s.Score))
		e.Directions = addUnique(e.Directions, s.Source+">"+s.Target)
		if s.Evidence != "" {
			e.Evidence = addUnique(e.Evidence, s.Evidence)
		}
	}
	return out
}

// weight maps a stance score to a story weight in (0, 1]; an unscored
// stance (0) counts fully, as the stance reader emits only what it is sure of.
func weight(score float64) float64 {
	if math.IsNaN(score) || score <= 0 || score > 1 {
		return 1
	}
	return score
}

func addUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func (t *Tracker) decay(d time.Duration) float64 {
	if d <= 0 {
		return 1
	}
	return math.Exp2(-float64(d) / float64(t.cfg.HalfLife))
}

// apply folds one story's group into st and returns the events.
func (t *Tracker) apply(st *PairState, story StoryRef, g *group) []pipeline.Event {
	at := story.Published
	if at.IsZero() {
		// A story without any date counts as of the pair's present.
		at = st.At
	}
	for i := range g.counts {
		st.Counts[i].Hostile += g.counts[i].Hostile
		st.Counts[i].Supportive += g.counts[i].Supportive
	}
	st.Stories++
	if st.FirstSeen.IsZero() || at.Before(st.FirstSeen) {
		st.FirstSeen = at
	}
	if at.After(st.LastSeen) {
		st.LastSeen = at
	}
	if st.State == "" {
		st.State = StateNone
	}
	// A story older than the window of the pair's present is history:
	// counted, but it can neither weigh in the score nor trigger an event.
	if !st.At.IsZero() && st.At.Sub(at) >= t.cfg.Window {
		return nil
	}

	hostile := g.entries[pipeline.Hostile]
	hadHostile := false
	if hostile != nil {
		for _, e := range st.Timeline {
			if e.Polarity == pipeline.Hostile && absDur(e.Time.Sub(at)) <= t.cfg.Window {
				hadHostile = true
				break
			}
		}
	}

	if st.At.IsZero() || at.After(st.At) {
		f := t.decay(at.Sub(st.At))
		if st.At.IsZero() {
			f = 0
		}
		st.Supportive *= f
		st.Hostile *= f
		st.At = at
	}
	late := t.decay(st.At.Sub(at)) // 1 for a story in order
	for _, pol := range []string{pipeline.Supportive, pipeline.Hostile} {
		e := g.entries[pol]
		if e == nil {
			continue
		}
		if pol == pipeline.Supportive {
			st.Supportive += e.Weight * late
		} else {
			st.Hostile += e.Weight * late
		}
		st.Timeline = insertEntry(st.Timeline, *e)
	}
	st.Score = st.Supportive - st.Hostile
	t.prune(st)

	var events []pipeline.Event
	key := pipeline.PairKey(g.pair[0], g.pair[1])
	if hostile != nil && !hadHostile {
		events = append(events, pipeline.Event{
			ID: eventID(pipeline.KindNewFeud, key, story.ID), Kind: pipeline.KindNewFeud,
			Pair: g.pair, To: pipeline.Hostile, Story: story.ID,
			Evidence: t.evidence(st, story.ID, pipeline.Hostile), Time: at,
		})
	}
	next := t.classify(st)
	if next != st.State {
		st.State = next
		st.Since = at
	}
	if next == StateSupportive || next == StateHostile {
		if st.Polarity != "" && st.Polarity != next {
			events = append(events, pipeline.Event{
				ID: eventID(pipeline.KindStanceShift, key, story.ID), Kind: pipeline.KindStanceShift,
				Pair: g.pair, From: st.Polarity, To: next, Story: story.ID,
				Evidence: t.evidence(st, story.ID, next), Time: at,
			})
		}
		st.Polarity = next
	}
	return events
}

// classify is the shift rule (README.md, "The shift rule"): a pair takes a
// polarity only with a decayed score beyond ±Enter AND at least MinEvidence
// distinct stories of that polarity within the window; it keeps its
// polarity while the score stays beyond ±Exit on its side (hysteresis).
// Otherwise it is mixed when both sides still weigh Exit or more, else none.
func (t *Tracker) classify(st *PairState) string {
	nSup, nHost := 0, 0
	seen := map[string]bool{}
	for _, e := range st.Timeline {
		k := e.Polarity + "\x00" + e.Story
		if seen[k] {
			continue
		}
		seen[k] = true
		if e.Polarity == pipeline.Supportive {
			nSup++
		} else {
			nHost++
		}
	}
	s := st.Score
	switch {
	case s >= t.cfg.Enter && nSup >= t.cfg.MinEvidence:
		return StateSupportive
	case s <= -t.cfg.Enter && nHost >= t.cfg.MinEvidence:
		return StateHostile
	case st.State == StateSupportive && s >= t.cfg.Exit:
		return StateSupportive
	case st.State == StateHostile && s <= -t.cfg.Exit:
		return StateHostile
	case st.Supportive >= t.cfg.Exit && st.Hostile >= t.cfg.Exit:
		return StateMixed
	}
	return StateNone
}

// evidence gathers the sentences behind an event: the triggering story's
// first, then the newest other stories of the same polarity.
func (t *Tracker) evidence(st *PairState, storyID, polarity string) []string {
	var out []string
	add := func(e Entry) {
		for _, s := range e.Evidence {
			if len(out) < evidencePerEvent {
				out = addUnique(out, s)
			}
		}
	}
	for _, e := range st.Timeline {
		if e.Story == storyID && e.Polarity == polarity {
			add(e)
		}
	}
	for i := len(st.Timeline) - 1; i >= 0; i-- {
		if e := st.Timeline[i]; e.Story != storyID && e.Polarity == polarity {
			add(e)
		}
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// insertEntry keeps the timeline in published order; a late story goes in
// its place, after entries of the same time.
func insertEntry(tl []Entry, e Entry) []Entry {
	i := sort.Search(len(tl), func(i int) bool { return tl[i].Time.After(e.Time) })
	tl = append(tl, Entry{})
	copy(tl[i+1:], tl[i:])
	tl[i] = e
	return tl
}

func (t *Tracker) prune(st *PairState) {
	cut := 0
	for cut < len(st.Timeline) && st.At.Sub(st.Timeline[cut].Time) >= t.cfg.Window {
		cut++
	}
	if over := len(st.Timeline) - cut - t.cfg.MaxTimeline; over > 0 {
		cut += over
	}
	if cut > 0 {
		st.Timeline = append([]Entry(nil), st.Timeline[cut:]...)
	}
}

func eventID(kind, pairKey, story string) string {
	return kind + ":" + pairKey + ":" + story
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
