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
			title, body := "", c.text
			if h, b, ok := strings.Cut(c.text, " || "); ok {
				title, body = h, b
			}
			got := referenceStances(a.Analyze(pipeline.Story{ID: "case", Title: title, Body: body, Published: published}))
			want := slices.Clone(c.want)
			if want == nil {
				want = []string{}
			}
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Fatalf("stances %v, want %v", got, want)
			}
		})
	}
}
