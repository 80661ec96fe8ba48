package alert

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// The keyed alert path (issue 14 §3). Alert state is per rule and key, so
// the inputs that update it are divided by rule and key, not by story:
//
//	analyses, events, feed-failing ─► Observe* ─► alert-inputs (key: rule/key) ─► Judge ─► alerts (key: alert id) ─► Deliver
//
// The first step only matches rules (no state); it turns one input into
// one Observation per rule and key it matched. The alert-inputs topic is
// keyed by rule and key, so one partition — one consumer in the group —
// owns each key, and no two processes judge the same key at once. Judge
// (judge.go) keeps small records per input, quiet window and count
// granule, so the alerts are a function of the set of inputs whatever
// their order. An input is judged once: the same observation message
// delivered again re-emits its windows' alerts (a crash may have come
// between the state write and the publish), the same input observed again
// (a story polled twice) is ignored. Fired alerts and withdrawals go to
// the alerts topic, where a delivery consumer group owns each alert id
// (DeliveryHandler).

// TopicInputs is the topic between the two alert steps: Observations,
// keyed by rule and key (Observation.MessageKey). Relative to the bus's
// prefix, like the pipeline's topics.
const TopicInputs = "alert-inputs"

// State-store buckets of the keyed path.
const (
	// BucketKeys held the previous judge's one keyState per rule \x00 key
	// (count window, quiet period, judged inputs); it is only pruned now.
	BucketKeys = "alert.keys"
	// BucketTimeline indexes stored alerts newest first: timelineKey(time,
	// id) → when the alert was stored (RFC 3339). /api/alerts reads a page
	// from it without decoding the alerts before the page, and pruning
	// reads ages from it.
	BucketTimeline = "alert.timeline"
	// BucketDelivered marks deliveries done by the alerts topic's
	// consumer: alert id \x00 notifier → when (RFC 3339).
	BucketDelivered = "alert.delivered"
)

// Observation is one input as one rule and key see it: the value on the
// alert-inputs topic. Trigger identifies the input (story:ID, event:ID,
// feed:URL@since), so a redelivered or replayed observation is judged once.
type Observation struct {
	Rule    string                `json:"rule"`
	Key     string                `json:"key"`
	Trigger string                `json:"trigger,omitempty"`
	Story   pipeline.AlertStory   `json:"story,omitzero"`
	Cites   []pipeline.AlertStory `json:"cites,omitempty"`
	Reason  string                `json:"reason,omitempty"`
	// At is the event time: the story's date clamped to its fetch time,
	// the event's time, or when a feed started failing.
	At time.Time `json:"at,omitzero"`
	// Wall is the clock when the input was observed: it stands in for "now"
	// when At is later or absent, so the observation is judged the same
	// whenever (and however often) it is delivered.
	Wall    time.Time `json:"wall,omitzero"`
	Replay  bool      `json:"replay,omitempty"`
	Cluster string    `json:"cluster,omitempty"`
	// Retract withdraws the input (a tracker event a later fold
	// retracted); Version orders an input's versions (the tracker's fold
	// version): a message older than the one judged is ignored.
	Retract bool   `json:"retract,omitempty"`
	Version uint64 `json:"version,omitempty"`
	// Prune asks the key's owner to delete the key's state if nothing
	// changed it for alert.retention (see Engine.StaleKeys).
	Prune bool `json:"prune,omitempty"`
	// Record names the judge's record to prune (bucket \x00 key); empty:
	// the key's record of the previous judge (BucketKeys).
	Record string `json:"record,omitempty"`
}

// MessageKey is the alert-inputs key: rule and key, so one partition owns
// each (rule names have no "/").
func (o Observation) MessageKey() string { return o.Rule + "/" + o.Key }

// keyState is everything Judge keeps about one rule and key.
type keyState struct {
	Rule string `json:"rule"`
	Key  string `json:"key"`
	// Last is the event time of the last firing and Alert its id.
	Last  time.Time `json:"last,omitzero"`
	Alert string    `json:"alert,omitempty"`
	// Obs is the count window (rules with count:), oldest first.
	Obs []observation `json:"obs,omitempty"`
	// Judged are the triggers judged already, oldest first.
	Judged []judged `json:"judged,omitempty"`
	// Updated is the wall clock of the last write: pruning goes by it.
	Updated time.Time `json:"updated"`
}

type judged struct {
	Trigger string `json:"t"`
	// Wall is the observation's Wall (when its input was observed): the
	// same observation message delivered again has it, the same input
	// observed again (a story polled twice, a redelivered analysis) has
	// another. It also dates the entry for trimJudged.
	Wall time.Time `json:"w,omitzero"`
	// Alert is the id of the alert this input fired, re-emitted when the
	// same observation is delivered again (the crash may have come before
	// the alert was published).
	Alert string `json:"alert,omitempty"`
}

