package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShippedModelsAreTrainedFromTheTrainingText: `khabar train` on the
// committed training text writes exactly the models embedded in the
// binary — the training is deterministic and nobody changed the text
// without retraining (or the models by hand).
func TestShippedModelsAreTrainedFromTheTrainingText(t *testing.T) {
	root := repoRoot(t)
	out := t.TempDir()
	code, stdout, stderr := run(t, "train",
		"--data", filepath.Join(root, "internal", "classify", "testdata", "train"),
		"--out", out,
		"--watchlist", filepath.Join(root, "deploy", "watchlist.yaml"))
	if code != 0 || !strings.Contains(stdout, "trained on") {
		t.Fatalf("train: exit %d\n%s\n%s", code, stdout, stderr)
	}
	for _, name := range []string{"language-deva.json", "language-latin.json", "topic.json"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(root, "internal", "classify", "model", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: a retrain gives %d bytes that differ from the shipped %d; run `go run ./cmd/khabar train` and commit the models", name, len(got), len(want))
		}
	}
}

// TestTrainNamesTheBadLine: a malformed training line is an error naming
// the file and line, exit 2.
func TestTrainNamesTheBadLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\"id\":\"a\",\"title\":\"ठीक\",\"body\":\"\",\"language\":\"hi\",\"topic\":\"other\"}\n{\"id\":\"b\",\"titel\":\"x\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := run(t, "train", "--data", dir, "--out", t.TempDir(), "--watchlist", filepath.Join(repoRoot(t), "deploy", "watchlist.yaml"))
	if code != 2 || !strings.Contains(stderr, "bad.jsonl:2") {
		t.Fatalf("exit %d, stderr %q; want 2 naming bad.jsonl:2", code, stderr)
	}
}
