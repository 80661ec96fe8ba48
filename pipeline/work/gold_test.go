package work

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// goldBars are, per set group (all files dev*.jsonl, heldout*.jsonl,
// contrast*.jsonl pooled) and task, the target — issue 10's bars for
// held-out and contrast, issue 3's for dev — and the floor TestGold fails
// under. The layered engine does not reach every target yet; a floor is
// the figure it reached when the engine landed (2026-12-03), rounded down
// by about 0.02, so the test catches a regression while the shortfall
// stays visible: every figure under its target is logged as UNDER TARGET
// and is in the README. Raise a floor when the engine improves; never lower
// one to make a change pass.
// Raised once since (ENGINE-2 recall pass, 2026-12-03): each the new
// figure less about 0.02 (dev hostile 0.817, feud 0.909; held-out hostile
// 0.782, supportive 0.767, feud 0.901; contrast 0.770). Raised again
// (session 3: frames, structure, grounding passes; dev grew to 1,911 with
// the blind-written dev-outlets-c and dev-contrast): dev hostile 0.845,
// supportive 0.810, feud 0.922; held-out hostile 0.810, supportive 0.779,
// feud 0.904; contrast 0.796. Raised again (session 4: SCHEMA conventions,
// frames, structure, grounding passes): dev hostile 0.871, supportive
// 0.853, feud 0.936; held-out hostile 0.842, supportive 0.803, feud 0.923;
// contrast 0.815. Session 5: the dev group grew by 182 blind-written
// stories in the weakest families (dev-outlets-d) and every file was
// relabelled to SCHEMA's eight conventions (blind files included); after
// the session's passes dev hostile 0.863, supportive 0.831, feud 0.933;
// held-out hostile 0.845, supportive 0.791, feud 0.923; contrast 0.827.
// Floors: dev supportive 0.81, held-out hostile 0.825, contrast 0.805.
// Session 6 (dev-outlets-e, 175 supportive-heavy stories written blind,
// joined dev): dev hostile 0.862, supportive 0.829, feud 0.935; held-out
// hostile 0.848, supportive 0.805, feud 0.923; contrast 0.833. Floors:
// held-out hostile 0.835, supportive 0.79; contrast 0.82.
// Session 9 (dev-outlets-h and -i, 300 stories written blind, joined dev
// after being measured): dev hostile 0.873, supportive 0.868, feud 0.947;
// held-out hostile 0.852, supportive 0.835, feud 0.934; contrast 0.846.
// Floors: dev hostile 0.855, supportive 0.845, feud 0.925; held-out
// supportive 0.815, feud 0.915; contrast 0.83.
// Session 10 (dev-outlets-j, -k, -l, -m, 600 stories written blind, joined
// dev after being measured): dev hostile 0.869, supportive 0.889, feud
// 0.946; held-out hostile 0.854, supportive 0.845, feud 0.940; contrast
// 0.846. Floors: dev supportive 0.87, feud 0.93; held-out hostile 0.84,
// supportive 0.83, feud 0.925.
// Session 11 (dev-outlets-n, -o, -p, -q and dev-contrast-b, 900 items
// written blind, joined dev after being measured; they lower the dev
// figures): dev hostile 0.856, supportive 0.882, feud 0.935; held-out
// hostile 0.856, supportive 0.852, feud 0.942; contrast 0.849. Floors: dev
// hostile 0.85 (lowered by the fresh files, not by the engine); held-out
// hostile 0.845, supportive 0.84, feud 0.93; contrast 0.84.
// Sessions 12–13 (dev-outlets-t and dev-contrast-d, 350 items written
// blind, joined dev after being measured): dev hostile 0.881, supportive
// 0.906, feud 0.949; held-out hostile 0.861, supportive 0.868, feud
// 0.945; contrast 0.855. Floors: dev hostile 0.87, supportive 0.89, feud
// 0.94; held-out hostile 0.85, supportive 0.855, feud 0.935; contrast
// 0.845.
// Session 14 (dev-outlets-u, -v and dev-contrast-e, -f, 700 items written
// blind, joined dev after being measured): dev hostile 0.891, supportive
// 0.904, feud 0.950; held-out hostile 0.861, supportive 0.868, feud
// 0.945; contrast 0.857. Floors: dev hostile 0.88; contrast 0.85.
// Session 15 (dev-outlets-w, -x and dev-contrast-g, -h, 700 items written
// blind, joined dev after being measured; six branches): dev hostile
// 0.901, supportive 0.912, feud 0.956; held-out hostile 0.874, supportive
// 0.865, feud 0.956; contrast 0.861. Floors: dev hostile 0.89, supportive
// 0.90, feud 0.945; held-out hostile 0.86, feud 0.945.
// Session 18 (dev-outlets-ac, -ad and dev-contrast-l, -m, 500 items
// written blind, joined dev after being measured): dev hostile 0.905,
// supportive 0.917, feud 0.958; held-out hostile 0.872, supportive
// 0.884, feud 0.956; contrast 0.864. Floors: dev hostile 0.90; held-out
// supportive 0.875.
// Session 23: a fourth group, blind*.jsonl (400 items by four writers who
// read only SCHEMA.md and the watchlist), scored like the held-out —
// totals only — but meant to be scored on every branch, and to stay blind
// instead of joining dev. Its bars are the held-out's targets (its
// contrast items the contrast target); floors are its figures at the
// session's start (engine of 8065653: hostile 0.862, supportive 0.910,
// feud 0.925, contrast 0.821) less about 0.02.
var goldBars = []struct {
	group, task   string
	target, floor float64
}{
	{"dev", "entity", 0.97, 0.97},
	{"dev", "amount", 0.95, 0.95},
	{"dev", "hostile", 0.85, 0.90},
	{"dev", "supportive", 0.85, 0.91},
	{"dev", "feud", 0.93, 0.95},
	{"heldout", "entity", 0.98, 0.98},
	{"heldout", "hostile", 0.90, 0.86},
	{"heldout", "supportive", 0.85, 0.875},
	{"heldout", "feud", 0.95, 0.945},
	{"contrast", "accuracy", 0.90, 0.855},
	{"blind", "entity", 0.98, 0.97},
	{"blind", "hostile", 0.90, 0.84},
	{"blind", "supportive", 0.85, 0.89},
	{"blind", "feud", 0.95, 0.90},
	{"blind", "accuracy", 0.90, 0.80},
}

