// Package watchlist loads the people, organisations and deals khabar
// tracks: stable ids, display names, aliases in Devanagari and Latin
// script, social handles, the parties of a deal, which short aliases stand
// alone, and the epithets that name an entity at a given time.
//
// It imports nothing of the pipeline (imports point inward): the entity
// types are declared here with the same values as pipeline.TypePerson,
// TypeOrg and TypeDeal.
package watchlist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/khabar/khabar/internal/hindi"
	"gopkg.in/yaml.v3"
)

// Entity types; the values are those of pipeline.TypePerson, TypeOrg and
// TypeDeal.
const (
	TypePerson = "person"
	TypeOrg    = "org"
	TypeDeal   = "deal"
)

// A person's genders (Entity.Gender).
const (
	GenderFemale = "female"
	GenderMale   = "male"
)

// Entity is one tracked person, organisation or deal.
type Entity struct {
	// ID is stable and used everywhere (elon-musk, openai, stargate).
	ID string `yaml:"id" json:"id"`
	// Type is TypePerson, TypeOrg or TypeDeal.
	Type string `yaml:"type" json:"type"`
	// Names are display names; they are matched like aliases.
	Names []string `yaml:"names" json:"names"`
	// Aliases are the other spellings, Devanagari and Latin. For a person, a
	// one-word alias that is the last word of a longer one is a surname and
	// is not matched right after a different given name.
	Aliases []string `yaml:"aliases" json:"aliases,omitempty"`
	// Handles are social handles (@elonmusk); matched without the @.
	Handles []string `yaml:"handles" json:"handles,omitempty"`
	// Parties are the entity ids taking part in a deal.
	Parties []string `yaml:"parties" json:"parties,omitempty"`
	// Exclude are phrases containing an alias that do not mean this
	// entity ("ट्रंप कार्ड", "केएल राहुल"). The longest match wins, so an
	// excluded phrase swallows the alias inside it. A phrase that ends in
	// a person's one-word alias, or starts with a given name, is another
	// person of that name: a bare alias after it means that person.
	Exclude []string `yaml:"exclude" json:"exclude,omitempty"`
	// Namesakes are other people's full names that hold one of this
	// person's one-word aliases anywhere, even first where exclude would
	// read a thing ("फराज खान": Faraz is also a given name). They are
	// excluded like exclude, and a bare alias after one means that person.
	Namesakes []string `yaml:"namesakes" json:"namesakes,omitempty"`
	// Ambiguous are a person's one-word surname aliases that do not stand
	// alone: they count only after a full-name mention of the person in the
	// same story (a headline: anywhere in the story). Other surnames count
	// alone unless the story names another person with them.
	Ambiguous []string `yaml:"ambiguous" json:"ambiguous,omitempty"`
	// Unambiguous are a person's one-word given-name aliases that stand
	// alone. Other given names count only after a full-name mention.
	Unambiguous []string `yaml:"unambiguous" json:"unambiguous,omitempty"`
	// AmbiguousWords are ambiguous surnames that are ambiguous with a
	// common word, not with other people (सन: "year"): the person also
	// without a full name when the word acts — right before ने or a verb
	// of speech ("सन ने", "सन बोले"), which a year or a river does not.
	// Each must be listed in ambiguous.
	AmbiguousWords []string `yaml:"ambiguous_words" json:"ambiguous_words,omitempty"`
	// EpithetPeriods are well-known titles that refer to this entity
	// during a period ("प्रधानमंत्री" for narendra-modi, "अमेरिकी
	// राष्ट्रपति" for donald-trump from 2025-01-20); YAML key "epithets".
	// An epithet is a reference, not a mention: the work stage resolves
	// it to the entity when the story names the entity (or an antecedent
	// is compatible), and never lists the entity in an analysis' entities
	// because of an epithet alone. EpithetsAt gives those that apply at a
	// story's time.
	EpithetPeriods []Epithet `yaml:"epithets" json:"epithets,omitempty"`
	// Gender of a person, "female" or "male" (empty: not stated): Hindi
	// verbs agree with their subject's gender, so a pronoun is grounded
	// only to a person its verb agrees with ("वह … हार चुकी हैं").
	Gender string `yaml:"gender" json:"gender,omitempty"`
	// Kinds are descriptions the entity shares with others ("अरबपति",
	// "कांग्रेस नेता", bare "राष्ट्रपति" for a US president), with the
	// period they apply, written like epithets. Unlike an epithet, a kind
	// may be given to several entities at once: the work stage resolves
	// one only when the story names exactly one entity that has it (and
	// gives it to nobody else), never on its own.
	Kinds []Epithet `yaml:"kinds" json:"kinds,omitempty"`
	// Epithets are the distinct texts of EpithetPeriods, whatever their
	// period, filled by Parse (an in-memory entity given only Epithets
	// gets them as epithets without a period by New).
	Epithets []string `yaml:"-" json:"-"`
	// Line is where the entity starts in its file.
	Line int `yaml:"-" json:"-"`
}

