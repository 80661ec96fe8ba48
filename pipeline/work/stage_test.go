package work

import (
	"context"
	"testing"
	"time"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/pipeline"
)

// The Record published on the analyses topic carries the story's search
// terms when the handler has a terms analyzer, and none without one.
func TestHandlerSearchTerms(t *testing.T) {
	a := shippedAnalyzer(t)
	st, err := searchterms.New(searchterms.Config{})
	if err != nil {
		t.Fatal(err)
	}
	story := pipeline.Story{
		ID: "s1", Title: "नेताओं की बैठकों का दौर", Body: "दोनों कंपनियों ने नई नीतियों पर बात की।",
		Published: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC),
	}
	for _, tc := range []struct {
		name  string
		terms *searchterms.Analyzer
		want  *pipeline.SearchTerms
	}{
		{"with terms", st, &pipeline.SearchTerms{Title: st.Terms(story.Title), Body: st.Terms(story.Body)}},
		{"without", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := pipeline.Encode(story.ID, story)
			if err != nil {
				t.Fatal(err)
			}
			outs, err := Handler(a, tc.terms)(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			var rec pipeline.Record
			found := false
			for _, o := range outs {
				if o.Topic == pipeline.TopicAnalyses {
					found = true
					if err := pipeline.Decode(o.Msg, &rec); err != nil {
						t.Fatal(err)
					}
				}
			}
			if !found {
				t.Fatal("no record on the analyses topic")
			}
			switch {
			case tc.want == nil && rec.Terms != nil:
				t.Errorf("terms %+v, want none", *rec.Terms)
			case tc.want != nil && (rec.Terms == nil || *rec.Terms != *tc.want):
				t.Errorf("terms %+v, want %+v", rec.Terms, *tc.want)
			case tc.want != nil && (tc.want.Title == "" || tc.want.Body == ""):
				t.Errorf("fixture gives empty terms %+v", *tc.want)
			}
		})
	}
}