// goldStory is one annotated line of testdata/gold/*.jsonl.
type goldStory struct {
	pipeline.Story
	Note   string `json:"note"`
	Pair   string `json:"pair"`
	Family string `json:"family"`
	Gold   struct {
		Entities []string `json:"entities"`
		// Amounts is nil when the story does not annotate amounts.
		Amounts *[]struct {
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

func (p *prf) add(q prf) { p.tp += q.tp; p.fp += q.fp; p.fn += q.fn }

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

// goldScore is the tally of one file or group.
type goldScore struct {
	n                                   int
	entity, amount, hostile, supportive prf
	feudOK                              int
	contrastOK, contrastN               int
	familyOK, familyN                   map[string]int
	amountStories                       int
}

func newGoldScore() *goldScore {
	return &goldScore{familyOK: map[string]int{}, familyN: map[string]int{}}
}

func (g *goldScore) add(o *goldScore) {
	g.n += o.n
	g.entity.add(o.entity)
	g.amount.add(o.amount)
	g.hostile.add(o.hostile)
	g.supportive.add(o.supportive)
	g.feudOK += o.feudOK
	g.contrastOK += o.contrastOK
	g.contrastN += o.contrastN
	g.amountStories += o.amountStories
	for k, v := range o.familyOK {
		g.familyOK[k] += v
	}
	for k, v := range o.familyN {
		g.familyN[k] += v
	}
}

// devGold is every story of the dev gold files (dev*.jsonl; the blind
// sets are never opened), in file order; lines that do not parse are
// left out (TestGold reports them).
func devGold(t testing.TB) []goldStory {
	t.Helper()
	return goldStoriesIn(t, "dev*.jsonl")
}

// goldStoriesIn is every story of the gold files matching glob under
// testdata/gold, in file order; lines that do not parse are left out.
func goldStoriesIn(t testing.TB, glob string) []goldStory {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "gold", glob))
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files %s: %v", glob, err)
	}
	var out []goldStory
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			var g goldStory
			if strings.TrimSpace(line) != "" && json.Unmarshal([]byte(line), &g) == nil {
				out = append(out, g)
			}
		}
	}
	return out
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
	if out := os.Getenv("KHABAR_ROWS_OUT"); out != "" {
		recordRows(t, a, out)
	}
	return a
}

