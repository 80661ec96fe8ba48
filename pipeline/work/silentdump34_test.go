package work

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// sil34Rec is one sentence as the trace saw it.
type sil34Rec struct {
	field    string
	start    int
	text     string
	occs     []string
	parties  []string
	speakers []string
	why      sil34Why
}

// TestSilent34Dump (KHABAR_SIL34=1, dev only) measures the silent34
// fallback on the dev files: the asserted pairs it adds and removes
// against gold, by cue, and lists the "frame matched but silent"
// misses with their sentence as the engine read it.
func TestSilent34Dump(t *testing.T) {
	if os.Getenv("KHABAR_SIL34") == "" {
		t.Skip("KHABAR_SIL34 not set")
	}
	a := shippedAnalyzer(t)
	var recs []sil34Rec
	a.trace = func(s *sentCtx) {
		_, st, _ := evidence(s.f, &s.sn)
		r := sil34Rec{field: s.f.name, start: st, why: s.sil34Last}
		r.text, _, _ = evidence(s.f, &s.sn)
		for _, o := range s.sil34 {
			m := ""
			if !o.flip {
				m = a.clauseMood(s, &s.cls[o.ci], o.k)
			}
			r.occs = append(r.occs, fmt.Sprintf("%s[%s pol%d ev%v flip%v cl%d/%d mood=%q]", s.w(o.k), o.kind, o.pol, o.eval, o.flip, o.ci, s.cls[o.ci].kind, m))
		}
		for i := range s.chunks {
			c := &s.chunks[i]
			if c.ent >= 0 {
				r.parties = append(r.parties, fmt.Sprintf("%s(mk%d pron%v cl%d poss%v)", a.ents[c.ent].ID, c.mk, c.pron != 0, c.clause, c.possessed))
			}
		}
		recs = append(recs, r)
	}
	type cnt struct{ tpAdd, fpAdd, tpLost, fpLost int }
	byCue := map[string]*cnt{}
	total := map[string]*cnt{}
	var lines []string
	silentClass := 0
	eachGoldStory(t, "dev*.jsonl", func(path string, g goldStory) {
		gold := map[causePair]bool{}
		for _, s := range g.Gold.Stances {
			gold[causePair{s.Source, s.Target, s.Polarity}] = true
		}
		silent34On = false
		recs = recs[:0]
		got0 := a.Analyze(g.Story)
		recs0 := append([]sil34Rec(nil), recs...)
		silent34On = true
		silent34All = os.Getenv("KHABAR_SIL34_ALL") != ""
		recs = recs[:0]
		got1 := a.Analyze(g.Story)
		silent34All = false
		recs1 := append([]sil34Rec(nil), recs...)
		as := func(an pipeline.Analysis) map[causePair]bool {
			m := map[causePair]bool{}
			for _, s := range an.Stances {
				if s.Asserted() {
					m[causePair{s.Source, s.Target, s.Polarity}] = true
				}
			}
			return m
		}
		a0, a1 := as(got0), as(got1)
		cueOf := map[causePair]string{}
		for _, r := range recs1 {
			if r.why.fired {
				k := causePair{a.ents[r.why.src].ID, a.ents[r.why.tgt].ID, pipeline.Supportive}
				if r.why.pol < 0 {
					k.pol = pipeline.Hostile
				}
				cue := r.why.cue
				if r.why.mood != "" {
					cue += "/mood"
				}
				cueOf[k] = cue
				mark := "?"
				switch {
				case r.why.mood != "":
					mark = "MOOD"
				case a0[k]:
					mark = "dup"
				case gold[k]:
					mark = "TP"
				default:
					mark = "FP"
				}
				w := r.why
				lines = append(lines, fmt.Sprintf("FIRE %s %s %s>%s %s cue=%s kind=%s read=%v srcMk=%d tgtMk=%d tgtPoss=%v tgtCl=%v srcCl=%v tgtOK=%v dist=%d nfr=%d field=%s | %s | occ %v | parties %v", mark, g.ID, k.src, k.dst, k.pol, w.cue, w.kind, w.read, w.srcMk, w.tgtMk, w.tgtPoss, w.tgtCl, w.srcCl, w.tgtOK, w.dist, w.nFrames, r.field, r.text, r.occs, r.parties))
			}
		}
		for k := range a1 {
			if a0[k] {
				continue
			}
			c := cueOf[k]
			if c == "" {
				c = "(knock-on)"
			}
			if byCue[c] == nil {
				byCue[c] = &cnt{}
			}
			if total[k.pol] == nil {
				total[k.pol] = &cnt{}
			}
			if gold[k] {
				byCue[c].tpAdd++
				total[k.pol].tpAdd++
			} else {
				byCue[c].fpAdd++
				total[k.pol].fpAdd++
			}
		}
		for k := range a0 {
			if a1[k] {
				continue
			}
			if total[k.pol] == nil {
				total[k.pol] = &cnt{}
			}
			if gold[k] {
				total[k.pol].tpLost++
			} else {
				total[k.pol].fpLost++
			}
			lines = append(lines, fmt.Sprintf("LOST %s %s>%s %s", g.ID, k.src, k.dst, k.pol))
		}
		// The silent class at the base (fallback off).
		if os.Getenv("KHABAR_SIL34_MISSES") == "" {
			return
		}
		a.trace = nil
		silent34On = false
		mc := missCauses(a, &g, &got0)
		silent34On = true
		a.trace = func(s *sentCtx) {} // replaced below
		for k, c := range mc {
			if !strings.Contains(c, "a frame or evaluative matched there") {
				continue
			}
			silentClass++
			var b strings.Builder
			for p := range sharedSentences(&g, got0.Mentions, k.src, k.dst) {
				for _, r := range recs0 {
					if placeOf(&g, r.field, r.start) == p {
						fmt.Fprintf(&b, "\n    [%s] %s\n      occ %v\n      parties %v", r.field, r.text, r.occs, r.parties)
					}
				}
			}
			lines = append(lines, fmt.Sprintf("MISS %s %s>%s %s%s", g.ID, k.src, k.dst, k.pol, b.String()))
		}
		a.trace = func(s *sentCtx) {
			_, st, _ := evidence(s.f, &s.sn)
			r := sil34Rec{field: s.f.name, start: st, why: s.sil34Last}
			r.text, _, _ = evidence(s.f, &s.sn)
			for _, o := range s.sil34 {
				m := ""
				if !o.flip {
					m = a.clauseMood(s, &s.cls[o.ci], o.k)
				}
				r.occs = append(r.occs, fmt.Sprintf("%s[%s pol%d ev%v flip%v cl%d/%d mood=%q]", s.w(o.k), o.kind, o.pol, o.eval, o.flip, o.ci, s.cls[o.ci].kind, m))
			}
			for i := range s.chunks {
				c := &s.chunks[i]
				if c.ent >= 0 {
					r.parties = append(r.parties, fmt.Sprintf("%s(mk%d pron%v cl%d poss%v)", a.ents[c.ent].ID, c.mk, c.pron != 0, c.clause, c.possessed))
				}
			}
			recs = append(recs, r)
		}
	})
	sort.Strings(lines)
	out := strings.Join(lines, "\n")
	if p := os.Getenv("KHABAR_SIL34_OUT"); p != "" {
		if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, pol := range []string{pipeline.Hostile, pipeline.Supportive} {
		if c := total[pol]; c != nil {
			t.Logf("%s: tp +%d fp +%d (lost tp %d, lost fp %d)", pol, c.tpAdd, c.fpAdd, c.tpLost, c.fpLost)
		}
	}
	for _, k := range sortedKeys34(byCue) {
		c := byCue[k]
		t.Logf("cue %s: tp +%d fp +%d", k, c.tpAdd, c.fpAdd)
	}
	t.Logf("silent class (base): %d", silentClass)
}

func sortedKeys34[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
