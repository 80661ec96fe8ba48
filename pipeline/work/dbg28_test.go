package work

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestSession28Dump prints every stance (with mood, kind and evidence)
// of the sentences in KHABAR_DBG28 (one story per line, "title || body"),
// for reading a probe by hand. Skipped unless the variable is set.
func TestSession28Dump(t *testing.T) {
	in := os.Getenv("KHABAR_DBG28")
	if in == "" {
		t.Skip("KHABAR_DBG28 not set")
	}
	a := shippedAnalyzer(t)
	for _, line := range strings.Split(in, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		title, body := "", line
		if h, b, ok := strings.Cut(line, " || "); ok {
			title, body = h, b
		}
		got := a.Analyze(pipeline.Story{ID: "dbg", Title: title, Body: body, Published: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)})
		t.Logf("== %s", line)
		t.Logf("   entities %v feud %v", got.Entities, got.Feud)
		for _, s := range got.Stances {
			t.Logf("   %s>%s %s kind=%s mood=%q ev=%q", s.Source, s.Target, s.Polarity, s.Kind, s.Mood, s.Evidence)
		}
	}
}
