// Package alert is the alert stage: it matches rules (deploy/alerts.yaml)
// against analyses, tracker events and feeds the poller reports failing,
// counts, throttles each rule and key with a quiet period, stores every
// alert and delivers it to the notifiers its rule lists. State lives in a
// pipeline.StateStore, so quiet periods and deliveries survive a restart.
// The rule format is documented in pipeline/track/README.md; the stage's
// topics, state and pruning in README.md here.
//
// One logic, with or without the bus. Over the bus (keyed.go) it scales
// out: InputsFromAnalyses, InputsFromEvents and FeedFailingHandler turn
// inputs into observations on TopicInputs keyed by rule and key;
// JudgeHandler — one owner per key — judges each (Judge, judge.go: small
// records per input and window) and publishes alerts and withdrawals on
// the alerts topic; DeliveryHandler (or OutboxHandler with the Deliverer,
// for one process) delivers them. OnAnalysis, OnEvent and OnFeedFailing
// are the same steps without the bus: they judge an input at once in the
// caller's process and queue its deliveries for the Deliverer.
package alert

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
)

// Config is the alert stage's settings (the alert section of khabar.yaml).
type Config = config.AlertConfig

// DefaultConfig returns the alert defaults.
func DefaultConfig() Config { return config.DefaultAlert() }

// State-store buckets of the alert stage.
const (
	BucketAlerts = "alert.alerts" // alert id → JSON pipeline.Alert
	BucketQuiet  = "alert.quiet"  // rule \x00 key → last firing (written before the judge; only pruned now)
	BucketCounts = "alert.counts" // rule \x00 key → count window (written before the judge; only pruned now)
	BucketOutbox = "alert.outbox" // alert id \x00 notifier → pending delivery
	BucketFailed = "alert.failed" // deliveries given up on, with the last error
)

// Engine matches rules and records alerts. It is safe for concurrent use:
// Judge serialises the calls of one rule and key.
type Engine struct {
	cfg   Config
	rules []Rule
	store pipeline.StateStore
	// list holds the stored alerts that listing, pruning by age and
	// delivery read (and the delivery marks): nil means store (one store
	// for everything); see SetListStore.
	list      pipeline.StateStore
	notifiers map[string]Notifier
	log       *slog.Logger
	clock     func() time.Time

	wake chan struct{}
	// keyLocks serialise Judge per rule and key (keyLock).
	keyLocks [64]sync.Mutex
}

// New returns an engine. notifiers maps the names rules list under notify
// to notifiers; "log" is added (logging to logger) when absent. clock is
// time.Now when nil; it decides quiet periods and count windows.
func New(cfg Config, rules []Rule, store pipeline.StateStore, notifiers map[string]Notifier, logger *slog.Logger, clock func() time.Time) (*Engine, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("alert: %w", err)
	}
	if store == nil {
		return nil, errors.New("alert: nil state store")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if clock == nil {
		clock = time.Now
	}
	ns := make(map[string]Notifier, len(notifiers)+1)
	for k, v := range notifiers {
		ns[k] = v
	}
	if ns["log"] == nil {
		ns["log"] = LogNotifier{Logger: logger}
	}
	for _, r := range rules {
		for _, n := range r.Notify {
			if ns[n] == nil {
				return nil, &RuleError{File: r.File, Line: r.Line, Rule: r.Name,
					Msg: fmt.Sprintf("notify %q: no such notifier (configure it under alert.webhooks)", n)}
			}
		}
	}
	return &Engine{cfg: cfg, rules: rules, store: store, notifiers: ns, log: logger, clock: clock,
		wake: make(chan struct{}, 1)}, nil
}

// Rules returns the engine's rules.
func (e *Engine) Rules() []Rule { return slices.Clone(e.rules) }

// candidate is one (rule, key) an input matched.
type candidate struct {
	rule    *Rule
	key     string
	trigger string // story or event id: a replayed input never fires twice
	story   pipeline.AlertStory
	// cites, when set, are the stories an event cites (first in event
	// time): the alert lists them instead of story alone.
	cites  []pipeline.AlertStory
	reason string
	at     time.Time // event time: the story's date clamped to its fetch time
	replay bool      // the input came from a replay (see pipeline.Event.Replay)
	// storyCluster is the story's near-duplicate cluster, counted as one source.
	storyCluster string
}

