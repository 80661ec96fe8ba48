package elastic

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/analysis/lang/in"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
)

// maxCachedWords bounds the word cache of a termAnalyzer (a few MB).
const maxCachedWords = 200_000

// termAnalyzer is the Hindi analyzer of the embedded index (Bleve's "hi":
// unicode words, lowercase, Indic and Hindi normalisation, Hindi stop
// words, light stemmer). The sink runs it on title and body and on query
// text, so an inflected form finds its base form on any cluster, even one
// without Elasticsearch's hindi analyzer, and both sinks agree.
//
// Every filter of that chain maps one word to at most one term, so the
// result per word is cached: news vocabulary repeats, and the filters (the
// Indic normaliser above all) cost more CPU than Elasticsearch's own
// indexing of the document, on the same cores.
type termAnalyzer struct {
	tokenizer analysis.Tokenizer
	filters   []analysis.TokenFilter

	mu    sync.RWMutex
	cache map[string]string // word -> term, "" for a stop word
}

func newTermAnalyzer() (*termAnalyzer, error) {
	c := registry.NewCache()
	tok, err := c.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, fmt.Errorf("elastic: hindi term analyzer: %w", err)
	}
	t := &termAnalyzer{tokenizer: tok, cache: map[string]string{}}
	// The order of hi.AnalyzerConstructor.
	for _, name := range []string{lowercase.Name, in.NormalizeName, hi.NormalizeName, hi.StopName, hi.StemmerName} {
		f, err := c.TokenFilterNamed(name)
		if err != nil {
			return nil, fmt.Errorf("elastic: hindi term analyzer: %w", err)
		}
		t.filters = append(t.filters, f)
	}
	return t, nil
}

// terms returns the analysed terms of s, space-separated (terms never hold
// spaces: the tokenizer splits on them).
func (t *termAnalyzer) terms(s string) string {
	if s == "" {
		return ""
	}
	toks := t.tokenizer.Tokenize([]byte(s))
	out := make([]byte, 0, len(s))
	for _, tok := range toks {
		term := t.word(tok)
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

func (t *termAnalyzer) word(tok *analysis.Token) string {
	key := string(tok.Term)
	t.mu.RLock()
	term, ok := t.cache[key]
	t.mu.RUnlock()
	if ok {
		return term
	}
	ts := analysis.TokenStream{tok}
	for _, f := range t.filters {
		ts = f.Filter(ts)
	}
	if len(ts) == 1 {
		term = string(ts[0].Term)
	}
	t.mu.Lock()
	if len(t.cache) >= maxCachedWords {
		clear(t.cache) // bounded memory; it refills with the common words
	}
	t.cache[key] = term
	t.mu.Unlock()
	return term
}
