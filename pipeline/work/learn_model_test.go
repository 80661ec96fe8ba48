package work

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// The learned stance backstop of session 10 (an experiment, not shipped):
// a logistic regression per polarity over the features of an ordered
// pair of tracked entities that grounding finds in one sentence. The
// features are read from the sentence as the rules left it (chunks,
// markers, clauses, moods, lexicon entries) through Analyzer.trace, and
// from the rules' stances of the story. TestLearnFolds (learn_exp_test.go,
// KHABAR_LEARN_EXP=1) trains it on the dev files but two and scores the
// rules with and without it on those two.

// The largest sentence pairFeatures reads.
const (
	maxLearnChunks = 8
	maxLearnTokens = 160
)

// markerName names a marker for features.
var markerName = [nMarkers]string{"bare", "agent", "ko", "par", "se", "gen", "khilaf", "liye", "saath", "prati", "between", "mod", "place", "about", "according"}

var clauseKindName = [...]string{"main", "content", "rel"}

// pairFeatures calls add for every feature of every ordered pair of
// distinct tracked entities with a chunk each in sentence s (pronouns as
// grounding resolved them). The features of a pair are a set: add may be
// called with one twice.
func (a *Analyzer) pairFeatures(s *sentCtx, add func(src, tgt int, feat string)) {
	n := 0
	for i := range s.chunks {
		if s.chunks[i].ent >= 0 {
			n++
		}
	}
	// A sentence too long or too crowded to be one statement (a
	// runaway line, a list) is not read: the cost grows with the
	// square of its names.
	if n < 2 || n > maxLearnChunks || s.sn.b-s.sn.a > maxLearnTokens {
		return
	}
	// How many distinct tracked entities the sentence has: with two the
	// pair is the sentence's; with more the model must tell which.
	var ents []int
	for i := range s.chunks {
		if e := s.chunks[i].ent; e >= 0 && !containsInt(ents, e) {
			ents = append(ents, e)
		}
	}
	nent := "n:2"
	if len(ents) > 2 {
		nent = "n:3+"
	}
	// The sentence's words, bigrams and lexicon entries, once.
	var sent []string
	prev := "^"
	type lx struct {
		k    int
		feat string
	}
	var lxs []lx
	speech := -1
	for k := s.sn.a; k < s.sn.b; k++ {
		if !s.isWord(k) {
			if s.w(k) == "," || s.w(k) == ":" || s.w(k) == "।" {
				prev = s.w(k)
			}
			continue
		}
		w := s.w(k)
		if s.mentionAt(k) {
			w = "<E>"
		}
		sent = append(sent, "w:"+w, "b:"+prev+"_"+w)
		prev = w
		if s.flag(k)&fwSpeech != 0 && speech < 0 {
			speech = k
		}
		for _, kind := range [...]entryKind{entFrame, entEval, entFlip} {
			e, _ := a.matchAt(s, k, kind)
			if e == nil {
				continue
			}
			var f string
			switch kind {
			case entFrame:
				f = "f:" + polName(e.frame.pol) + ":" + e.frame.Kind
			case entEval:
				f = "e:" + polName(e.eval.pol)
			case entFlip:
				f = "x:flip"
			}
			lxs = append(lxs, lx{k, f})
		}
	}
	if s.f.name == "title" {
		sent = append(sent, "title")
	}
	for i := range s.chunks {
		ci := &s.chunks[i]
		if ci.ent < 0 {
			continue
		}
		for j := range s.chunks {
			cj := &s.chunks[j]
			if cj.ent < 0 || cj.ent == ci.ent || a.isDeal[ci.ent] || a.affil[[2]int{ci.ent, cj.ent}] || a.affil[[2]int{cj.ent, ci.ent}] {
				continue
			}
			src, tgt := ci.ent, cj.ent
			f := func(x string) { add(src, tgt, x) }
			for _, x := range sent {
				f(x)
			}
			ms, mt := markerName[ci.mk], markerName[cj.mk]
			ord := "st"
			lo, hi := ci, cj
			if cj.tok < ci.tok {
				ord, lo, hi = "ts", cj, ci
			}
			f("ms:" + ms)
			f("mt:" + mt)
			f("mm:" + ms + "|" + mt)
			f("mo:" + ms + "|" + mt + "|" + ord)
			f("o:" + ord)
			f(nent)
			f(nent + "|" + ms + "|" + mt + "|" + ord)
			// Another tracked name between the two; the source the
			// first name of its clause.
			for k := range s.chunks {
				if c := &s.chunks[k]; c.ent >= 0 && c.ent != src && c.ent != tgt && c.tok > lo.tok && c.tok < hi.tok {
					f("mid:ent")
					break
				}
			}
			firstInCl := true
			for k := range s.chunks {
				if c := &s.chunks[k]; c.ent >= 0 && c.clause == ci.clause && c.tok < ci.tok {
					firstInCl = false
				}
			}
			if firstInCl {
				f("src:first")
			}
			f("ts:" + a.ents[src].Type)
			f("tt:" + a.ents[tgt].Type)
			f("ty:" + a.ents[src].Type + "|" + a.ents[tgt].Type + "|" + ms + "|" + mt)
			clS, clT := &s.cls[ci.clause], &s.cls[cj.clause]
			if ci.clause == cj.clause {
				f("cl:same")
			} else {
				f("cl:diff")
				if clT.parent == ci.clause {
					f("cl:tgtInSrcChild")
				}
			}
			f("ck:" + clauseKindName[clS.kind] + "|" + clauseKindName[clT.kind])
			if clS.quoted {
				f("q:src")
			}
			if clT.quoted {
				f("q:tgt")
			}
			f("md:" + clS.mood + "|" + clT.mood)
			if ci.pron != 0 {
				f("p:src")
			}
			if cj.pron != 0 {
				f("p:tgt")
			}
			if ci.group == cj.group && ci.group != 0 {
				f("grp")
			}
			if ci.recip || cj.recip {
				f("recip")
			}
			if speech > ci.tok {
				f("spk:afterSrc")
			}
			// The words between the two and just after the target's
			// postposition.
			for k := lo.end; k < hi.tok && k < lo.end+12; k++ {
				if s.isWord(k) && !s.mentionAt(k) {
					f("bw:" + s.w(k))
				}
			}
			for k, m := cj.at+1, 0; k < s.sn.b && m < 3; k++ {
				if s.isWord(k) {
					f("at:" + s.w(k))
					m++
				}
			}
			for _, o := range lxs {
				reg := "after"
				switch {
				case o.k < lo.tok:
					reg = "before"
				case o.k < hi.tok:
					reg = "between"
				}
				f(o.feat)
				f(o.feat + "@" + reg)
				f(o.feat + "@" + mt)
				f(o.feat + "@s:" + ms)
				f(o.feat + "@" + ms + "|" + mt + "|" + reg)
				if cid := int(s.cid[o.k-s.sn.a]); cid == cj.clause {
					f(o.feat + "@tgtcl")
				}
			}
		}
	}
}

