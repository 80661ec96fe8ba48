package work

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReverse26Dump lists, for dev files only, each asserted stance whose
// gold has the reverse direction (the same polarity, source and target
// swapped): the sentence, its mentions and the stance read there. It is a
// tool for sorting role errors; KHABAR_REVERSE_DUMP names the output file.
func TestReverse26Dump(t *testing.T) {
	outPath := os.Getenv("KHABAR_REVERSE_DUMP")
	if outPath == "" {
		t.Skip("KHABAR_REVERSE_DUMP names no file")
	}
	a := shippedAnalyzer(t)
	var b strings.Builder
	n := 0
	eachGoldStory(t, "dev*.jsonl", func(path string, g goldStory) {
		got := a.Analyze(g.Story)
		gold := map[causePair]bool{}
		for _, s := range g.Gold.Stances {
			gold[causePair{s.Source, s.Target, s.Polarity}] = true
		}
		seen := map[causePair]bool{}
		for _, s := range got.Stances {
			k := causePair{s.Source, s.Target, s.Polarity}
			if !s.Asserted() || gold[k] || !gold[causePair{k.dst, k.src, k.pol}] || seen[k] {
				continue
			}
			seen[k] = true
			n++
			fmt.Fprintf(&b, "=== #%d %s id=%s FALSE %s -> %s %s/%s\n", n, filepath.Base(path), g.ID, s.Source, s.Target, s.Polarity, s.Kind)
			if s.Field != "" {
				at := placeOf(&g, s.Field, s.Start)
				fmt.Fprintf(&b, "S: %s\n", sentenceText(&g, at))
				for _, m := range got.Mentions {
					if placeOf(&g, m.Field, m.Start) == at {
						fmt.Fprintf(&b, "  m %s=%q\n", m.Entity, m.Text)
					}
				}
			}
			fmt.Fprintf(&b, "  ev=%q\n", s.Evidence)
		}
	})
	if err := os.WriteFile(outPath, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d reversed stances written to %s", n, outPath)
}
