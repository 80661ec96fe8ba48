package work

import (
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/coregx/ahocorasick"
	"github.com/khabar/khabar/internal/hindi"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// benchCorpus builds at least minBytes of Hindi news text as stories of
// about 2 KB, shuffled deterministically from testdata/sentences.txt.
func benchCorpus(b *testing.B, minBytes int) []pipeline.Story {
	b.Helper()
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		b.Fatal(err)
	}
	sents := strings.Split(strings.TrimSpace(string(data)), "\n")
	r := rand.New(rand.NewPCG(1, 2))
	var out []pipeline.Story
	total := 0
	for total < minBytes {
		var sb strings.Builder
		for sb.Len() < 2000 {
			sb.WriteString(sents[r.IntN(len(sents))])
			if r.IntN(4) == 0 {
				sb.WriteByte('\n')
			} else {
				sb.WriteByte(' ')
			}
		}
		s := pipeline.Story{ID: fmt.Sprint(len(out)), Title: sents[r.IntN(len(sents))], Body: sb.String()}
		total += len(s.Title) + len(s.Body)
		out = append(out, s)
	}
	return out
}

func corpusBytes(stories []pipeline.Story) int64 {
	n := 0
	for _, s := range stories {
		n += len(s.Title) + len(s.Body)
	}
	return int64(n)
}

// BenchmarkAnalyze is the full work stage over >= 5 MB.
func BenchmarkAnalyze(b *testing.B) {
	a := shippedAnalyzer(b)
	stories := benchCorpus(b, 5<<20)
	n := corpusBytes(stories)
	b.SetBytes(n)
	b.ResetTimer()
	c0 := cpuNow()
	for b.Loop() {
		for _, s := range stories {
			a.Analyze(s)
		}
	}
	cpuRate(b, c0, n)
}

// goldCorpus builds at least minBytes of stories of about 2 KB from the
// dev gold stories (written by us in the outlets' styles): each bench
// story joins consecutive dev stories as paragraphs.
func goldCorpus(b *testing.B, minBytes int) []pipeline.Story {
	b.Helper()
	var src []pipeline.Story
	for _, g := range devGold(b) {
		src = append(src, g.Story)
	}
	var out []pipeline.Story
	total, i := 0, 0
	for total < minBytes {
		s := pipeline.Story{ID: fmt.Sprint(len(out)), Title: src[i%len(src)].Title}
		var sb strings.Builder
		for sb.Len() < 1900 {
			x := src[i%len(src)]
			i++
			if sb.Len() > 0 {
				sb.WriteString("\n")
				sb.WriteString(x.Title)
				sb.WriteString("\n")
			}
			sb.WriteString(x.Body)
		}
		s.Body = sb.String()
		total += len(s.Title) + len(s.Body)
		out = append(out, s)
	}
	return out
}

// BenchmarkAnalyzeGold is the full work stage over >= 5 MB of stories
// made of the dev gold stories (denser in names and stances than the
// sentence corpus).
func BenchmarkAnalyzeGold(b *testing.B) {
	a := shippedAnalyzer(b)
	stories := goldCorpus(b, 5<<20)
	n := corpusBytes(stories)
	b.SetBytes(n)
	b.ResetTimer()
	c0 := cpuNow()
	for b.Loop() {
		for _, s := range stories {
			a.Analyze(s)
		}
	}
	cpuRate(b, c0, n)
}

// BenchmarkAnalyzeLongBody is one long body at growing sizes, in four
// shapes: one sentence with no end (a feed item with no danda or full
// stop: many clauses, names and frames), short sentences, paragraphs with
// pronouns and reported speech, and quotes with their speakers after
// them. A reader that walks the whole sentence or story again per clause,
// stance or quote shows as MB/s falling with the size.
func BenchmarkAnalyzeLongBody(b *testing.B) {
	a := shippedAnalyzer(b)
	shapes := []struct{ name, unit string }{
		{"one-sentence", "मस्क ने ऑल्टमैन पर 500 अरब डॉलर के सौदे को लेकर हमला किया, "},
		{"sentences", "मस्क ने ऑल्टमैन पर 500 अरब डॉलर के सौदे को लेकर हमला किया। "},
		{"paragraphs", "राहुल गांधी ने कहा कि मोदी सरकार अडानी को बचा रही है।\nउन्होंने यह भी कहा कि वह सच छिपा रहे हैं। "},
		{"quotes", "\"वह झूठे हैं,\" ट्रंप ने कहा, \"और मस्क ने उनका साथ दिया\"। "},
	}
	for _, sh := range shapes {
		for _, size := range []int{64 << 10, 1 << 20} {
			body := strings.Repeat(sh.unit, size/len(sh.unit)+1)
			b.Run(fmt.Sprintf("%s/%dKB", sh.name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				c0 := cpuNow()
				for b.Loop() {
					a.Analyze(pipeline.Story{ID: "long", Body: body})
				}
				cpuRate(b, c0, int64(len(body)))
			})
		}
	}
}

