package work

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestGoldCauses sorts every disagreement of a gold group into causes
// and prints the counts only (no story, no id), so a held-out or blind
// group can say where the engine fails without anyone reading its items.
// KHABAR_GOLD_CAUSES is a comma list of groups (dev, heldout, contrast,
// blind); unset, the test has nothing to do.
func TestGoldCauses(t *testing.T) {
	only := os.Getenv("KHABAR_GOLD_CAUSES")
	if only == "" {
		t.Skip("KHABAR_GOLD_CAUSES names no group")
	}
	a := shippedAnalyzer(t)
	files, err := filepath.Glob(filepath.Join("testdata", "gold", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	causes := map[string]map[string]int{}
	for _, path := range files {
		grp := goldGroup(strings.TrimSuffix(filepath.Base(path), ".jsonl"))
		if grp == "" || !slices.Contains(strings.Split(only, ","), grp) {
			continue
		}
		if causes[grp] == nil {
			causes[grp] = map[string]int{}
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatalf("gold set: %v", err)
		}
		in := bufio.NewScanner(f)
		in.Buffer(nil, 64<<20)
		for in.Scan() {
			if strings.TrimSpace(in.Text()) == "" {
				continue
			}
			var g goldStory
			if err := json.Unmarshal(in.Bytes(), &g); err != nil {
				f.Close()
				t.Fatalf("%s: %v", path, err)
			}
			for _, c := range storyCauses(a, &g) {
				causes[grp][c]++
			}
		}
		err = in.Err()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	for _, grp := range slices.Sorted(maps.Keys(causes)) {
		keys := slices.Sorted(maps.Keys(causes[grp]))
		var b strings.Builder
		for _, k := range keys {
			b.WriteString("\n  " + k + ": ")
			b.WriteString(strconv.Itoa(causes[grp][k]))
		}
		t.Logf("causes %s:%s", grp, b.String())
	}
}

type causePair struct{ src, dst, pol string }

// storyCauses names the cause of each missed and each false pair.
func storyCauses(a *Analyzer, g *goldStory) []string {
	got := a.Analyze(g.Story)
	gold := map[causePair]bool{}
	gents := map[string]bool{}
	for _, e := range g.Gold.Entities {
		gents[e] = true
	}
	for _, s := range g.Gold.Stances {
		gold[causePair{s.Source, s.Target, s.Polarity}] = true
	}
	asserted, moody := map[causePair]bool{}, map[causePair]bool{}
	for _, s := range got.Stances {
		k := causePair{s.Source, s.Target, s.Polarity}
		if s.Asserted() {
			asserted[k] = true
		} else {
			moody[k] = true
		}
	}
	pents := map[string]bool{}
	for _, e := range got.Entities {
		pents[e] = true
	}
	var out []string
	for k := range gold {
		if asserted[k] {
			continue
		}
		pre := "miss " + k.pol + ": "
		opp := pipeline.Hostile
		if k.pol == pipeline.Hostile {
			opp = pipeline.Supportive
		}
		wrongTarget := false
		for p := range asserted {
			if p.src == k.src && p.pol == k.pol && !gold[p] {
				wrongTarget = true
			}
		}
		switch {
		case !pents[k.src] || !pents[k.dst]:
			out = append(out, pre+"a party not found")
		case moody[k]:
			out = append(out, pre+"read with a mood")
		case asserted[causePair{k.src, k.dst, opp}]:
			out = append(out, pre+"opposite polarity")
		case asserted[causePair{k.dst, k.src, k.pol}] && gold[causePair{k.dst, k.src, k.pol}]:
			out = append(out, pre+"one side of a mutual stance")
		case asserted[causePair{k.dst, k.src, k.pol}]:
			out = append(out, pre+"reversed")
		case wrongTarget:
			out = append(out, pre+"source aimed elsewhere")
		case len(sharedSentences(g, got.Mentions, k.src, k.dst)) > 0:
			read := false
			for at := range sharedSentences(g, got.Mentions, k.src, k.dst) {
				for _, s := range got.Stances {
					if s.Field != "" && placeOf(g, s.Field, s.Start) == at {
						read = true
					}
				}
			}
			if read {
				out = append(out, pre+"silent, both named in one sentence, which gave another stance")
			} else {
				out = append(out, pre+"silent, both named in one sentence, which gave no stance")
			}
		default:
			out = append(out, pre+"silent, never named in one sentence")
		}
	}
	for k := range asserted {
		if gold[k] {
			continue
		}
		pre := "false " + k.pol + ": "
		opp := pipeline.Hostile
		if k.pol == pipeline.Hostile {
			opp = pipeline.Supportive
		}
		switch {
		case !gents[k.src] || !gents[k.dst]:
			out = append(out, pre+"a party not in gold entities")
		case gold[causePair{k.src, k.dst, opp}]:
			out = append(out, pre+"opposite polarity")
		case gold[causePair{k.dst, k.src, k.pol}]:
			out = append(out, pre+"reversed")
		default:
			out = append(out, pre+"no such stance in gold")
		}
	}
	if got.Feud != g.Gold.Feud {
		if got.Feud {
			out = append(out, "feud: false feud")
		} else {
			out = append(out, "feud: missed feud")
		}
	}
	return out
}

// sentencePlace is one sentence of one field: the field and how many
// sentence ends (danda, ?, ! or a line break) come before it.
type sentencePlace struct {
	field string
	n     int
}

func placeOf(g *goldStory, field string, at int) sentencePlace {
	text := g.Body
	if field == "title" {
		text = g.Title
	}
	n := 0
	for i, r := range text {
		if i >= at {
			break
		}
		if r == '।' || r == '?' || r == '!' || r == '\n' {
			n++
		}
	}
	return sentencePlace{field, n}
}

// sharedSentences lists the sentences that name both entities.
func sharedSentences(g *goldStory, ms []pipeline.Mention, x, y string) map[sentencePlace]bool {
	named := map[sentencePlace]map[string]bool{}
	for _, m := range ms {
		if m.Entity != x && m.Entity != y {
			continue
		}
		at := placeOf(g, m.Field, m.Start)
		if named[at] == nil {
			named[at] = map[string]bool{}
		}
		named[at][m.Entity] = true
	}
	both := map[sentencePlace]bool{}
	for at, es := range named {
		if len(es) == 2 {
			both[at] = true
		}
	}
	return both
}
