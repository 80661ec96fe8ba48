package work

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// scanTokens (over a field's tokens) finds exactly what scan (over its
// text) finds, on the sentence corpus, the gold stories, the fuzz seeds
// and separator edge cases.
func TestScanTokensMatchesScan(t *testing.T) {
	a := shippedAnalyzer(t)
	var texts []string
	for _, pat := range []string{"testdata/sentences.txt", "testdata/gold/*.jsonl", "testdata/fuzz/*/*"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range files {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, strings.Split(string(data), "\n")...)
		}
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	texts = append(texts,
		"एलन मस्क-ट्रंप", "एलन  मस्क", "एलन\tमस्क", "एलन-_-मस्क", "एलन ,मस्क", "एलन\nमस्क",
		"एलन - मस्क", "एलन\u00a0मस्क", "एलन\rमस्क", "एलन", "मस्क", "elon musk", "Elon_Musk", "elon -", "elon 5musk")
	total := 0
	for _, s := range texts {
		f := a.prepare("body", s)
		var want, got []rawMatch
		a.matcher.scan(f.text.Norm, func(r rawMatch) { want = append(want, r) })
		a.matcher.scanTokens(f, func(r rawMatch) {
			// Its token span is the one the offsets give.
			if ti, tj := firstTokenFrom(f.toks, 0, r.start), firstTokenFrom(f.toks, 0, r.end); r.tok != ti || r.tokEnd != tj {
				t.Errorf("%q: match %v: tokens %d-%d, want %d-%d", s, r, r.tok, r.tokEnd, ti, tj)
			}
			r.tok, r.tokEnd = 0, 0 // scan gives offsets only
			got = append(got, r)
		})
		if !slices.Equal(want, got) {
			t.Errorf("%q: scanTokens %v, scan %v", s, got, want)
		}
		total += len(want)
	}
	if total < 100 {
		t.Errorf("only %d matches: the corpus should name tracked entities", total)
	}
}
