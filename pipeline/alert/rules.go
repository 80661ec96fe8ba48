package alert

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/khabar/khabar/pipeline"
)

// Inputs a rule listens to.
const (
	OnEvent    = "event"
	OnAnalysis = "analysis"
	// OnFeed rules match feeds the poll stage reports as failing for longer
	// than poll.failing_after (see FeedFailure); not stories or events.
	OnFeed = "feed"
)

// Keys a rule groups by: quiet periods, counts and alert ids are per rule and key.
const (
	KeyPair   = "pair"
	KeyEntity = "entity"
	KeyDeal   = "deal"
	KeyStory  = "story"
	KeyRule   = "rule"
	// KeyFeed is the feed's URL (feed rules only).
	KeyFeed = "feed"
)

// What a count counts distinct.
const (
	DistinctSource = "source" // the story's near-duplicate cluster when it has one, else its outlet
	DistinctStory  = "story"
)

// EntityTypes answers the type of a watchlist id ("" when unknown);
// *watchlist.Watchlist is one.
type EntityTypes interface {
	Type(id string) string
}

// Duration is a YAML duration: Go syntax ("90m", "1h30m") or whole days ("7d").
type Duration time.Duration

// UnmarshalYAML parses a duration and names the line when it is bad.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := parseDuration(n.Value)
	if err != nil || n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: bad duration %q: want e.g. 30m, 6h or 7d", n.Line, n.Value)
	}
	*d = Duration(v)
	return nil
}

func parseDuration(s string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n < 0 {
			return 0, errors.New("bad days")
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// Count makes a rule fire only when enough distinct stories matched for the
// same key within a sliding window.
type Count struct {
	AtLeast  int      `yaml:"at_least" json:"at_least"`
	Distinct string   `yaml:"distinct" json:"distinct"`
	Within   Duration `yaml:"within" json:"within"`
}

// Rule is one alert rule of the rules file. Every condition set must hold;
// a list condition holds when any of its items does.
type Rule struct {
	Name        string `yaml:"name" json:"name"`
	Description string `yaml:"description" json:"description,omitempty"`
	// On is OnEvent (tracker events), OnAnalysis (every analysed story) or
	// OnFeed (feeds failing for longer than the poller's threshold).
	On string `yaml:"on" json:"on"`
	// Kinds of event (events only).
	Kinds []string `yaml:"kinds" json:"kinds,omitempty"`
	// Entities: at least one entity involved is one of these ids.
	Entities []string `yaml:"entities" json:"entities,omitempty"`
	// Types: at least one entity involved has one of these types.
	Types []string `yaml:"types" json:"types,omitempty"`
	// PairTypes: both entities of the pair have one of these types (key pair).
	PairTypes []string `yaml:"pair_types" json:"pair_types,omitempty"`
	// Polarity: for analyses, the entities involved are those of stances of
	// this polarity; for events, the polarity the pair turned to.
	Polarity string `yaml:"polarity" json:"polarity,omitempty"`
	// Deals: the story names one of these deals (analyses only).
	Deals []string `yaml:"deals" json:"deals,omitempty"`
	// AmountAbove: the story states an amount above this value (analyses
	// only), in Currency when set. 0 means any stated amount.
	AmountAbove *float64 `yaml:"amount_above" json:"amount_above,omitempty"`
	Currency    string   `yaml:"currency" json:"currency,omitempty"`
	// Categories are topics (politics, tech, business, sports,
	// entertainment, other): the story's own, as the work stage read it.
	Categories []string `yaml:"categories" json:"categories,omitempty"`
	// Languages are story languages (hi, mr, ne, en, hi-Latn, other).
	Languages []string `yaml:"languages" json:"languages,omitempty"`
	// Sources are feed names; any outlet carrying the story counts.
	Sources []string `yaml:"sources" json:"sources,omitempty"`
	// Key groups firings; default pair for events, entity for counting
	// analysis rules, story otherwise.
	Key   string `yaml:"key" json:"key"`
	Count *Count `yaml:"count" json:"count,omitempty"`
	// Quiet is the time after a firing during which the same rule and key
	// do not fire again.
	Quiet  Duration `yaml:"quiet" json:"quiet"`
	Notify []string `yaml:"notify" json:"notify"`

	// File and Line locate the rule for errors found later (an unknown notifier).
	File string `yaml:"-" json:"-"`
	Line int    `yaml:"-" json:"-"`

	types EntityTypes
}

// typeOf is the watchlist type of id, "" when unknown or the rule was not loaded with types.
func (r *Rule) typeOf(id string) string {
	if r.types == nil {
		return ""
	}
	return r.types.Type(id)
}

// WithTypes returns a copy of r that looks entity types up in types (for
// rules built in code rather than loaded).
func (r Rule) WithTypes(types EntityTypes) Rule {
	r.types = types
	return r
}

type rulesFile struct {
	Version int    `yaml:"version"`
	Rules   []Rule `yaml:"rules"`
}

// RuleError is a rules-file error naming the file, line and rule.
type RuleError struct {
	File string
	Line int
	Rule string
	Msg  string
}

func (e *RuleError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Rule != "" {
		fmt.Fprintf(&b, "rule %q: ", e.Rule)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// maxRulesFile bounds what LoadRules reads.
const maxRulesFile = 4 << 20

// LoadRules reads and validates the rules file at path. Entity ids are
// checked against types. Every error names the file and line.
func LoadRules(path string, types EntityTypes) ([]Rule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("alert rules: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxRulesFile+1))
	if err != nil {
		return nil, fmt.Errorf("alert rules %s: %w", path, err)
	}
	if len(data) > maxRulesFile {
		return nil, &RuleError{File: path, Msg: fmt.Sprintf("larger than %d bytes", maxRulesFile)}
	}
	return ParseRules(path, data, types)
}

var lineRE = regexp.MustCompile(`line (\d+): ?`)
var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)

// ParseRules validates rules-file data; name is used in errors.
func ParseRules(name string, data []byte, types EntityTypes) ([]Rule, error) {
	if !utf8.Valid(data) {
		return nil, &RuleError{File: name, Msg: "not valid UTF-8"}
	}
	var f rulesFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &RuleError{File: name, Msg: "empty rules file"}
		}
		return nil, yamlRuleError(name, err)
	}
	var root struct {
		Rules []yaml.Node `yaml:"rules"`
	}
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlRuleError(name, err)
	}
	if f.Version != 0 && f.Version != 1 {
		return nil, &RuleError{File: name, Line: 1, Msg: fmt.Sprintf("version %d: this build reads version 1", f.Version)}
	}
	if len(f.Rules) == 0 {
		return nil, &RuleError{File: name, Msg: "no rules"}
	}
	seen := map[string]int{}
	for i := range f.Rules {
		r := &f.Rules[i]
		node := &root.Rules[i]
		r.File, r.Line, r.types = name, node.Line, types
		fail := func(field, format string, args ...any) error {
			return &RuleError{File: name, Line: keyLine(node, field), Rule: r.Name, Msg: fmt.Sprintf(format, args...)}
		}
		if err := validateRule(r, types, fail); err != nil {
			return nil, err
		}
		if j, dup := seen[r.Name]; dup {
			return nil, fail("name", "duplicate of the rule at line %d", j)
		}
		seen[r.Name] = r.Line
	}
	return f.Rules, nil
}

func yamlRuleError(name string, err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	e := &RuleError{File: name, Msg: msg}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = strings.Replace(msg, m[0], "", 1)
	}
	if f := regexp.MustCompile(`field (\S+) not found in type \S+`).FindStringSubmatch(e.Msg); f != nil {
		e.Msg = "unknown field " + strconv.Quote(f[1])
	}
	return e
}