// BenchmarkStanceLayers is the stance reader alone (clauses, chunks,
// frames, moods, grounding) over the gold-built corpus: normalisation,
// tokens and mentions are prepared before the timer.
func BenchmarkStanceLayers(b *testing.B) {
	a := shippedAnalyzer(b)
	stories := goldCorpus(b, 5<<20)
	n := corpusBytes(stories)
	type prepared struct {
		fields []*field
		sents  [][]sentence
	}
	pre := make([]prepared, len(stories))
	for i, s := range stories {
		var fs []*field
		for _, fd := range []struct{ name, text string }{{"title", s.Title}, {"body", s.Body}} {
			if fd.text != "" {
				fs = append(fs, a.prepare(fd.name, fd.text))
			}
		}
		a.matcher.ground(fs)
		pre[i].fields = fs
		for _, f := range fs {
			pre[i].sents = append(pre[i].sents, sentences(f))
		}
	}
	b.SetBytes(n)
	b.ResetTimer()
	c0 := cpuNow()
	for b.Loop() {
		for _, p := range pre {
			st := newStoryState()
			rd := &reader{}
			for j, f := range p.fields {
				for _, sn := range p.sents[j] {
					a.readSentence(f, sn, st, rd)
				}
			}
		}
	}
	cpuRate(b, c0, n)
}

// BenchmarkNormalize is normalisation with its offset map alone.
func BenchmarkNormalize(b *testing.B) {
	stories := benchCorpus(b, 5<<20)
	n := corpusBytes(stories)
	b.SetBytes(n)
	c0 := cpuNow()
	for b.Loop() {
		for _, s := range stories {
			hindi.Normalize(s.Body)
			hindi.Normalize(s.Title)
		}
	}
	cpuRate(b, c0, n)
}