// OnAnalysis judges one analysed story at once, in this process: its
// observations (ObserveAnalysis) go through Judge, and what they fire or
// withdraw is queued for the Deliverer as OutboxHandler queues the alerts
// topic. It returns the alerts fired (or moved, under the same id). The
// alerts, the judge's records and the pending deliveries are stored before
// it returns. It is the keyed path without the bus, for one process and
// tests: the same rules give the same alerts.
func (e *Engine) OnAnalysis(ctx context.Context, story pipeline.Story, a pipeline.Analysis) ([]pipeline.Alert, error) {
	alerts, err := e.judgeNow(ctx, e.ObserveAnalysis(story, a))
	if err != nil {
		return nil, fmt.Errorf("alert: story %s: %w", story.ID, err)
	}
	return alerts, nil
}

// OnEvent judges one tracker event at once, as OnAnalysis; story is the
// triggering story (for its title, link, category and source).
func (e *Engine) OnEvent(ctx context.Context, ev pipeline.Event, story pipeline.Story) ([]pipeline.Alert, error) {
	alerts, err := e.judgeNow(ctx, e.ObserveEvent(ev, story))
	if err != nil {
		return nil, fmt.Errorf("alert: event %s: %w", ev.ID, err)
	}
	return alerts, nil
}

// judgeNow judges obs in order and queues what they fire or withdraw in
// the outbox; it returns the alerts fired.
func (e *Engine) judgeNow(ctx context.Context, obs []Observation) ([]pipeline.Alert, error) {
	var alerts []pipeline.Alert
	for _, o := range obs {
		msgs, err := e.Judge(ctx, o)
		if err != nil {
			return nil, err
		}
		for _, m := range msgs {
			if err := e.queue(ctx, m); err != nil {
				return nil, err
			}
			if !m.Retracted {
				alerts = append(alerts, m.Alert)
			}
		}
	}
	return alerts, nil
}

// candidates matches the rules that watch on against one input, both
// paths' first step.
func (e *Engine) candidates(on string, match func(r *Rule) []candidate) []candidate {
	var cands []candidate
	for i := range e.rules {
		if r := &e.rules[i]; r.On == on {
			cands = append(cands, match(r)...)
		}
	}
	return cands
}

func (e *Engine) analysisCandidates(story pipeline.Story, a pipeline.Analysis) []candidate {
	return e.candidates(OnAnalysis, func(r *Rule) []candidate { return matchAnalysis(r, story, a, e.replayAfter()) })
}

func (e *Engine) eventCandidates(ev pipeline.Event, story pipeline.Story) []candidate {
	return e.candidates(OnEvent, func(r *Rule) []candidate { return matchEvent(r, ev, story) })
}

func (e *Engine) feedCandidates(f FeedFailure) []candidate {
	return e.candidates(OnFeed, func(r *Rule) []candidate { return matchFeed(r, f) })
}

type quietState struct {
	Last     time.Time `json:"last"`
	Alert    string    `json:"alert"`
	Triggers []string  `json:"triggers"`
}

type observation struct {
	Story    pipeline.AlertStory `json:"story"`
	Distinct string              `json:"distinct"`
	Time     time.Time           `json:"time"`
}

// delivery is one pending send of an alert to one notifier.
type delivery struct {
	Alert     pipeline.Alert `json:"alert"`
	Notifier  string         `json:"notifier"`
	Attempts  int            `json:"attempts"`
	First     time.Time      `json:"first,omitzero"`
	Next      time.Time      `json:"next,omitzero"`
	LastError string         `json:"last_error,omitempty"`
	// Retracted: the delivery is the alert's withdrawal (Retractor).
	Retracted bool `json:"retracted,omitempty"`
}

func stateKey(rule, key string) string { return rule + "\x00" + key }

// countReason is the reason of a count rule's alert: how many distinct
// stories or sources within the window, then the input's own reason.
func countReason(r *Rule, distinct int, reason string) string {
	what := "sources"
	if r.Count.Distinct == DistinctStory {
		what = "stories"
	}
	return fmt.Sprintf("%d distinct %s within %s (at least %d): %s", distinct, what,
		time.Duration(r.Count.Within), r.Count.AtLeast, reason)
}

