package work

import (
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestWR38Probe reads the TSV in KHABAR_WR38_PROBE (id, wanted stances
// "a>b:h,c>d:s" or "-", "title || body") and prints the rows whose asserted
// stances differ from the wanted set. Sentences of our own; skipped unless
// the variable is set.
func TestWR38Probe(t *testing.T) {
	path := os.Getenv("KHABAR_WR38_PROBE")
	if path == "" {
		t.Skip("KHABAR_WR38_PROBE not set")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a := shippedAnalyzer(t)
	n, missed := 0, 0
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 {
			t.Errorf("bad row %q", line)
			continue
		}
		var want []string
		if f[1] != "-" {
			want = strings.Split(f[1], ",")
		}
		sort.Strings(want)
		title, body := "", f[2]
		if h, b, ok := strings.Cut(f[2], " || "); ok {
			title, body = h, b
		}
		got := referenceStances(a.Analyze(pipeline.Story{ID: "p", Title: title, Body: body, Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}))
		if want == nil {
			want = []string{}
		}
		n++
		if !slices.Equal(got, want) {
			missed++
			t.Logf("MISS %s want %v got %v", f[0], want, got)
		}
	}
	t.Logf("COVERAGE wrong %d / %d", missed, n)
}
