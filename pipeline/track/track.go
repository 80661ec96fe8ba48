// Package track is the track stage: it folds the directed, asserted stances
// of stories into a settled relationship per unordered pair of tracked
// entities (allies, rivals, mixed, none) and emits new-feud, stance-shift
// and escalation events, in event time.
//
// The model, the rule and the stored records are documented in README.md
// next to this file; the parameters are config.TrackConfig (track.*).
package track

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sort"
	"sync"
	"time"

	jsoniter "github.com/json-iterator/go"

	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
)

// Config is the tracker's settings (the track section of khabar.yaml).
type Config = config.TrackConfig

// DefaultConfig returns the tracker defaults.
func DefaultConfig() Config { return config.DefaultTrack() }

// Settled states of a pair.
const (
	StateNone   = "none"
	StateAllies = "allies"
	StateRivals = "rivals"
	StateMixed  = "mixed"
)

// State-store buckets of the tracker. The timeline and the history of a
// pair are buckets of their own (prefix + pair key), so one pair's records
// are read without scanning the others', and both are append-only: a fold
// adds one record and never rewrites old ones.
const (
	// BucketPairs maps a pair key to its JSON PairState (the summary,
	// bounded: a fold rewrites only this).
	BucketPairs = "track.pairs"
	// BucketFolded maps story id + "\x00" + pair key to the events that
	// fold emitted: the "already folded" marker, written in the same Apply.
	BucketFolded = "track.folded"
	// BucketTimelinePrefix + pair key: one Entry per story, keyed by
	// TimelineKey (event time, then story id).
	BucketTimelinePrefix = "track.timeline:"
	// BucketHistoryPrefix + pair key: one Change per change of settled
	// state, keyed by its sequence number.
	BucketHistoryPrefix = "track.history:"
)

// codec is encoding/json-compatible JSON without HTML escaping (the
// records are Hindi text read back by this package and the API), about
// twice as fast as encoding/json on a summary.
var codec = jsoniter.Config{EscapeHTML: false, SortMapKeys: true, ValidateJsonRawMessage: true}.Froze()

// StoryRef is what the tracker needs of a story; it is the reference that
// travels on the stances topic.
type StoryRef = pipeline.StoryRef

// Option configures a Tracker.
type Option func(*Tracker)

// WithClock sets the clock that clamps future dates of stories without a
// fetch time (default time.Now). It never decides state: event time does.
func WithClock(clock func() time.Time) Option {
	return func(t *Tracker) {
		if clock != nil {
			t.clock = clock
		}
	}
}

// Ephemeral keeps the state in memory for the tracker's lifetime only, for
// `khabar analyze` and `khabar alerts test`, where nothing outlives the
// run: summaries, history and markers are not encoded, and of the timeline
// only the entries an event may cite (the pair's current marks) are kept.
// The rule, the events and their ids are the same as with a store.
func Ephemeral() Option {
	return func(t *Tracker) {
		t.mem = &memState{folded: map[string]bool{}, entries: map[string]map[string]Entry{}}
	}
}

type memState struct {
	folded  map[string]bool             // marker keys
	entries map[string]map[string]Entry // pair key → story id → entry
}

// Tracker folds stances into pair state kept in a pipeline.StateStore.
// It is safe for concurrent use; folds are serialised.
type Tracker struct {
	cfg   Config
	store pipeline.StateStore
	log   *slog.Logger
	clock func() time.Time
	keep  int // marks kept per polarity
	mem   *memState

	mu sync.Mutex
	// cache holds decoded summaries with the bytes they were decoded from:
	// a fold decodes a pair again only when the stored bytes changed (a
	// rebalance gave the pair to another process meanwhile).
	cache map[string]*cached
}

type cached struct {
	raw []byte
	st  PairState
}

// New returns a tracker over store.
func New(cfg Config, store pipeline.StateStore, logger *slog.Logger, opts ...Option) (*Tracker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("track: %w", err)
	}
	if store == nil {
		return nil, errors.New("track: nil state store")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	keep := max(cfg.MinEvidence, cfg.MinSources, cfg.Escalation) + 1
	t := &Tracker{cfg: cfg, store: store, log: logger, clock: time.Now, keep: keep, cache: map[string]*cached{}}
	for _, o := range opts {
		o(t)
	}
	return t, nil
}

