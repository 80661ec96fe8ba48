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
	causes := map[string]map[string]int{}
	for _, grp := range strings.Split(only, ",") {
		eachGoldStory(t, grp+"*.jsonl", func(path string, g goldStory) {
			if goldGroup(strings.TrimSuffix(filepath.Base(path), ".jsonl")) != grp {
				return
			}
			if causes[grp] == nil {
				causes[grp] = map[string]int{}
			}
			for _, c := range storyCauses(a, &g) {
				causes[grp][c]++
			}
		})
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

// eachGoldStory calls fn with every story of the gold files matching
// glob under testdata/gold, in file order, and the file's path; a line
// that does not parse fails the test, naming the file.
func eachGoldStory(t testing.TB, glob string, fn func(path string, g goldStory)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "gold", glob))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	for _, path := range files {
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
			fn(path, g)
		}
		err = in.Err()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
}

type causePair struct{ src, dst, pol string }

// storyCauses names the cause of each missed and each false pair.
func storyCauses(a *Analyzer, g *goldStory) []string {
	got := a.Analyze(g.Story)
	var out []string
	for _, c := range missCauses(a, g, &got) {
		out = append(out, c)
	}
	return append(out, falseCauses(g, &got)...)
}

// missCauses names the cause of each missed gold pair.
func missCauses(a *Analyzer, g *goldStory, got *pipeline.Analysis) map[causePair]string {
	gold := map[causePair]bool{}
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
	out := map[causePair]string{}
	var refs map[sentencePlace]*sentRefs36
	for k := range gold {
		if asserted[k] {
			continue
		}
		pre := "miss " + k.pol + ": "
		opp := oppositePolarity(k.pol)
		wrongTarget := false
		for p := range asserted {
			if p.src == k.src && p.pol == k.pol && !gold[p] {
				wrongTarget = true
			}
		}
		switch {
		case !pents[k.src] || !pents[k.dst]:
			out[k] = pre + "a party not found"
		case moody[k]:
			out[k] = pre + "read with a mood"
		case asserted[causePair{k.src, k.dst, opp}]:
			out[k] = pre + "opposite polarity"
		case asserted[causePair{k.dst, k.src, k.pol}] && gold[causePair{k.dst, k.src, k.pol}]:
			out[k] = pre + "one side of a mutual stance"
		case asserted[causePair{k.dst, k.src, k.pol}]:
			out[k] = pre + "reversed"
		case wrongTarget:
			out[k] = pre + "source aimed elsewhere"
		case len(sharedSentences(g, got.Mentions, k.src, k.dst)) > 0:
			read := false
			for at := range sharedSentences(g, got.Mentions, k.src, k.dst) {
				for _, s := range got.Stances {
					if s.Field != "" && placeOf(g, s.Field, s.Start) == at {
						read = true
					}
				}
			}
			switch {
			case read:
				out[k] = pre + "silent, both named in one sentence, which gave another stance"
			case sharedEntry(a, g, sharedSentences(g, got.Mentions, k.src, k.dst)):
				out[k] = pre + "silent, both named in one sentence, which gave no stance, a frame or evaluative matched there"
			default:
				out[k] = pre + "silent, both named in one sentence, which gave no stance, no lexicon entry matched there"
			}
		default:
			if refs == nil {
				refs = storyRefs36(a, g)
			}
			out[k] = pre + neverNamedCause36(a, refs, k.src, k.dst)
		}
	}
	return out
}

// falseCauses names the cause of each false pair and of a feud mistake.
func falseCauses(g *goldStory, got *pipeline.Analysis) []string {
	gents := map[string]bool{}
	for _, e := range g.Gold.Entities {
		gents[e] = true
	}
	gold := map[causePair]bool{}
	for _, s := range g.Gold.Stances {
		gold[causePair{s.Source, s.Target, s.Polarity}] = true
	}
	asserted := map[causePair]bool{}
	for _, s := range got.Stances {
		if s.Asserted() {
			asserted[causePair{s.Source, s.Target, s.Polarity}] = true
		}
	}
	var out []string
	for k := range asserted {
		if gold[k] {
			continue
		}
		pre := "false " + k.pol + ": "
		opp := oppositePolarity(k.pol)
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

// placeText25 is the text of one sentence place (placeOf's count of
// sentence ends before it).
func placeText25(g *goldStory, at sentencePlace) string {
	text := g.Body
	if at.field == "title" {
		text = g.Title
	}
	n, from := 0, 0
	for i, r := range text {
		if r != '।' && r != '?' && r != '!' && r != '\n' {
			continue
		}
		if n == at.n {
			return text[from:i]
		}
		n++
		from = i + len(string(r))
	}
	if n == at.n {
		return text[from:]
	}
	return ""
}

// sentenceEntries lists the frames and evaluative words the lexicon
// matches in one sentence, as the stance reader's matcher finds them
// (Lexicon.matchAll at each word of the sentence alone).
func sentenceEntries(a *Analyzer, text string) []*entry {
	f := a.prepare("body", text)
	var out []*entry
	for k := range f.words {
		m := a.lex.matchAll(f.words, k)
		for _, kind := range []entryKind{entFrame, entEval} {
			if m[kind].e != nil {
				out = append(out, m[kind].e)
			}
		}
	}
	return out
}

// entryPol is an entry's polarity ("none" for a frame of none).
func entryPol(e *entry) string {
	if e.frame != nil {
		return e.frame.Polarity
	}
	if e.eval != nil {
		return e.eval.Pol
	}
	return "none"
}

// sharedEntry reports whether a frame or an evaluative word with a
// polarity (hostile or supportive; a frame of none such as कहना is in
// most sentences and says nothing here) matches in any of the
// sentences.
func sharedEntry(a *Analyzer, g *goldStory, at map[sentencePlace]bool) bool {
	for p := range at {
		for _, e := range sentenceEntries(a, placeText25(g, p)) {
			if entryPol(e) != "none" {
				return true
			}
		}
	}
	return false
}

// oppositePolarity is the other of hostile and supportive.
func oppositePolarity(pol string) string {
	if pol == pipeline.Hostile {
		return pipeline.Supportive
	}
	return pipeline.Hostile
}
