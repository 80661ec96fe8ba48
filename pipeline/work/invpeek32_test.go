package work

import (
	"os"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestInvPeek32 prints, for the dev ids in KHABAR_INV_PEEK (comma list)
// and the transforms named from KHABAR_INV_T (a prefix), the asserted
// stances a transform loses or adds, with their evidence
// (KHABAR_INV_TEXT=1: also the rewritten text). Skipped unless set.
func TestInvPeek32(t *testing.T) {
	peekInvariance(t, inv32Transforms)
}

// peekInvariance is the peek over one table of transforms: for the dev
// ids in KHABAR_INV_PEEK ("*" for all) and the transforms named from
// KHABAR_INV_T (a prefix), the asserted stances a rewrite loses or adds,
// with their evidence. KHABAR_INV_TEXT=1 also prints the rewritten text,
// KHABAR_INV_DIFF=1 only the changed paragraphs (no analysis), and
// KHABAR_INV_SUB="old=>new" runs a substitution of one's own instead of
// the table.
func peekInvariance(t *testing.T, table []invTransform) {
	t.Helper()
	ids := os.Getenv("KHABAR_INV_PEEK")
	if ids == "" {
		t.Skip()
	}
	pre := os.Getenv("KHABAR_INV_T")
	a := shippedAnalyzer(t)
	env := newInvEnv(shippedWatchlist(t))
	want := map[string]bool{}
	for _, id := range strings.Split(ids, ",") {
		want[id] = true
	}
	for _, g := range devGold(t) {
		if !want[g.ID] && ids != "*" {
			continue
		}
		trs := table
		if sub := os.Getenv("KHABAR_INV_SUB"); sub != "" {
			// "old=>new": a substitution of one's own instead of a transform
			o, n, _ := strings.Cut(sub, "=>")
			trs = []invTransform{{"SUB", func(e *invEnv, s pipeline.Story) (pipeline.Story, bool) {
				s.Body = strings.ReplaceAll(s.Body, o, n)
				return s, true
			}}}
		}
		for _, tr := range trs {
			if !strings.HasPrefix(tr.name, pre) {
				continue
			}
			ns, ok := tr.fn(env, g.Story)
			if !ok {
				continue
			}
			if os.Getenv("KHABAR_INV_DIFF") != "" {
				t.Logf("=== %s %s", g.ID, tr.name)
				ob, nb := strings.Split(g.Body, "\n"), strings.Split(ns.Body, "\n")
				for i := range nb {
					if i >= len(ob) || ob[i] != nb[i] {
						if i < len(ob) {
							t.Logf("  - %s", ob[i])
						}
						t.Logf("  + %s", nb[i])
					}
				}
				continue
			}
			b, r := a.Analyze(g.Story), a.Analyze(ns)
			bs, rs := map[string]string{}, map[string]string{}
			for _, s := range b.Stances {
				if s.Asserted() {
					bs[s.Source+">"+s.Target+" "+s.Polarity] = s.Kind + " | " + s.Evidence
				}
			}
			for _, s := range r.Stances {
				if s.Asserted() {
					rs[s.Source+">"+s.Target+" "+s.Polarity] = s.Kind + " | " + s.Evidence
				}
			}
			t.Logf("=== %s %s feud %v→%v gold=%v", g.ID, tr.name, b.Feud, r.Feud, g.Gold.Stances)
			for k, v := range bs {
				if _, ok := rs[k]; !ok {
					t.Logf("  LOST %s :: %s", k, v)
				}
			}
			for k, v := range rs {
				if _, ok := bs[k]; !ok {
					t.Logf("  NEW  %s :: %s", k, v)
				}
			}
			if os.Getenv("KHABAR_INV_TEXT") != "" {
				t.Logf("  title: %s", ns.Title)
				t.Logf("  body: %s", ns.Body)
			}
		}
	}
}
