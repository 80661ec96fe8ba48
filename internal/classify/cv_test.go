package classify

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// TestCrossValidation trains on four fifths of the training text and
// reads the fifth, five times: the figure to tune on (the held-out set is
// not). KHABAR_CV=1 runs it; it asserts only that the models learn
// something (better than the largest class).
func TestCrossValidation(t *testing.T) {
	if os.Getenv("KHABAR_CV") == "" {
		t.Skip("KHABAR_CV=1 runs the cross-validation")
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "train", "*.jsonl"))
	sort.Strings(files)
	var docs []Doc
	for _, f := range files {
		docs = append(docs, readDocs(t, f)...)
	}
	const k = 5
	var langRight, langN, topRight, topN int
	langWrong, topWrong := map[[2]string]int{}, map[[2]string]int{}
	for fold := range k {
		var train, test []Doc
		for i, d := range docs {
			if i%k == fold {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		m, err := Train(train)
		if err != nil {
			t.Fatal(err)
		}
		c, err := FromModels(m)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range test {
			langN++
			if got, _ := c.Language(d.Title, d.Body); got == d.Language {
				langRight++
			} else {
				langWrong[[2]string{d.Language, got}]++
			}
			if d.Topic == "" || d.Language != LangHindi {
				continue
			}
			topN++
			if got := c.Topic(TopicInput{Title: d.Title, Body: d.Body, FeedCategory: d.FeedCategory}); got.Topic == d.Topic {
				topRight++
			} else {
				topWrong[[2]string{d.Topic, got.Topic}]++
			}
		}
	}
	t.Logf("cross-validation: language %.3f (%d/%d), topic %.3f (%d/%d)",
		float64(langRight)/float64(langN), langRight, langN, float64(topRight)/float64(max(topN, 1)), topRight, topN)
	confusion(t, langWrong)
	confusion(t, topWrong)
	if topN > 0 && float64(topRight)/float64(topN) < 1.0/float64(len(topicClasses))*2 {
		t.Errorf("topic cross-validation %.3f: the model learns next to nothing", float64(topRight)/float64(topN))
	}
}
