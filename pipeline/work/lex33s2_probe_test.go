package work

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestLex33s2Probe reads testdata/lex33s2_probe.tsv (candidate, polarity
// h/s, source>target, sentence of our own) and prints the candidates the
// engine misses (no stance of that polarity from source to target).
// Session 33 LEXS2 second-harvest probe; skipped unless KHABAR_LEX33S2_PROBE is set.
func TestLex33s2Probe(t *testing.T) {
	if os.Getenv("KHABAR_LEX33S2_PROBE") == "" {
		t.Skip("KHABAR_LEX33S2_PROBE not set")
	}
	raw, err := os.ReadFile("testdata/lex33s2_probe.tsv")
	if err != nil {
		t.Fatal(err)
	}
	a := shippedAnalyzer(t)
	n, missed := 0, 0
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Errorf("bad row %q", line)
			continue
		}
		pol := pipeline.Supportive
		if f[1] == "h" {
			pol = pipeline.Hostile
		}
		src, tgt, _ := strings.Cut(f[2], ">")
		got := a.Analyze(pipeline.Story{ID: "p", Body: f[3], Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)})
		n++
		ok := false
		var seen []string
		for _, s := range got.Stances {
			seen = append(seen, s.Source+">"+s.Target+":"+s.Polarity[:1])
			if s.Asserted() && s.Source == src && s.Target == tgt && s.Polarity == pol {
				ok = true
			}
		}
		if !ok {
			missed++
			t.Logf("MISS %s [%s] got %v :: %s", f[0], f[1], seen, f[3])
		}
	}
	t.Logf("COVERAGE missed %d / %d", missed, n)
}
