package searchterms

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"time"

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

func TestHighlights(t *testing.T) {
	a, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	expr, err := Parse(`ट्रम्प "नई नीति" -बाजार`)
	if err != nil {
		t.Fatal(err)
	}
	groups, _ := a.Analyse(expr)
	title := "ट्रंप ने <नई> नीतियों पर कहा & बाजार"
	if got, want := a.Mark(title, groups), "<mark>ट्रंप</mark> ने &lt;<mark>नई</mark>&gt; <mark>नीतियों</mark> पर कहा &amp; बाजार"; got != want {
		t.Errorf("Mark:\n got %s\nwant %s", got, want)
	}
	body := strings.Repeat("बारिश का मौसम आया। ", 20) + "डोनाल्ड ट्र\u200dम्प बोले। " + strings.Repeat("खेल की खबरें। ", 20)
	f := a.Highlights(body, groups, 3)
	if len(f) != 1 || !strings.Contains(f[0], "<mark>ट्र\u200dम्प</mark>") || !strings.HasPrefix(f[0], "…") || !strings.HasSuffix(f[0], "…") || len(f[0]) > 2*FragmentContext+200 {
		t.Errorf("fragments %q", f)
	}
	if a.Mark("खेल की खबरें", groups) != "" {
		t.Error("a text without a match was marked")
	}
}

func TestParse(t *testing.T) {
	for in, want := range map[string]string{
		`मस्क ट्रंप`:                 `मस्क ट्रंप`,
		`मस्क OR ऑल्टमैन ट्रंप`:      `मस्क OR ऑल्टमैन ट्रंप`,
		`"व्हाइट  हाउस" -टेस्ला`:     `"व्हाइट  हाउस" -टेस्ला`,
		`-"नई दिल्ली" entity:openai`: `-"नई दिल्ली" entity:openai`,
		`a - b`: `a - b`,
		`or OR`: "",
	} {
		e, err := Parse(in)
		if want == "" {
			if err == nil {
				t.Errorf("Parse(%q) = %v, want an error", in, e)
			}
			continue
		}
		if err != nil || e.String() != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", in, e.String(), err, want)
		}
	}
	e, _ := Parse(`मस्क -अल्टमैन`)
	x := e.Expand(func(a Atom) []string {
		if a.Text == "अल्टमैन" {
			return []string{"sam-altman"}
		}
		return nil
	})
	if got := x.String(); got != `मस्क -अल्टमैन -entity:sam-altman` {
		t.Errorf("Expand: %s", got)
	}
}

func TestDateBuckets(t *testing.T) {
	d := func(s string) time.Time { tm, _ := time.Parse(time.RFC3339, s); return tm }
	days := DateBuckets(d("2025-06-03T22:00:00Z"), d("2025-06-05T01:00:00Z"))
	if len(days) != 3 || days[0].Value != "2025-06-03" || days[2].To != d("2025-06-06T00:00:00Z") {
		t.Errorf("days %+v", days)
	}
	months := DateBuckets(d("2024-11-20T00:00:00Z"), d("2025-06-05T00:00:00Z"))
	if len(months) != 8 || months[0].Value != "2024-11" || months[7].Value != "2025-06" {
		t.Errorf("months %+v", months)
	}
}
