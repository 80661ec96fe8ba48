package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/internal/classify"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/work"
)

// newTrainCmd is `khabar train`: rebuilds the language and topic models
// shipped in the binary (internal/classify/model) from the training text
// (internal/classify/testdata/train). The same text gives the same bytes.
func newTrainCmd(a *app) *cobra.Command {
	var dataDir, outDir, wlPath string
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Rebuild the language and topic models from the training text",
		Long: `Reads every *.jsonl file under --data (one story per line:
{"id","title","body","language","topic","feed_category"}), finds the tracked
entities each story names (their types are topic features), trains the
models and writes internal/classify/model/{language-deva,language-latin,topic}.json.
Rebuild the binary afterwards: the models are embedded in it.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if wlPath == "" {
				wlPath = a.watchlistPath()
			}
			wl, err := loadWatchlist(wlPath)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			docs, err := readTrainingDocs(dataDir, wl)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			m, err := classify.Train(docs)
			if err != nil {
				return err
			}
			for name, data := range map[string][]byte{"language-deva.json": m.LanguageDeva, "language-latin.json": m.LanguageLatin, "topic.json": m.Topic} {
				if err := os.WriteFile(filepath.Join(outDir, name), append(data, '\n'), 0o644); err != nil {
					return fmt.Errorf("train: %w", err)
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "trained on %d texts; models written to %s\n", len(docs), outDir)
			return nil
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", filepath.Join("internal", "classify", "testdata", "train"), "folder of training JSON Lines files")
	cmd.Flags().StringVar(&outDir, "out", filepath.Join("internal", "classify", "model"), "folder the models are written to")
	cmd.Flags().StringVar(&wlPath, "watchlist", "", "watchlist whose entity types are topic features (default: the configured one)")
	return cmd
}

// readTrainingDocs reads every *.jsonl under dir in name order and fills
// each doc's entity types from the watchlist's matcher.
func readTrainingDocs(dir string, wl *watchlist.Watchlist) ([]classify.Doc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("train: no *.jsonl under %s", dir)
	}
	sort.Strings(files)
	an, err := work.New(wl)
	if err != nil {
		return nil, err
	}
	var docs []classify.Doc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for line := 1; sc.Scan(); line++ {
			if len(bytes.TrimSpace(sc.Bytes())) == 0 {
				continue
			}
			var d classify.Doc
			dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&d); err != nil {
				return nil, fmt.Errorf("train: %s:%d: %w", f, line, err)
			}
			d.EntityTypes = entityTypes(an, wl, d)
			docs = append(docs, d)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("train: %s: %w", f, err)
		}
	}
	return docs, nil
}

// entityTypes are the distinct types of the tracked entities d names.
func entityTypes(an *work.Analyzer, wl *watchlist.Watchlist, d classify.Doc) []string {
	res := an.Analyze(pipeline.Story{ID: d.ID, Title: d.Title, Body: d.Body})
	seen := map[string]bool{}
	var out []string
	for _, id := range res.Entities {
		if t := wl.Type(id); t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}
