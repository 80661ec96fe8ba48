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
	"io"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
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
	// BucketPairs maps a pair key to its pair record: the JSON PairState
	// (the summary, ≤ 2 KB) and, in the same object under "folded", the
	// markers of the stories folded into the pair recently (bounded, see
	// WithMarkers). The pair record is a fold's only commit point: a fold
	// is stored when, and only when, its pair record is.
	BucketPairs = "track.pairs"
	// BucketFolded is the bucket of the markers written by earlier
	// versions (story id + "\x00" + pair key → the events of that fold).
	// Nothing writes it any more; a fold still honours a marker found
	// there, so state from before the upgrade does not count a story twice.
	BucketFolded = "track.folded"
	// BucketTimelinePrefix + pair key: one Entry per story, keyed by
	// TimelineKey (event time, then story id).
	BucketTimelinePrefix = "track.timeline:"
	// BucketHistoryPrefix + pair key: one Change per change of settled
	// state, keyed by its sequence number.
	BucketHistoryPrefix = "track.history:"
	// BucketEventsPrefix + pair key: the events a fold emitted, keyed by
	// story id, for as long as the pair record keeps the story's marker
	// (deleted with it).
	BucketEventsPrefix = "track.events:"
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

// Default bounds of the folded-story markers and of the window kept in a
// pair record.
const (
	// DefaultMarkerAge keeps a marker for a week of processing time after
	// its fold (the story's arrival at the tracker): the default retention
	// of the stances topic, past which Kafka has no message left to
	// deliver again. Markers are kept by this age only, however many
	// stories the pair folds meanwhile (up to DefaultMarkerCap), so any
	// copy within the horizon is recognised (issue 14 §2).
	DefaultMarkerAge = config.DefaultMarkerAge
	// DefaultWindowCount bounds the window: at most the 512 newest stories
	// of a pair are not final yet (a late story older than them is folded
	// into the base). It no longer bounds the markers.
	DefaultWindowCount = 512
	// DefaultMarkerCap is a safety bound on the markers of one pair, for a
	// pair folding more than ~2,850 stories a day for a week: past it the
	// oldest markers go before their age, with a warning ("track: markers
	// over the cap"). 20,000 markers are ~500–720 KB of pair record, under
	// Kafka's default 1 MB message limit.
	DefaultMarkerCap = config.DefaultMarkerCap
)

// WithMarkers sets the markers' horizon and the window's bound: an "already
// folded" marker is dropped once its fold is older than maxAge (processing
// time, the tracker's clock), and the window holds at most window stories
// (older ones are folded into the base, their events final). A marker
// outlives its story's place in the window: a copy of a story whose
// marker is kept is skipped wherever the story is. A stance batch
// delivered again after maxAge, and no longer in the window, is folded
// again (the story counts twice): with Kafka, only offsets not yet
// committed are delivered again, seconds old in processing time; the
// work stage's second copy of a story after a killed work process comes
// at most minutes later (README.md, "Folded markers"). Zero or negative
// values keep the defaults.
func WithMarkers(maxAge time.Duration, window int) Option {
	return func(t *Tracker) {
		if maxAge > 0 {
			t.markerAge = maxAge
		}
		if window > 0 {
			t.windowCount = window
		}
	}
}

