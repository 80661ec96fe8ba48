package config

import (
	"fmt"
	"strings"
	"time"
)

// TrackConfig is the tracker's settings: when a pair's settled
// relationship (allies, rivals, mixed) changes, and when an escalation is
// reported. The rule is documented in pipeline/track/README.md.
type TrackConfig struct {
	// Window is how far back, from the pair's latest story, evidence counts
	// towards a change of settled state.
	Window time.Duration `yaml:"window"`
	// MinEvidence is how many distinct asserted stories of one polarity
	// (a near-duplicate cluster counts once) within Window a change needs.
	MinEvidence int `yaml:"min_evidence"`
	// MinSources is how many distinct outlets (or clusters) those stories
	// must come from.
	MinSources int `yaml:"min_sources"`
	// HalfLife decays old evidence when weighed against recent evidence of
	// the other polarity; decay alone never changes a settled state.
	HalfLife time.Duration `yaml:"half_life"`
	// Dominance is how many times one side's decayed weight must exceed
	// the other's when both have enough evidence; otherwise the pair is mixed.
	Dominance float64 `yaml:"dominance"`
	// Escalation is how many hostile stories (from MinSources outlets)
	// within EscalationWindow inside an existing rivalry make an
	// escalation event; 0 turns escalations off.
	Escalation       int           `yaml:"escalation"`
	EscalationWindow time.Duration `yaml:"escalation_window"`
	// ReplayAfter flags an event as a replay when its story was fetched
	// longer than this after its date.
	ReplayAfter time.Duration `yaml:"replay_after"`
	// TimelineRetention prunes each pair's timeline by age: records of
	// stories whose event time is more than this before the clock are
	// deleted (never one a fold may still read; see
	// pipeline/track.WithTimelineRetention). At least Window; 0 keeps the
	// timeline for ever (the default: it is the pair's history the API
	// and `khabar pair` page through).
	TimelineRetention time.Duration `yaml:"timeline_retention"`
	// MarkerAge is the horizon of the "already folded" markers: a copy of
	// a story reaching the tracker within it of the story's first fold
	// (processing time, the tracker's clock) is skipped; past it, and once
	// the pair's window no longer holds the story, the copy counts again.
	// 0 is the default, DefaultMarkerAge (the stances topic's 7-day
	// retention); a value set must be at least MinMarkerAge (see
	// pipeline/track.WithMarkers and its README, "Folded markers").
	MarkerAge time.Duration `yaml:"marker_age"`
	// MarkerCap bounds the markers of one pair record: past it the oldest
	// go before their age, with a warning (a pair folding more than
	// MarkerCap stories within MarkerAge). 0 is the default,
	// DefaultMarkerCap. Each marker is ~38 bytes of the pair record, which
	// over Kafka must fit one message (1 MB by default).
	MarkerCap int `yaml:"marker_cap"`
}

// Defaults and bounds of the tracker's folded-story markers
// (track.marker_age, track.marker_cap); pipeline/track uses the same.
const (
	// DefaultMarkerAge is a week of processing time: the default retention
	// of the stances topic, past which Kafka has no message left to
	// deliver again.
	DefaultMarkerAge = 7 * 24 * time.Hour
	// MinMarkerAge is the shortest marker_age accepted: a work process
	// killed before committing analyses its stories again, and their copies
	// reach the tracker minutes after the first stances.
	MinMarkerAge = time.Hour
	// DefaultMarkerCap is 20,000 markers, ~760 KB of pair record, under
	// Kafka's default 1 MB message: a pair folding up to ~2,850 stories a
	// day keeps a week of markers.
	DefaultMarkerCap = 20000
)

// DefaultTrack returns the tracker defaults.
func DefaultTrack() TrackConfig {
	return TrackConfig{
		Window:           90 * 24 * time.Hour,
		MinEvidence:      2,
		MinSources:       2,
		HalfLife:         14 * 24 * time.Hour,
		Dominance:        2,
		Escalation:       3,
		EscalationWindow: 72 * time.Hour,
		ReplayAfter:      48 * time.Hour,
		MarkerAge:        DefaultMarkerAge,
		MarkerCap:        DefaultMarkerCap,
	}
}

// Validate checks the tracker settings; errors name the field.
func (t *TrackConfig) Validate() error { return t.validate() }

