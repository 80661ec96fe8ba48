package bleve

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// langRec is a record as the work stage publishes it: the story's category
// is its own topic, its language the one it is written in, the feed's
// category kept as feed_category.
func langRec(id, lang, topic, topic2, feedCat, title string, d int) pipeline.Record {
	r := rec(id, title, title, day(d), false, "नमूना")
	r.Story.Language, r.Story.Category = lang, topic
	r.Analysis.Language, r.Analysis.LanguageScore = lang, 0.9
	r.Analysis.Topic, r.Analysis.Topic2, r.Analysis.FeedCategory = topic, topic2, feedCat
	r.Analysis.Topics = map[string]float64{topic: 0.8}
	return r
}

// Stories written for this test, in the languages the classifier tells apart.
func languageFixture(t *testing.T) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	recs := []pipeline.Record{
		langRec("hi1", "hi", "politics", "", "politics", "संसद में नए विधेयक पर लंबी बहस हुई", 1),
		langRec("hi2", "hi", "tech", "politics", "politics", "सरकार और एआई कंपनी के बीच नया करार", 2),
		langRec("hi3", "hi", "sports", "", "tech", "कप्तान ने आखिरी ओवर में मैच जिताया", 3),
		langRec("mr1", "mr", "politics", "", "politics", "विधानसभेत आज अर्थसंकल्पावर चर्चा झाली", 4),
		langRec("en1", "en", "tech", "", "tech", "Chip maker opens a new design centre in Pune", 5),
		langRec("hl1", "hi-Latn", "entertainment", "", "politics", "Nayi film ka trailer aaj release hua", 6),
	}
	if err := ix.WriteRecords(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestSearchByLanguageAndTopic(t *testing.T) {
	ix := languageFixture(t)
	defer ix.Close()
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		q    pipeline.Query
		want []string
	}{
		{"one language", pipeline.Query{Languages: []string{"hi"}}, []string{"hi3", "hi2", "hi1"}},
		{"any of two", pipeline.Query{Languages: []string{"mr", "hi-Latn"}}, []string{"hl1", "mr1"}},
		{"language and topic", pipeline.Query{Languages: []string{"hi"}, Categories: []string{"politics", "tech"}}, []string{"hi2", "hi1"}},
		{"topic is the story's, not the feed's", pipeline.Query{Categories: []string{"sports"}}, []string{"hi3"}},
		{"no such language", pipeline.Query{Languages: []string{"ne"}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(res); fmt.Sprint(got) != fmt.Sprint(tt.want) || res.Total != len(tt.want) {
				t.Errorf("got %d %v, want %v", res.Total, got, tt.want)
			}
		})
	}
	res, err := ix.Search(ctx, pipeline.Query{Categories: []string{"politics", "tech"}, Facets: []string{pipeline.FacetLanguage, pipeline.FacetCategory}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]pipeline.FacetCount{
		pipeline.FacetLanguage: {{Value: "hi", Count: 2}, {Value: "en", Count: 1}, {Value: "mr", Count: 1}},
		pipeline.FacetCategory: {{Value: "politics", Count: 2}, {Value: "tech", Count: 2}},
	}
	if !reflect.DeepEqual(res.Facets, want) {
		t.Errorf("facets %+v, want %+v", res.Facets, want)
	}
	// The stored record keeps the analysis' language and topic fields.
	r, ok, err := ix.Story(ctx, "hi2")
	if err != nil || !ok {
		t.Fatalf("story hi2: %v %v", ok, err)
	}
	if a := r.Analysis; a.Topic != "tech" || a.Topic2 != "politics" || a.FeedCategory != "politics" || a.Language != "hi" || a.LanguageScore != 0.9 {
		t.Errorf("stored analysis %+v", a)
	}
}