// newAlert is the alert r fires for key at now (event time): its window
// is now truncated to the rule's quiet period, and its id comes from the
// rule, key and window, so judging the same input again gives the same id.
func newAlert(r *Rule, key string, now time.Time, reason string, stories []pipeline.AlertStory, replay bool) pipeline.Alert {
	window := now.UTC()
	if quiet := time.Duration(r.Quiet); quiet > 0 {
		window = window.Truncate(quiet)
	}
	return pipeline.Alert{
		ID:      alertID(r.Name, key, window),
		Rule:    r.Name,
		Key:     key,
		Window:  window,
		Time:    now,
		Title:   title(r, key),
		Reason:  reason,
		Stories: stories,
		Replay:  replay,
	}
}

func alertID(rule, key string, window time.Time) string {
	if key == "" {
		key = "*"
	}
	return rule + "/" + key + "/" + window.UTC().Format("20060102T150405Z")
}

func title(r *Rule, key string) string {
	t := r.Description
	if t == "" {
		t = r.Name
	}
	if key == "" {
		return t
	}
	return t + " — " + strings.ReplaceAll(key, "|", " × ")
}

// Filter selects stored alerts.
type Filter struct {
	Rule  string    // only this rule ("" any)
	Since time.Time // fired at or after
	Size  int       // at most this many (default 50)
	// Until and Offset are read by ListPage only: fired at or before Until
	// (zero: no bound); skip the first Offset matches.
	Until  time.Time
	Offset int
}

// List returns stored alerts, newest first.
func (e *Engine) List(ctx context.Context, f Filter) ([]pipeline.Alert, error) {
	return ListStored(ctx, e.ls(), f)
}

