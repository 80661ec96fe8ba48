package config

import (
	"fmt"
	"strings"
	"time"
)

// TrackConfig is the tracker's settings: how stances fold into a pair's
// relationship and when a change of polarity counts as a shift. The rule is
// documented in pipeline/track/README.md.
type TrackConfig struct {
	// Window bounds the evidence a pair keeps: a new-feud needs no hostile
	// story within it, and only stories within it count as evidence for a
	// shift. Older evidence survives only in the decayed score and the counts.
	Window time.Duration `yaml:"window"`
	// HalfLife is the time after which a story's weight in the score halves.
	HalfLife time.Duration `yaml:"half_life"`
	// Enter is the decayed score a pair must reach (+Enter supportive,
	// -Enter hostile) to take that state. One story weighs at most 1, so an
	// Enter above 1 means no single story can make a state.
	Enter float64 `yaml:"enter"`
	// Exit is the hysteresis band: a pair keeps its state while the score
	// stays on its side of ±Exit, and becomes mixed or none below it.
	Exit float64 `yaml:"exit"`
	// MinEvidence is how many distinct stories of the new polarity within
	// Window a pair needs to take (or shift to) that state.
	MinEvidence int `yaml:"min_evidence"`
	// MaxTimeline caps the evidence entries kept per pair (newest kept).
	MaxTimeline int `yaml:"max_timeline"`
}

// DefaultTrack returns the tracker defaults.
func DefaultTrack() TrackConfig {
	return TrackConfig{
		Window:      90 * 24 * time.Hour,
		HalfLife:    14 * 24 * time.Hour,
		Enter:       1.5,
		Exit:        0.5,
		MinEvidence: 2,
		MaxTimeline: 200,
	}
}

// Validate checks the tracker settings; errors name the field.
func (t *TrackConfig) Validate() error { return t.validate() }

func (t *TrackConfig) validate() error {
	switch {
	case t.Window <= 0:
		return &Error{Field: "track.window", Msg: "must be positive"}
	case t.HalfLife <= 0:
		return &Error{Field: "track.half_life", Msg: "must be positive"}
	case t.Enter <= 0:
		return &Error{Field: "track.enter", Msg: "must be positive"}
	case t.Exit < 0 || t.Exit >= t.Enter:
		return &Error{Field: "track.exit", Msg: fmt.Sprintf("want 0 <= exit < enter (%g)", t.Enter)}
	case t.MinEvidence < 1:
		return &Error{Field: "track.min_evidence", Msg: "must be at least 1"}
	case t.MaxTimeline < t.MinEvidence:
		return &Error{Field: "track.max_timeline", Msg: "must be at least min_evidence"}
	}
	return nil
}

// AlertConfig is the alert stage's settings: delivery retries and the
// webhooks rules can name in their notify lists.
type AlertConfig struct {
	// RetryMin is the first retry delay of a failed delivery; each further
	// attempt doubles it up to RetryMax.
	RetryMin time.Duration `yaml:"retry_min"`
	RetryMax time.Duration `yaml:"retry_max"`
	// GiveUpAfter moves a delivery that kept failing (network, 5xx, 429)
	// for this long to the failed list. 4xx answers fail at once.
	GiveUpAfter time.Duration `yaml:"give_up_after"`
	// Timeout bounds one delivery attempt.
	Timeout time.Duration `yaml:"timeout"`
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
