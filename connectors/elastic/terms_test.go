package elastic

import (
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/registry"
)

// The cached per-word analysis must give exactly what Bleve's "hi" analyzer
// (the embedded index's) gives on whole texts.
func TestTermsMatchBleveHindiAnalyzer(t *testing.T) {
	ref, err := registry.NewCache().AnalyzerNamed(hi.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	an, err := newTermAnalyzer()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, r := range loadFixtures(t) {
		texts = append(texts, r.Story.Title, r.Story.Body)
	}
	for _, r := range synthetic(50, time.Now()) {
		texts = append(texts, r.Story.Title, r.Story.Body)
	}
	texts = append(texts, "OpenAI की नीतियों पर ELON Musk ने २०२५ में कहा", "", "   ", "की का के")
	for pass := range 2 { // the second pass answers from the cache
		for _, s := range texts {
			var want []string
			for _, tok := range ref.Analyze([]byte(s)) {
				want = append(want, string(tok.Term))
			}
			if got := an.terms(s); got != strings.Join(want, " ") {
				t.Errorf("pass %d: terms(%q) = %q, want %q", pass, s, got, strings.Join(want, " "))
			}
		}
	}
}

func FuzzTerms(f *testing.F) {
	for _, s := range []string{"नेताओं की बैठक", "OpenAI", "\xff\xfe", "२०२५ में ₹५ करोड़"} {
		f.Add(s)
	}
	ref, _ := registry.NewCache().AnalyzerNamed(hi.AnalyzerName)
	an, _ := newTermAnalyzer()
	f.Fuzz(func(t *testing.T, s string) {
		var want []string
		for _, tok := range ref.Analyze([]byte(s)) {
			want = append(want, string(tok.Term))
		}
		if got := an.terms(s); got != strings.Join(want, " ") {
			t.Errorf("terms(%q) = %q, want %q", s, got, strings.Join(want, " "))
		}
	})
}