// synthetic builds n person entities with invented Devanagari and Latin
// names (given + surname, and the surname alone).
func synthetic(n int) []watchlist.Entity {
	cons := []string{"क", "ग", "च", "ज", "ट", "ड", "त", "द", "प", "ब", "म", "र", "ल", "व", "स", "ह", "न", "श"}
	vow := []string{"", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ"}
	lat := []string{"ka", "ga", "cha", "ja", "ta", "da", "pa", "ba", "ma", "ra", "la", "va", "sa", "ha", "na", "sha"}
	r := rand.New(rand.NewPCG(7, 11))
	word := func(k int) (string, string) {
		var d, l strings.Builder
		for range k {
			c := r.IntN(len(cons))
			d.WriteString(cons[c])
			d.WriteString(vow[r.IntN(len(vow))])
			l.WriteString(lat[c%len(lat)])
		}
		return d.String(), l.String()
	}
	seen := map[string]bool{}
	out := make([]watchlist.Entity, 0, n)
	for len(out) < n {
		g, gl := word(2 + r.IntN(2))
		s, sl := word(3 + r.IntN(2))
		full := g + " " + s
		if seen[watchlist.Key(full)] || seen[watchlist.Key(s)] || seen[watchlist.Key(gl+" "+sl)] {
			continue
		}
		seen[watchlist.Key(full)], seen[watchlist.Key(s)], seen[watchlist.Key(gl+" "+sl)] = true, true, true
		out = append(out, watchlist.Entity{
			ID: fmt.Sprintf("syn-%05d", len(out)), Type: pipeline.TypePerson,
			Names: []string{full}, Aliases: []string{s, gl + " " + sl},
		})
	}
	return out
}

// cpuNow is the process's user+system CPU time. The benchmarks report
// throughput per CPU second ("cpu-MB/s") next to wall-clock MB/s because
// the 2-core build machine is shared: wall time there is inflated by other
// processes, CPU time is not. With -cpu 1 the two agree on an idle machine.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// cpuRate reports bytes per CPU second over the loop.
func cpuRate(b *testing.B, start time.Duration, perOp int64) {
	d := cpuNow() - start
	if d > 0 {
		b.ReportMetric(float64(perOp)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

// heapAfter measures the heap growth caused by build.
func heapAfter(build func()) (time.Duration, float64) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	build()
	d := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	return d, float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc)) / (1 << 20)
}

// normCorpus is the corpus normalised once, so the matcher runs alone.
func normCorpus(stories []pipeline.Story) ([]string, int64) {
	var out []string
	var n int64
	for _, s := range stories {
		out = append(out, hindi.NormalizeString(s.Body))
		n += int64(len(out[len(out)-1]))
	}
	return out, n
}

// aliasesOf returns every normalised alias (and excluded phrase) of ents.
func aliasesOf(ents []watchlist.Entity) []string {
	set := map[string]bool{}
	for _, e := range ents {
		for _, t := range append(e.Terms(), e.Exclude...) {
			if w := aliasWords(t); len(w) > 0 {
				set[strings.Join(w, " ")] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// BenchmarkMatcher compares the mention automaton (token trie) with the
// shipped watchlist and with 10,000 synthetic entities, against one Go
// regexp alternation of all aliases and a byte-level Aho-Corasick
// (coregx/ahocorasick, overlapping matches, no word-boundary check).
func BenchmarkMatcher(b *testing.B) {
	stories := benchCorpus(b, 5<<20)
	texts, n := normCorpus(stories)
	shipped := shippedWatchlist(b).Entities()
	// The synthetic list is added to the shipped one, so the text still
	// has matches to report.
	syn := append(synthetic(10000), shipped...)
	for _, tc := range []struct {
		name string
		ents []watchlist.Entity
	}{{"shipped", shipped}, {"synthetic10k", syn}} {
		b.Run("trie/"+tc.name, func(b *testing.B) {
			var m *Matcher
			d, mb := heapAfter(func() { m = newMatcher(tc.ents) })
			b.SetBytes(n)
			b.ResetTimer()
			c0 := cpuNow()
			for b.Loop() {
				for _, t := range texts {
					m.Count(t)
				}
			}
			cpuRate(b, c0, n)
			b.ReportMetric(float64(d.Microseconds())/1000, "build-ms")
			b.ReportMetric(mb, "build-MB")
			b.ReportMetric(float64(len(m.term)), "nodes")
		})
		b.Run("ahocorasick/"+tc.name, func(b *testing.B) {
			var ac *ahocorasick.Automaton
			d, mb := heapAfter(func() {
				var err error
				ac, err = ahocorasick.NewBuilder().AddStrings(aliasesOf(tc.ents)).Build()
				if err != nil {
					b.Fatal(err)
				}
			})
			bs := make([][]byte, len(texts))
			for i, t := range texts {
				bs[i] = []byte(t)
			}
			b.SetBytes(n)
			b.ResetTimer()
			c0 := cpuNow()
			for b.Loop() {
				for _, t := range bs {
					ac.FindAllOverlapping(t)
				}
			}
			cpuRate(b, c0, n)
			b.ReportMetric(float64(d.Microseconds())/1000, "build-ms")
			b.ReportMetric(mb, "build-MB")
		})
		if tc.name != "shipped" {
			continue // the regexp over 20,000+ aliases takes minutes to run
		}
		b.Run("regexp/"+tc.name, func(b *testing.B) {
			al := aliasesOf(tc.ents)
			for i, s := range al {
				al[i] = regexp.QuoteMeta(s)
			}
			var re *regexp.Regexp
			d, mb := heapAfter(func() { re = regexp.MustCompile(strings.Join(al, "|")) })
			b.SetBytes(n)
			b.ResetTimer()
			c0 := cpuNow()
			for b.Loop() {
				for _, t := range texts {
					re.FindAllStringIndex(t, -1)
				}
			}
			cpuRate(b, c0, n)
			b.ReportMetric(float64(d.Microseconds())/1000, "build-ms")
			b.ReportMetric(mb, "build-MB")
			b.ReportMetric(float64(len(al)), "aliases")
		})
	}
}
