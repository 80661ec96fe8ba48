package work

import (
	"os"
	"strings"
	"testing"
)

// TestInvPeek32 prints, for the dev ids in KHABAR_INV_PEEK (comma list)
// and the transforms named from KHABAR_INV_T (a prefix), the asserted
// stances a transform loses or adds, with their evidence
// (KHABAR_INV_TEXT=1: also the rewritten text). Skipped unless set.
func TestInvPeek32(t *testing.T) {
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
		if !want[g.ID] {
			continue
		}
		for _, tr := range inv32Transforms {
			if !strings.HasPrefix(tr.name, pre) {
				continue
			}
			ns, ok := tr.fn(env, g.Story)
			if !ok {
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
				t.Logf("  TEXT title=%q\n%s", ns.Title, ns.Body)
			}
		}
	}
}