// WithMarkerCap sets the safety bound on the markers of one pair
// (DefaultMarkerCap): past it the oldest markers are dropped before their
// age, and the tracker logs a warning. Zero or negative keeps the default.
func WithMarkerCap(n int) Option {
	return func(t *Tracker) {
		if n > 0 {
			t.markerCap = n
		}
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

	markerAge   time.Duration
	windowCount int           // stories the window holds at most
	markerCap   int           // markers a pair record keeps at most
	retention   time.Duration // timeline records kept (event time before the clock); 0: for ever

	mu sync.Mutex
	// cache holds decoded summaries with the bytes they were decoded from:
	// a fold decodes a pair again only when the stored bytes changed (a
	// rebalance gave the pair to another process meanwhile).
	cache map[string]*cached
}

type cached struct {
	raw []byte
	rec pairRecord
	idx map[string]struct{} // the stories rec.Folded has markers of
}

// TimelinePruneStep is how far the pruning bound must move on before a
// pair's timeline is scanned again (WithTimelineRetention): a scan reads
// every key of the pair's timeline, so at most once a day per active pair.
const TimelinePruneStep = 24 * time.Hour

// WithTimelineRetention prunes a pair's timeline by age: when a batch folds
// into a pair, the timeline records of stories whose event time is more
// than retention before the tracker's clock are deleted (the scan runs
// again once that bound has moved on by TimelinePruneStep), except those
// a fold may still read: the window's stories, the stories whose "already
// folded" markers the pair record still keeps (a timeline record goes
// with its marker, never before it), and the stories of the marks of the
// summary and the base (an event cites them). Nothing but the timeline
// changes: summaries, counts, history and events are those of a tracker
// that keeps every record; the pair detail's timeline and daily series
// start at the bound. retention must be at least the config's Window
// (New refuses less); 0 keeps the timeline for ever. The setting is
// track.timeline_retention (Config.TimelineRetention, default 0), which
// New applies; this option overrides it.
func WithTimelineRetention(retention time.Duration) Option {
	return func(t *Tracker) { t.retention = retention }
}

// New returns a tracker over store. Its timeline retention is
// cfg.TimelineRetention unless WithTimelineRetention says otherwise; its
// markers' horizon and cap are cfg.MarkerAge and cfg.MarkerCap
// (track.marker_age, track.marker_cap; 0: DefaultMarkerAge,
// DefaultMarkerCap) unless WithMarkers or WithMarkerCap say otherwise.
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
	t := &Tracker{cfg: cfg, store: store, log: logger, clock: time.Now, keep: keep, cache: map[string]*cached{},
		markerAge: DefaultMarkerAge, windowCount: DefaultWindowCount, markerCap: DefaultMarkerCap, retention: cfg.TimelineRetention}
	if cfg.MarkerAge > 0 {
		t.markerAge = cfg.MarkerAge
	}
	if cfg.MarkerCap > 0 {
		t.markerCap = cfg.MarkerCap
	}
	for _, o := range opts {
		o(t)
	}
	switch {
	case t.retention < 0:
		return nil, fmt.Errorf("track: timeline retention %s is negative (0 keeps the timeline for ever)", t.retention)
	case t.retention != 0 && t.retention < cfg.Window:
		return nil, fmt.Errorf("track: timeline retention %s is shorter than the window %s", t.retention, cfg.Window)
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

// foldMark is the "already folded" marker of one story in its pair record:
// the story, when the fold was stored (processing time, unix seconds: the
// age that bounds redelivery) and whether it emitted events, which are
// then in BucketEventsPrefix + pair key under the story id, so a
// redelivered batch publishes the same events again.
type foldMark struct {
	Story  string
	At     int64
	Events bool
}

// markers encode as a JSON array of [story, folded-at, 1 if events],
// folded-at left out when it is the previous marker's (the folds of one
// batch): ~25–36 bytes a marker, appended without reflection (a fold
// re-encodes them all).
type markers []foldMark

func (ms markers) appendJSON(b []byte) ([]byte, error) {
	b = append(b, '[')
	for i, m := range ms {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		if plainJSON(m.Story) {
			b = append(b, '"')
			b = append(b, m.Story...)
			b = append(b, '"')
		} else {
			q, err := codec.Marshal(m.Story)
			if err != nil {
				return nil, fmt.Errorf("encode marker of %q: %w", m.Story, err)
			}
			b = append(b, q...)
		}
		if i == 0 || m.At != ms[i-1].At || m.Events {
			b = append(b, ',')
			b = strconv.AppendInt(b, m.At, 10)
		}
		if m.Events {
			b = append(b, ",1"...)
		}
		b = append(b, ']')
	}
	return append(b, ']'), nil
}

// plainJSON reports whether s needs no escaping in a JSON string.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// UnmarshalJSON reads what appendJSON wrote.
func (ms *markers) UnmarshalJSON(data []byte) error {
	it := codec.BorrowIterator(data)
	defer codec.ReturnIterator(it)
	out := markers{}
	it.ReadArrayCB(func(it *jsoniter.Iterator) bool {
		var m foldMark
		if len(out) > 0 {
			m.At = out[len(out)-1].At
		}
		i := 0
		it.ReadArrayCB(func(it *jsoniter.Iterator) bool {
			switch i {
			case 0:
				m.Story = it.ReadString()
			case 1:
				m.At = it.ReadInt64()
			case 2:
				m.Events = it.ReadInt() != 0
			default:
				it.Skip()
			}
			i++
			return true
		})
		out = append(out, m)
		return true
	})
	if it.Error != nil && it.Error != io.EOF {
		return fmt.Errorf("decode markers: %w", it.Error)
	}
	*ms = out
	return nil
}

// pairRecord is the value of BucketPairs: the summary and the markers, in
// one JSON object (readers of PairState ignore "folded").
type pairRecord struct {
	PairState
	Folded markers `json:"folded"`
	// Base is the rule's state after every story up to Cut (event time,
	// then story id); Window the asserted stories after it, in that order
	// (window.go). A record written before the window has no base.
	Base   *PairState `json:"base,omitempty"`
	Cut    cutMark    `json:"cut"`
	Window window     `json:"window"`
	// Ver counts the folds stored into the pair (one per batch that
	// changes it): the version of the event messages a fold publishes, so
	// the index applies a newer message of an event id over an older one
	// whatever order they reach it in (0: a record from before versions).
	Ver uint64 `json:"ver,omitempty"`
	// Pruned is the bound of the last timeline pruning
	// (WithTimelineRetention): records older were deleted then, but for
	// those a fold could still read.
	Pruned time.Time `json:"pruned,omitzero"`
}

// encode writes the summary, then the markers, the base, the cut and the
// window into the same object.
func (r *pairRecord) encode() ([]byte, error) {
	b, err := codec.Marshal(&r.PairState)
	if err != nil {
		return nil, err
	}
	if len(b) < 2 || b[len(b)-1] != '}' {
		return nil, fmt.Errorf("summary encoded as %q", b)
	}
	out := make([]byte, 0, 2*len(b)+64+len(r.Folded)*40+len(r.Window)*64)
	b = append(append(out, b[:len(b)-1]...), `,"folded":`...)
	if b, err = r.Folded.appendJSON(b); err != nil {
		return nil, err
	}
	if r.Ver > 0 {
		b = append(b, `,"ver":`...)
		b = strconv.AppendUint(b, r.Ver, 10)
	}
	if !r.Pruned.IsZero() {
		p, err := codec.Marshal(r.Pruned)
		if err != nil {
			return nil, fmt.Errorf("encode pruned: %w", err)
		}
		b = append(append(b, `,"pruned":`...), p...)
	}
	if r.Base != nil {
		base, err := codec.Marshal(r.Base)
		if err != nil {
			return nil, fmt.Errorf("encode base: %w", err)
		}
		b = append(append(b, `,"base":`...), base...)
		if r.Cut.Set {
			b = append(b, `,"cut":`...)
			if b, err = r.Cut.appendJSON(b); err != nil {
				return nil, err
			}
		}
		b = append(b, `,"window":`...)
		if b, err = r.Window.appendJSON(b); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// holds reports whether the window holds story, or the cut is it (the
// last story folded into the base): a linear scan of at most
// DefaultWindowCount entries, done only for a story without a marker.
func (r *pairRecord) holds(story string) bool {
	if r.Cut.Set && r.Cut.Story == story {
		return true
	}
	for i := range r.Window {
		if r.Window[i].Story == story {
			return true
		}
	}
	return false
}

// mark returns the marker of story, if the record keeps one.
func (r *pairRecord) mark(story string) (foldMark, bool) {
	for i := len(r.Folded) - 1; i >= 0; i-- {
		if r.Folded[i].Story == story {
			return r.Folded[i], true
		}
	}
	return foldMark{}, false
}

// prune drops the markers older than maxAge before now and, past maxCount
// (the safety cap), the oldest ones (Folded is in fold order, oldest
// first); it returns the dropped markers and how many of them the cap
// dropped before their age.
func (r *pairRecord) prune(now int64, maxAge time.Duration, maxCount int) (dropped []foldMark, capped int) {
	cut := now - int64(maxAge/time.Second)
	i := 0
	for i < len(r.Folded) && r.Folded[i].At < cut {
		i++
	}
	if over := len(r.Folded) - i - maxCount; over > 0 {
		i += over
		capped = over
	}
	if i == 0 {
		return nil, 0
	}
	dropped = r.Folded[:i:i]
	r.Folded = r.Folded[i:]
	return dropped, capped
}

// TimelineKey is the key of a story's timeline record: sortable event time,
// then the story id.
func TimelineKey(at time.Time, storyID string) string {
	return at.UTC().Format("20060102T150405.000000000Z") + " " + storyID
}

func historyKey(seq int) string { return fmt.Sprintf("%08d", seq) }

func markerKey(storyID, pairKey string) string { return storyID + "\x00" + pairKey }

// Fold folds one story's stances into the state of every pair they name,
// and returns the events that causes. Each pair's timeline and history
// records are stored first, then its pair record (summary and "folded"
// marker together), before Fold returns; a pair the story was already
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

// folded is one item's outcome: the events its fold emitted now and the
// events it retracted (a late story that changed what the pair's window
// gives), and, for the pairs it had already been folded into, the outputs
// of that fold that still hold (from their markers).
type folded struct {
	events         []pipeline.Event
	retracted      []pipeline.Event
	again          []pipeline.Event
	againRetracted []pipeline.Event
	// ver is, per pair key, the version of the fold these outputs come
	// from (pairRecord.Ver; the first fold's for again): the version of
	// their messages.
	ver map[string]uint64
}

// version returns the version of the messages of ev (0: unversioned).
func (f folded) version(ev pipeline.Event) uint64 {
	return f.ver[pipeline.PairKey(ev.Pair[0], ev.Pair[1])]
}

func (f *folded) setVer(key string, v uint64) {
	if v == 0 {
		return
	}
	if f.ver == nil {
		f.ver = map[string]uint64{}
	}
	f.ver[key] = v
}

// outputs is what one fold of one story into one pair published: stored
// under the story in BucketEventsPrefix + pair while its marker lasts.
type outputs struct {
	Events    []pipeline.Event `json:"events"`
	Retracted []pipeline.Event `json:"retracted,omitempty"`
	Version   uint64           `json:"version,omitempty"` // the fold's pairRecord.Ver
	// Final names the events of Events that were final when emitted: the
	// fold of a story older than the cut into the base. A redelivery
	// publishes them again as they are; the others only while the
	// window's replay still gives them (their trigger after the cut).
	Final []string `json:"final,omitempty"`
}

func (o *outputs) empty() bool { return len(o.Events) == 0 && len(o.Retracted) == 0 }

// FoldBatch folds items in the order given (the Sequencer sorts them by
// event time) and returns each one's new events, with one pair-record
// write per pair. Every item needs a story id. The events a late story
// retracts are published by the bus handlers (Handler, SequencedHandler);
// FoldBatch and Fold return only what is emitted.
//
// The writes are in two steps, so no store needs atomic writes across
// keys: first the timeline and history records of every pair (idempotent:
// the same key gets the same value when the batch is folded again, and
// nothing reads them as folded until the pair record says so), then the
// pair records, each one key holding a pair's summary and its markers.
// A pair record is the commit point of that pair's folds: a crash before
// it leaves the pair as it was (the redelivered batch folds again), after
// it the markers skip the stories. Pairs are independent: a crash in the
// second step may store some pairs' records and not others'.
func (t *Tracker) FoldBatch(ctx context.Context, items []Item) ([][]pipeline.Event, error) {
	res, err := t.foldBatch(ctx, items)
	if err != nil {
		return nil, err
	}
	out := make([][]pipeline.Event, len(res))
	for i, r := range res {
		out[i] = r.events
	}
	return out, nil
}

// pend is one story's group to fold into a pair in this batch.
type pend struct {
	item int
	g    *group
}

// again is a story of the batch already folded into a pair: its first
// fold's outputs, published again if they still hold.
type againReq struct {
	item int
	key  string
	outs outputs
}

func (t *Tracker) foldBatch(ctx context.Context, items []Item) ([]folded, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	ov := &overlay{store: t.store, vals: map[string][]byte{}}
	// work holds the cache entries the batch changes in place; unless the
	// batch is stored, they are dropped, and the next fold decodes again.
	work := map[string]*cached{}
	stored := false
	defer func() {
		if !stored && t.mem == nil {
			for key := range work {
				delete(t.cache, key)
			}
		}
	}()
	var keys []string // the pairs the batch changes, in order
	pends := map[string][]pend{}
	first := map[string]map[string]int{} // pair → story → the item folding it
	var agains []againReq
	type dup struct {
		item, of int
		key      string
	}
	var dups []dup
	out := make([]folded, len(items))
	now := t.clock().Unix()
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
				t.mem.folded[mk] = true
			}
			c := work[key]
			if c == nil {
				var err error
				if c, err = t.entry(ctx, key); err != nil {
					return nil, fmt.Errorf("track: fold %s: %w", it.Story.ID, err)
				}
				work[key] = c
			}
			if t.mem == nil {
				if j, ok := first[key][it.Story.ID]; ok {
					dups = append(dups, dup{item: i, of: j, key: key}) // twice in one batch
					continue
				}
				if _, done := c.idx[it.Story.ID]; done {
					m, _ := c.rec.mark(it.Story.ID)
					o, err := t.markOutputs(ctx, ov, key, m)
					if err != nil {
						return nil, fmt.Errorf("track: fold %s: %w", it.Story.ID, err)
					}
					agains = append(agains, againReq{item: i, key: key, outs: o})
					out[i].setVer(key, o.Version)
					continue
				}
				// A copy whose marker is gone (over the markers' cap; until
				// session 7 over their count: the
				// chaos run of issue 14 session 6 brought the work stage's
				// second copy of a story 500 folds after the first) while
				// the window still holds its story: folding it again would
				// count it twice. Its outputs went with its marker.
				if c.rec.holds(it.Story.ID) {
					continue
				}
				// A marker of an earlier version, outside the record.
				if evs, done, err := t.legacyMarker(ctx, mk); err != nil {
					return nil, fmt.Errorf("track: fold %s: %w", it.Story.ID, err)
				} else if done {
					out[i].again = append(out[i].again, evs...)
					continue
				}
			}
			if pends[key] == nil {
				keys = append(keys, key)
				first[key] = map[string]int{}
			}
			first[key][it.Story.ID] = i
			pends[key] = append(pends[key], pend{item: i, g: g})
		}
	}
	if len(keys) == 0 && len(agains) == 0 {
		return out, nil
	}
	// Each pair's stories, then what they emit and retract, per item.
	perPair := map[string]map[int]*outputs{}
	for _, key := range keys {
		po, err := t.foldPair(ctx, ov, work[key], key, items, pends[key], now)
		if err != nil {
			return nil, fmt.Errorf("track: fold into %s: %w", key, err)
		}
		perPair[key] = po
		for _, p := range pends[key] {
			o := po[p.item]
			if o == nil {
				continue
			}
			o.Version = work[key].rec.Ver
			out[p.item].setVer(key, o.Version)
			out[p.item].events = append(out[p.item].events, o.Events...)
			out[p.item].retracted = append(out[p.item].retracted, o.Retracted...)
			if t.mem == nil && !o.empty() {
				v, err := codec.Marshal(o)
				if err != nil {
					return nil, fmt.Errorf("track: encode events: %w", err)
				}
				ov.put(pipeline.StateOp{Bucket: BucketEventsPrefix + key, Key: items[p.item].Story.ID, Value: v})
			}
		}
	}
	for _, d := range dups {
		if o := perPair[d.key][d.of]; o != nil {
			out[d.item].setVer(d.key, o.Version)
			out[d.item].again = append(out[d.item].again, o.Events...)
			out[d.item].againRetracted = append(out[d.item].againRetracted, o.Retracted...)
		}
	}
	if len(agains) > 0 {
		// Outputs of a first fold are published again only where they
		// still hold: a later fold may have retracted an event since.
		live := map[string]map[string]eventKey{}
		for _, a := range agains {
			rec := &work[a.key].rec
			l, ok := live[a.key]
			if !ok {
				if rec.Base != nil {
					_, steps := t.replay(*rec.Base, rec.Window, rec.Pair)
					l = liveEvents(steps)
				}
				live[a.key] = l
			}
			// An event whose trigger is behind the cut is published
			// again only if it was final when emitted: one a window story
			// triggered may have been retracted before the cut passed it
			// (the replay can no longer tell), and must not come back.
			for _, e := range a.outs.Events {
				if k, ok := l[e.ID]; l == nil || slices.Contains(a.outs.Final, e.ID) || (ok && k == fullKey(e)) {
					out[a.item].again = append(out[a.item].again, e)
				}
			}
			// A retraction likewise only while the replay can tell: an
			// event retracted, emitted again later and final now that the
			// cut passed its trigger must stay.
			for _, e := range a.outs.Retracted {
				if _, ok := l[e.ID]; !ok && (l == nil || !rec.Cut.atOrBefore(winEntry{Time: e.Time, Story: e.Story})) {
					out[a.item].againRetracted = append(out[a.item].againRetracted, e)
				}
			}
		}
	}
	if len(keys) == 0 || t.mem != nil {
		return out, nil
	}
	// Another tracker may have written a pair record since this fold
	// read it (a rebalance handed the pair over while this batch waited
	// in the sequencer or its writes were slow): committing would
	// overwrite that fold and lose its stories, whose offsets it has
	// committed. Fail the batch (a transient error: the callers retry),
	// and the fold starts again from what is stored. Checked before the
	// timeline records, so an abort writes nothing, and again before the
	// pair records, which step 1 may have kept waiting.
	if err := t.unchanged(ctx, keys, work); err != nil {
		return nil, err
	}
	// Step 1: timeline, history and events records, idempotent.
	if len(ov.ops) > 0 {
		if err := t.store.Apply(ctx, ov.ops...); err != nil {
			return nil, fmt.Errorf("track: fold: timeline: %w", err)
		}
	}
	if err := t.unchanged(ctx, keys, work); err != nil {
		return nil, err
	}
	// Step 2: the pair records, the commit points.
	vals := make(map[string][]byte, len(keys))
	commit := make([]pipeline.StateOp, 0, len(keys))
	var drop []pipeline.StateOp
	for _, key := range keys {
		c := work[key]
		rec := &c.rec
		dropped, capped := rec.prune(now, t.markerAge, t.markerCap)
		if capped > 0 {
			t.log.Warn("track: markers over the cap: the oldest dropped before their age; a copy of their stories outside the window would count twice",
				"pair", key, "dropped", capped, "cap", t.markerCap, "age", t.markerAge)
		}
		for _, m := range dropped {
			delete(c.idx, m.Story)
			if m.Events {
				drop = append(drop, pipeline.StateOp{Bucket: BucketEventsPrefix + key, Key: m.Story, Delete: true})
			}
		}
		t.advanceCut(rec, func(story string) bool { _, ok := c.idx[story]; return ok })
		pruned, err := t.pruneTimeline(ctx, key, c)
		if err != nil {
			return nil, fmt.Errorf("track: prune timeline of %s: %w", key, err)
		}
		drop = append(drop, pruned...)
		val, err := rec.encode()
		if err != nil {
			return nil, fmt.Errorf("track: encode pair %s: %w", key, err)
		}
		vals[key] = val
		commit = append(commit, pipeline.StateOp{Bucket: BucketPairs, Key: key, Value: val})
	}
	if err := t.store.Apply(ctx, commit...); err != nil {
		return nil, fmt.Errorf("track: fold: %w", err)
	}
	// Step 3: the events of markers no record keeps any more (a crash
	// before this leaves them behind, unread; nothing depends on it).
	if len(drop) > 0 {
		if err := t.store.Apply(ctx, drop...); err != nil {
			t.log.Warn("track: pruned markers' events not deleted", "records", len(drop), "err", err)
		}
	}
	for _, key := range keys {
		work[key].raw = vals[key]
	}
	stored = true
	for _, r := range out {
		for _, e := range r.events {
			t.log.Debug("pair event", "kind", e.Kind, "pair", e.Pair, "story", e.Story, "from", e.From, "to", e.To)
		}
		for _, e := range r.retracted {
			t.log.Debug("pair event retracted", "kind", e.Kind, "pair", e.Pair, "story", e.Story, "from", e.From, "to", e.To)
		}
	}
	return out, nil
}

// ErrPairWritten is the transient error of a fold whose pair record
// another writer changed while the fold ran: folding again reads it.
var ErrPairWritten = errors.New("pair record written by another tracker during the fold; fold again")

// unchanged checks that the stored pair records of keys are still the
// bytes the fold started from.
func (t *Tracker) unchanged(ctx context.Context, keys []string, work map[string]*cached) error {
	for _, key := range keys {
		v, ok, err := t.store.Get(ctx, BucketPairs, key)
		if err != nil {
			return fmt.Errorf("track: fold: read pair %s again: %w", key, err)
		}
		if raw := work[key].raw; ok != (raw != nil) || !bytes.Equal(v, raw) {
			return fmt.Errorf("track: fold into %s: %w", key, ErrPairWritten)
		}
	}
	return nil
}

// pruneTimeline returns the deletes of the pair's timeline records older
// than the retention bound that no fold can read any more, and moves the
// record's bound, when the bound has moved on by TimelinePruneStep since
// the last scan (WithTimelineRetention). The deletes are applied after the
// pair record (a crash in between leaves them for the next scan, which
// reads from the start again).
func (t *Tracker) pruneTimeline(ctx context.Context, key string, c *cached) ([]pipeline.StateOp, error) {
	if t.retention <= 0 {
		return nil, nil
	}
	rec := &c.rec
	bound := t.clock().Add(-t.retention).UTC().Truncate(time.Second)
	if !rec.FirstSeen.Before(bound) || (!rec.Pruned.IsZero() && bound.Sub(rec.Pruned) < TimelinePruneStep) {
		return nil, nil
	}
	keep := map[string]bool{}
	for _, e := range rec.Window {
		keep[e.Story] = true
	}
	for story := range c.idx {
		keep[story] = true
	}
	for _, st := range []*PairState{&rec.PairState, rec.Base} {
		if st == nil {
			continue
		}
		for _, m := range st.RecentHostile {
			keep[m.Story] = true
		}
		for _, m := range st.RecentSupportive {
			keep[m.Story] = true
		}
	}
	limit := TimelineKey(bound, "")
	var ops []pipeline.StateOp
	err := t.store.ForEach(ctx, BucketTimelinePrefix+key, func(k string, _ []byte) error {
		if k >= limit {
			return nil
		}
		if i := strings.IndexByte(k, ' '); i >= 0 && keep[k[i+1:]] {
			return nil
		}
		ops = append(ops, pipeline.StateOp{Bucket: BucketTimelinePrefix + key, Key: k, Delete: true})
		return nil
	})
	if err != nil {
		return nil, err
	}
	rec.Pruned = bound
	return ops, nil
}

// advanceCut moves the window's oldest stories into the base while the
// window is over its count (WithMarkers), or its oldest story's marker is gone
// (a redelivery can no longer bring it back, so nothing older can come
// with one): their events are final. A story moved while its marker is
// kept (the window was over the count) keeps it: a copy of it is skipped,
// not folded again into the base — which counted it twice (issue 14,
// session 6: the chaos run's shift moved to an earlier story) — and
// publishes again only what the redelivery rule still lets through
// (foldBatch: events final when emitted, or still given by the window).
func (t *Tracker) advanceCut(rec *pairRecord, marked func(story string) bool) {
	n := 0
	for n < len(rec.Window) && (len(rec.Window)-n > t.windowCount || !marked(rec.Window[n].Story)) {
		e := rec.Window[n]
		t.step(rec.Base, e, rec.Pair)
		rec.Cut = cutMark{Time: e.Time, Story: e.Story, Set: true}
		n++
	}
	if n > 0 {
		rec.Window = append(window(nil), rec.Window[n:]...)
	}
}

// foldPair folds the batch's stories of one pair (ps, in batch order) and
// returns what each item emits and retracts. It writes the timeline and
// history records into ov; the caller writes the pair record.
func (t *Tracker) foldPair(ctx context.Context, ov *overlay, c *cached, key string, items []Item, ps []pend, now int64) (map[int]*outputs, error) {
	rec := &c.rec
	st := &rec.PairState
	pair := ps[0].g.pair
	st.Pair = pair
	if t.mem == nil {
		rec.Ver++ // this batch's fold of the pair
	}
	if rec.Base == nil && t.mem == nil {
		// A record from before the window: all of it is the base.
		b := clonePair(*st)
		rec.Base = &b
		if st.Counts.Stories > 0 {
			rec.Cut = cutMark{Time: st.At, Story: legacyCut, Set: true}
		}
	}
	res := map[int]*outputs{}
	outOf := func(i int) *outputs {
		if res[i] == nil {
			res[i] = &outputs{}
		}
		return res[i]
	}
	entries := map[string]Entry{} // this batch's timeline entries
	type add struct {
		item int
		e    winEntry
	}
	var adds []add
	for _, p := range ps {
		it := items[p.item]
		entry, we := t.aggregate(st, it.Story, p.g)
		entries[entry.Story] = entry
		if t.mem == nil {
			raw, err := codec.Marshal(entry)
			if err != nil {
				return nil, fmt.Errorf("encode timeline entry: %w", err)
			}
			ov.put(pipeline.StateOp{Bucket: BucketTimelinePrefix + key, Key: TimelineKey(entry.Time, entry.Story), Value: raw})
			rec.Folded = append(rec.Folded, foldMark{Story: it.Story.ID, At: now})
			c.idx[it.Story.ID] = struct{}{}
		}
		if we == nil {
			if t.mem != nil {
				t.mem.keep(key, entry, st)
			}
			continue
		}
		if t.mem != nil {
			// Ephemeral: input order, as given; nothing is retracted.
			s := t.step(st, *we, pair)
			t.mem.keep(key, entry, st)
			if err := t.emit(ctx, ov, key, s, entries, outOf(p.item)); err != nil {
				return nil, err
			}
			continue
		}
		adds = append(adds, add{item: p.item, e: *we})
	}
	// In order (each story after the window and the one before it): fold
	// onto the summary, the same as folding the window again.
	cause := -1
	last, have := rec.Cut.entry(), rec.Cut.Set
	if n := len(rec.Window); n > 0 {
		last, have = rec.Window[n-1], true
	}
	for _, a := range adds {
		if have && !last.before(a.e) {
			cause = a.item
			break
		}
		last, have = a.e, true
	}
	if cause < 0 {
		for _, a := range adds {
			s := t.step(st, a.e, pair)
			rec.Window = append(rec.Window, a.e)
			if err := t.emit(ctx, ov, key, s, entries, outOf(a.item)); err != nil {
				return nil, err
			}
		}
		t.markEmitted(rec, res, items)
		return res, nil
	}
	// A late story: fold the window again from where the first one goes
	// (the stories before it give what they gave) and publish the
	// difference.
	k := len(rec.Window)
	for _, a := range adds {
		if rec.Cut.atOrBefore(a.e) {
			k = 0 // the base changes: all of the window again
			break
		}
		k = min(k, sort.Search(len(rec.Window), func(i int) bool { return a.e.before(rec.Window[i]) }))
	}
	var oldSteps []stepped
	var from PairState
	if k == 0 {
		_, oldSteps = t.replay(*rec.Base, rec.Window, pair)
	} else {
		from, _ = t.replay(*rec.Base, rec.Window[:k], pair)
		_, oldSteps = t.replay(from, rec.Window[k:], pair)
	}
	itemOf := map[string]int{}
	var final []stepped
	var older []winEntry
	for _, a := range adds {
		itemOf[a.e.Story] = a.item
		if rec.Cut.atOrBefore(a.e) {
			older = append(older, a.e)
			continue
		}
		i := sort.Search(len(rec.Window), func(i int) bool { return a.e.before(rec.Window[i]) })
		rec.Window = append(rec.Window, winEntry{})
		copy(rec.Window[i+1:], rec.Window[i:])
		rec.Window[i] = a.e
	}
	// Older than the cut: folded into the base at its own time, final.
	sort.Slice(older, func(i, j int) bool { return older[i].before(older[j]) })
	for _, e := range older {
		if s := t.step(rec.Base, e, pair); s.event != nil || s.change != nil {
			final = append(final, s)
		}
	}
	var ruled PairState
	var newSteps []stepped
	if k == 0 {
		ruled, newSteps = t.replay(*rec.Base, rec.Window, pair)
	} else {
		ruled, newSteps = t.replay(from, rec.Window[k:], pair)
	}
	setRule(st, ruled)
	newSteps = append(final, newSteps...)
	oldLive, newLive := liveEvents(oldSteps), liveEvents(newSteps)
	oldChanges := map[int]Change{}
	for _, s := range oldSteps {
		if s.change != nil {
			oldChanges[s.change.Seq] = *s.change
		}
	}
	for n, s := range newSteps {
		to := cause
		if i, ok := itemOf[s.entry.Story]; ok {
			to = i
		}
		if n < len(final) && s.event != nil {
			o := outOf(to)
			o.Final = append(o.Final, s.event.ID)
		}
		var ev *pipeline.Event
		if s.event != nil {
			if k, ok := oldLive[s.event.ID]; !ok || k != stepKey(s) {
				ev = s.event
			}
		}
		var ch *Change
		if s.change != nil {
			if old, ok := oldChanges[s.change.Seq]; !ok || !sameChange(old, *s.change) {
				ch = s.change
			}
			delete(oldChanges, s.change.Seq)
		}
		s.event, s.change = ev, ch
		if err := t.emit(ctx, ov, key, s, entries, outOf(to)); err != nil {
			return nil, err
		}
	}
	for _, s := range oldSteps {
		if s.event != nil {
			if _, ok := newLive[s.event.ID]; !ok {
				o := outOf(cause)
				o.Retracted = append(o.Retracted, retraction(*s.event))
			}
		}
	}
	for seq := range oldChanges { // changes the window no longer makes
		if t.mem == nil {
			ov.put(pipeline.StateOp{Bucket: BucketHistoryPrefix + key, Key: historyKey(seq), Delete: true})
		}
	}
	t.markEmitted(rec, res, items)
	return res, nil
}

// markEmitted flags the markers of the items that emitted or retracted
// something, whose outputs are stored under them.
func (t *Tracker) markEmitted(rec *pairRecord, res map[int]*outputs, items []Item) {
	if t.mem != nil {
		return
	}
	for i, o := range res {
		if o.empty() {
			continue
		}
		for j := len(rec.Folded) - 1; j >= 0; j-- {
			if rec.Folded[j].Story == items[i].Story.ID {
				rec.Folded[j].Events = true
				break
			}
		}
	}
}

func sameChange(a, b Change) bool {
	return a.Seq == b.Seq && a.From == b.From && a.To == b.To && a.Story == b.Story && a.Event == b.Event &&
		a.Time.Equal(b.Time) && slices.Equal(a.Stories, b.Stories)
}

// setRule copies the rule's state (what the window's replay decides) into
// the summary, keeping the summary's order-free counts.
func setRule(st *PairState, r PairState) {
	st.State, st.Since, st.SinceStory, st.Changes = r.State, r.Since, r.SinceStory, r.Changes
	st.At, st.Hostile, st.Supportive, st.Score, st.HostileFast = r.At, r.Hostile, r.Supportive, r.Score, r.HostileFast
	st.RecentHostile, st.RecentSupportive, st.EscalatedAt = r.RecentHostile, r.RecentSupportive, r.EscalatedAt
	st.Counts.HostileStories, st.Counts.SupportiveStories = r.Counts.HostileStories, r.Counts.SupportiveStories
}

// emit turns a step's event into the full event (its cited stories and
// evidence) into o, and writes its change to the pair's history.
func (t *Tracker) emit(ctx context.Context, ov *overlay, key string, s stepped, entries map[string]Entry, o *outputs) error {
	if s.event == nil && s.change == nil {
		return nil
	}
	trigger, err := t.timelineEntry(ctx, ov, key, s.entry, entries)
	if err != nil {
		return err
	}
	if s.event != nil {
		ev := *s.event
		if err := t.cite(ctx, ov, &ev, key, s.cite, s.pol, trigger); err != nil {
			return err
		}
		o.Events = append(o.Events, ev)
	}
	if s.change != nil && t.mem == nil {
		ch := *s.change
		ch.Title, ch.URL, ch.Source = trigger.Title, trigger.URL, trigger.Source
		hv, err := codec.Marshal(ch)
		if err != nil {
			return fmt.Errorf("encode history: %w", err)
		}
		ov.put(pipeline.StateOp{Bucket: BucketHistoryPrefix + key, Key: historyKey(ch.Seq), Value: hv})
	}
	return nil
}

// timelineEntry returns a story's timeline entry: this batch's, else the
// stored one.
func (t *Tracker) timelineEntry(ctx context.Context, ov *overlay, key string, e winEntry, entries map[string]Entry) (Entry, error) {
	if en, ok := entries[e.Story]; ok {
		return en, nil
	}
	if t.mem != nil {
		if en, ok := t.mem.entries[key][e.Story]; ok {
			return en, nil
		}
		return Entry{Story: e.Story, Time: e.Time, Source: e.Source}, nil
	}
	v, ok, err := ov.Get(ctx, BucketTimelinePrefix+key, TimelineKey(e.Time, e.Story))
	if err != nil {
		return Entry{}, fmt.Errorf("timeline entry %s: %w", e.Story, err)
	}
	if !ok {
		return Entry{}, fmt.Errorf("timeline entry %s of %s: missing", e.Story, key)
	}
	var en Entry
	if err := codec.Unmarshal(v, &en); err != nil {
		return Entry{}, fmt.Errorf("decode timeline entry %s: %w", e.Story, err)
	}
	return en, nil
}

// markOutputs returns the outputs of a marker's fold (a record of an
// earlier version is the bare list of events).
func (t *Tracker) markOutputs(ctx context.Context, st getter, key string, m foldMark) (outputs, error) {
	if !m.Events {
		return outputs{}, nil
	}
	v, ok, err := st.Get(ctx, BucketEventsPrefix+key, m.Story)
	if err != nil {
		return outputs{}, fmt.Errorf("events of %s in %s: %w", m.Story, key, err)
	}
	if !ok {
		return outputs{}, fmt.Errorf("events of %s in %s: %w", m.Story, key, errMissingEvents)
	}
	var o outputs
	if len(bytes.TrimSpace(v)) > 0 && bytes.TrimSpace(v)[0] == '[' {
		err = codec.Unmarshal(v, &o.Events)
	} else {
		err = codec.Unmarshal(v, &o)
	}
	if err != nil {
		return outputs{}, fmt.Errorf("decode events of %s in %s: %w", m.Story, key, err)
	}
	return o, nil
}

// getter is the read side of a store (or of a batch's overlay).
type getter interface {
	Get(ctx context.Context, bucket, key string) ([]byte, bool, error)
}

// errMissingEvents: a marker says its fold emitted events whose record is
// gone, which the order of the writes rules out.
var errMissingEvents = errors.New("marker without its events record")

// legacyMarker reads a marker of an earlier version (BucketFolded).
func (t *Tracker) legacyMarker(ctx context.Context, mk string) ([]pipeline.Event, bool, error) {
	v, ok, err := t.store.Get(ctx, BucketFolded, mk)
	if err != nil || !ok {
		return nil, ok, err
	}
	var m foldedMarker
	if err := codec.Unmarshal(v, &m); err != nil {
		return nil, true, fmt.Errorf("decode marker %q: %w", mk, err)
	}
	return m.Events, true, nil
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
	key := pipeline.PairKey(a, b)
	v, ok, err := t.store.Get(ctx, BucketPairs, key)
	if err != nil {
		return nil, false, fmt.Errorf("track: marker of %s: %w", storyID, err)
	}
	if ok {
		var rec pairRecord
		if err := codec.Unmarshal(v, &rec); err != nil {
			return nil, false, fmt.Errorf("track: decode pair %s: %w", key, err)
		}
		if m, done := rec.mark(storyID); done {
			o, err := t.markOutputs(ctx, t.store, key, m)
			if err != nil {
				return nil, true, fmt.Errorf("track: %w", err)
			}
			return o.Events, true, nil
		}
	}
	evs, ok, err := t.legacyMarker(ctx, markerKey(storyID, key))
	if err != nil {
		return nil, ok, fmt.Errorf("track: %w", err)
	}
	return evs, ok, nil
}

// Forget drops the decoded records of the pairs match selects from the
// tracker's memory (a store unloaded their partition: another tracker
// folds them now), and returns how many it dropped. An ephemeral tracker,
// whose memory is its state, forgets nothing.
func (t *Tracker) Forget(match func(pairKey string) bool) int {
	if t.mem != nil {
		return 0
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	n := 0
	for key := range t.cache {
		if match(key) {
			delete(t.cache, key)
			n++
		}
	}
	return n
}

// entry returns the cache entry of the pair, decoding the stored record
// only when its bytes differ from the cached ones (another process wrote
// it: a rebalance gave the pair away and back). Without a store (an
// ephemeral tracker) the cache is the state.
func (t *Tracker) entry(ctx context.Context, key string) (*cached, error) {
	if t.mem != nil {
		c := t.cache[key]
		if c == nil {
			c = &cached{rec: pairRecord{PairState: PairState{State: StateNone}}}
			t.cache[key] = c
		}
		return c, nil
	}
	v, ok, err := t.store.Get(ctx, BucketPairs, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		c := &cached{rec: pairRecord{PairState: PairState{State: StateNone}}, idx: map[string]struct{}{}}
		t.cache[key] = c
		return c, nil
	}
	if c := t.cache[key]; c != nil && bytes.Equal(c.raw, v) {
		return c, nil
	}
	c := &cached{raw: v, idx: map[string]struct{}{}}
	if err := codec.Unmarshal(v, &c.rec); err != nil {
		return nil, fmt.Errorf("decode pair %s: %w", key, err)
	}
	for _, m := range c.rec.Folded {
		c.idx[m.Story] = struct{}{}
	}
	t.cache[key] = c
	return c, nil
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

// aggregate counts one story's group into st — the parts of the summary
// that do not depend on the order of the stories (counts, first and last
// seen) — and returns its timeline entry and, when it asserts something,
// its window entry. late is set when the story is older than the pair's
// present.
func (t *Tracker) aggregate(st *PairState, story StoryRef, g *group) (Entry, *winEntry) {
	at, clamped := EventTime(story, t.clock(), st.At)
	if st.State == "" {
		st.State = StateNone
	}
	late := !st.At.IsZero() && at.Before(st.At)
	c := &st.Counts
	c.Stories++
	c.Unasserted += g.unasserted
	for i := range g.counts {
		c.Directions[i].Source, c.Directions[i].Target = g.counts[i].Source, g.counts[i].Target
		c.Directions[i].Hostile += g.counts[i].Hostile
		c.Directions[i].Supportive += g.counts[i].Supportive
	}
	wh, ws := g.weight[pipeline.Hostile], g.weight[pipeline.Supportive]
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
	if wh == 0 && ws == 0 {
		return entry, nil // nothing asserted: nothing moves
	}
	we := &winEntry{Story: story.ID, Time: at, Source: story.Source, H: wh, S: ws,
		Replay: !story.Fetched.IsZero() && story.Fetched.Sub(at) > t.cfg.ReplayAfter}
	if story.Cluster != story.ID {
		we.Cluster = story.Cluster
	}
	return entry, we
}

// step applies the rule to one asserted story: O(1) in the pair's history
// (the summary keeps a bounded number of marks per polarity). In a window
// folded in order no story is late; a story folded into the base past the
// cut may be, and is then decayed to the present as if it had come in
// order and never starts an escalation.
func (t *Tracker) step(st *PairState, e winEntry, pair [2]string) stepped {
	out := stepped{entry: e}
	at, wh, ws := e.Time, e.H, e.S
	key := pipeline.PairKey(pair[0], pair[1])
	if st.State == "" {
		st.State = StateNone
	}
	late := !st.At.IsZero() && at.Before(st.At)
	if wh > 0 {
		st.Counts.HostileStories++
	}
	if ws > 0 {
		st.Counts.SupportiveStories++
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
		return out // older than the window: history, not evidence
	}
	mark := Mark{Story: e.Story, Time: at, Source: e.Source, Cluster: e.Cluster}
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
	base := pipeline.Event{Pair: pair, Story: e.Story, Time: at, Replay: e.Replay}
	if next != prev {
		pol := pipeline.Hostile
		marks := st.RecentHostile
		switch next {
		case StateAllies:
			pol, marks = pipeline.Supportive, st.RecentSupportive
		case StateMixed:
			marks = append(append([]Mark(nil), st.RecentHostile...), st.RecentSupportive...)
		}
		cite := t.within(marks, st.At)
		if prev == StateNone && !t.supported(cite, st.At) {
			cite = marks // settled on one-sided evidence older than the window
		}
		cite = append([]Mark(nil), cite...)
		ev := base
		ev.From, ev.To = prev, next
		switch {
		case prev == StateNone && st.Changes == 0 && next == StateRivals:
			ev.Kind = pipeline.KindNewFeud
		case prev != StateNone:
			ev.Kind = pipeline.KindStanceShift
		}
		change := Change{Seq: st.Changes + 1, From: prev, To: next, Time: at, Story: e.Story}
		for _, m := range sortMarks(cite) {
			change.Stories = appendUnique(change.Stories, m.Story)
		}
		if ev.Kind != "" {
			ev.ID = eventID(ev.Kind, key, e.Story)
			change.Event = ev.ID
			out.event, out.pol, out.cite = &ev, pol, cite
		}
		out.change = &change
		st.State, st.Since, st.SinceStory, st.Changes = next, at, e.Story, change.Seq
	} else if wh > 0 && prev == StateRivals && t.cfg.Escalation > 0 && !late {
		// Escalation: a burst of hostile stories inside a rivalry, once per
		// escalation window.
		var buf [16]Mark
		burst := buf[:0]
		for _, m := range st.RecentHostile {
			if at.Sub(m.Time) < t.cfg.EscalationWindow && !m.Time.After(at) && m.Time.After(st.Since) {
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
			ev.ID = eventID(ev.Kind, key, e.Story)
			out.event, out.pol, out.cite = &ev, pipeline.Hostile, append([]Mark(nil), burst...)
			st.EscalatedAt = at
		}
	}
	return out
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
	var buf [16]Mark
	in := buf[:0]
	for _, m := range marks {
		if at.Sub(m.Time) < t.cfg.Window && !m.Time.After(at) {
			in = append(in, m)
		}
	}
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

// countStories and countSources count distinct keys among a few marks (a
// pair keeps at most keep per polarity): pairwise, without a map, as the
// rule runs them for every story a window folds.
func countStories(ms []Mark) int {
	n := 0
	for i, m := range ms {
		k := m.storyKey()
		dup := false
		for _, p := range ms[:i] {
			if p.storyKey() == k {
				dup = true
				break
			}
		}
		if !dup {
			n++
		}
	}
	return n
}

func countSources(ms []Mark) int {
	n := 0
	for i, m := range ms {
		dup := false
		for _, p := range ms[:i] {
			if sameSource(p, m) {
				dup = true
				break
			}
		}
		if !dup {
			n++
		}
	}
	return n
}

// sameSource reports whether a and b count as one outlet: a near-duplicate
// cluster counts once, else the outlet, else (no outlet) the story.
func sameSource(a, b Mark) bool {
	switch {
	case a.Cluster != "" || b.Cluster != "":
		return a.Cluster == b.Cluster
	case a.Source != "" || b.Source != "":
		return a.Source == b.Source
	}
	return a.Story == b.Story
}

// insertMark keeps marks in (time, story) order and only the newest keep,
// in place: the lists are the pair's own (clonePair copies them).
func (t *Tracker) insertMark(ms []Mark, m Mark) []Mark {
	i := sort.Search(len(ms), func(i int) bool { return markLess(m, ms[i]) })
	if len(ms) >= t.keep && i == 0 {
		return ms // older than every kept mark: it would go at once
	}
	ms = append(ms, Mark{})
	copy(ms[i+1:], ms[i:])
	ms[i] = m
	if over := len(ms) - t.keep; over > 0 {
		n := copy(ms, ms[over:])
		clear(ms[n:])
		ms = ms[:n]
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

// PartitionKey is the pair key whose partition (of the stances topic,
// keyed by pair) a state record belongs to: the key of a pair record, the
// pair of a timeline, history or events bucket, the pair of an old marker.
// It returns "" for a record that is not the tracker's. A store loaded per
// partition (kafka.PartitionedStateStore) places every record with it, so
// a tracker restores only the pairs of the partitions it consumes.
func PartitionKey(bucket, key string) string {
	switch bucket {
	case BucketPairs:
		return key
	case BucketFolded:
		if _, pair, ok := strings.Cut(key, "\x00"); ok {
			return pair
		}
		return ""
	}
	for _, p := range []string{BucketTimelinePrefix, BucketHistoryPrefix, BucketEventsPrefix} {
		if pair, ok := strings.CutPrefix(bucket, p); ok {
			return pair
		}
	}
	return ""
}
