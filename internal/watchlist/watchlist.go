// Package watchlist loads the people, organisations and deals khabar
// tracks: stable ids, display names, aliases in Devanagari and Latin
// script, social handles, and the parties of a deal.
package watchlist

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/pipeline"
	"gopkg.in/yaml.v3"
)

// Entity is one tracked person, organisation or deal.
type Entity struct {
	// ID is stable and used everywhere (elon-musk, openai, stargate).
	ID string `yaml:"id" json:"id"`
	// Type is pipeline.TypePerson, TypeOrg or TypeDeal.
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
	// entity ("ट्रंप कार्ड", "नीरव मोदी"). The longest match wins, so an
	// excluded phrase swallows the alias inside it.
	Exclude []string `yaml:"exclude" json:"exclude,omitempty"`
	// Line is where the entity starts in its file.
	Line int `yaml:"-" json:"-"`
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
		case pipeline.TypePerson, pipeline.TypeOrg, pipeline.TypeDeal:
		default:
			return nil, at("type %q is not person, org or deal", e.Type)
		}
		if len(e.Parties) > 0 && e.Type != pipeline.TypeDeal {
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
