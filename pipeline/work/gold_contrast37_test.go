package work

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestContrastCauses37 sorts the contrast items a gold group gets wrong
// by family and by what went wrong (the member's gold has stances or
// none; each missed or false pair by its cause from storyCauses; a feud
// wrong with the stances right), and prints counts only: no item, no id.
// KHABAR_GOLD_CONTRAST names the groups (dev, contrast, blind); unset,
// the test has nothing to do. Run on the contrast group it is a look at
// held-out totals and is counted as one.
func TestContrastCauses37(t *testing.T) {
	only := os.Getenv("KHABAR_GOLD_CONTRAST")
	if only == "" {
		t.Skip("KHABAR_GOLD_CONTRAST names no group")
	}
	a := shippedAnalyzer(t)
	for _, grp := range strings.Split(only, ",") {
		byFam := map[string]map[string]int{}
		wrong := map[string]int{}
		eachGoldStory(t, "*.jsonl", func(path string, g goldStory) {
			if goldGroup(strings.TrimSuffix(filepath.Base(path), ".jsonl")) != grp || g.Pair == "" {
				return
			}
			causes := storyCauses(a, &g)
			got := a.Analyze(g.Story)
			feudOK := got.Feud == g.Gold.Feud
			if len(causes) == 0 && feudOK {
				return
			}
			wrong[g.Family]++
			if byFam[g.Family] == nil {
				byFam[g.Family] = map[string]int{}
			}
			side := "member with gold stances"
			if len(g.Gold.Stances) == 0 {
				side = "member with no gold stance"
			}
			byFam[g.Family][side]++
			if len(causes) == 0 {
				byFam[g.Family]["  feud wrong, stances right"]++
			}
			for _, c := range causes {
				byFam[g.Family]["  "+c]++
			}
		})
		var b strings.Builder
		for _, fam := range slices.Sorted(maps.Keys(byFam)) {
			b.WriteString("\n" + fam + " wrong " + strconv.Itoa(wrong[fam]))
			for _, k := range slices.Sorted(maps.Keys(byFam[fam])) {
				b.WriteString("\n  " + k + ": " + strconv.Itoa(byFam[fam][k]))
			}
		}
		t.Logf("contrast causes %s:%s", grp, b.String())
	}
}