// Epithet is a title that refers to an entity, optionally only during
// [From, Until). In YAML it is a string, or a mapping with text and the
// optional dates from and until (YYYY-MM-DD, UTC).
type Epithet struct {
	// Text is the title as written ("अमेरिकी राष्ट्रपति").
	Text string `json:"text"`
	// From is the first day the title applies; zero: always before Until.
	From time.Time `json:"from,omitzero"`
	// Until is the first day it no longer applies; zero: still applies.
	Until time.Time `json:"until,omitzero"`
	// Line is where the epithet is written in its file.
	Line int `json:"-"`
}

// At reports whether the epithet names its entity at t (a story's
// published time). A zero t is taken as "now": an epithet that has ended
// does not apply.
func (e Epithet) At(t time.Time) bool {
	if t.IsZero() {
		return e.Until.IsZero()
	}
	return (e.From.IsZero() || !t.Before(e.From)) && (e.Until.IsZero() || t.Before(e.Until))
}

// EpithetsAt returns the texts of the entity's epithets that apply at t
// (see Epithet.At).
func (e Entity) EpithetsAt(t time.Time) []string {
	var out []string
	for _, ep := range e.EpithetPeriods {
		if ep.At(t) {
			out = append(out, ep.Text)
		}
	}
	return out
}

// overlaps reports whether two epithets' periods share a day.
func (e Epithet) overlaps(o Epithet) bool {
	endsBefore := func(a, b Epithet) bool { return !a.Until.IsZero() && !b.From.IsZero() && !a.Until.After(b.From) }
	return !endsBefore(e, o) && !endsBefore(o, e)
}

const dateLayout = "2006-01-02"

