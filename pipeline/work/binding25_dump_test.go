package work

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestBinding25Dump lists, for dev files only, each missed gold pair whose
// two parties share a sentence in which the engine read some other stance:
// the sentence, its mentions and the stances read there. It is a tool for
// sorting binding shapes; KHABAR_BINDING_DUMP names the output file.
func TestBinding25Dump(t *testing.T) {
	outPath := os.Getenv("KHABAR_BINDING_DUMP")
	if outPath == "" {
		t.Skip("KHABAR_BINDING_DUMP names no file")
	}
	a := shippedAnalyzer(t)
	var b strings.Builder
	n := 0
	eachGoldStory(t, "dev*.jsonl", func(path string, g goldStory) {
		got := a.Analyze(g.Story)
		asserted, moody := map[causePair]bool{}, map[causePair]bool{}
		for _, s := range got.Stances {
			if s.Asserted() {
				asserted[causePair{s.Source, s.Target, s.Polarity}] = true
			} else {
				moody[causePair{s.Source, s.Target, s.Polarity}] = true
			}
		}
		gold := map[causePair]bool{}
		for _, s := range g.Gold.Stances {
			gold[causePair{s.Source, s.Target, s.Polarity}] = true
		}
		for k := range gold {
			if asserted[k] {
				continue
			}
			// mirror storyCauses' earlier cases
			opp := oppositePolarity(k.pol)
			if moody[k] || asserted[causePair{k.src, k.dst, opp}] || asserted[causePair{k.dst, k.src, k.pol}] {
				continue
			}
			wrong := false
			for p := range asserted {
				if p.src == k.src && p.pol == k.pol && !gold[p] {
					wrong = true
				}
			}
			if wrong {
				continue
			}
			shared := sharedSentences(&g, got.Mentions, k.src, k.dst)
			for at := range shared {
				var read []string
				for _, s := range got.Stances {
					if s.Field != "" && placeOf(&g, s.Field, s.Start) == at {
						read = append(read, fmt.Sprintf("%s -> %s %s/%s mood=%q ev=%q", s.Source, s.Target, s.Polarity, s.Kind, s.Mood, s.Evidence))
					}
				}
				if len(read) == 0 {
					continue
				}
				n++
				fmt.Fprintf(&b, "=== #%d %s id=%s MISS %s -> %s %s\n", n, filepath.Base(path), g.ID, k.src, k.dst, k.pol)
				fmt.Fprintf(&b, "S: %s\n", sentenceText(&g, at))
				for _, m := range got.Mentions {
					if placeOf(&g, m.Field, m.Start) == at {
						fmt.Fprintf(&b, "  m %s=%q\n", m.Entity, m.Text)
					}
				}
				for _, r := range read {
					fmt.Fprintf(&b, "  R %s\n", r)
				}
				var gl []string
				for p := range gold {
					if shared2 := sharedSentences(&g, got.Mentions, p.src, p.dst); shared2[at] {
						gl = append(gl, fmt.Sprintf("%s -> %s %s (got=%v)", p.src, p.dst, p.pol, asserted[p]))
					}
				}
				sort.Strings(gl)
				for _, x := range gl {
					fmt.Fprintf(&b, "  G %s\n", x)
				}
			}
		}
	})
	if err := os.WriteFile(outPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d items", n)
}

func sentenceText(g *goldStory, at sentencePlace) string {
	text := g.Body
	if at.field == "title" {
		text = g.Title
	}
	n := 0
	start := 0
	for i, r := range text {
		if r == '।' || r == '?' || r == '!' || r == '\n' {
			if n == at.n {
				return strings.TrimSpace(text[start:i])
			}
			n++
			start = i + len(string(r))
		}
	}
	return strings.TrimSpace(text[start:])
}
