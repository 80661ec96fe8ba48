package work

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// goldStory is one annotated line of testdata/gold/*.jsonl.
type goldStory struct {
	pipeline.Story
	Note string `json:"note"`
	Gold struct {
		Entities []string `json:"entities"`
		Amounts  []struct {
			Value    float64 `json:"value"`
			Currency string  `json:"currency"`
			Deal     string  `json:"deal"`
		} `json:"amounts"`
		Stances []struct {
			Source   string `json:"source"`
			Target   string `json:"target"`
			Polarity string `json:"polarity"`
		} `json:"stances"`
		Feud bool `json:"feud"`
	} `json:"gold"`
}

type prf struct{ tp, fp, fn int }

func (p prf) scores() (prec, rec, f1 float64) {
	prec, rec = 1, 1
	if p.tp+p.fp > 0 {
		prec = float64(p.tp) / float64(p.tp+p.fp)
	}
	if p.tp+p.fn > 0 {
		rec = float64(p.tp) / float64(p.tp+p.fn)
	}
	if prec+rec > 0 {
		f1 = 2 * prec * rec / (prec + rec)
	}
	return prec, rec, f1
}

func shippedWatchlist(t testing.TB) *watchlist.Watchlist {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	wl, err := watchlist.Load(filepath.Join(filepath.Dir(file), "..", "..", "deploy", "watchlist.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return wl
}

func shippedAnalyzer(t testing.TB) *Analyzer {
	t.Helper()
	a, err := New(shippedWatchlist(t))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestGold scores Analyze on the annotated sets and fails under the bars of
// issue 3 §8. dev.jsonl is for tuning; heldout.jsonl is never tuned on, and
// only its totals are printed (set KHABAR_GOLD_DETAIL=1 to list the dev
// stories that disagree).
func TestGold(t *testing.T) {
	a := shippedAnalyzer(t)
	for _, name := range []string{"dev", "heldout"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "gold", name+".jsonl")
			f, err := os.Open(path)
			if err != nil {
				t.Fatalf("gold set missing: %v", err)
			}
			defer f.Close()
			detail := name == "dev" && os.Getenv("KHABAR_GOLD_DETAIL") != ""
			var ent, amt, hos prf
			feudOK, n := 0, 0
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 64<<20)
			line := 0
			for sc.Scan() {
				line++
				if strings.TrimSpace(sc.Text()) == "" {
					continue
				}
				var g goldStory
				if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
					t.Fatalf("%s:%d: %v", path, line, err)
				}
				n++
				got := a.Analyze(g.Story)
				var msgs []string
				// Entities: per-story sets.
				gs := map[string]bool{}
				for _, e := range g.Gold.Entities {
					gs[e] = true
				}
				ps := map[string]bool{}
				for _, e := range got.Entities {
					ps[e] = true
					if gs[e] {
						ent.tp++
					} else {
						ent.fp++
						msgs = append(msgs, "entity FP "+e)
					}
				}
				for e := range gs {
					if !ps[e] {
						ent.fn++
						msgs = append(msgs, "entity FN "+e)
					}
				}
				// Amounts: value within 0.5%, same currency, same deal when gold names one.
				used := make([]bool, len(got.Amounts))
				for _, ga := range g.Gold.Amounts {
					hit := false
					for i, pa := range got.Amounts {
						if used[i] || pa.Currency != ga.Currency || math.Abs(pa.Value-ga.Value) > 0.005*math.Abs(ga.Value) {
							continue
						}
						if ga.Deal != "" && pa.Deal != ga.Deal {
							continue
						}
						used[i], hit = true, true
						break
					}
					if hit {
						amt.tp++
					} else {
						amt.fn++
						msgs = append(msgs, fmt.Sprintf("amount FN %g %s %s", ga.Value, ga.Currency, ga.Deal))
					}
				}
				for i, u := range used {
					if !u {
						amt.fp++
						msgs = append(msgs, fmt.Sprintf("amount FP %g %s %s %q", got.Amounts[i].Value, got.Amounts[i].Currency, got.Amounts[i].Deal, got.Amounts[i].Text))
					}
				}
				// Hostile directed pairs.
				gh := map[[2]string]bool{}
				for _, s := range g.Gold.Stances {
					if s.Polarity == pipeline.Hostile {
						gh[[2]string{s.Source, s.Target}] = true
					}
				}
				ph := map[[2]string]bool{}
				for _, s := range got.Stances {
					if s.Polarity == pipeline.Hostile {
						ph[[2]string{s.Source, s.Target}] = true
					}
				}
				for p := range ph {
					if gh[p] {
						hos.tp++
					} else {
						hos.fp++
						msgs = append(msgs, "hostile FP "+p[0]+"→"+p[1])
					}
				}
				for p := range gh {
					if !ph[p] {
						hos.fn++
						msgs = append(msgs, "hostile FN "+p[0]+"→"+p[1])
					}
				}
				if got.Feud == g.Gold.Feud {
					feudOK++
				} else {
					msgs = append(msgs, fmt.Sprintf("feud got %v", got.Feud))
				}
				if detail && len(msgs) > 0 {
					sort.Strings(msgs)
					t.Logf("%s %s: %s", g.ID, g.Note, strings.Join(msgs, "; "))
				}
			}
			if err := sc.Err(); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			if n == 0 {
				t.Fatalf("%s: no stories", path)
			}
			// The bars gate both sets. The held-out set is never tuned on:
			// only its totals are printed (no per-story detail), so a miss
			// there says the engine does not generalise, not which story to fix.
			miss := t.Errorf
			report := func(task string, p prf, bar float64) {
				pr, rc, f1 := p.scores()
				t.Logf("%-8s %-16s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, task, pr, rc, f1, p.tp, p.fp, p.fn)
				if f1 < bar {
					miss("%s: %s F1 %.3f is under %.2f", name, task, f1, bar)
				}
			}
			t.Logf("%s: %d stories", name, n)
			report("entity", ent, 0.97)
			report("amount", amt, 0.95)
			report("hostile-pair", hos, 0.85)
			acc := float64(feudOK) / float64(n)
			t.Logf("%-8s %-16s accuracy=%.3f (%d/%d)", name, "feud", acc, feudOK, n)
			if acc < 0.93 {
				miss("%s: feud accuracy %.3f is under 0.93", name, acc)
			}
		})
	}
}
