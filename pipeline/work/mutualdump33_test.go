package work

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMutualDump33 lists the dev misses whose reverse pair the engine
// reads (KHABAR_MUTUAL33=1); a tuning aid, dev only.
func TestMutualDump33(t *testing.T) {
	if os.Getenv("KHABAR_MUTUAL33") == "" {
		t.Skip("KHABAR_MUTUAL33 unset")
	}
	a := shippedAnalyzer(t)
	eachGoldStory(t, "dev*.jsonl", func(path string, g goldStory) {
		if goldGroup(strings.TrimSuffix(filepath.Base(path), ".jsonl")) != "dev" {
			return
		}
		got := a.Analyze(g.Story)
		for k, c := range missCauses(a, &g, &got) {
			if !strings.Contains(c, "mutual") {
				continue
			}
			var b strings.Builder
			fmt.Fprintf(&b, "MISS %s %s>%s:%s\n", g.ID, k.src, k.dst, k.pol)
			for _, s := range got.Stances {
				if s.Source == k.dst && s.Target == k.src && s.Polarity == k.pol {
					fmt.Fprintf(&b, "  REV[%s %s] %s\n", s.Kind, s.Field, s.Evidence)
				}
			}
			seen := map[sentencePlace]bool{}
			for _, m := range got.Mentions {
				if m.Entity != k.src {
					continue
				}
				at := placeOf(&g, m.Field, m.Start)
				if seen[at] {
					continue
				}
				seen[at] = true
				fmt.Fprintf(&b, "  SRC[%s/%d] %s\n", at.field, at.n, sentenceAt(&g, at))
			}
			fmt.Println(b.String())
		}
	})
}

func sentenceAt(g *goldStory, at sentencePlace) string {
	text := g.Body
	if at.field == "title" {
		text = g.Title
	}
	n, start := 0, 0
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