// lineError is an error at a line of the file being parsed.
type lineError struct {
	line int
	msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

// UnmarshalYAML reads a string or a {text, from, until} mapping, strictly.
func (e *Epithet) UnmarshalYAML(n *yaml.Node) error {
	*e = Epithet{Line: n.Line}
	switch n.Kind {
	case yaml.ScalarNode:
		e.Text = n.Value
		return nil
	case yaml.MappingNode:
	default:
		return &lineError{n.Line, "epithet must be a string or a mapping with text, from, until"}
	}
	for k := 0; k+1 < len(n.Content); k += 2 {
		key, v := n.Content[k], n.Content[k+1]
		if v.Kind != yaml.ScalarNode {
			return &lineError{v.Line, fmt.Sprintf("epithet %s must be a string", key.Value)}
		}
		switch key.Value {
		case "text":
			e.Text = v.Value
		case "from", "until":
			d, err := time.Parse(dateLayout, v.Value)
			if err != nil {
				return &lineError{v.Line, fmt.Sprintf("epithet %s %q is not a date (YYYY-MM-DD)", key.Value, v.Value)}
			}
			if key.Value == "from" {
				e.From = d
			} else {
				e.Until = d
			}
		default:
			return &lineError{key.Line, fmt.Sprintf("epithet: unknown field %q (want text, from, until)", key.Value)}
		}
	}
	return nil
}

// MarshalYAML writes the form UnmarshalYAML reads.
func (e Epithet) MarshalYAML() (any, error) {
	if e.From.IsZero() && e.Until.IsZero() {
		return e.Text, nil
	}
	m := map[string]string{"text": e.Text}
	if !e.From.IsZero() {
		m["from"] = e.From.Format(dateLayout)
	}
	if !e.Until.IsZero() {
		m["until"] = e.Until.Format(dateLayout)
	}
	return m, nil
}

// Terms returns every spelling that names the entity: names, aliases and
// handles without their @.
func (e Entity) Terms() []string {
	out := make([]string, 0, len(e.Names)+len(e.Aliases)+len(e.Handles))
	out = append(out, e.Names...)
	out = append(out, e.Aliases...)
	for _, h := range e.Handles {
		out = append(out, strings.TrimPrefix(h, "@"))
	}
	return out
}

// Watchlist is a validated, immutable set of entities.
type Watchlist struct {
	name     string
	entities []Entity
	byID     map[string]int
}

type file struct {
	Version  int      `yaml:"version"`
	Entities []Entity `yaml:"entities"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Load reads and validates a watchlist file.
func Load(path string) (*Watchlist, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	return Parse(path, data)
}

// Parse validates a watchlist; name is used in errors ("name:line: …").
// Unknown fields, duplicate ids, a bad type, a deal party that is not an
// entity, and an alias (after normalisation) claimed by two entities are
// errors naming the line.
func Parse(name string, data []byte) (*Watchlist, error) {
	var f file
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty watchlist", name)
		}
		if le := (*lineError)(nil); errors.As(err, &le) {
			return nil, fmt.Errorf("%s:%d: %s", name, le.line, le.msg)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	lines := entityLines(&root)
	type owner struct {
		id   string
		line int
	}
	w := &Watchlist{name: name, byID: make(map[string]int, len(f.Entities))}
	claimed := map[string]owner{}
	epithets := map[string][]owned{}
	for i, e := range f.Entities {
		el := lines.entity(i)
		e.Line = el
		at := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: entity %q: %s", name, el, e.ID, fmt.Sprintf(format, args...))
		}
		if !idPattern.MatchString(e.ID) {
			return nil, at("id must be lowercase letters, digits and dashes")
		}
		if j, dup := w.byID[e.ID]; dup {
			return nil, at("duplicate id (first at line %d)", w.entities[j].Line)
		}
		switch e.Type {
		case TypePerson, TypeOrg, TypeDeal:
		default:
			return nil, at("type %q is not person, org or deal", e.Type)
		}
		if len(e.Parties) > 0 && e.Type != TypeDeal {
			return nil, at("only a deal has parties")
		}
		terms := e.Terms()
		if len(terms) == 0 {
			return nil, at("no names or aliases")
		}
		for k, t := range terms {
			key := Key(t)
			tl := lines.term(i, t, el)
			if key == "" {
				return nil, fmt.Errorf("%s:%d: entity %q: alias %q has no letters", name, tl, e.ID, t)
			}
			if o, ok := claimed[key]; ok && o.id != e.ID {
				return nil, fmt.Errorf("%s:%d: alias %q of %q is already claimed by %q (line %d)", name, tl, terms[k], e.ID, o.id, o.line)
			}
			claimed[key] = owner{e.ID, tl}
		}
		if err := checkShort(name, e, lines, i); err != nil {
			return nil, err
		}
		if err := checkEpithets(name, e, epithets); err != nil {
			return nil, err
		}
		if err := checkKinds(name, e); err != nil {
			return nil, err
		}
		switch {
		case e.Gender != "" && e.Type != TypePerson:
			return nil, at("only a person has a gender")
		case e.Gender != "" && e.Gender != GenderFemale && e.Gender != GenderMale:
			return nil, at("gender %q is not %q or %q", e.Gender, GenderFemale, GenderMale)
		}
		e.Epithets = nil
		for _, ep := range e.EpithetPeriods {
			epithets[Key(ep.Text)] = append(epithets[Key(ep.Text)], owned{e.ID, ep})
			if !slices.Contains(e.Epithets, ep.Text) {
				e.Epithets = append(e.Epithets, ep.Text)
			}
		}
		w.byID[e.ID] = len(w.entities)
		w.entities = append(w.entities, e)
	}
	for _, e := range w.entities {
		for _, p := range e.Parties {
			if _, ok := w.byID[p]; !ok || p == e.ID {
				return nil, fmt.Errorf("%s:%d: deal %q: party %q is not another entity of the watchlist", name, e.Line, e.ID, p)
			}
		}
	}
	sort.Slice(w.entities, func(a, b int) bool { return w.entities[a].ID < w.entities[b].ID })
	for i, e := range w.entities {
		w.byID[e.ID] = i
	}
	return w, nil
}

// owned is an epithet with the entity it names.
type owned struct {
	id string
	ep Epithet
}

// checkShort validates ambiguous and unambiguous: a person's own one-word
// aliases (surnames and given names respectively), never both.
func checkShort(name string, e Entity, lines lineIndex, i int) error {
	if len(e.Ambiguous)+len(e.Unambiguous)+len(e.AmbiguousWords) == 0 {
		return nil
	}
	first, last, single := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, t := range e.Terms() {
		ws := words(t)
		switch {
		case len(ws) == 1:
			single[Key(t)] = true
		case len(ws) > 1:
			first[Key(ws[0])] = true
			last[Key(ws[len(ws)-1])] = true
		}
	}
	amb := map[string]bool{}
	for _, a := range e.Ambiguous {
		amb[Key(a)] = true
	}
	for _, a := range e.AmbiguousWords {
		if !amb[Key(a)] {
			return fmt.Errorf("%s:%d: entity %q: ambiguous_words %q is not listed in ambiguous", name, lines.listItem(i, "ambiguous_words", a, e.Line), e.ID, a)
		}
	}
	seen := map[string]string{}
	for _, l := range []struct {
		field string
		words []string
		pos   map[string]bool
		what  string
	}{{"ambiguous", e.Ambiguous, last, "surname (the last word of a longer name)"}, {"unambiguous", e.Unambiguous, first, "given name (the first word of a longer name)"}} {
		for _, a := range l.words {
			at := lines.listItem(i, l.field, a, e.Line)
			k := Key(a)
			switch {
			case e.Type != TypePerson:
				return fmt.Errorf("%s:%d: entity %q: only a person has %s aliases", name, at, e.ID, l.field)
			case !single[k]:
				return fmt.Errorf("%s:%d: entity %q: %s %q is not one of its one-word names or aliases", name, at, e.ID, l.field, a)
			case !l.pos[k]:
				return fmt.Errorf("%s:%d: entity %q: %s %q is not a %s", name, at, e.ID, l.field, a, l.what)
			case seen[k] != "":
				return fmt.Errorf("%s:%d: entity %q: %q is listed twice (%s and %s)", name, at, e.ID, a, seen[k], l.field)
			}
			seen[k] = l.field
		}
	}
	return nil
}

// checkEpithets validates an entity's epithets against each other and
// against those of the entities before it: a text with letters, from
// before until, and no title that names two entities at the same time.
func checkEpithets(name string, e Entity, claimed map[string][]owned) error {
	mine := map[string][]Epithet{}
	for _, ep := range e.EpithetPeriods {
		k := Key(ep.Text)
		at := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: entity %q: epithet %q: %s", name, ep.Line, e.ID, ep.Text, fmt.Sprintf(format, args...))
		}
		if k == "" {
			return at("has no letters")
		}
		if !ep.From.IsZero() && !ep.Until.IsZero() && !ep.From.Before(ep.Until) {
			return at("from %s is not before until %s", ep.From.Format(dateLayout), ep.Until.Format(dateLayout))
		}
		for _, o := range mine[k] {
			if ep.overlaps(o) {
				return at("listed twice for overlapping periods (line %d)", o.Line)
			}
		}
		for _, o := range claimed[k] {
			if o.id != e.ID && ep.overlaps(o.ep) {
				return at("names %q too during the same period (line %d)", o.id, o.ep.Line)
			}
		}
		mine[k] = append(mine[k], ep)
	}
	return nil
}

// checkKinds validates an entity's kinds: letters, a sane period, no kind
// listed twice for overlapping periods, none that is also one of its own
// epithets (an epithet is already the entity's alone).
func checkKinds(name string, e Entity) error {
	mine := map[string][]Epithet{}
	for _, ep := range e.Kinds {
		k := Key(ep.Text)
		at := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: entity %q: kind %q: %s", name, ep.Line, e.ID, ep.Text, fmt.Sprintf(format, args...))
		}
		if k == "" {
			return at("has no letters")
		}
		if !ep.From.IsZero() && !ep.Until.IsZero() && !ep.From.Before(ep.Until) {
			return at("from %s is not before until %s", ep.From.Format(dateLayout), ep.Until.Format(dateLayout))
		}
		for _, o := range mine[k] {
			if ep.overlaps(o) {
				return at("listed twice for overlapping periods (line %d)", o.Line)
			}
		}
		for _, o := range e.EpithetPeriods {
			if Key(o.Text) == k && ep.overlaps(o) {
				return at("is also its epithet (line %d)", o.Line)
			}
		}
		mine[k] = append(mine[k], ep)
	}
	return nil
}

// words returns the normalised words (and numbers) of an alias.
func words(alias string) []string {
	n := hindi.NormalizeString(alias)
	var ws []string
	for _, t := range hindi.Tokenize(nil, n) {
		if t.Kind == hindi.Word || t.Kind == hindi.Number {
			ws = append(ws, n[t.Start:t.End])
		}
	}
	return ws
}

// Key is the form under which two aliases count as the same: normalised
// (hindi.Normalize) with spaces and punctuation between words removed, so
// "ओपन एआई" and "ओपनएआई" collide.
func Key(alias string) string {
	n := hindi.NormalizeString(alias)
	var b strings.Builder
	for _, t := range hindi.Tokenize(nil, n) {
		if t.Kind == hindi.Word || t.Kind == hindi.Number {
			b.WriteString(n[t.Start:t.End])
		}
	}
	return b.String()
}

// Name is the name the watchlist was loaded under (its path).
func (w *Watchlist) Name() string { return w.name }

// Entities returns the entities sorted by id. The slice is a copy.
func (w *Watchlist) Entities() []Entity {
	return append([]Entity(nil), w.entities...)
}

// Entity returns the entity with the id.
func (w *Watchlist) Entity(id string) (Entity, bool) {
	i, ok := w.byID[id]
	if !ok {
		return Entity{}, false
	}
	return w.entities[i], true
}

// Type returns the type of an entity, "" when unknown.
func (w *Watchlist) Type(id string) string {
	e, _ := w.Entity(id)
	return e.Type
}

// Len is the number of entities.
func (w *Watchlist) Len() int { return len(w.entities) }

// New builds a watchlist from entities already in memory (tests,
// generated lists); it validates like Parse.
func New(name string, entities []Entity) (*Watchlist, error) {
	entities = slices.Clone(entities)
	for i, e := range entities {
		if len(e.EpithetPeriods) == 0 && len(e.Epithets) > 0 {
			for _, x := range e.Epithets {
				entities[i].EpithetPeriods = append(entities[i].EpithetPeriods, Epithet{Text: x})
			}
		}
	}
	data, err := yaml.Marshal(file{Version: 1, Entities: entities})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return Parse(name, data)
}

// lineIndex finds the lines of entities and their terms in the YAML tree.
type lineIndex struct {
	entities []*yaml.Node
}

func entityLines(root *yaml.Node) lineIndex {
	var li lineIndex
	if root.Kind != yaml.DocumentNode || len(root.Content) == 0 {
		return li
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return li
	}
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == "entities" && m.Content[k+1].Kind == yaml.SequenceNode {
			li.entities = m.Content[k+1].Content
		}
	}
	return li
}

func (li lineIndex) entity(i int) int {
	if i < len(li.entities) {
		return li.entities[i].Line
	}
	return 0
}

// listItem finds the line of a string in the list field of entity i.
func (li lineIndex) listItem(i int, field, item string, def int) int {
	if i >= len(li.entities) {
		return def
	}
	m := li.entities[i]
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == field {
			for _, n := range m.Content[k+1].Content {
				if n.Value == item {
					return n.Line
				}
			}
		}
	}
	return def
}

// term finds the line of a name, alias or handle of entity i.
func (li lineIndex) term(i int, term string, def int) int {
	if i >= len(li.entities) {
		return def
	}
	m := li.entities[i]
	for k := 0; k+1 < len(m.Content); k += 2 {
		switch m.Content[k].Value {
		case "names", "aliases", "handles":
			for _, n := range m.Content[k+1].Content {
				if n.Value == term || strings.TrimPrefix(n.Value, "@") == term {
					return n.Line
				}
			}
		}
	}
	return def
}
