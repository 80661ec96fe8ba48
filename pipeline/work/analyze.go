// Package work is the work stage: it turns a pipeline.Story into a
// pipeline.Analysis — tracked mentions, sums of money, deals, directed
// stances between tracked entities and the feud flag. Analyze is a pure
// function of (story, watchlist): no I/O, no clock.
package work

import (
	"errors"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Analyzer analyses stories against one watchlist. It is immutable after
// New and safe for concurrent use.
type Analyzer struct {
	ents     []watchlist.Entity
	isPerson []bool
	isDeal   []bool
	// platform marks entities where "<name> पर" means "on it" (एक्स पर
	// पोस्ट किया), not "at it".
	platform   []bool
	matcher    *Matcher
	cues       *cueIndex
	otherNames map[string]bool
	// funcWords are the pronouns, clause words and sharing verbs a
	// sentence is screened for (flags fw*).
	funcWords map[string]uint8
}

// New compiles the watchlist's aliases into one automaton.
func New(wl *watchlist.Watchlist) (*Analyzer, error) {
	if wl == nil {
		return nil, errors.New("work: nil watchlist")
	}
	ents := wl.Entities()
	a := &Analyzer{
		ents:       ents,
		isPerson:   make([]bool, len(ents)),
		isDeal:     make([]bool, len(ents)),
		platform:   make([]bool, len(ents)),
		matcher:    newMatcher(ents),
		cues:       compileLexicon(),
		otherNames: map[string]bool{},
	}
	for i, e := range ents {
		a.isPerson[i] = e.Type == pipeline.TypePerson
		a.isDeal[i] = e.Type == pipeline.TypeDeal
		a.platform[i] = e.ID == "x-corp"
	}
	a.funcWords = funcWordFlags()
	for _, n := range otherNames {
		a.otherNames[hindi.NormalizeString(n)] = true
	}
	return a, nil
}

// Matcher returns the mention automaton (for benchmarks and tools).
func (a *Analyzer) Matcher() *Matcher { return a.matcher }

// mention is a match kept after the name rules, in one field.
type mention struct {
	entity     int
	start, end int // normalised offsets
	tok        int // index of its first token
	tokEnd     int // index after its last token
}

// field is one analysed field of a story.
type field struct {
	name     string
	text     *hindi.Text
	toks     []hindi.Token
	words    []string // normalised text of each token
	mentions []mention
}

// Analyze analyses one story.
func (a *Analyzer) Analyze(s pipeline.Story) pipeline.Analysis {
	out := pipeline.Analysis{
		ID:       s.ID,
		Entities: []string{},
		Mentions: []pipeline.Mention{},
		Amounts:  []pipeline.Amount{},
		Deals:    []string{},
		Stances:  []pipeline.Stance{},
		Shifts:   []pipeline.Event{},
	}
	seen := make(map[int]bool)
	st := &storyState{lastAgent: -1, lastTarget: -1, lastOrg: -1, lastCharge: -1, attackedBy: map[int]int{}, stances: map[stanceKey]*pipeline.Stance{}}
	for _, fd := range []struct{ name, text string }{{"title", s.Title}, {"body", s.Body}} {
		if fd.text == "" {
			continue
		}
		f := a.prepare(fd.name, fd.text)
		for _, m := range f.mentions {
			os, oe := f.text.OrigSpan(m.start, m.end)
			out.Mentions = append(out.Mentions, pipeline.Mention{
				Entity: a.ents[m.entity].ID, Text: fd.text[os:oe], Field: fd.name, Start: os, End: oe,
			})
			seen[m.entity] = true
		}
		sents := sentences(f)
		a.amounts(f, sents, &out)
		// The title is its own context: a pronoun in the body does not
		// point into the headline.
		if fd.name == "body" {
			st.lastAgent, st.lastTarget, st.lastOrg = -1, -1, -1
		}
		for _, sn := range sents {
			a.stance(f, sn, st)
		}
	}
	for e := range seen {
		out.Entities = append(out.Entities, a.ents[e].ID)
		if a.isDeal[e] {
			out.Deals = append(out.Deals, a.ents[e].ID)
		}
	}
	sort.Strings(out.Entities)
	sort.Strings(out.Deals)
	for _, s := range st.stances {
		out.Stances = append(out.Stances, *s)
		if s.Polarity == pipeline.Hostile && s.Source != s.Target {
			out.Feud = true
		}
	}
	sort.Slice(out.Stances, func(i, j int) bool {
		x, y := out.Stances[i], out.Stances[j]
		if x.Source != y.Source {
			return x.Source < y.Source
		}
		if x.Target != y.Target {
			return x.Target < y.Target
		}
		return x.Polarity < y.Polarity
	})
	return out
}

// prepare normalises, tokenises and matches one field.
func (a *Analyzer) prepare(name, text string) *field {
	f := &field{name: name, text: hindi.Normalize(text)}
	norm := f.text.Norm
	f.toks = hindi.Tokenize(make([]hindi.Token, 0, len(norm)/8+4), norm)
	f.words = make([]string, len(f.toks))
	for i, t := range f.toks {
		f.words[i] = norm[t.Start:t.End]
	}
	a.matcher.scan(norm, func(m rawMatch) {
		t := a.matcher.term[m.node]
		e := int(t.entity)
		ti := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Start >= m.start })
		tj := sort.Search(len(f.toks), func(i int) bool { return f.toks[i].Start >= m.end })
		switch t.kind {
		case termExclude:
			return
		case termSurname:
			if ti > 0 && f.toks[ti-1].Kind == hindi.Word && a.otherNames[f.words[ti-1]] && !a.matcher.ownWords[e][f.words[ti-1]] {
				return
			}
		case termGiven:
			if tj < len(f.toks) && f.toks[tj].Kind == hindi.Word && a.otherNames[f.words[tj]] && !a.matcher.ownWords[e][f.words[tj]] {
				return
			}
		}
		f.mentions = append(f.mentions, mention{entity: e, start: m.start, end: m.end, tok: ti, tokEnd: tj})
	})
	return f
}

