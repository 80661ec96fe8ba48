package work

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestReplyDump34 lists the dev stories whose text matches the regexp in
// KHABAR_REPLY34: the matching sentences, the gold stances and the
// engine's asserted ones (+ missed, - false); a tuning aid, dev only.
func TestReplyDump34(t *testing.T) {
	pat := os.Getenv("KHABAR_REPLY34")
	if pat == "" {
		t.Skip("KHABAR_REPLY34 unset")
	}
	re := regexp.MustCompile(pat)
	a := shippedAnalyzer(t)
	eachGoldStory(t, "dev*.jsonl", func(path string, g goldStory) {
		if goldGroup(strings.TrimSuffix(filepath.Base(path), ".jsonl")) != "dev" {
			return
		}
		if !re.MatchString(g.Title) && !re.MatchString(g.Body) {
			return
		}
		var b strings.Builder
		fmt.Fprintf(&b, "STORY %s\n", g.ID)
		for _, text := range []string{g.Title, g.Body} {
			for _, s := range strings.FieldsFunc(text, func(r rune) bool { return r == '।' || r == '\n' || r == '?' || r == '!' }) {
				if re.MatchString(s) {
					fmt.Fprintf(&b, "  S: %s\n", strings.TrimSpace(s))
				}
			}
		}
		got := a.Analyze(g.Story)
		gold := map[causePair]bool{}
		for _, s := range g.Gold.Stances {
			gold[causePair{s.Source, s.Target, s.Polarity}] = true
		}
		have := map[causePair]string{}
		for _, s := range got.Stances {
			if s.Asserted() {
				have[causePair{s.Source, s.Target, s.Polarity}] = s.Evidence
			}
		}
		var lines []string
		for k := range gold {
			mark := " "
			if _, ok := have[k]; !ok {
				mark = "+"
			}
			lines = append(lines, fmt.Sprintf("  %s %s>%s:%s", mark, k.src, k.dst, k.pol[:1]))
		}
		for k, ev := range have {
			if !gold[k] {
				lines = append(lines, fmt.Sprintf("  - %s>%s:%s  [%s]", k.src, k.dst, k.pol[:1], ev))
			}
		}
		sort.Strings(lines)
		fmt.Println(b.String() + strings.Join(lines, "\n") + "\n")
	})
}