// DirectedCounts counts the asserted stances of one direction of a pair.
type DirectedCounts struct {
	Source     string `json:"source"`
	Target     string `json:"target"`
	Hostile    int    `json:"hostile"`
	Supportive int    `json:"supportive"`
}

// Counts are a pair's labelled counts.
type Counts struct {
	// Stories folded into the pair, and how many of them carried an
	// asserted hostile or supportive stance.
	Stories           int `json:"stories"`
	HostileStories    int `json:"hostile_stories"`
	SupportiveStories int `json:"supportive_stories"`
	// Unasserted counts stances seen but not asserted (negated, questioned,
	// speculative, future, hypothetical): they never move the pair.
	Unasserted int `json:"unasserted"`
	// Directions are stance counts per direction: [0] pair[0] → pair[1].
	Directions [2]DirectedCounts `json:"directions"`
}

// Mark is one story's asserted evidence of one polarity, as the summary
// keeps it (the newest few per polarity): enough to apply the rule.
type Mark struct {
	Story   string    `json:"s"`
	Time    time.Time `json:"t"`
	Source  string    `json:"o,omitempty"`
	Cluster string    `json:"c,omitempty"` // omitted when the story is its own cluster
	Weight  float64   `json:"w"`
}

// storyKey counts a near-duplicate cluster once as a story.
func (m Mark) storyKey() string {
	if m.Cluster != "" {
		return m.Cluster
	}
	return m.Story
}

// sourceKey counts a near-duplicate cluster once as a source.
func (m Mark) sourceKey() string {
	if m.Cluster != "" {
		return "cluster:" + m.Cluster
	}
	if m.Source != "" {
		return "source:" + m.Source
	}
	return "story:" + m.Story
}

// PairState is a pair's summary: the settled state and what the rule needs,
// bounded in size (the timeline and history are records of their own).
type PairState struct {
	Pair [2]string `json:"pair"` // sorted ids
	// State is the settled relationship: allies, rivals, mixed or none.
	State string `json:"state"`
	// Since is the event time of the story that settled State, SinceStory
	// its id; zero for none.
	Since      time.Time `json:"since,omitzero"`
	SinceStory string    `json:"since_story,omitempty"`
	// Changes is the number of settled-state changes (history records).
	Changes int    `json:"changes"`
	Counts  Counts `json:"counts"`
	// FirstSeen and LastSeen are the event times of the oldest and newest
	// story; At is the pair's present (the newest event time folded).
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	At        time.Time `json:"at"`
	// Hostile and Supportive are the stories' weights, each decayed with
	// the half-life to At; Score is Supportive − Hostile.
	Hostile    float64 `json:"hostile"`
	Supportive float64 `json:"supportive"`
	Score      float64 `json:"score"`
	// HostileFast is the hostile weight decayed with the escalation
	// window as half-life: the recent rate, against Hostile's long-run one.
	HostileFast float64 `json:"hostile_fast,omitempty"`
	// RecentHostile and RecentSupportive are the newest marks per
	// polarity, oldest first.
	RecentHostile    []Mark `json:"recent_hostile"`
	RecentSupportive []Mark `json:"recent_supportive"`
	// EscalatedAt is the event time of the last escalation.
	EscalatedAt time.Time `json:"escalated_at,omitzero"`
}

// Sentence is one stance sentence of a timeline entry.
type Sentence struct {
	Source   string `json:"source"`
	Target   string `json:"target"`
	Polarity string `json:"polarity"`
	Kind     string `json:"kind,omitempty"`
	// Mood is empty for an asserted stance (the only kind that counts).
	Mood string `json:"mood,omitempty"`
	Text string `json:"text"`
}