// ListStored reads alerts from a state store directly (the CLI uses it on
// a state file no khabar process holds). It decodes every stored alert;
// ListPageStored reads one page.
func ListStored(ctx context.Context, store pipeline.StateStore, f Filter) ([]pipeline.Alert, error) {
	if f.Size <= 0 {
		f.Size = 50
	}
	var out []pipeline.Alert
	err := store.ForEach(ctx, BucketAlerts, func(key string, v []byte) error {
		var a pipeline.Alert
		if err := json.Unmarshal(v, &a); err != nil {
			return fmt.Errorf("decode alert %s: %w", key, err)
		}
		if (f.Rule == "" || a.Rule == f.Rule) && !a.Time.Before(f.Since) {
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("alert: list: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Time.Equal(out[j].Time) {
			return out[i].Time.After(out[j].Time)
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > f.Size {
		out = out[:f.Size]
	}
	return out, nil
}

// ---- matching ----

func storyFilters(r *Rule, s pipeline.Story) bool {
	if len(r.Categories) > 0 && !slices.Contains(r.Categories, s.Category) {
		return false
	}
	if len(r.Languages) > 0 && !slices.Contains(r.Languages, s.Language) {
		return false
	}
	if len(r.Sources) > 0 {
		ok := slices.Contains(r.Sources, s.Source)
		for _, src := range s.Sources {
			ok = ok || slices.Contains(r.Sources, src)
		}
		if !ok {
			return false
		}
	}
	return true
}

func (r *Rule) entityOK(id string, types func(string) string) bool {
	if len(r.Entities) > 0 && !slices.Contains(r.Entities, id) {
		return false
	}
	return len(r.Types) == 0 || slices.Contains(r.Types, types(id))
}

func (r *Rule) pairOK(p [2]string, types func(string) string) bool {
	if len(r.Entities) > 0 && !slices.Contains(r.Entities, p[0]) && !slices.Contains(r.Entities, p[1]) {
		return false
	}
	if len(r.Types) > 0 && !slices.Contains(r.Types, types(p[0])) && !slices.Contains(r.Types, types(p[1])) {
		return false
	}
	if len(r.PairTypes) > 0 && (!slices.Contains(r.PairTypes, types(p[0])) || !slices.Contains(r.PairTypes, types(p[1]))) {
		return false
	}
	return true
}

func storyRef(s pipeline.Story, evidence []string) pipeline.AlertStory {
	return pipeline.AlertStory{ID: s.ID, Title: s.Title, URL: s.URL, Source: s.Source, Evidence: evidence}
}

func matchEvent(r *Rule, ev pipeline.Event, s pipeline.Story) []candidate {
	if len(r.Kinds) > 0 && !slices.Contains(r.Kinds, ev.Kind) {
		return nil
	}
	if r.Polarity != "" && eventPolarity(ev.To) != r.Polarity {
		return nil
	}
	if !storyFilters(r, s) {
		return nil
	}
	if s.ID == "" {
		s.ID = ev.Story
	}
	types := r.typeOf
	reason := fmt.Sprintf("%s between %s and %s", ev.Kind, ev.Pair[0], ev.Pair[1])
	switch ev.Kind {
	case pipeline.KindStanceShift:
		reason = fmt.Sprintf("stance-shift %s → %s between %s and %s", ev.From, ev.To, ev.Pair[0], ev.Pair[1])
	case pipeline.KindEscalation:
		reason = fmt.Sprintf("escalation of the rivalry between %s and %s: %d hostile stories", ev.Pair[0], ev.Pair[1], len(ev.Stories))
	}
	reason += " (story " + ev.Story + ")"
	base := candidate{rule: r, trigger: "event:" + ev.ID, story: storyRef(s, ev.Evidence), reason: reason,
		at: ev.Time, replay: ev.Replay, storyCluster: s.Cluster}
	for _, es := range ev.Stories {
		base.cites = append(base.cites, pipeline.AlertStory{ID: es.ID, Title: es.Title, URL: es.URL, Source: es.Source, Evidence: es.Evidence})
	}
	var keys []string
	switch r.Key {
	case KeyPair:
		if r.pairOK(ev.Pair, types) {
			keys = append(keys, pipeline.PairKey(ev.Pair[0], ev.Pair[1]))
		}
	case KeyEntity:
		for _, id := range ev.Pair {
			if r.entityOK(id, types) {
				keys = append(keys, id)
			}
		}
	default:
		if r.pairOK(ev.Pair, types) {
			keys = append(keys, map[string]string{KeyStory: ev.Story, KeyRule: ""}[r.Key])
		}
	}
	return withKeys(base, keys)
}

func withKeys(base candidate, keys []string) []candidate {
	out := make([]candidate, 0, len(keys))
	for _, k := range keys {
		c := base
		c.key = k
		out = append(out, c)
	}
	return out
}

func matchAnalysis(r *Rule, s pipeline.Story, a pipeline.Analysis, replayAfter time.Duration) []candidate {
	if !storyFilters(r, s) {
		return nil
	}
	if s.ID == "" {
		s.ID = a.ID
	}
	types := r.typeOf
	var why []string
	if len(r.Deals) > 0 {
		var named []string
		for _, d := range a.Deals {
			if slices.Contains(r.Deals, d) {
				named = append(named, d)
			}
		}
		if len(named) == 0 {
			return nil
		}
		why = append(why, "names deal "+strings.Join(named, ", "))
	}
	var amountTexts []string
	if r.AmountAbove != nil {
		for _, am := range a.Amounts {
			if am.Value <= *r.AmountAbove || math.IsNaN(am.Value) {
				continue
			}
			if r.Currency != "" && am.Currency != r.Currency {
				continue
			}
			if len(r.Deals) > 0 && am.Deal != "" && !slices.Contains(r.Deals, am.Deal) {
				continue
			}
			amountTexts = append(amountTexts, am.Text)
			why = append(why, fmt.Sprintf("states %s (%s %s)", am.Text, strconv.FormatFloat(am.Value, 'f', -1, 64), am.Currency))
		}
		if len(amountTexts) == 0 {
			return nil
		}
	}

	// The entities involved and the sentences about each.
	involved := map[string][]string{}
	var pairs [][2]string
	pairEvidence := map[string][]string{}
	if r.Polarity != "" {
		for _, st := range a.Stances {
			if st.Polarity != r.Polarity || st.Source == "" || st.Target == "" {
				continue
			}
			for _, id := range []string{st.Source, st.Target} {
				involved[id] = appendUnique(involved[id], st.Evidence)
			}
			pk := pipeline.PairKey(st.Source, st.Target)
			if _, seen := pairEvidence[pk]; !seen {
				pairs = append(pairs, pipeline.SortedPair(st.Source, st.Target))
			}
			pairEvidence[pk] = appendUnique(pairEvidence[pk], st.Evidence)
		}
		if len(involved) == 0 {
			return nil
		}
	} else {
		for _, id := range a.Entities {
			involved[id] = nil
		}
		for _, st := range a.Stances {
			if _, ok := involved[st.Source]; ok {
				involved[st.Source] = appendUnique(involved[st.Source], st.Evidence)
			}
			if _, ok := involved[st.Target]; ok {
				involved[st.Target] = appendUnique(involved[st.Target], st.Evidence)
			}
			pk := pipeline.PairKey(st.Source, st.Target)
			if _, seen := pairEvidence[pk]; !seen && st.Source != "" && st.Target != "" {
				pairs = append(pairs, pipeline.SortedPair(st.Source, st.Target))
			}
			pairEvidence[pk] = appendUnique(pairEvidence[pk], st.Evidence)
		}
	}
	ids := make([]string, 0, len(involved))
	for id := range involved {
		ids = append(ids, id)
	}
	sort.Strings(ids)

	at := s.Published
	if !s.Fetched.IsZero() && (at.IsZero() || at.After(s.Fetched)) {
		at = s.Fetched
	}
	base := candidate{rule: r, trigger: "story:" + s.ID, at: at, storyCluster: s.Cluster,
		replay: !s.Fetched.IsZero() && s.Fetched.Sub(at) > replayAfter}
	polarity := "stances"
	if r.Polarity != "" {
		polarity = r.Polarity + " stances"
	}
	var out []candidate
	add := func(key string, evidence []string, reason string) {
		c := base
		c.key = key
		c.story = storyRef(s, append(append([]string(nil), evidence...), amountTexts...))
		parts := slices.Clone(why)
		if reason != "" {
			parts = append(parts, reason)
		}
		c.reason = strings.Join(parts, "; ")
		if c.reason == "" {
			c.reason = "story matched"
		}
		c.reason += " (story " + s.ID + ")"
		out = append(out, c)
	}
	switch r.Key {
	case KeyEntity:
		for _, id := range ids {
			if r.entityOK(id, types) {
				add(id, involved[id], fmt.Sprintf("%s involving %s", polarity, id))
			}
		}
	case KeyPair:
		for _, p := range pairs {
			if r.pairOK(p, types) {
				add(pipeline.PairKey(p[0], p[1]), pairEvidence[pipeline.PairKey(p[0], p[1])],
					fmt.Sprintf("%s between %s and %s", polarity, p[0], p[1]))
			}
		}
	default: // story, deal or rule key: the story as a whole
		var hit, ev []string
		for _, id := range ids {
			if r.entityOK(id, types) {
				hit = append(hit, id)
				ev = appendUnique(ev, involved[id]...)
			}
		}
		entityCond := len(r.Entities) > 0 || len(r.Types) > 0
		if entityCond && len(hit) == 0 {
			return nil
		}
		reason := ""
		if entityCond || r.Polarity != "" {
			reason = fmt.Sprintf("%s involving %s", polarity, strings.Join(hit, ", "))
		}
		keys := []string{s.ID}
		switch r.Key {
		case KeyRule:
			keys = []string{""}
		case KeyDeal:
			keys = dealKeys(r, a)
		}
		for _, k := range keys {
			add(k, ev, reason)
		}
	}
	return out
}

func dealKeys(r *Rule, a pipeline.Analysis) []string {
	var out []string
	for _, d := range a.Deals {
		if len(r.Deals) == 0 || slices.Contains(r.Deals, d) {
			out = append(out, d)
		}
	}
	return out
}

func appendUnique(list []string, items ...string) []string {
	for _, s := range items {
		if s != "" && !slices.Contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

// replayAfter flags an alert on a story fetched longer than this after its
// date as a replay: track.replay_after, as the tracker does for events.
func (e *Engine) replayAfter() time.Duration {
	if e.cfg.ReplayAfter > 0 {
		return e.cfg.ReplayAfter
	}
	return config.DefaultTrack().ReplayAfter
}

// eventPolarity maps a tracker state (or a polarity) to the polarity a
// rule names: rivals are hostile, allies supportive.
func eventPolarity(state string) string {
	switch state {
	case "rivals":
		return pipeline.Hostile
	case "allies":
		return pipeline.Supportive
	}
	return state
}