// sentence is a token range [a, b) of a field, with the range [ma, mb) of
// the field's mentions that start inside it.
type sentence struct{ a, b, ma, mb int }

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"डा": true, "रु": true, "श्री": true, "सं": true, "मि": true, "जे": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "inc": true,
	"co": true, "no": true, "vs": true, "rs": true, "u": true, "s": true,
}

// sentences splits a field at danda, ?, !, a full stop and line breaks.
func sentences(f *field) []sentence {
	var out []sentence
	start := 0
	for i, t := range f.toks {
		end := false
		switch t.Kind {
		case hindi.Break:
			end = true
		case hindi.Punct:
			switch f.words[i] {
			case "।", "॥", "?", "!", "|":
				end = true
			case ".":
				end = true
				if i > 0 && abbreviations[f.words[i-1]] {
					end = false
				}
				if i+1 < len(f.toks) && f.toks[i+1].Start == t.End {
					end = false // x.com, x.ai, 1.5 written oddly
				}
			}
		}
		if end {
			if i > start {
				out = append(out, sentence{a: start, b: i})
			}
			start = i + 1
		}
	}
	if start < len(f.toks) {
		out = append(out, sentence{a: start, b: len(f.toks)})
	}
	// Mentions are in text order: one pass assigns them to sentences.
	mi := 0
	for i := range out {
		for mi < len(f.mentions) && f.mentions[mi].tok < out[i].a {
			mi++
		}
		out[i].ma = mi
		for mi < len(f.mentions) && f.mentions[mi].tok < out[i].b {
			mi++
		}
		out[i].mb = mi
	}
	return out
}

// amounts reads the sums of money of a field and attaches a deal named in
// the same sentence.
func (a *Analyzer) amounts(f *field, sents []sentence, out *pipeline.Analysis) {
	for _, sn := range sents {
		ms := hindi.ParseAmounts(f.text.Norm, f.toks[sn.a:sn.b])
		if len(ms) == 0 {
			continue
		}
		deal := ""
		for _, m := range f.mentions[sn.ma:sn.mb] {
			if a.isDeal[m.entity] {
				deal = a.ents[m.entity].ID
				break
			}
		}
		for _, m := range ms {
			os, oe := f.text.OrigSpan(m.Start, m.End)
			am := pipeline.Amount{Value: m.Value, Currency: m.Currency, Text: f.text.Orig[os:oe], Deal: deal}
			dup := false
			for i, x := range out.Amounts {
				if x.Currency == am.Currency && math.Abs(x.Value-am.Value) <= 1e-9*math.Max(x.Value, am.Value) {
					if x.Deal == "" {
						out.Amounts[i].Deal = deal
					}
					dup = true
					break
				}
			}
			if !dup {
				out.Amounts = append(out.Amounts, am)
			}
		}
	}
}

// maxEvidence bounds an evidence sentence (a 10 MB line is one sentence).
const maxEvidence = 1000

// evidence returns the original text of a sentence, trimmed, cut at a
// character boundary after maxEvidence bytes.
func evidence(f *field, sn sentence) string {
	if sn.b <= sn.a {
		return ""
	}
	os, oe := f.text.OrigSpan(f.toks[sn.a].Start, f.toks[sn.b-1].End)
	s := strings.TrimSpace(f.text.Orig[os:oe])
	if len(s) > maxEvidence {
		cut := maxEvidence
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}