// pairSet scores a directed pair set: gold against predicted.
func pairSet(gold, got map[[2]string]bool, label string, msgs *[]string) prf {
	var p prf
	for k := range got {
		if gold[k] {
			p.tp++
		} else {
			p.fp++
			*msgs = append(*msgs, label+" FP "+k[0]+"→"+k[1])
		}
	}
	for k := range gold {
		if !got[k] {
			p.fn++
			*msgs = append(*msgs, label+" FN "+k[0]+"→"+k[1])
		}
	}
	return p
}

// scoreStory scores one story and returns what disagrees.
func scoreStory(a *Analyzer, g *goldStory, sc *goldScore) []string {
	var msgs []string
	got := a.Analyze(g.Story)
	sc.n++
	gs := map[string]bool{}
	for _, e := range g.Gold.Entities {
		gs[e] = true
	}
	ps := map[string]bool{}
	for _, e := range got.Entities {
		ps[e] = true
		if gs[e] {
			sc.entity.tp++
		} else {
			sc.entity.fp++
			msgs = append(msgs, "entity FP "+e)
		}
	}
	for e := range gs {
		if !ps[e] {
			sc.entity.fn++
			msgs = append(msgs, "entity FN "+e)
		}
	}
	if g.Gold.Amounts != nil {
		sc.amountStories++
		used := make([]bool, len(got.Amounts))
		for _, ga := range *g.Gold.Amounts {
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
				sc.amount.tp++
			} else {
				sc.amount.fn++
				msgs = append(msgs, fmt.Sprintf("amount FN %g %s %s", ga.Value, ga.Currency, ga.Deal))
			}
		}
		for i, u := range used {
			if !u {
				sc.amount.fp++
				msgs = append(msgs, fmt.Sprintf("amount FP %g %s %q", got.Amounts[i].Value, got.Amounts[i].Currency, got.Amounts[i].Text))
			}
		}
	}
	gh, gsu := map[[2]string]bool{}, map[[2]string]bool{}
	for _, s := range g.Gold.Stances {
		k := [2]string{s.Source, s.Target}
		if s.Polarity == pipeline.Hostile {
			gh[k] = true
		} else {
			gsu[k] = true
		}
	}
	ph, psu := map[[2]string]bool{}, map[[2]string]bool{}
	for _, s := range got.Stances {
		if !s.Asserted() {
			continue
		}
		k := [2]string{s.Source, s.Target}
		if s.Polarity == pipeline.Hostile {
			ph[k] = true
		} else {
			psu[k] = true
		}
	}
	before := len(msgs)
	sc.hostile.add(pairSet(gh, ph, "hostile", &msgs))
	sc.supportive.add(pairSet(gsu, psu, "supportive", &msgs))
	stancesOK := len(msgs) == before
	feudOK := got.Feud == g.Gold.Feud
	if feudOK {
		sc.feudOK++
	} else {
		msgs = append(msgs, fmt.Sprintf("feud got %v", got.Feud))
	}
	if g.Pair != "" {
		sc.contrastN++
		sc.familyN[g.Family]++
		if stancesOK && feudOK {
			sc.contrastOK++
			sc.familyOK[g.Family]++
		}
	}
	return msgs
}

// goldGroup is the set group of a gold file: dev, heldout, contrast or
// blind.
func goldGroup(name string) string {
	for _, g := range []string{"dev", "heldout", "contrast", "blind"} {
		if strings.HasPrefix(name, g) {
			return g
		}
	}
	return ""
}