func (t *TrackConfig) validate() error {
	switch {
	case t.Window <= 0:
		return &Error{Field: "track.window", Msg: "must be positive"}
	case t.MinEvidence < 1:
		return &Error{Field: "track.min_evidence", Msg: "must be at least 1"}
	case t.MinSources < 1 || t.MinSources > t.MinEvidence:
		return &Error{Field: "track.min_sources", Msg: fmt.Sprintf("want 1 <= min_sources <= min_evidence (%d)", t.MinEvidence)}
	case t.MinEvidence > 8:
		return &Error{Field: "track.min_evidence", Msg: "must be at most 8"}
	case t.HalfLife <= 0:
		return &Error{Field: "track.half_life", Msg: "must be positive"}
	case t.Dominance < 1:
		return &Error{Field: "track.dominance", Msg: "must be at least 1"}
	case t.Escalation < 0 || t.Escalation > 8:
		return &Error{Field: "track.escalation", Msg: "want 0 (off) to 8"}
	case t.Escalation > 0 && t.EscalationWindow <= 0:
		return &Error{Field: "track.escalation_window", Msg: "must be positive"}
	case t.ReplayAfter <= 0:
		return &Error{Field: "track.replay_after", Msg: "must be positive"}
	case t.TimelineRetention < 0:
		return &Error{Field: "track.timeline_retention", Msg: fmt.Sprintf("%s: must not be negative (0 keeps the timeline for ever)", t.TimelineRetention)}
	case t.TimelineRetention > 0 && t.TimelineRetention < t.Window:
		return &Error{Field: "track.timeline_retention", Msg: fmt.Sprintf("%s is shorter than track.window (%s): want 0 (for ever) or at least the window", t.TimelineRetention, t.Window)}
	case t.MarkerAge < 0 || t.MarkerAge > 0 && t.MarkerAge < MinMarkerAge:
		return &Error{Field: "track.marker_age", Msg: fmt.Sprintf("%s: want 0 (the default, %s) or at least %s (a story's copy from a restarted work process comes minutes after the first; a marker gone by then lets it count twice)", t.MarkerAge, DefaultMarkerAge, MinMarkerAge)}
	case t.MarkerCap < 0:
		return &Error{Field: "track.marker_cap", Msg: fmt.Sprintf("%d must not be negative (0: the default, %d)", t.MarkerCap, DefaultMarkerCap)}
	}
	return nil
}

// AlertConfig is the alert stage's settings: delivery retries and the
// webhooks rules can name in their notify lists.
type AlertConfig struct {
	// ReplayAfter is track.replay_after, copied here by the wiring (not a
	// setting of its own), so alerts on stories and on events flag a
	// replay alike; 0 means the track default.
	ReplayAfter time.Duration `yaml:"-"`
	// RetryMin is the first retry delay of a failed delivery; each further
	// attempt doubles it up to RetryMax.
	RetryMin time.Duration `yaml:"retry_min"`
	RetryMax time.Duration `yaml:"retry_max"`
	// GiveUpAfter moves a delivery that kept failing (network, 5xx, 429)
	// for this long to the failed list. 4xx answers fail at once.
	GiveUpAfter time.Duration `yaml:"give_up_after"`
	// Timeout bounds one delivery attempt.
	Timeout time.Duration `yaml:"timeout"`
	// Retention is how long alert state is kept after its last change:
	// a rule and key's count window, quiet period and judged inputs, and
	// each stored alert (by when it was stored). Older state is pruned.
	Retention time.Duration `yaml:"retention"`
	// Webhooks are the notifiers rules name besides "log".
	Webhooks []WebhookConfig `yaml:"webhooks"`
}

// WebhookConfig is one webhook notifier.
type WebhookConfig struct {
	// Name is what rules list under notify.
	Name string `yaml:"name"`
	URL  string `yaml:"url"`
	// Slack sends a Slack-compatible payload ({"text": …, "blocks": …}).
	Slack bool `yaml:"slack"`
}

// DefaultAlert returns the alert defaults.
func DefaultAlert() AlertConfig {
	return AlertConfig{
		RetryMin:    5 * time.Second,
		RetryMax:    10 * time.Minute,
		GiveUpAfter: 72 * time.Hour,
		Timeout:     10 * time.Second,
		Retention:   30 * 24 * time.Hour,
	}
}

// Validate checks the alert settings; errors name the field.
func (a *AlertConfig) Validate() error { return a.validate() }

func (a *AlertConfig) validate() error {
	switch {
	case a.RetryMin <= 0:
		return &Error{Field: "alert.retry_min", Msg: "must be positive"}
	case a.RetryMax < a.RetryMin:
		return &Error{Field: "alert.retry_max", Msg: "must be at least retry_min"}
	case a.GiveUpAfter <= 0:
		return &Error{Field: "alert.give_up_after", Msg: "must be positive"}
	case a.Timeout <= 0:
		return &Error{Field: "alert.timeout", Msg: "must be positive"}
	case a.Retention < 0:
		return &Error{Field: "alert.retention", Msg: "must not be negative (0: the default, 720h)"}
	}
	seen := map[string]int{}
	for i, w := range a.Webhooks {
		field := fmt.Sprintf("alert.webhooks[%d]", i)
		if w.Name == "" || w.Name == "log" {
			return &Error{Field: field + ".name", Msg: `must be set and not "log"`}
		}
		if j, dup := seen[w.Name]; dup {
			return &Error{Field: field + ".name", Msg: fmt.Sprintf("duplicate of alert.webhooks[%d]", j)}
		}
		seen[w.Name] = i
		if !strings.HasPrefix(w.URL, "http://") && !strings.HasPrefix(w.URL, "https://") {
			return &Error{Field: field + ".url", Msg: fmt.Sprintf("%q: want an http:// or https:// URL", w.URL)}
		}
	}
	return nil
}
