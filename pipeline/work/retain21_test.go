package work

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// An analysis handed out must not change when the pooled per-story scratch
// (fields, texts, amounts: session 21) is reused for later stories.
func TestPooledScratchKeepsEarlierAnalyses21(t *testing.T) {
	a := shippedAnalyzer(t)
	f, err := os.Open("testdata/gold/dev-outlets-ag.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in := bufio.NewScanner(f)
	in.Buffer(nil, 1<<24)
	var kept []pipeline.Analysis
	var snap []string
	for in.Scan() {
		var g goldStory
		if err := json.Unmarshal(in.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		an := a.Analyze(pipeline.Story{ID: g.ID, Title: g.Title, Body: g.Body})
		b, err := json.Marshal(an)
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, an)
		snap = append(snap, string(b))
	}
	for i := range kept {
		b, err := json.Marshal(kept[i])
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != snap[i] {
			t.Fatalf("analysis %d changed after later stories", i)
		}
	}
	t.Logf("%d analyses retained unchanged", len(kept))
}
