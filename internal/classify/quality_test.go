package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The bars of issue 13, on held-out text written by a writer who never
// read the classifier or its training text. Only totals and confusion
// counts are printed.
const (
	barLanguage = 0.97
	barTopic    = 0.85
)

func readDocs(t testing.TB, path string) []Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("%s:%d: %v", path, line, err)
		}
		out = append(out, d)
	}
	return out
}

func shipped(t testing.TB) *Classifier {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// confusion prints "gold→got n" for the wrong answers, most frequent first.
func confusion(t *testing.T, wrong map[[2]string]int) {
	type row struct {
		k [2]string
		n int
	}
	var rows []row
	for k, n := range wrong {
		rows = append(rows, row{k, n})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].n != rows[j].n {
			return rows[i].n > rows[j].n
		}
		return rows[i].k[0]+rows[i].k[1] < rows[j].k[0]+rows[j].k[1]
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, " %s→%s %d;", r.k[0], r.k[1], r.n)
	}
	t.Logf("confusions:%s", b.String())
}

func TestHeldOutLanguage(t *testing.T) {
	c := shipped(t)
	docs := readDocs(t, filepath.Join("testdata", "heldout", "languages.jsonl"))
	right, short, shortRight := 0, 0, 0
	wrong := map[[2]string]int{}
	for _, d := range docs {
		got, _ := c.Language(d.Title, d.Body)
		isShort := d.Body == "" && len(strings.Fields(d.Title)) <= 8
		if isShort {
			short++
		}
		if got == d.Language {
			right++
			if isShort {
				shortRight++
			}
		} else {
			wrong[[2]string{d.Language, got}]++
		}
	}
	acc := float64(right) / float64(len(docs))
	t.Logf("language: accuracy %.3f (%d/%d); headlines of ≤ 8 words %.3f (%d/%d)", acc, right, len(docs),
		float64(shortRight)/float64(max(short, 1)), shortRight, short)
	confusion(t, wrong)
	if acc < barLanguage {
		t.Errorf("held-out language accuracy %.3f under the bar %.2f", acc, barLanguage)
	}
}

func TestHeldOutTopic(t *testing.T) {
	c := shipped(t)
	docs := readDocs(t, filepath.Join("testdata", "heldout", "topics.jsonl"))
	right, n := 0, 0
	wrong := map[[2]string]int{}
	for _, d := range docs {
		if d.Language != LangHindi || d.Topic == "" {
			continue
		}
		n++
		// The feed's category is a feature (a prior), as in the pipeline;
		// entity types are left out: they need the watchlist's matcher,
		// and the pipeline-level test in cmd/khabar covers them.
		got := c.Topic(TopicInput{Title: d.Title, Body: d.Body, FeedCategory: d.FeedCategory})
		// Right when the first topic is the story's topic or its second
		// topic (topic2); our own runner-up earns nothing.
		ok := got.Topic == d.Topic || (d.Topic2 != "" && got.Topic == d.Topic2)
		if ok {
			right++
		} else {
			wrong[[2]string{d.Topic, got.Topic}]++
		}
	}
	acc := float64(right) / float64(max(n, 1))
	t.Logf("topic: accuracy %.3f (%d/%d; a story's second topic counts as right)", acc, right, n)
	confusion(t, wrong)
	if acc < barTopic {
		t.Errorf("held-out topic accuracy %.3f under the bar %.2f", acc, barTopic)
	}
}
