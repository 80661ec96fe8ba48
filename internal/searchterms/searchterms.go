// Package searchterms computes the search terms of Hindi text: the terms of
// Bleve's "hi" analyzer (the embedded index's), so an inflected form
// (बैठकों) finds its base form (बैठक) in any sink. The work stage computes
// them once per story (pipeline.Record.Terms); a sink computes them only
// for records that come without (replays of old records, query text).
package searchterms

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/analysis/lang/in"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"github.com/khabar/khabar/internal/hindi"
)

// DefaultMaxCachedWords bounds the word cache (a few MB).
const DefaultMaxCachedWords = 200_000

// Config configures an Analyzer.
type Config struct {
	// MaxCachedWords bounds the per-word cache; when full it is cleared and
	// refills with the common words. 0 means DefaultMaxCachedWords.
	MaxCachedWords int
}

// Validate reports a configuration that cannot work.
func (c Config) Validate() error {
	if c.MaxCachedWords < 0 {
		return errors.New("searchterms: MaxCachedWords must not be negative")
	}
	return nil
}

// Fold folds the spelling variants Hindi outlets mix (chandrabindu and
// anusvara, a nasal with virama before a stop of its class, chandra-o and
// aa, nukta, Devanagari digits, zero-width characters, Latin case) exactly
// as entity matching does (hindi.Normalize). Every sink folds indexed text
// and query text with it before analysis.
// Zero-width characters go first, so that a nasal, virama, ZWJ and stop
// (ट्रम्‍प) folds like the nasal, virama and stop it shows.
func Fold(s string) string {
	if strings.ContainsAny(s, zeroWidth) {
		s = strings.Map(func(r rune) rune {
			if strings.ContainsRune(zeroWidth, r) {
				return -1
			}
			return r
		}, s)
	}
	return hindi.NormalizeString(s)
}

// zeroWidth are the invisible characters outlets leave inside words.
const zeroWidth = "\u200B\u200C\u200D\u2060\uFEFF\u00AD"

// Analyzer is Bleve's "hi" chain (unicode words, lowercase, Indic and Hindi
// normalisation, Hindi stop words, light stemmer) with a per-word cache.
// Every filter of that chain maps one word to at most one term, so the
// result per word can be cached: news vocabulary repeats, and the filters
// (the Indic normaliser above all) are the costly part. It is safe for
// concurrent use.
type Analyzer struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter
	max       int

	mu    sync.RWMutex
	cache map[string]string // word -> term, "" for a stop word
}

// New builds an Analyzer.
func New(cfg Config) (*Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.MaxCachedWords == 0 {
		cfg.MaxCachedWords = DefaultMaxCachedWords
	}
	c := registry.NewCache()
	tok, err := c.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, fmt.Errorf("searchterms: tokenizer: %w", err)
	}
	a := &Analyzer{tokenizer: tok, max: cfg.MaxCachedWords, cache: map[string]string{}}
	// The order of hi.AnalyzerConstructor.
	for _, name := range []string{lowercase.Name, in.NormalizeName, hi.NormalizeName, hi.StopName, hi.StemmerName} {
		f, err := c.TokenFilterNamed(name)
		if err != nil {
			return nil, fmt.Errorf("searchterms: filter %s: %w", name, err)
		}
		a.filters = append(a.filters, f)
	}
	return a, nil
}

// Terms returns the analysed terms of s, space-separated (terms never hold
// spaces: the tokenizer splits on them), in text order. The text is first
// folded as entity matching folds it (Fold), so every spelling variant an
// alias covers gives the same term.
func (a *Analyzer) Terms(s string) string {
	if s == "" {
		return ""
	}
	toks := a.tokenizer.Tokenize([]byte(Fold(s)))
	out := make([]byte, 0, len(s))
	for _, tok := range toks {
		term := a.word(tok)
		if term == "" {
			continue
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, term...)
	}
	return string(out)
}

func (a *Analyzer) word(tok *analysis.Token) string {
	a.mu.RLock()
	term, ok := a.cache[string(tok.Term)] // no allocation for the look-up
	a.mu.RUnlock()
	if ok {
		return term
	}
	key := string(tok.Term) // before the filters rewrite tok.Term
	ts := analysis.TokenStream{tok}
	for _, f := range a.filters {
		ts = f.Filter(ts)
	}
	if len(ts) == 1 {
		term = string(ts[0].Term)
	}
	a.mu.Lock()
	if len(a.cache) >= a.max {
		clear(a.cache)
	}
	a.cache[key] = term
	a.mu.Unlock()
	return term
}
