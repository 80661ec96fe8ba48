package work

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// TestFamily22Debug prints every stance (with kind, mood and evidence) of
// KHABAR_F22_TEXT read at KHABAR_F22_DATE; skipped without the text.
func TestFamily22Debug(t *testing.T) {
	text := os.Getenv("KHABAR_F22_TEXT")
	if text == "" {
		t.Skip("no KHABAR_F22_TEXT")
	}
	pub := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	if d := os.Getenv("KHABAR_F22_DATE"); d != "" {
		p, err := time.Parse("2006-01-02", d)
		if err != nil {
			t.Fatal(err)
		}
		pub = p
	}
	a := shippedAnalyzer(t)
	for _, tx := range strings.Split(text, "@@") {
		title, body := "", tx
		if h, b, ok := strings.Cut(tx, " || "); ok {
			title, body = h, b
		}
		an := a.Analyze(pipeline.Story{ID: "dbg", Title: title, Body: body, Published: pub})
		t.Logf("TEXT %s ents=%v", tx, an.Entities)
		for _, s := range an.Stances {
			t.Logf("  %s>%s %s kind=%s mood=%s score=%.2f ev=%q", s.Source, s.Target, s.Polarity, s.Kind, s.Mood, s.Score, s.Evidence)
		}
	}
}