// keyLine is the line of field in a rule's mapping, or the rule's line.
func keyLine(n *yaml.Node, field string) int {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == field {
				return n.Content[i].Line
			}
		}
	}
	return n.Line
}

var (
	validKinds    = []string{pipeline.KindNewFeud, pipeline.KindStanceShift, pipeline.KindEscalation}
	validTypes    = []string{pipeline.TypePerson, pipeline.TypeOrg, pipeline.TypeDeal}
	validEventKey = []string{KeyPair, KeyEntity, KeyStory, KeyRule}
	validKeys     = []string{KeyPair, KeyEntity, KeyDeal, KeyStory, KeyRule}
	validFeedKey  = []string{KeyFeed, KeyRule}
)

// validateRule fills defaults and rejects what is malformed or can never
// match, so a rules file fails before anything starts rather than by silence.
func validateRule(r *Rule, types EntityTypes, fail func(field, format string, args ...any) error) error {
	if !nameRE.MatchString(r.Name) {
		return fail("name", "name %q: want lowercase letters, digits, '.', '_' or '-'", r.Name)
	}
	switch r.On {
	case OnEvent:
		if len(r.Deals) > 0 {
			return fail("deals", "deals match analyses; events carry none (use on: analysis)")
		}
		if r.AmountAbove != nil {
			return fail("amount_above", "amounts match analyses; events carry none (use on: analysis)")
		}
		if r.Key == "" {
			r.Key = KeyPair
		}
		if !slices.Contains(validEventKey, r.Key) {
			return fail("key", "key %q: an event rule groups by one of %s", r.Key, strings.Join(validEventKey, ", "))
		}
	case OnAnalysis:
		if len(r.Kinds) > 0 {
			return fail("kinds", "kinds match events; use on: event")
		}
		if r.Key == "" {
			r.Key = KeyStory
			if r.Count != nil {
				r.Key = KeyEntity
			}
		}
		if !slices.Contains(validKeys, r.Key) {
			return fail("key", "key %q: want one of %s", r.Key, strings.Join(validKeys, ", "))
		}
	case OnFeed:
		if err := validateFeedRule(r, fail); err != nil {
			return err
		}
	default:
		return fail("on", "on %q: want event, analysis or feed", r.On)
	}
	for _, k := range r.Kinds {
		if !slices.Contains(validKinds, k) {
			return fail("kinds", "unknown event kind %q: want %s", k, strings.Join(validKinds, " or "))
		}
	}
	switch r.Polarity {
	case "", pipeline.Hostile, pipeline.Supportive:
	default:
		return fail("polarity", "polarity %q: want hostile or supportive", r.Polarity)
	}
	if r.Polarity == pipeline.Supportive && len(r.Kinds) > 0 && !slices.Contains(r.Kinds, pipeline.KindStanceShift) {
		return fail("polarity", "a new-feud is always hostile: polarity supportive can never match")
	}
	for _, t := range append(append([]string(nil), r.Types...), r.PairTypes...) {
		if !slices.Contains(validTypes, t) {
			field := "types"
			if slices.Contains(r.PairTypes, t) {
				field = "pair_types"
			}
			return fail(field, "unknown entity type %q: want %s", t, strings.Join(validTypes, ", "))
		}
	}
	if len(r.PairTypes) > 0 && r.Key != KeyPair {
		return fail("pair_types", "pair_types needs key: pair")
	}
	if types == nil && (len(r.Entities) > 0 || len(r.Deals) > 0) {
		return fail("entities", "no watchlist to check entity ids against")
	}
	for _, id := range r.Entities {
		t := types.Type(id)
		if t == "" {
			return fail("entities", "unknown entity id %q (not in the watchlist)", id)
		}
		if len(r.PairTypes) > 0 && !slices.Contains(r.PairTypes, t) {
			return fail("entities", "entity %q is a %s but pair_types allows only %s: it can never match", id, t, strings.Join(r.PairTypes, ", "))
		}
	}
	if len(r.Entities) > 0 && len(r.Types) > 0 && r.Key != KeyPair {
		ok := false
		for _, id := range r.Entities {
			ok = ok || slices.Contains(r.Types, types.Type(id))
		}
		if !ok {
			return fail("types", "none of the entities is of type %s: the rule can never match", strings.Join(r.Types, ", "))
		}
	}
	for _, id := range r.Deals {
		if t := types.Type(id); t == "" {
			return fail("deals", "unknown deal id %q (not in the watchlist)", id)
		} else if t != pipeline.TypeDeal {
			return fail("deals", "%q is a %s, not a deal", id, t)
		}
	}
	if r.AmountAbove != nil && *r.AmountAbove < 0 {
		return fail("amount_above", "must not be negative")
	}
	if r.Currency != "" {
		if r.AmountAbove == nil {
			return fail("currency", "currency needs amount_above")
		}
		if len(r.Currency) != 3 || strings.ToUpper(r.Currency) != r.Currency {
			return fail("currency", "currency %q: want an ISO 4217 code like USD or INR", r.Currency)
		}
	}
	for _, c := range r.Categories {
		if !slices.Contains(pipeline.Topics(), c) {
			return fail("categories", "category %q: want one of %s", c, strings.Join(pipeline.Topics(), ", "))
		}
	}
	for _, l := range r.Languages {
		if !slices.Contains(pipeline.Languages(), l) {
			return fail("languages", "language %q: want one of %s", l, strings.Join(pipeline.Languages(), ", "))
		}
	}
	if r.Quiet < 0 {
		return fail("quiet", "must not be negative")
	}
	if c := r.Count; c != nil {
		if c.AtLeast < 1 {
			return fail("count", "count.at_least must be at least 1")
		}
		if c.Within <= 0 {
			return fail("count", "count.within must be a positive duration")
		}
		if c.Distinct == "" {
			c.Distinct = DistinctSource
		}
		if c.Distinct != DistinctSource && c.Distinct != DistinctStory {
			return fail("count", "count.distinct %q: want source or story", c.Distinct)
		}
		if r.Key == KeyStory && c.AtLeast > 1 {
			return fail("count", "key story with count.at_least %d: one story is never counted more than once", c.AtLeast)
		}
	}
	if len(r.Notify) == 0 {
		r.Notify = []string{"log"}
	}
	return nil
}

// validateFeedRule rejects the conditions a failing feed cannot satisfy: a
// feed has a URL, a name and a category, but no entities, stances, deals,
// amounts or stories to count. Silently never firing would be worse.
func validateFeedRule(r *Rule, fail func(field, format string, args ...any) error) error {
	for _, c := range []struct {
		field string
		set   bool
	}{
		{"kinds", len(r.Kinds) > 0}, {"entities", len(r.Entities) > 0}, {"types", len(r.Types) > 0},
		{"pair_types", len(r.PairTypes) > 0}, {"polarity", r.Polarity != ""}, {"deals", len(r.Deals) > 0},
		{"amount_above", r.AmountAbove != nil}, {"currency", r.Currency != ""}, {"count", r.Count != nil},
	} {
		if c.set {
			return fail(c.field, "%s cannot apply to a feed: a feed rule matches only sources (feed names or URLs) and categories", c.field)
		}
	}
	if r.Key == "" {
		r.Key = KeyFeed
	}
	if !slices.Contains(validFeedKey, r.Key) {
		return fail("key", "key %q: a feed rule groups by one of %s", r.Key, strings.Join(validFeedKey, ", "))
	}
	return nil
}
