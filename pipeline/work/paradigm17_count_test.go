package work

import (
	"fmt"
	"os"
	"sort"
	"testing"
)

// TestParadigmFrameCount17 (KHABAR_PARADIGM_COUNT=1) counts, over the dev
// gold, which lexicon frames stand in the evidence of the engine's right
// asserted stances (the frame of the stance's polarity found in the
// evidence span): the frames the grid of paradigm17_test.go is built from.
func TestParadigmFrameCount17(t *testing.T) {
	if os.Getenv("KHABAR_PARADIGM_COUNT") == "" {
		t.Skip("set KHABAR_PARADIGM_COUNT=1")
	}
	a := shippedAnalyzer(t)
	count := map[*Frame]int{}
	for _, g := range devGold(t) {
		gold := map[string]bool{}
		for _, s := range g.Gold.Stances {
			gold[s.Source+">"+s.Target+":"+s.Polarity[:1]] = true
		}
		an := a.Analyze(g.Story)
		for _, s := range an.Stances {
			if !s.Asserted() || !gold[s.Source+">"+s.Target+":"+s.Polarity[:1]] {
				continue
			}
			pol := int8(1)
			if s.Polarity[:1] == "h" {
				pol = -1
			}
			f := a.prepare("e", s.Evidence)
			seen := map[*Frame]bool{}
			for i := range f.words {
				e, _ := a.lex.match(f.words, i, entFrame)
				if e != nil && e.frame.pol == pol && !seen[e.frame] {
					seen[e.frame] = true
					count[e.frame]++
				}
			}
		}
	}
	var fs []*Frame
	for f := range count {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return count[fs[i]] > count[fs[j]] })
	for _, f := range fs {
		fmt.Printf("%5d %s %s (%s)\n", count[f], f.Polarity[:1], f.Words, f.Kind)
	}
}