// Entry is one story of a pair's timeline.
type Entry struct {
	Story string `json:"story"`
	// Time is the event time: Published clamped to the fetch time.
	Time      time.Time `json:"time"`
	Published time.Time `json:"published,omitzero"`
	// Clamped is set when the story's date lay after its fetch time.
	Clamped bool `json:"clamped,omitempty"`
	// Late is set when the story came after a newer story of the pair.
	Late    bool   `json:"late,omitempty"`
	Title   string `json:"title,omitempty"`
	URL     string `json:"url,omitempty"`
	Source  string `json:"source,omitempty"`
	Cluster string `json:"cluster,omitempty"`
	// Polarity is hostile, supportive, both, or none (only unasserted
	// stances); Hostile and Supportive are the asserted weights (0–1).
	Polarity   string     `json:"polarity"`
	Hostile    float64    `json:"hostile"`
	Supportive float64    `json:"supportive"`
	Sentences  []Sentence `json:"sentences"`
}

// Change is one change of a pair's settled state.
type Change struct {
	Seq  int       `json:"seq"`
	From string    `json:"from"`
	To   string    `json:"to"`
	Time time.Time `json:"time"`
	// Story is the story that settled it; Event the event emitted, if any.
	Story  string `json:"story"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Event  string `json:"event,omitempty"`
	// Stories are the ids of the cited stories, first in event time.
	Stories []string `json:"stories"`
}

type foldedMarker struct {
	Time   time.Time        `json:"time"`
	Events []pipeline.Event `json:"events"`
}

// TimelineKey is the key of a story's timeline record: sortable event time,
// then the story id.
func TimelineKey(at time.Time, storyID string) string {
	return at.UTC().Format("20060102T150405.000000000Z") + " " + storyID
}

func historyKey(seq int) string { return fmt.Sprintf("%08d", seq) }

func markerKey(storyID, pairKey string) string { return storyID + "\x00" + pairKey }

// Fold folds one story's stances into the state of every pair they name,
// and returns the events that causes. Everything — each pair's summary,
// its timeline record, history records and the "folded" marker — is
// stored in one Apply before Fold returns; a pair the story was already
// folded into is skipped, so folding a story twice returns no new events
// (see Folded for the events of the first time). Stances with an unknown
// polarity, an empty or equal source and target are skipped.
func (t *Tracker) Fold(ctx context.Context, story StoryRef, stances []pipeline.Stance) ([]pipeline.Event, error) {
	if story.ID == "" {
		return nil, pipeline.Permanent(errors.New("track: fold: story without id"))
	}
	res, err := t.FoldBatch(ctx, []Item{{Story: story, Stances: stances}})
	if err != nil {
		return nil, err
	}
	return res[0], nil
}

// Item is one story's stances, for FoldBatch.
type Item struct {
	Story   StoryRef
	Stances []pipeline.Stance
}

// FoldBatch folds items in the order given (the Sequencer sorts them by
// event time) and returns each one's events. The whole batch is stored in
// one Apply, with one summary write per pair: a batch is wholly folded or
// not at all. Every item needs a story id.
func (t *Tracker) FoldBatch(ctx context.Context, items []Item) ([][]pipeline.Event, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ov := &overlay{store: t.store, vals: map[string][]byte{}}
	work := map[string]*PairState{}
	var keys []string
	out := make([][]pipeline.Event, len(items))
	for i, it := range items {
		if it.Story.ID == "" {
			return nil, pipeline.Permanent(errors.New("track: fold: story without id"))
		}
		for _, g := range groupStances(it.Stances) {
			key := pipeline.PairKey(g.pair[0], g.pair[1])
			mk := markerKey(it.Story.ID, key)
			if t.mem != nil {
				if t.mem.folded[mk] {
					continue
				}
			} else if _, done, err := ov.Get(ctx, BucketFolded, mk); err != nil {
				return nil, fmt.Errorf("track: fold %s: %w", it.Story.ID, err)
			} else if done {
				continue
			}
			st := work[key]
			if st == nil && t.mem != nil {
				st = &PairState{State: StateNone}
				if c := t.cache[key]; c != nil {
					st = &c.st
				}
				work[key] = st
				keys = append(keys, key)
			}
			if st == nil {
				loaded, _, err := t.load(ctx, key)
				if err != nil {
					return nil, fmt.Errorf("track: fold %s: %w", it.Story.ID, err)
				}
				st = &loaded
				work[key] = st
				keys = append(keys, key)
			}
			st.Pair = g.pair
			fo, err := t.apply(ctx, ov, st, it.Story, g)
			if err != nil {
				return nil, fmt.Errorf("track: fold %s into %s: %w", it.Story.ID, key, err)
			}
			out[i] = append(out[i], fo.events...)
			if t.mem != nil {
				t.mem.folded[mk] = true
				t.mem.keep(key, fo.entry, st)
				continue
			}
			raw, err := codec.Marshal(fo.entry)
			if err != nil {
				return nil, fmt.Errorf("track: encode timeline entry: %w", err)
			}
			ov.put(pipeline.StateOp{Bucket: BucketTimelinePrefix + key, Key: TimelineKey(fo.entry.Time, fo.entry.Story), Value: raw})
			if fo.change != nil {
				hv, err := codec.Marshal(fo.change)
				if err != nil {
					return nil, fmt.Errorf("track: encode history: %w", err)
				}
				ov.put(pipeline.StateOp{Bucket: BucketHistoryPrefix + key, Key: historyKey(fo.change.Seq), Value: hv})
			}
			mark, err := markerValue(fo.at, fo.events)
			if err != nil {
				return nil, fmt.Errorf("track: encode marker: %w", err)
			}
			ov.put(pipeline.StateOp{Bucket: BucketFolded, Key: mk, Value: mark})
		}
	}
	if len(keys) == 0 {
		return out, nil
	}
	if t.mem != nil {
		for _, key := range keys {
			t.cache[key] = &cached{st: *work[key]}
		}
		return out, nil
	}
	vals := make(map[string][]byte, len(keys))
	for _, key := range keys {
		val, err := codec.Marshal(work[key])
		if err != nil {
			return nil, fmt.Errorf("track: encode pair %s: %w", key, err)
		}
		vals[key] = val
		ov.put(pipeline.StateOp{Bucket: BucketPairs, Key: key, Value: val})
	}
	if err := t.store.Apply(ctx, ov.ops...); err != nil {
		return nil, fmt.Errorf("track: fold: %w", err)
	}
	for _, key := range keys {
		t.cache[key] = &cached{raw: vals[key], st: work[key].clone()}
	}
	for _, evs := range out {
		for _, e := range evs {
			t.log.Debug("pair event", "kind", e.Kind, "pair", e.Pair, "story", e.Story, "from", e.From, "to", e.To)
		}
	}
	return out, nil
}

// overlay is the store as a batch sees it: its own writes first.
type overlay struct {
	store pipeline.StateStore
	vals  map[string][]byte // bucket NUL key → value
	ops   []pipeline.StateOp
}

func (o *overlay) Get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	if v, ok := o.vals[bucket+"\x00"+key]; ok {
		return v, true, nil
	}
	return o.store.Get(ctx, bucket, key)
}

func (o *overlay) put(ops ...pipeline.StateOp) {
	for _, op := range ops {
		o.vals[op.Bucket+"\x00"+op.Key] = op.Value
		o.ops = append(o.ops, op)
	}
}

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
	if err := codec.Unmarshal(v, &m); err != nil {
		return nil, true, fmt.Errorf("track: decode marker of %s: %w", storyID, err)
	}
	return m.Events, true, nil
}

// load returns the pair's summary, decoding it only when the stored bytes
// differ from the cached ones.
func (t *Tracker) load(ctx context.Context, key string) (PairState, bool, error) {
	v, ok, err := t.store.Get(ctx, BucketPairs, key)
	if err != nil {
		return PairState{}, false, err
	}
	if !ok {
		delete(t.cache, key)
		return PairState{State: StateNone}, false, nil
	}
	if c := t.cache[key]; c != nil && bytes.Equal(c.raw, v) {
		return c.st.clone(), true, nil
	}
	var st PairState
	if err := codec.Unmarshal(v, &st); err != nil {
		return PairState{}, false, fmt.Errorf("decode pair %s: %w", key, err)
	}
	t.cache[key] = &cached{raw: v, st: st.clone()}
	return st, true, nil
}

func (st PairState) clone() PairState {
	st.RecentHostile = append([]Mark(nil), st.RecentHostile...)
	st.RecentSupportive = append([]Mark(nil), st.RecentSupportive...)
	return st
}

// group is one story's stances about one pair.
type group struct {
	pair       [2]string
	counts     [2]DirectedCounts
	unasserted int
	weight     map[string]float64 // polarity → strongest asserted score
	sentences  []Sentence
}

func groupStances(stances []pipeline.Stance) []*group {
	var out []*group
	idx := map[string]*group{}
	for _, s := range stances {
		if s.Source == "" || s.Target == "" || s.Source == s.Target {
			continue
		}
		if s.Polarity != pipeline.Hostile && s.Polarity != pipeline.Supportive {
			continue
		}
		key := pipeline.PairKey(s.Source, s.Target)
		g := idx[key]
		if g == nil {
			p := pipeline.SortedPair(s.Source, s.Target)
			g = &group{pair: p, weight: map[string]float64{}}
			g.counts[0].Source, g.counts[0].Target = p[0], p[1]
			g.counts[1].Source, g.counts[1].Target = p[1], p[0]
			idx[key] = g
			out = append(out, g)
		}
		sen := Sentence{Source: s.Source, Target: s.Target, Polarity: s.Polarity, Kind: s.Kind, Mood: s.Mood, Text: s.Evidence}
		if !containsSentence(g.sentences, sen) {
			g.sentences = append(g.sentences, sen)
		}
		if !s.Asserted() {
			g.unasserted++
			continue
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
		g.weight[s.Polarity] = math.Max(g.weight[s.Polarity], weight(s.Score))
	}
	sort.Slice(out, func(i, j int) bool {
		return pipeline.PairKey(out[i].pair[0], out[i].pair[1]) < pipeline.PairKey(out[j].pair[0], out[j].pair[1])
	})
	return out
}

func containsSentence(list []Sentence, s Sentence) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// weight maps a stance score to a story weight in (0, 1]; an unscored
// stance (0) counts fully, as the stance reader emits only what it is sure of.
func weight(score float64) float64 {
	if math.IsNaN(score) || score <= 0 || score > 1 {
		return 1
	}
	return score
}

func (t *Tracker) decayFast(d time.Duration) float64 {
	if d <= 0 || t.cfg.EscalationWindow <= 0 {
		return 1
	}
	return math.Exp2(-float64(d) / float64(t.cfg.EscalationWindow))
}

func (t *Tracker) decay(d time.Duration) float64 {
	if d <= 0 {
		return 1
	}
	return math.Exp2(-float64(d) / float64(t.cfg.HalfLife))
}

// EventTime is a story's event time: its date clamped to its fetch time
// (or to now when it has none), and whether that clamped it. A story
// without a date counts at its fetch time, else at fallback.
func EventTime(story StoryRef, now, fallback time.Time) (at time.Time, clamped bool) {
	at = story.Published
	limit := story.Fetched
	if limit.IsZero() {
		limit = now
	}
	if at.IsZero() {
		if !story.Fetched.IsZero() {
			return story.Fetched.UTC(), false
		}
		if !fallback.IsZero() {
			return fallback.UTC(), false
		}
		return now.UTC(), false
	}
	if !limit.IsZero() && at.After(limit) {
		return limit.UTC(), true
	}
	return at.UTC(), false
}

type foldOut struct {
	at     time.Time
	events []pipeline.Event
	entry  Entry
	change *Change
}

// apply folds one story's group into st: O(1) in the pair's history (the
// summary keeps a bounded number of marks per polarity).
func (t *Tracker) apply(ctx context.Context, ov *overlay, st *PairState, story StoryRef, g *group) (foldOut, error) {
	at, clamped := EventTime(story, t.clock(), st.At)
	out := foldOut{at: at}
	key := pipeline.PairKey(g.pair[0], g.pair[1])
	if st.State == "" {
		st.State = StateNone
	}
	late := !st.At.IsZero() && at.Before(st.At)

	// Counts and the timeline record: every story, whatever its time.
	c := &st.Counts
	c.Stories++
	c.Unasserted += g.unasserted
	for i := range g.counts {
		c.Directions[i].Source, c.Directions[i].Target = g.counts[i].Source, g.counts[i].Target
		c.Directions[i].Hostile += g.counts[i].Hostile
		c.Directions[i].Supportive += g.counts[i].Supportive
	}
	wh, ws := g.weight[pipeline.Hostile], g.weight[pipeline.Supportive]
	if wh > 0 {
		c.HostileStories++
	}
	if ws > 0 {
		c.SupportiveStories++
	}
	if st.FirstSeen.IsZero() || at.Before(st.FirstSeen) {
		st.FirstSeen = at
	}
	if at.After(st.LastSeen) {
		st.LastSeen = at
	}
	entry := Entry{Story: story.ID, Time: at, Clamped: clamped, Late: late, Title: story.Title, URL: story.URL,
		Source: story.Source, Hostile: wh, Supportive: ws, Sentences: g.sentences}
	if clamped || !story.Published.Equal(at) {
		entry.Published = story.Published
	}
	if story.Cluster != story.ID {
		entry.Cluster = story.Cluster
	}
	switch {
	case wh > 0 && ws > 0:
		entry.Polarity = "both"
	case wh > 0:
		entry.Polarity = pipeline.Hostile
	case ws > 0:
		entry.Polarity = pipeline.Supportive
	default:
		entry.Polarity = StateNone
	}
	out.entry = entry
	if wh == 0 && ws == 0 {
		return out, nil // nothing asserted: nothing moves
	}

	// Weights, decayed to the pair's present; a late story is decayed as
	// if it had come in order. The present only moves forward.
	if st.At.IsZero() {
		st.At = at
	} else if at.After(st.At) {
		f := t.decay(at.Sub(st.At))
		st.Hostile *= f
		st.Supportive *= f
		st.HostileFast *= t.decayFast(at.Sub(st.At))
		st.At = at
	}
	lf := t.decay(st.At.Sub(at))
	st.HostileFast += wh * t.decayFast(st.At.Sub(at))
	st.Hostile += wh * lf
	st.Supportive += ws * lf
	st.Score = st.Supportive - st.Hostile
	if st.At.Sub(at) >= t.cfg.Window {
		return out, nil // older than the window: history, not evidence
	}
	mark := Mark{Story: story.ID, Time: at, Source: story.Source, Weight: 0}
	if story.Cluster != story.ID {
		mark.Cluster = story.Cluster
	}
	if wh > 0 {
		m := mark
		m.Weight = wh
		st.RecentHostile = t.insertMark(st.RecentHostile, m)
	}
	if ws > 0 {
		m := mark
		m.Weight = ws
		st.RecentSupportive = t.insertMark(st.RecentSupportive, m)
	}

	prev := st.State
	next := t.decide(st)
	base := pipeline.Event{Pair: g.pair, Story: story.ID, Time: at,
		Replay: !story.Fetched.IsZero() && story.Fetched.Sub(at) > t.cfg.ReplayAfter}
	var cite []Mark
	if next != prev {
		pol := pipeline.Hostile
		marks := st.RecentHostile
		switch next {
		case StateAllies:
			pol, marks = pipeline.Supportive, st.RecentSupportive
		case StateMixed:
			marks = append(append([]Mark(nil), st.RecentHostile...), st.RecentSupportive...)
		}
		cite = t.within(marks, st.At)
		if prev == StateNone && !t.supported(cite, st.At) {
			cite = marks // settled on one-sided evidence older than the window
		}
		ev := base
		ev.From, ev.To = prev, next
		switch {
		case prev == StateNone && st.Changes == 0 && next == StateRivals:
			ev.Kind = pipeline.KindNewFeud
		case prev != StateNone:
			ev.Kind = pipeline.KindStanceShift
		}
		change := Change{Seq: st.Changes + 1, From: prev, To: next, Time: at, Story: story.ID, Title: story.Title,
			URL: story.URL, Source: story.Source}
		for _, m := range sortMarks(cite) {
			change.Stories = appendUnique(change.Stories, m.Story)
		}
		if ev.Kind != "" {
			ev.ID = eventID(ev.Kind, key, story.ID)
			change.Event = ev.ID
			if err := t.cite(ctx, ov, &ev, key, cite, pol, entry); err != nil {
				return out, err
			}
			out.events = append(out.events, ev)
		}
		out.change = &change
		st.State, st.Since, st.SinceStory, st.Changes = next, at, story.ID, change.Seq
	} else if wh > 0 && prev == StateRivals && t.cfg.Escalation > 0 && !late {
		// Escalation: a burst of hostile stories inside a rivalry, once per
		// escalation window.
		var burst []Mark
		for _, m := range t.withinFor(st.RecentHostile, at, t.cfg.EscalationWindow) {
			if m.Time.After(st.Since) {
				burst = append(burst, m)
			}
		}
		// A rise, not a steady stream: the recent hostile rate (weight per
		// half-life of the fast sum) is at least twice the long-run one.
		rising := st.HostileFast/float64(t.cfg.EscalationWindow) >= 2*st.Hostile/float64(t.cfg.HalfLife)
		if rising && countStories(burst) >= t.cfg.Escalation && countSources(burst) >= t.cfg.MinSources &&
			(st.EscalatedAt.IsZero() || at.Sub(st.EscalatedAt) >= t.cfg.EscalationWindow) {
			ev := base
			ev.Kind, ev.From, ev.To = pipeline.KindEscalation, StateRivals, StateRivals
			ev.ID = eventID(ev.Kind, key, story.ID)
			if err := t.cite(ctx, ov, &ev, key, burst, pipeline.Hostile, entry); err != nil {
				return out, err
			}
			out.events = append(out.events, ev)
			st.EscalatedAt = at
		}
	}
	return out, nil
}

// decide is the rule (README.md, "The rule"): a polarity is supported when
// the window before the pair's present holds MinEvidence distinct asserted
// stories of it from MinSources distinct outlets. The settled state moves
// only to a supported side, and only when that side outweighs the other
// (decayed); with both sides supported, a settled side is kept while it
// weighs at least as much as the other, a side is taken with Dominance
// times the other's weight, and otherwise the pair is mixed. Without support it stays as it was: decay
// alone never changes it.
func (t *Tracker) decide(st *PairState) string {
	h := t.supported(st.RecentHostile, st.At)
	s := t.supported(st.RecentSupportive, st.At)
	switch {
	case h && s:
		// Hysteresis: a settled side is kept while it still weighs at
		// least as much as the other; taking a side needs Dominance.
		switch {
		case st.State == StateRivals && st.Hostile >= st.Supportive:
			return StateRivals
		case st.State == StateAllies && st.Supportive >= st.Hostile:
			return StateAllies
		case st.Hostile >= t.cfg.Dominance*st.Supportive:
			return StateRivals
		case st.Supportive >= t.cfg.Dominance*st.Hostile:
			return StateAllies
		}
		return StateMixed
	case h && st.Hostile >= st.Supportive:
		return StateRivals
	case s && st.Supportive >= st.Hostile:
		return StateAllies
	}
	// A pair that never settled and whose every story says one thing
	// settles on that, however far apart the stories: years of lawsuits
	// from two outlets are a rivalry, not strangers.
	if st.State == StateNone {
		switch {
		case st.Counts.SupportiveStories == 0 && t.supportedEver(st.RecentHostile):
			return StateRivals
		case st.Counts.HostileStories == 0 && t.supportedEver(st.RecentSupportive):
			return StateAllies
		}
	}
	return st.State
}

func (t *Tracker) supportedEver(marks []Mark) bool {
	return countStories(marks) >= t.cfg.MinEvidence && countSources(marks) >= t.cfg.MinSources
}

func (t *Tracker) supported(marks []Mark, at time.Time) bool {
	in := t.within(marks, at)
	return countStories(in) >= t.cfg.MinEvidence && countSources(in) >= t.cfg.MinSources
}

// within returns the marks inside the window before at.
func (t *Tracker) within(marks []Mark, at time.Time) []Mark {
	return t.withinFor(marks, at, t.cfg.Window)
}

func (t *Tracker) withinFor(marks []Mark, at time.Time, w time.Duration) []Mark {
	var out []Mark
	for _, m := range marks {
		if at.Sub(m.Time) < w && !m.Time.After(at) {
			out = append(out, m)
		}
	}
	return out
}

func countStories(ms []Mark) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.storyKey()] = true
	}
	return len(seen)
}

func countSources(ms []Mark) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.sourceKey()] = true
	}
	return len(seen)
}

// insertMark keeps marks in (time, story) order and only the newest keep.
func (t *Tracker) insertMark(ms []Mark, m Mark) []Mark {
	i := sort.Search(len(ms), func(i int) bool { return markLess(m, ms[i]) })
	ms = append(ms, Mark{})
	copy(ms[i+1:], ms[i:])
	ms[i] = m
	if over := len(ms) - t.keep; over > 0 {
		ms = append([]Mark(nil), ms[over:]...)
	}
	return ms
}

func markLess(a, b Mark) bool {
	if !a.Time.Equal(b.Time) {
		return a.Time.Before(b.Time)
	}
	return a.Story < b.Story
}

func sortMarks(ms []Mark) []Mark {
	out := append([]Mark(nil), ms...)
	sort.SliceStable(out, func(i, j int) bool { return markLess(out[i], out[j]) })
	return out
}

// cite fills the event's cited stories — first in event time, ties by id —
// from their timeline records, and its evidence: the trigger's sentences
// of the polarity first, then the others' in order.
func (t *Tracker) cite(ctx context.Context, ov *overlay, ev *pipeline.Event, key string, marks []Mark, pol string, trigger Entry) error {
	var ids []string
	when := map[string]time.Time{}
	for _, m := range sortMarks(marks) {
		if _, ok := when[m.Story]; !ok {
			ids = append(ids, m.Story)
			when[m.Story] = m.Time
		}
	}
	if _, ok := when[trigger.Story]; !ok {
		ids = append(ids, trigger.Story)
		when[trigger.Story] = trigger.Time
	}
	var trig []string
	var rest []string
	for _, id := range ids {
		e := trigger
		if id != trigger.Story {
			e = Entry{}
			if t.mem != nil {
				var ok bool
				if e, ok = t.mem.entries[key][id]; !ok {
					continue
				}
			} else {
				v, ok, err := ov.Get(ctx, BucketTimelinePrefix+key, TimelineKey(when[id], id))
				if err != nil {
					return fmt.Errorf("cite %s: %w", id, err)
				}
				if !ok {
					continue
				}
				if err := codec.Unmarshal(v, &e); err != nil {
					return fmt.Errorf("decode timeline entry %s: %w", id, err)
				}
			}
		}
		es := pipeline.EventStory{ID: e.Story, Time: e.Time, Title: e.Title, URL: e.URL, Source: e.Source,
			Polarity: e.Polarity, Trigger: e.Story == trigger.Story, Clamped: e.Clamped, Published: e.Published, Evidence: []string{}}
		for _, s := range e.Sentences {
			if s.Mood == "" && (s.Polarity == pol || ev.To == StateMixed) && s.Text != "" {
				es.Evidence = appendUnique(es.Evidence, s.Text)
			}
		}
		if es.Trigger {
			trig = es.Evidence
		} else {
			rest = append(rest, es.Evidence...)
		}
		ev.Stories = append(ev.Stories, es)
	}
	ev.Evidence = []string{}
	for _, s := range append(trig, rest...) {
		ev.Evidence = appendUnique(ev.Evidence, s)
	}
	return nil
}

func appendUnique(list []string, items ...string) []string {
	for _, s := range items {
		dup := false
		for _, x := range list {
			if x == s {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, s)
		}
	}
	return list
}

func eventID(kind, pairKey, story string) string {
	return kind + ":" + pairKey + ":" + story
}

// keep remembers the entry while a mark refers to it, and forgets the
// entries no mark refers to any more: bounded by the marks kept.
func (m *memState) keep(key string, e Entry, st *PairState) {
	es := m.entries[key]
	if es == nil {
		es = map[string]Entry{}
		m.entries[key] = es
	}
	es[e.Story] = e
	for k := range es {
		if !hasMark(st.RecentHostile, k) && !hasMark(st.RecentSupportive, k) {
			delete(es, k)
		}
	}
}

// markerValue encodes a fold's marker; the common case, no event, without
// the encoder.
func markerValue(at time.Time, events []pipeline.Event) ([]byte, error) {
	if len(events) == 0 {
		b := append([]byte(`{"time":"`), at.UTC().AppendFormat(nil, time.RFC3339Nano)...)
		return append(b, `","events":[]}`...), nil
	}
	return codec.Marshal(foldedMarker{Time: at, Events: events})
}

func hasMark(ms []Mark, story string) bool {
	for _, m := range ms {
		if m.Story == story {
			return true
		}
	}
	return false
}
