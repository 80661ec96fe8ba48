package elastic

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/registry"
)

// termAnalyzer is the Hindi analyzer of the embedded index (Bleve's "hi":
// unicode words, lowercase, Indic and Hindi normalisation, Hindi stop
// words, light stemmer). The sink runs it on title and body and on query
// text, so an inflected form finds its base form on any cluster, even one
// without Elasticsearch's hindi analyzer, and both sinks agree.
type termAnalyzer struct{ a analysis.Analyzer }

func newTermAnalyzer() (termAnalyzer, error) {
	a, err := registry.NewCache().AnalyzerNamed(hi.AnalyzerName)
	if err != nil {
		return termAnalyzer{}, fmt.Errorf("elastic: hindi term analyzer: %w", err)
	}
	return termAnalyzer{a: a}, nil
}

// terms returns the analysed terms of s, space-separated (terms never hold
// spaces: the tokenizer splits on them).
func (t termAnalyzer) terms(s string) string {
	if s == "" {
		return ""
	}
	ts := t.a.Analyze([]byte(s))
	out := make([]byte, 0, len(s))
	for i, tok := range ts {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, tok.Term...)
	}
	return string(out)
}
