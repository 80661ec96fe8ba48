package work

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// stanceCase is one row of a table of sentences and the asserted stances
// they give ("source>target:h|s", sorted by the runner). A text with
// " || " in it is a headline, then a body. An empty name is the text.
type stanceCase struct {
	name, text string
	want       []string
}

// checkStanceCases reads each case's story (published at published)
// through a and compares its asserted stances with the row's.
func checkStanceCases(t *testing.T, a *Analyzer, published time.Time, cases []stanceCase) {
	t.Helper()
	for _, c := range cases {
		name := c.name
		if name == "" {
			name = c.text
		}
		t.Run(name, func(t *testing.T) {
			got, want := caseStances(a, "case", c.text, published, c.want)
			if !slices.Equal(got, want) {
				t.Fatalf("stances %v, want %v", got, want)
			}
		})
	}
}

// caseStances reads text ("title || body", or a body alone) as story id
// published at published and returns its asserted stances and want,
// both sorted ("source>target:h|s"; a nil want is none).
func caseStances(a *Analyzer, id, text string, published time.Time, want []string) (got, sorted []string) {
	title, body := "", text
	if h, b, ok := strings.Cut(text, " || "); ok {
		title, body = h, b
	}
	got = referenceStances(a.Analyze(pipeline.Story{ID: id, Title: title, Body: body, Published: published}))
	sorted = slices.Clone(want)
	if sorted == nil {
		sorted = []string{}
	}
	sort.Strings(sorted)
	return got, sorted
}