// TestGold scores Analyze on every gold file and fails under goldBars.
// Only dev files may be read story by story (KHABAR_GOLD_DETAIL=1 lists
// their disagreements); held-out, contrast and blind files print totals
// only.
// KHABAR_GOLD_SETS=dev (a comma list of groups) restricts the run.
// KHABAR_GOLD_DIR scores the gold files of another directory instead of
// testdata/gold (a writer's unseen file, by totals, before it joins).
func TestGold(t *testing.T) {
	a := shippedAnalyzer(t)
	dir := filepath.Join("testdata", "gold")
	if d := os.Getenv("KHABAR_GOLD_DIR"); d != "" {
		dir = d
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	only := os.Getenv("KHABAR_GOLD_SETS")
	groups := map[string]*goldScore{}
	var order []string
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".jsonl")
		grp := goldGroup(name)
		if grp == "" || only != "" && !slices.Contains(strings.Split(only, ","), grp) {
			continue
		}
		detail := grp == "dev" && os.Getenv("KHABAR_GOLD_DETAIL") != ""
		sc := newGoldScore()
		f, err := os.Open(path)
		if err != nil {
			t.Fatalf("gold set: %v", err)
		}
		in := bufio.NewScanner(f)
		in.Buffer(nil, 64<<20)
		line := 0
		for in.Scan() {
			line++
			if strings.TrimSpace(in.Text()) == "" {
				continue
			}
			var g goldStory
			if err := json.Unmarshal(in.Bytes(), &g); err != nil {
				f.Close()
				t.Fatalf("%s:%d: %v", path, line, err)
			}
			msgs := scoreStory(a, &g, sc)
			if detail && len(msgs) > 0 {
				sort.Strings(msgs)
				t.Logf("%s %s: %s", g.ID, g.Note, strings.Join(msgs, "; "))
			}
		}
		err = in.Err()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if sc.n == 0 {
			t.Fatalf("%s: no stories", path)
		}
		reportGold(t, name, sc)
		if groups[grp] == nil {
			groups[grp] = newGoldScore()
			order = append(order, grp)
		}
		groups[grp].add(sc)
	}
	for _, grp := range order {
		sc := groups[grp]
		reportGold(t, "ALL "+grp, sc)
		for _, b := range goldBars {
			if b.group != grp {
				continue
			}
			v := goldFigure(sc, b.task)
			switch {
			case v < b.floor:
				t.Errorf("%s: %s %.3f is under the floor %.2f (a regression; target %.2f)", grp, b.task, v, b.floor, b.target)
			case v < b.target:
				t.Logf("UNDER TARGET %s: %s %.3f (target %.2f, floor %.2f)", grp, b.task, v, b.target, b.floor)
			}
		}
	}
}

// goldFigure is the barred figure of a task: F1, or accuracy for feud and
// contrast.
func goldFigure(sc *goldScore, task string) float64 {
	switch task {
	case "entity":
		_, _, f := sc.entity.scores()
		return f
	case "amount":
		_, _, f := sc.amount.scores()
		return f
	case "hostile":
		_, _, f := sc.hostile.scores()
		return f
	case "supportive":
		_, _, f := sc.supportive.scores()
		return f
	case "feud":
		return float64(sc.feudOK) / float64(max(sc.n, 1))
	case "accuracy":
		return float64(sc.contrastOK) / float64(max(sc.contrastN, 1))
	}
	return 0
}

func reportGold(t *testing.T, name string, sc *goldScore) {
	t.Helper()
	line := func(task string, p prf) {
		pr, rc, f1 := p.scores()
		t.Logf("%-22s %-11s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name, task, pr, rc, f1, p.tp, p.fp, p.fn)
	}
	t.Logf("%-22s %d stories", name, sc.n)
	line("entity", sc.entity)
	if sc.amountStories > 0 {
		line("amount", sc.amount)
	}
	line("hostile", sc.hostile)
	line("supportive", sc.supportive)
	t.Logf("%-22s %-11s accuracy=%.3f (%d/%d)", name, "feud", goldFigure(sc, "feud"), sc.feudOK, sc.n)
	if sc.contrastN > 0 {
		t.Logf("%-22s %-11s accuracy=%.3f (%d/%d)", name, "contrast", goldFigure(sc, "accuracy"), sc.contrastOK, sc.contrastN)
		fams := make([]string, 0, len(sc.familyN))
		for k := range sc.familyN {
			fams = append(fams, k)
		}
		sort.Strings(fams)
		for _, k := range fams {
			t.Logf("%-22s   %-16s %d/%d", name, k, sc.familyOK[k], sc.familyN[k])
		}
	}
}
