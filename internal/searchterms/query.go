package searchterms

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The query language of khabar's full-text search, the same on every sink:
//
//	मस्क ट्रंप           both words (words are AND'ed)
//	मस्क OR ऑल्टमैन      either (OR joins its neighbours; upper case only)
//	"व्हाइट हाउस"        the words in this order
//	-टेस्ला             not this word (or -"phrase", -entity:id)
//	entity:openai       stories where the watchlist entity was found
//
// Words are folded like entity matching (ट्रम्प = ट्रंप, डॉलर = डालर,
// ५०० = 500) and stemmed (बैठकों finds बैठक); Hindi stop words are ignored.

// Atom is one thing a story must contain: a word, a phrase or an entity.
type Atom struct {
	// Text is the word or phrase as written (phrase without its quotes).
	Text string `json:"text,omitempty"`
	// Phrase is true for a quoted phrase.
	Phrase bool `json:"phrase,omitempty"`
	// Entity is a watchlist id (entity:id) instead of text.
	Entity string `json:"entity,omitempty"`
}

func (a Atom) String() string {
	switch {
	case a.Entity != "":
		return "entity:" + a.Entity
	case a.Phrase:
		return `"` + a.Text + `"`
	}
	return a.Text
}

// Group is one or more atoms joined by OR; Not excludes them all.
type Group struct {
	Not   bool   `json:"not,omitempty"`
	Atoms []Atom `json:"atoms"`
}

// Expr is a parsed query: every group must hold (each negated one must not).
type Expr struct {
	Groups []Group `json:"groups"`
}

// String writes the expression back in the query language; Parse of the
// result gives the same expression.
func (e Expr) String() string {
	var b strings.Builder
	for i, g := range e.Groups {
		if i > 0 {
			b.WriteByte(' ')
		}
		if g.Not {
			b.WriteByte('-')
		}
		if g.Not && len(g.Atoms) > 1 {
			// A negated group of several atoms: each one negated is the same.
			for j, a := range g.Atoms {
				if j > 0 {
					b.WriteString(" -")
				}
				b.WriteString(a.String())
			}
			continue
		}
		for j, a := range g.Atoms {
			if j > 0 {
				b.WriteString(" OR ")
			}
			b.WriteString(a.String())
		}
	}
	return b.String()
}

// Positive returns the atoms of the groups that are not negated (what a
// highlighter marks).
func (e Expr) Positive() []Atom {
	var out []Atom
	for _, g := range e.Groups {
		if !g.Not {
			out = append(out, g.Atoms...)
		}
	}
	return out
}

// QueryError is a query that cannot be read, with the byte offset of the fault.
type QueryError struct {
	Offset int
	Msg    string
}

func (e *QueryError) Error() string { return fmt.Sprintf("at character %d: %s", e.Offset+1, e.Msg) }

// Parse reads a query. An unclosed quote or a dangling OR is a *QueryError.
func Parse(s string) (Expr, error) {
	type item struct {
		not  bool
		or   bool // the bare word OR
		atom Atom
		at   int
	}
	var items []item
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		not := false
		if r == '-' && i+1 < len(s) {
			n, _ := utf8.DecodeRuneInString(s[i+1:])
			if !unicode.IsSpace(n) && n != '-' {
				not = true
				i++
			}
		}
		if i < len(s) && s[i] == '"' {
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return Expr{}, &QueryError{i, `a quote (") is not closed`}
			}
			text := strings.TrimSpace(s[i+1 : i+1+end])
			i += end + 2
			if text == "" {
				continue
			}
			items = append(items, item{not: not, atom: Atom{Text: text, Phrase: true}, at: start})
			continue
		}
		j := i
		for j < len(s) {
			r, sz := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) || r == '"' {
				break
			}
			j += sz
		}
		word := s[i:j]
		i = j
		if word == "" {
			continue
		}
		if word == "OR" && !not {
			items = append(items, item{or: true, at: start})
			continue
		}
		a := Atom{Text: word}
		if id, ok := strings.CutPrefix(word, "entity:"); ok {
			if id == "" {
				return Expr{}, &QueryError{start, "entity: needs a watchlist id (entity:elon-musk)"}
			}
			a = Atom{Entity: id}
		}
		items = append(items, item{not: not, atom: a, at: start})
	}
	var e Expr
	joinNext := false
	for k, it := range items {
		if it.or {
			if k == 0 || k == len(items)-1 || items[k-1].or || items[k+1].or {
				return Expr{}, &QueryError{it.at, "OR needs a word or phrase on each side"}
			}
			if items[k-1].not || items[k+1].not {
				return Expr{}, &QueryError{it.at, "OR cannot join an excluded (-) word; exclude each word alone"}
			}
			joinNext = true
			continue
		}
		if joinNext {
			g := &e.Groups[len(e.Groups)-1]
			g.Atoms = append(g.Atoms, it.atom)
			joinNext = false
			continue
		}
		e.Groups = append(e.Groups, Group{Not: it.not, Atoms: []Atom{it.atom}})
	}
	return e, nil
}

// Expand adds, to every group, the entity atoms that expand(atom) returns
// for its text atoms (an alias of a watchlist entity also finds the
// stories where the entity was matched, under any spelling). Atoms already
// present are not added twice.
func (e Expr) Expand(expand func(Atom) []string) Expr {
	out := Expr{Groups: make([]Group, len(e.Groups))}
	for i, g := range e.Groups {
		ng := Group{Not: g.Not, Atoms: append([]Atom(nil), g.Atoms...)}
		for _, a := range g.Atoms {
			if a.Entity != "" {
				continue
			}
			for _, id := range expand(a) {
				add := Atom{Entity: id}
				dup := false
				for _, b := range ng.Atoms {
					dup = dup || b == add
				}
				if !dup {
					ng.Atoms = append(ng.Atoms, add)
				}
			}
		}
		out.Groups[i] = ng
	}
	return out
}

// TermAtom is an atom analysed: a text atom's terms in order (one term for
// most words; several for a phrase or a hyphenated word, then matched as a
// phrase), or an entity id.
type TermAtom struct {
	Terms  []string
	Entity string
	// Text is the atom as written (for sinks that analyse phrases themselves).
	Text string
}

// TermGroup is a group with analysed atoms.
type TermGroup struct {
	Not   bool
	Atoms []TermAtom
}

// Analyse turns the expression into terms with the analyzer's chain. Atoms
// of stop words only are dropped, and groups left empty with them; ok is
// false when a query that had text kept no positive group and no negated
// one (only stop words: it matches nothing).
func (a *Analyzer) Analyse(e Expr) (groups []TermGroup, ok bool) {
	for _, g := range e.Groups {
		tg := TermGroup{Not: g.Not}
		for _, at := range g.Atoms {
			if at.Entity != "" {
				tg.Atoms = append(tg.Atoms, TermAtom{Entity: at.Entity})
				continue
			}
			terms := strings.Fields(a.Terms(at.Text))
			if len(terms) == 0 {
				continue
			}
			tg.Atoms = append(tg.Atoms, TermAtom{Terms: terms, Text: at.Text})
		}
		if len(tg.Atoms) > 0 {
			groups = append(groups, tg)
		}
	}
	return groups, len(groups) > 0 || len(e.Groups) == 0
}
