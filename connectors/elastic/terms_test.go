package elastic

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/pipeline"
)

// withTerms returns recs with the search terms the work stage computes;
// every==2 fills every other record only (a batch mixing new records and
// replays of old ones).
func withTerms(t testing.TB, recs []pipeline.Record, every int) []pipeline.Record {
	t.Helper()
	an, err := searchterms.New(searchterms.Config{})
	if err != nil {
		t.Fatal(err)
	}
	out := slices.Clone(recs)
	for i, r := range out {
		if i%every == 0 {
			out[i].Terms = &pipeline.SearchTerms{Title: an.Terms(r.Story.Title), Body: an.Terms(r.Story.Body)}
		}
	}
	return out
}

// Records carrying the work stage's terms and records without (analysed by
// the sink) give the same answers, with the same scores.
func TestPrecomputedTermsSameAnswers(t *testing.T) {
	ctx := context.Background()
	recs := append(loadFixtures(t), synthetic(40, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))...)
	base, _ := newTestSink(t, testConfig(t))
	if err := base.WriteRecords(ctx, recs); err != nil {
		t.Fatal(err)
	}
	_ = base.Refresh(ctx)
	yes := true
	queries := map[string]pipeline.Query{
		"inflected":   {Text: "बैठकों"},
		"inflected 2": {Text: "आलोचनाओं", Sort: pipeline.SortNewest},
		"name":        {Text: "मस्क"},
		"two words":   {Text: "नई योजना"},
		"text feud":   {Text: "बैठक", Feud: &yes},
		"entity":      {Entities: []string{"elon-musk"}},
	}
	for _, tc := range []struct {
		name  string
		every int
	}{{"all precomputed", 1}, {"mixed batch", 2}} {
		t.Run(tc.name, func(t *testing.T) {
			s, _ := newTestSink(t, testConfig(t))
			if err := s.WriteRecords(ctx, withTerms(t, recs, tc.every)); err != nil {
				t.Fatal(err)
			}
			_ = s.Refresh(ctx)
			for name, q := range queries {
				want, err := base.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				got, err := s.Search(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if want.Total == 0 {
					t.Errorf("%s: the fixtures find nothing; the comparison proves nothing", name)
				}
				if !slices.EqualFunc(got.Hits, want.Hits, func(a, b pipeline.Hit) bool { return a.ID == b.ID && a.Score == b.Score }) || got.Total != want.Total {
					t.Errorf("%s: precomputed %d %v, computed by the sink %d %v", name, got.Total, got.Hits, want.Total, want.Hits)
				}
			}
		})
	}
}

// The sink indexes the terms a record carries rather than analysing its
// text again: a term only in Record.Terms finds the story.
func TestSinkUsesRecordTerms(t *testing.T) {
	ctx := context.Background()
	s, _ := newTestSink(t, testConfig(t))
	an, err := searchterms.New(searchterms.Config{})
	if err != nil {
		t.Fatal(err)
	}
	r := synthetic(1, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))[0]
	r.Terms = &pipeline.SearchTerms{Title: an.Terms(r.Story.Title), Body: an.Terms(r.Story.Body + " त्रिवेणी")}
	if err := s.WriteRecords(ctx, []pipeline.Record{r}); err != nil {
		t.Fatal(err)
	}
	_ = s.Refresh(ctx)
	res, err := s.Search(ctx, pipeline.Query{Text: "त्रिवेणी"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Hits[0].ID != r.Story.ID {
		t.Errorf("search for a term only in Record.Terms: %d %v, want %s", res.Total, res.Hits, r.Story.ID)
	}
}
