package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// khabar pairs and khabar pair A B read the tracker's state.db: a list by
// last activity, one pair's state, history and timeline; bad flags are
// usage errors naming the flag.
func TestPairsCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	st, err := boltstore.Open(filepath.Join(data, "state.db"))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := track.New(track.DefaultConfig(), st, nil)
	if err != nil {
		t.Fatal(err)
	}
	base := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)
	for i, s := range []struct{ id, src, a, b, pol string }{
		{"p1", "ek", "elon-musk", "donald-trump", pipeline.Supportive},
		{"p2", "do", "donald-trump", "elon-musk", pipeline.Supportive},
		{"h1", "ek", "elon-musk", "donald-trump", pipeline.Hostile},
		{"h2", "do", "donald-trump", "elon-musk", pipeline.Hostile},
		{"o1", "ek", "sam-altman", "elon-musk", pipeline.Hostile},
	} {
		at := base.AddDate(0, 0, 10*i)
		if _, err := tr.Fold(context.Background(), track.StoryRef{ID: s.id, Published: at, Fetched: at, Source: s.src, Title: "शीर्षक " + s.id},
			[]pipeline.Stance{{Source: s.a, Target: s.b, Polarity: s.pol, Score: 1, Evidence: "वाक्य " + s.id}}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(cfg, []byte("data_dir: "+data+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := execute(context.Background(), append([]string{"--config", cfg}, args...), &out, &errb, func(string) (string, bool) { return "", false })
		return code, out.String() + errb.String()
	}

	code, out := run("pairs", "--json")
	var list track.PairList
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || list.Total != 2 || list.Pairs[0].Pair != [2]string{"elon-musk", "sam-altman"} {
		t.Fatalf("pairs: %d %s", code, out)
	}
	code, out = run("pairs", "--state", "rivals", "--json")
	if json.Unmarshal([]byte(out), &list) != nil || code != 0 || list.Total != 1 || list.Pairs[0].State != track.StateRivals {
		t.Fatalf("pairs --state rivals: %d %s", code, out)
	}
	code, out = run("pair", "trump-nobody", "elon-musk")
	if code != 1 || !strings.Contains(out, "no stances between") {
		t.Fatalf("unknown pair: %d %s", code, out)
	}
	code, out = run("pair", "donald-trump", "elon-musk", "--json")
	var d track.PairDetail
	if code != 0 || json.Unmarshal([]byte(out), &d) != nil || d.State != track.StateRivals || len(d.History) != 2 || d.Timeline.Total != 4 {
		t.Fatalf("pair --json: %d %s", code, out)
	}
	code, out = run("pairs", "--state", "friends")
	if code != 2 || !strings.Contains(out, "--state") {
		t.Fatalf("bad --state: %d %s", code, out)
	}
	// The text view (forced by printing to a buffer through printPair).
	var b bytes.Buffer
	printPair(&b, d)
	for _, want := range []string{"donald-trump × elon-musk: rivals since 2025-05-31", "none → allies", "allies → rivals  [stance-shift]", "timeline (1–4 of 4)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text view lacks %q:\n%s", want, b.String())
		}
	}
	printPairs(io.Discard, list)
}
