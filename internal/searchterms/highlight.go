package searchterms

import (
	"html"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Highlight options.
const (
	// FragmentContext is about how many bytes of text a fragment shows on
	// each side of a matched word (a Devanagari letter is 3 bytes).
	FragmentContext = 90
	// MaxFragments is the most fragments of one field.
	MaxFragments = 3
)

// Highlights returns the fragments of text where the positive atoms of
// groups occur, HTML-escaped with each matching word in <mark>…</mark> (as
// Elasticsearch's html encoder), at most max of them, in text order. A
// word matches when its folded, stemmed term is a term of a positive atom,
// so every variant the search folds is marked.
func (a *Analyzer) Highlights(text string, groups []TermGroup, max int) []string {
	return a.highlight(text, groups, max, FragmentContext)
}

// Mark returns the whole of text (a title) HTML-escaped with its matching
// words in <mark>…</mark>, or "" when no word matches.
func (a *Analyzer) Mark(text string, groups []TermGroup) string {
	f := a.highlight(text, groups, 1, len(text)+1)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func (a *Analyzer) highlight(text string, groups []TermGroup, max, context int) []string {
	want := map[string]bool{}
	for _, g := range groups {
		if g.Not {
			continue
		}
		for _, at := range g.Atoms {
			for _, t := range at.Terms {
				want[t] = true
			}
		}
	}
	if len(want) == 0 || text == "" || max <= 0 {
		return nil
	}
	toks := a.tokenizer.Tokenize([]byte(text))
	var marks [][2]int
	for _, tok := range toks {
		folded := Fold(string(tok.Term))
		term := ""
		for _, ft := range a.tokenizer.Tokenize([]byte(folded)) {
			if t := a.word(ft); t != "" {
				term = t
				break
			}
		}
		if want[term] {
			marks = append(marks, [2]int{tok.Start, tok.End})
		}
	}
	var out []string
	for i := 0; i < len(marks) && len(out) < max; {
		start := wordStart(toks, marks[i][0]-context)
		end := marks[i][1] + context
		var b strings.Builder
		if start > 0 {
			b.WriteString("…")
		}
		at := start
		for i < len(marks) && marks[i][0] < end {
			b.WriteString(html.EscapeString(text[at:marks[i][0]]))
			b.WriteString("<mark>")
			b.WriteString(html.EscapeString(text[marks[i][0]:marks[i][1]]))
			b.WriteString("</mark>")
			at = marks[i][1]
			end = max2(end, marks[i][1]+context/2)
			i++
		}
		stop := wordEnd(toks, end, len(text))
		b.WriteString(html.EscapeString(text[at:max2(at, stop)]))
		if stop < len(text) {
			b.WriteString("…")
		}
		out = append(out, strings.TrimSpace(b.String()))
	}
	return out
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// wordStart is the start of the first token starting at or after at (0 if
// at is before the text).
func wordStart(toks analysis.TokenStream, at int) int {
	if at <= 0 {
		return 0
	}
	for _, t := range toks {
		if t.Start >= at {
			return t.Start
		}
	}
	return at
}

// wordEnd is the end of the last token ending at or before at (the text's
// end when at is past it).
func wordEnd(toks analysis.TokenStream, at, n int) int {
	if at >= n {
		return n
	}
	end := 0
	for _, t := range toks {
		if t.End > at {
			break
		}
		end = t.End
	}
	return end
}

// HitHighlights marks the query's words in a hit's title (whole) and body
// (up to MaxFragments fragments), keyed "title" and "body"; nil when
// nothing matched. Both sinks answer with it, so their highlights agree.
func (a *Analyzer) HitHighlights(title, body string, groups []TermGroup) map[string][]string {
	if len(groups) == 0 {
		return nil
	}
	out := map[string][]string{}
	if t := a.Mark(title, groups); t != "" {
		out["title"] = []string{t}
	}
	if b := a.Highlights(body, groups, MaxFragments); len(b) > 0 {
		out["body"] = b
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
