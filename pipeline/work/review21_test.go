package work

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestPooledScratchNoLeak21 (session 21, review): the per-story scratch a
// sync.Pool keeps (fields and their texts, amounts, bodyOffices' map, the
// reader's sentCtx with its *field pointers and memos) carries nothing
// from one story into the next. Each dev story is read on
// a fresh scratch, then by one Analyzer in file order and again in
// reverse order (every story after a different one each way): the three
// readings must be the same.
func TestPooledScratchNoLeak21(t *testing.T) {
	wl := shippedWatchlist(t)
	var stories []pipeline.Story
	// The dev files only (dev*.jsonl: never the held-out sets).
	files, err := filepath.Glob(filepath.Join("testdata", "gold", "dev*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no dev files: %v", err)
	}
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		in := bufio.NewScanner(f)
		in.Buffer(nil, 1<<24)
		for in.Scan() {
			var g goldStory
			if err := json.Unmarshal(in.Bytes(), &g); err != nil {
				f.Close()
				t.Fatalf("%s: %v", p, err)
			}
			stories = append(stories, g.Story)
		}
		if err := in.Err(); err != nil {
			f.Close()
			t.Fatalf("%s: %v", p, err)
		}
		f.Close()
	}
	if len(stories) < 2 {
		t.Fatal("no stories")
	}
	read := func(a *Analyzer, s pipeline.Story) string {
		b, err := json.Marshal(a.Analyze(s))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	// A fresh scratch for each story: the fresh Analyzer's pool made
	// anew (a New per story reads the same, at 0.5 s each).
	fa, err := New(wl)
	if err != nil {
		t.Fatal(err)
	}
	fresh := make([]string, len(stories))
	for i, s := range stories {
		fa.bufs = &sync.Pool{New: func() any { return new(storyBufs) }}
		fresh[i] = read(fa, s)
	}
	a, err := New(wl)
	if err != nil {
		t.Fatal(err)
	}
	order := make([]int, len(stories))
	for i := range order {
		order[i] = i
	}
	for _, dir := range []string{"forward", "reverse"} {
		if dir == "reverse" {
			slices.Reverse(order)
		}
		for n, i := range order {
			if got := read(a, stories[i]); got != fresh[i] {
				prev := "none"
				if n > 0 {
					prev = stories[order[n-1]].ID
				}
				t.Errorf("%s: story %s after %s reads\n%s\na fresh analyser reads\n%s", dir, stories[i].ID, prev, got, fresh[i])
			}
		}
	}
}