// ObserveAnalysis matches the analysis rules against one analysed story:
// one observation per rule and key it matched. It reads no state.
func (e *Engine) ObserveAnalysis(story pipeline.Story, a pipeline.Analysis) []Observation {
	return e.observations(e.analysisCandidates(story, a))
}

// ObserveEvent matches the event rules against one tracker event; story is
// the triggering story.
func (e *Engine) ObserveEvent(ev pipeline.Event, story pipeline.Story) []Observation {
	return e.observations(e.eventCandidates(ev, story))
}

// ObserveFeed matches the feed rules against one failing feed.
func (e *Engine) ObserveFeed(f FeedFailure) ([]Observation, error) {
	if f.URL == "" {
		return nil, fmt.Errorf("alert: failing feed without a URL")
	}
	return e.observations(e.feedCandidates(f)), nil
}

func (e *Engine) observations(cands []candidate) []Observation {
	if len(cands) == 0 {
		return nil
	}
	wall := e.clock().UTC()
	out := make([]Observation, 0, len(cands))
	for _, c := range cands {
		o := Observation{Rule: c.rule.Name, Key: c.key, Trigger: c.trigger, Story: c.story, Reason: c.reason,
			At: c.at, Wall: wall, Replay: c.replay, Cluster: c.storyCluster}
		if len(c.cites) > 0 {
			o.Cites = c.cites
		}
		out = append(out, o)
	}
	return out
}

func (e *Engine) rule(name string) *Rule {
	for i := range e.rules {
		if e.rules[i].Name == name {
			return &e.rules[i]
		}
	}
	return nil
}

// retention is alert.retention, or its default.
func (e *Engine) retention() time.Duration {
	if e.cfg.Retention > 0 {
		return e.cfg.Retention
	}
	return DefaultConfig().Retention
}

// reemit returns the stored alert an input already fired, for its
// redelivery; nothing when it fired none or the alert was pruned.
func (e *Engine) reemit(ctx context.Context, id string) ([]pipeline.Alert, error) {
	if id == "" {
		return nil, nil
	}
	v, ok, err := e.store.Get(ctx, BucketAlerts, id)
	if err != nil {
		return nil, fmt.Errorf("alert: read alert %s: %w", id, err)
	}
	if !ok {
		return nil, nil
	}
	var a pipeline.Alert
	if err := json.Unmarshal(v, &a); err != nil {
		return nil, fmt.Errorf("alert: decode stored alert %s: %w", id, err)
	}
	return []pipeline.Alert{a}, nil
}

// storeAlertOps are the writes that store an alert: the record and its
// timeline entry (stored at: the wall clock, for pruning).
func storeAlertOps(a pipeline.Alert, stored time.Time) ([]pipeline.StateOp, error) {
	b, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("alert: encode alert %s: %w", a.ID, err)
	}
	return []pipeline.StateOp{
		{Bucket: BucketAlerts, Key: a.ID, Value: b},
		{Bucket: BucketTimeline, Key: timelineKey(a.Time, a.ID), Value: []byte(stored.UTC().Format(time.RFC3339Nano))},
	}, nil
}

// timelineKey orders alerts newest first under a store's ascending key
// order: the time's nanoseconds, sign bit flipped (so the unsigned order
// is the time order) and inverted, in 16 hex digits; then the alert id.
func timelineKey(t time.Time, id string) string {
	u := ^(uint64(t.UnixNano()) ^ (1 << 63))
	return fmt.Sprintf("%016x\x00%s", u, id)
}

// parseTimelineKey is timelineKey's inverse.
func parseTimelineKey(k string) (time.Time, string, bool) {
	if len(k) < 17 || k[16] != 0 {
		return time.Time{}, "", false
	}
	u, err := strconv.ParseUint(k[:16], 16, 64)
	if err != nil {
		return time.Time{}, "", false
	}
	return time.Unix(0, int64(^u^(1<<63))).UTC(), k[17:], true
}

// errStop ends a ForEach early.
var errStop = errors.New("stop")

// keyLock is the lock of a rule and key's state: one of a fixed set of
// stripes (pipeline.KeyLane of the state key), so Judge calls of different keys
// seldom wait for each other.
func (e *Engine) keyLock(rule, key string) *sync.Mutex {
	return &e.keyLocks[pipeline.KeyLane(stateKey(rule, key), len(e.keyLocks))]
}
