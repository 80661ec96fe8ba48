package work

import (
	"bufio"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestPerfEquivalence writes the JSON of the analysis of every gold story
// (testdata/gold/*.jsonl; KHABAR_GOLD_SETS=dev restricts it to the dev
// files, as in TestGold) and of a sentence-built corpus to the file named
// by KHABAR_EQUIV_OUT, one line each, and logs their SHA-256. It is the
// invariance harness for speed work: run it on two trees and compare the
// files (they must be byte-identical). Without the variable it is skipped.
func TestPerfEquivalence(t *testing.T) {
	out := os.Getenv("KHABAR_EQUIV_OUT")
	if out == "" {
		t.Skip("KHABAR_EQUIV_OUT not set")
	}
	a := shippedAnalyzer(t)
	var stories []pipeline.Story
	files, err := filepath.Glob(filepath.Join("testdata", "gold", "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	sort.Strings(files)
	only := os.Getenv("KHABAR_GOLD_SETS")
	for _, p := range files {
		grp := goldGroup(strings.TrimSuffix(filepath.Base(p), ".jsonl"))
		if grp == "" || only != "" && !slices.Contains(strings.Split(only, ","), grp) {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			var g goldStory
			if err := json.Unmarshal([]byte(line), &g); err != nil {
				t.Fatalf("%s:%d: %v", p, i+1, err)
			}
			stories = append(stories, g.Story)
		}
	}
	// The sentence corpus, as BenchmarkAnalyze builds it (~2 MB).
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	sents := strings.Split(strings.TrimSpace(string(data)), "\n")
	r := rand.New(rand.NewPCG(1, 2))
	for total := 0; total < 2<<20; {
		var sb strings.Builder
		for sb.Len() < 2000 {
			sb.WriteString(sents[r.IntN(len(sents))])
			if r.IntN(4) == 0 {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(' ')
			}
		}
		s := pipeline.Story{ID: fmt.Sprint("s", len(stories)), Title: sents[r.IntN(len(sents))], Body: sb.String()}
		total += len(s.Title) + len(s.Body)
		stories = append(stories, s)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	h := sha256.New()
	for _, s := range stories {
		js, err := json.Marshal(a.Analyze(s))
		if err != nil {
			t.Fatal(err)
		}
		js = append(js, '\n')
		h.Write(js)
		if _, err := w.Write(js); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stories, sha256 %x", len(stories), h.Sum(nil))
}

// Analyze reuses per-story scratch buffers (a pool): stories analysed
// concurrently, each goroutine in its own order, give what they give
// alone.
func TestAnalyzeScratchReuse(t *testing.T) {
	a := shippedAnalyzer(t)
	var stories []pipeline.Story
	for _, g := range devGold(t) {
		stories = append(stories, g.Story)
	}
	if len(stories) < 50 {
		t.Fatalf("only %d gold stories", len(stories))
	}
	// The expected results come from a second analyzer, in file order.
	b := shippedAnalyzer(t)
	want := make([]string, len(stories))
	for i, s := range stories {
		js, _ := json.Marshal(b.Analyze(s))
		want[i] = string(js)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for g := range 4 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(g), 9))
			for _, i := range r.Perm(len(stories)) {
				js, _ := json.Marshal(a.Analyze(stories[i]))
				if string(js) != want[i] {
					errs <- stories[i].ID
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("story %s: concurrent analysis differs from a lone one", id)
	}
}