func polName(p int8) string {
	switch {
	case p > 0:
		return "sup"
	case p < 0:
		return "hos"
	}
	return "none"
}

// stanceModel is a logistic regression per polarity (0 hostile, 1
// supportive) over a pair's feature set.
type stanceModel struct {
	w    map[string][2]float64
	bias [2]float64
	// thr: a pair whose probability reaches it is taken.
	thr [2]float64
}

// prob is the model's probability of each polarity for a feature set.
func (m *stanceModel) prob(feats []string) [2]float64 {
	z := m.bias
	for _, f := range feats {
		if w, ok := m.w[f]; ok {
			z[0] += w[0]
			z[1] += w[1]
		}
	}
	return [2]float64{sigmoid(z[0]), sigmoid(z[1])}
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// learnExample is one ordered pair of a story: its features (sorted,
// distinct) and its gold labels.
type learnExample struct {
	feats []string
	y     [2]bool
}

// trainStanceModel fits the model deterministically: features seen in
// fewer than minCount examples are dropped; then epochs of AdaGrad over
// the examples in their given order, L2 penalty l2.
func trainStanceModel(ex []learnExample, minCount, epochs int, l2, rate float64) *stanceModel {
	count := map[string]int{}
	for _, e := range ex {
		for _, f := range e.feats {
			count[f]++
		}
	}
	names := make([]string, 0, len(count))
	for f, c := range count {
		if c >= minCount {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	idx := make(map[string]int, len(names))
	for i, f := range names {
		idx[f] = i
	}
	xs := make([][]int32, len(ex))
	for i, e := range ex {
		for _, f := range e.feats {
			if j, ok := idx[f]; ok {
				xs[i] = append(xs[i], int32(j))
			}
		}
	}
	m := &stanceModel{w: make(map[string][2]float64, len(names))}
	for p := 0; p < 2; p++ {
		w := make([]float64, len(names))
		g2 := make([]float64, len(names))
		var b, gb float64
		for ep := 0; ep < epochs; ep++ {
			for i, e := range ex {
				z := b
				for _, j := range xs[i] {
					z += w[j]
				}
				y := 0.0
				if e.y[p] {
					y = 1
				}
				g := sigmoid(z) - y
				gb += g * g
				b -= rate * g / math.Sqrt(gb+1e-8)
				for _, j := range xs[i] {
					gj := g + l2*w[j]
					g2[j] += gj * gj
					w[j] -= rate * gj / math.Sqrt(g2[j]+1e-8)
				}
			}
		}
		m.bias[p] = round6(b)
		for i, f := range names {
			x := m.w[f]
			x[p] = round6(w[i])
			m.w[f] = x
		}
	}
	for f, x := range m.w {
		if x[0] == 0 && x[1] == 0 {
			delete(m.w, f)
		}
	}
	return m
}

func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// learnCand is one candidate pair of a story, its features complete.
type learnCand struct {
	pair     [2]int
	feats    []string
	rulesAny bool // the rules gave the pair a stance (any polarity or mood)
}

// learnCands are the story's candidate pairs in order (pairs: the
// features pairFeatures gave them over the story's sentences), each with
// the features of what the rules said around it (rules: the story's
// stances).
func (a *Analyzer) learnCands(pairs map[[2]int]map[string]bool, rules []pipeline.Stance) []learnCand {
	keys := make([][2]int, 0, len(pairs))
	for k := range pairs {
		if !a.isDeal[k[0]] { // a deal takes no stance (emit)
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	out := make([]learnCand, 0, len(keys))
	for _, k := range keys {
		src, tgt := a.ents[k[0]].ID, a.ents[k[1]].ID
		fs := map[string]bool{}
		for f := range pairs[k] {
			fs[f] = true
		}
		c := learnCand{pair: k}
		if len(rules) == 0 {
			fs["r:none"] = true
		}
		for i := range rules {
			x := &rules[i]
			if x.Source == src && x.Target == tgt {
				c.rulesAny = true
			}
			if x.Source == tgt && x.Target == src && x.Asserted() {
				fs["r:rev:"+polName(polSign(x.Polarity))] = true
			}
			si, ti := a.entByID[x.Source], a.entByID[x.Target]
			if x.Target == tgt && (a.affil[[2]int{si, k[0]}] || a.affil[[2]int{k[0], si}]) {
				fs["r:affSrc:"+x.Polarity] = true
			}
			if x.Source == src && (a.affil[[2]int{ti, k[1]}] || a.affil[[2]int{k[1], ti}]) {
				fs["r:affTgt:"+x.Polarity] = true
			}
			if x.Source == src {
				fs["r:srcActs:"+x.Polarity] = true
			}
			if x.Target == tgt {
				fs["r:tgtHit:"+x.Polarity] = true
			}
		}
		c.feats = make([]string, 0, len(fs))
		for f := range fs {
			c.feats = append(c.feats, f)
		}
		sort.Strings(c.feats)
		out = append(out, c)
	}
	return out
}

func polSign(p string) int8 {
	if p == pipeline.Hostile {
		return -1
	}
	return 1
}

// learnRecipe is the training recipe (TestLearnFolds may override it from
// the environment: KHABAR_LEARN_L2, _TARGET, _MINCOUNT, _EPOCHS). target
// is the precision the added stances must keep in a 5-fold
// cross-validation over the training stories for a threshold to be taken.
var learnRecipe = struct {
	minCount, epochs int
	l2, rate, target float64
}{minCount: 3, epochs: 40, l2: 1e-4, rate: 0.1, target: 0.6}

const learnFolds = 5

// learnStory is one gold story read for the backstop.
type learnStory struct {
	file, id string
	gold     [2]map[[2]string]bool // hostile, supportive
	rules    [2]map[[2]string]bool // the rules' asserted pairs
	goldFeud bool
	cands    []learnCand
	pairs    [][2]string // by cand
}

func polIndex(p string) int {
	if p == pipeline.Hostile {
		return 0
	}
	return 1
}

// learnExamples are the candidates of the stories as training examples.
func learnExamples(stories []learnStory) []learnExample {
	var ex []learnExample
	for _, ls := range stories {
		for i, c := range ls.cands {
			ex = append(ex, learnExample{feats: c.feats, y: [2]bool{ls.gold[0][ls.pairs[i]], ls.gold[1][ls.pairs[i]]}})
		}
	}
	return ex
}

// trainLearned trains the backstop on the stories: its thresholds from a
// 5-fold cross-validation over them (story i in fold i mod 5), its
// weights from all of them.
func trainLearned(stories []learnStory) *stanceModel {
	type scored struct {
		p  float64
		ok bool
	}
	var oof [2][]scored
	for fold := range learnFolds {
		var tr, te []learnStory
		for i, ls := range stories {
			if i%learnFolds == fold {
				te = append(te, ls)
			} else {
				tr = append(tr, ls)
			}
		}
		m := trainStanceModel(learnExamples(tr), learnRecipe.minCount, learnRecipe.epochs, learnRecipe.l2, learnRecipe.rate)
		for _, ls := range te {
			for i, c := range ls.cands {
				if c.rulesAny {
					continue
				}
				p := m.prob(c.feats)
				for j := range 2 {
					oof[j] = append(oof[j], scored{p[j], ls.gold[j][ls.pairs[i]]})
				}
			}
		}
	}
	m := trainStanceModel(learnExamples(stories), learnRecipe.minCount, learnRecipe.epochs, learnRecipe.l2, learnRecipe.rate)
	for j := range 2 {
		xs := oof[j]
		sort.SliceStable(xs, func(a, b int) bool { return xs[a].p > xs[b].p })
		// The lowest threshold (≥ 0.5) above which the added stances
		// keep the target precision; none: 1 (a probability never
		// reaches it… nearly: a stance at exactly 1 is taken).
		m.thr[j] = 1.01
		tp := 0
		for i, x := range xs {
			if x.ok {
				tp++
			}
			if i+1 >= 5 && float64(tp) >= learnRecipe.target*float64(i+1) && (i+1 == len(xs) || xs[i+1].p < x.p) && x.p >= 0.5 {
				m.thr[j] = round6(x.p)
			}
		}
	}
	return m
}

// readLearnStories analyses the gold files' stories with the rules and
// collects their candidate pairs (the trace sees each sentence read).
func readLearnStories(t testing.TB, wl *watchlist.Watchlist, files []string) []learnStory {
	t.Helper()
	a, err := New(wl)
	if err != nil {
		t.Fatal(err)
	}
	var pairs map[[2]int]map[string]bool
	a.trace = func(s *sentCtx) {
		a.pairFeatures(s, func(src, tgt int, feat string) {
			k := [2]int{src, tgt}
			if pairs[k] == nil {
				pairs[k] = map[string]bool{}
			}
			pairs[k][feat] = true
		})
	}
	var out []learnStory
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".jsonl")
		for _, line := range strings.Split(string(data), "\n") {
			var g goldStory
			if strings.TrimSpace(line) == "" || json.Unmarshal([]byte(line), &g) != nil {
				continue
			}
			pairs = map[[2]int]map[string]bool{}
			got := a.Analyze(g.Story)
			ls := learnStory{file: name, id: g.ID, goldFeud: g.Gold.Feud, cands: a.learnCands(pairs, got.Stances)}
			for i := range 2 {
				ls.gold[i], ls.rules[i] = map[[2]string]bool{}, map[[2]string]bool{}
			}
			for _, s := range g.Gold.Stances {
				ls.gold[polIndex(s.Polarity)][[2]string{s.Source, s.Target}] = true
			}
			for _, s := range got.Stances {
				if s.Asserted() {
					ls.rules[polIndex(s.Polarity)][[2]string{s.Source, s.Target}] = true
				}
			}
			for _, c := range ls.cands {
				ls.pairs = append(ls.pairs, [2]string{a.ents[c.pair[0]].ID, a.ents[c.pair[1]].ID})
			}
			out = append(out, ls)
		}
	}
	return out
}
