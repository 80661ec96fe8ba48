package elastic

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/pipeline"
)

// TestSameAnswersAsEmbedded writes the same records to the embedded Bleve
// index and to Elasticsearch and checks that the same queries return the
// same stories, so users can switch sinks without relearning.
func TestSameAnswersAsEmbedded(t *testing.T) {
	cfg := testConfig(t)
	es, _ := newTestSink(t, cfg)
	bl, err := bleve.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer bl.Close()
	ctx := context.Background()
	recs := loadFixtures(t)
	for _, s := range []pipeline.Sink{es, bl} {
		if err := s.WriteRecords(ctx, recs); err != nil {
			t.Fatal(err)
		}
	}
	_ = es.Refresh(ctx)
	yes, no := true, false
	day := func(d string) time.Time { tm, _ := time.Parse("2006-01-02", d); return tm }
	queries := map[string]pipeline.Query{
		"inflected":         {Text: "बैठकों", Sort: pipeline.SortNewest},
		"inflected 2":       {Text: "आलोचनाओं", Sort: pipeline.SortNewest},
		"name":              {Text: "मस्क", Sort: pipeline.SortNewest},
		"entity":            {Entities: []string{"openai"}},
		"two entities":      {Entities: []string{"elon-musk", "donald-trump"}},
		"feud":              {Feud: &yes},
		"not feud":          {Feud: &no},
		"date range":        {From: day("2025-01-22"), To: day("2025-03-01")},
		"text entity range": {Text: "मस्क", Entities: []string{"elon-musk"}, From: day("2025-02-01"), Sort: pipeline.SortNewest},
		"size and offset":   {Size: 2, Offset: 1},
		"nothing":           {Text: "क्रिकेट"},
		"unknown entity":    {Entities: []string{"nobody"}},
	}
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			a, err := es.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			b, err := bl.Search(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			ids := func(r pipeline.SearchResult) []string {
				var out []string
				for _, h := range r.Hits {
					out = append(out, h.ID)
				}
				return out
			}
			if a.Total != b.Total || !slices.Equal(ids(a), ids(b)) {
				t.Errorf("elasticsearch %d %v, bleve %d %v", a.Total, ids(a), b.Total, ids(b))
			}
		})
	}
}
