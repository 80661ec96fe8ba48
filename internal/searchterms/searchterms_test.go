package searchterms

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/registry"
)

// texts reads testdata/texts.txt: one text per line, # comments.
func texts(t testing.TB) []string {
	t.Helper()
	f, err := os.Open("testdata/texts.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("testdata/texts.txt: %v", err)
	}
	return out
}

func reference(t testing.TB) analysis.Analyzer {
	t.Helper()
	ref, err := registry.NewCache().AnalyzerNamed(hi.AnalyzerName)
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

func want(ref analysis.Analyzer, s string) string {
	var terms []string
	for _, tok := range ref.Analyze([]byte(s)) {
		terms = append(terms, string(tok.Term))
	}
	return strings.Join(terms, " ")
}

// The cached per-word analysis must give exactly what Bleve's "hi" analyzer
// gives on whole folded texts: from a cold cache, from a warm one, and with a
// cache so small that it is cleared while a text is analysed.
func TestTermsMatchBleveHindiAnalyzer(t *testing.T) {
	ref := reference(t)
	all := append(texts(t), "", "   ", strings.Join(texts(t), " "))
	for _, tc := range []struct {
		name     string
		maxWords int
	}{{"default cache", 0}, {"tiny cache", 3}} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := New(Config{MaxCachedWords: tc.maxWords})
			if err != nil {
				t.Fatal(err)
			}
			for pass := range 2 { // the second pass answers from the cache
				for _, s := range all {
					if got, w := a.Terms(s), want(ref, Fold(s)); got != w {
						t.Errorf("pass %d: Terms(%q) = %q, want %q", pass, s, got, w)
					}
				}
			}
			if n := len(a.cache); tc.maxWords > 0 && n > tc.maxWords {
				t.Errorf("cache holds %d words, bound %d", n, tc.maxWords)
			}
		})
	}
}

// Inflected forms meet their base form: what makes search work without
// Elasticsearch's hindi analyzer.
func TestTermsStemInflections(t *testing.T) {
	a, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ a, b string }{
		{"बैठक", "बैठकों"},
		{"नीति", "नीतियों"},
		{"कंपनी", "कंपनियाँ"},
	} {
		t.Run(tc.a, func(t *testing.T) {
			if x, y := a.Terms(tc.a), a.Terms(tc.b); x == "" || x != y {
				t.Errorf("Terms(%q) = %q, Terms(%q) = %q: want the same non-empty term", tc.a, x, tc.b, y)
			}
		})
	}
	if got := a.Terms("की का के"); got != "" {
		t.Errorf("stop words give %q, want nothing", got)
	}
}

func TestConfigValidate(t *testing.T) {
	if _, err := New(Config{MaxCachedWords: -1}); err == nil {
		t.Error("negative MaxCachedWords accepted")
	}
}

func FuzzTerms(f *testing.F) {
	for _, s := range texts(f) {
		f.Add(s)
	}
	ref := reference(f)
	a, err := New(Config{MaxCachedWords: 64})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, w := a.Terms(s), want(ref, Fold(s)); got != w {
			t.Errorf("Terms(%q) = %q, want %q", s, got, w)
		}
	})
}

// story is a news-sized story (a title and a body of about 2 KB) from the
// fixture texts.
func story(t testing.TB) (title, body string) {
	all := texts(t)
	var b strings.Builder
	for b.Len() < 2000 {
		for _, s := range all[1:] {
			b.WriteString(s)
			b.WriteString(" ")
		}
	}
	return all[0], b.String()
}

// BenchmarkStory is the work-stage cost of a story's search terms (title
// and body), per story: with the word cache warm (steady state) and, for
// comparison, Bleve's own analyzer (what the cache saves).
//
//	go test ./internal/searchterms -run '^$' -bench Story
func BenchmarkStory(b *testing.B) {
	title, body := story(b)
	b.Run("searchterms", func(b *testing.B) {
		a, err := New(Config{})
		if err != nil {
			b.Fatal(err)
		}
		a.Terms(title + " " + body)
		b.SetBytes(int64(len(title) + len(body)))
		b.ReportAllocs()
		for b.Loop() {
			a.Terms(title)
			a.Terms(body)
		}
	})
	b.Run("bleve-hi", func(b *testing.B) {
		ref := reference(b)
		b.SetBytes(int64(len(title) + len(body)))
		b.ReportAllocs()
		for b.Loop() {
			ref.Analyze([]byte(title))
			ref.Analyze([]byte(body))
		}
	})
}
