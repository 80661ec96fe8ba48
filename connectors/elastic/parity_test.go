package elastic

import (
	"context"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/pipeline"
)

// TestSameAnswersAsEmbedded writes the same records to the embedded Bleve
// index and to Elasticsearch and checks that the same queries return the
// same stories, so users can switch sinks without relearning.
func TestSameAnswersAsEmbedded(t *testing.T) {
	ctx := context.Background()
	recs := loadFixtures(t)
	es, bl := bothSinks(t, recs)
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
			ids := hitIDs
			if a.Total != b.Total || !slices.Equal(ids(a), ids(b)) {
				t.Errorf("elasticsearch %d %v, bleve %d %v", a.Total, ids(a), b.Total, ids(b))
			}
		})
	}
}

// bothSinks writes recs to a fresh Elasticsearch sink and a fresh
// embedded index (closed when the test ends), refreshed for searching.
func bothSinks(t *testing.T, recs []pipeline.Record) (*Sink, *bleve.Index) {
	t.Helper()
	es, _ := newTestSink(t, testConfig(t))
	bl, err := bleve.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := bl.Close(); err != nil {
			t.Error(err)
		}
	})
	ctx := t.Context()
	for _, s := range []pipeline.Sink{es, bl} {
		if err := s.WriteRecords(ctx, recs); err != nil {
			t.Fatal(err)
		}
	}
	if err := es.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	return es, bl
}

// hitIDs are a result's story ids in its order.
func hitIDs(r pipeline.SearchResult) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

// sortedIDs are a result's story ids, sorted.
func sortedIDs(r pipeline.SearchResult) []string {
	out := hitIDs(r)
	slices.Sort(out)
	return out
}

// loadVariants reads testdata/variants.json: stories (written for these
// tests) that spell names, currency and numbers the other ways outlets do.
func loadVariants(t testing.TB) []pipeline.Record {
	t.Helper()
	raw, err := os.ReadFile("testdata/variants.json")
	if err != nil {
		t.Fatal(err)
	}
	var recs []pipeline.Record
	if err := json.Unmarshal(raw, &recs); err != nil {
		t.Fatalf("testdata/variants.json: %v", err)
	}
	return recs
}

// Every spelling variant entity matching folds finds the same stories, on
// both sinks, and the query language (AND, OR, phrases, exclusion, entity:)
// and facets answer the same on both.
func TestSameFoldingAndSyntaxAsEmbedded(t *testing.T) {
	ctx := context.Background()
	day := func(d string) time.Time { tm, _ := time.Parse("2006-01-02", d); return tm }
	recs := append(loadFixtures(t), loadVariants(t)...)
	es, bl := bothSinks(t, recs)
	ids := sortedIDs
	search := func(t *testing.T, s pipeline.Searcher, q pipeline.Query) pipeline.SearchResult {
		t.Helper()
		q.Sort = pipeline.SortNewest
		r, err := s.Search(ctx, q)
		if err != nil {
			t.Fatalf("%q: %v", q.Text, err)
		}
		return r
	}
	// Each set of variants must find exactly want, on both sinks.
	for _, tc := range []struct {
		name     string
		variants []string
		want     []string
	}{
		{"anusvara, nasal+virama, zero-width", []string{"ट्रंप", "ट्रम्प", "ट्रम्\u200dप", "ट्र\u200dम्प"}, []string{"s3", "s4", "v2", "v3"}},
		{"chandra-o", []string{"ऑल्टमैन", "आल्टमैन"}, []string{"v1", "v3"}},
		{"chandra-o sign", []string{"डॉलर", "डालर"}, []string{"s2", "v1", "v2"}},
		{"Devanagari digits", []string{"500", "५००"}, []string{"v1", "v2"}},
		{"nukta", []string{"बाज़ार", "बाजार"}, []string{"v1", "v2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range tc.variants {
				for name, s := range map[string]pipeline.Searcher{"elasticsearch": es, "bleve": bl} {
					if got := ids(search(t, s, pipeline.Query{Text: v})); !slices.Equal(got, tc.want) {
						t.Errorf("%s: %q found %v, want %v", name, v, got, tc.want)
					}
				}
			}
		})
	}
	// The query language: the same stories on both sinks, and the ones meant.
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"मस्क ट्रंप", []string{"s3", "s4"}},
		{"मस्क OR ऑल्टमैन", []string{"s1", "s3", "s4", "v1", "v3"}},
		{`"ट्रंप की नीतियों"`, []string{"s4"}},
		{`"नीतियों ट्रंप"`, []string{}},
		{"ट्रंप -मस्क", []string{"v2", "v3"}},
		{"-मस्क", []string{"s2", "s5", "v1", "v2", "v3"}},
		{`-"ट्रंप की नीतियों" मस्क`, []string{"s1", "s3"}},
		{"entity:sam-altman", []string{"v1", "v3"}},
		{"अल्टमैन OR entity:sam-altman", []string{"v1", "v3"}},
		{"की", []string{}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			a, b := search(t, es, pipeline.Query{Text: tc.q}), search(t, bl, pipeline.Query{Text: tc.q})
			if !slices.Equal(ids(a), tc.want) || !slices.Equal(ids(b), tc.want) || a.Total != b.Total {
				t.Errorf("elasticsearch %d %v, bleve %d %v, want %v", a.Total, ids(a), b.Total, ids(b), tc.want)
			}
		})
	}
	t.Run("highlights", func(t *testing.T) {
		for name, s := range map[string]pipeline.Searcher{"elasticsearch": es, "bleve": bl} {
			r := search(t, s, pipeline.Query{Text: "ट्रम्प", Entities: []string{"sam-altman"}})
			if len(r.Hits) != 1 || r.Hits[0].ID != "v3" {
				t.Fatalf("%s: %v", name, ids(r))
			}
			h := r.Hits[0].Highlights
			if len(h["title"]) != 1 || !strings.Contains(h["title"][0], "<mark>ट्र\u200dम्प</mark>") ||
				len(h["body"]) != 1 || !strings.Contains(h["body"][0], "<mark>ट्रम्\u200dप</mark>") {
				t.Errorf("%s: highlights %q", name, h)
			}
		}
	})
	t.Run("facets", func(t *testing.T) {
		q := pipeline.Query{Facets: []string{pipeline.FacetEntity, pipeline.FacetSource, pipeline.FacetCategory, pipeline.FacetFeud, pipeline.FacetDate}}
		a, b := search(t, es, q), search(t, bl, q)
		if !reflect.DeepEqual(a.Facets, b.Facets) {
			t.Errorf("facets differ:\nelasticsearch %+v\nbleve         %+v", a.Facets, b.Facets)
		}
		ents := b.Facets[pipeline.FacetEntity]
		if len(ents) == 0 || ents[0] != (pipeline.FacetCount{Value: "donald-trump", Count: 4}) {
			t.Errorf("entity facet %+v, want donald-trump 4 first", ents)
		}
		if f := b.Facets[pipeline.FacetFeud]; len(f) != 2 || f[0].Value != "false" || f[0].Count+f[1].Count != len(recs) {
			t.Errorf("feud facet %+v", f)
		}
		days := b.Facets[pipeline.FacetDate]
		total := 0
		for _, d := range days {
			total += d.Count
		}
		// January to June is longer than DayBucketSpan: months.
		if total != len(recs) || len(days) != 6 || days[0].Value != "2025-01" || days[3].Count != 0 {
			t.Errorf("date facet %+v: want every story in a month from 2025-01 to 2025-06, April empty", days)
		}
		q.From, q.To = day("2025-02-01"), day("2025-02-28")
		a, b = search(t, es, q), search(t, bl, q)
		if !reflect.DeepEqual(a.Facets, b.Facets) || len(b.Facets[pipeline.FacetDate]) != 8 || b.Facets[pipeline.FacetDate][0].Value != "2025-02-03" {
			t.Errorf("February by day:\nelasticsearch %+v\nbleve         %+v", a.Facets[pipeline.FacetDate], b.Facets[pipeline.FacetDate])
		}
	})
}

// classifiedRecords are stories (written for this test) as the work stage
// publishes them: category is the story's own topic, language its own,
// the feed's category kept as feed_category.
func classifiedRecords() []pipeline.Record {
	mk := func(id, lang, topic, feedCat, title string, d int) pipeline.Record {
		pub := time.Date(2025, 7, d, 9, 0, 0, 0, time.UTC)
		return pipeline.Record{
			Story: pipeline.Story{ID: id, URL: "https://example.org/" + id, Source: "मिश्रित समाचार", Category: topic, Language: lang,
				Title: title, Body: title, Published: pub, Fetched: pub},
			Analysis: pipeline.Analysis{ID: id, Entities: []string{}, Language: lang, LanguageScore: 0.9,
				Topic: topic, Topics: map[string]float64{topic: 0.8}, FeedCategory: feedCat},
		}
	}
	return []pipeline.Record{
		mk("c-hi1", "hi", "sports", "politics", "कप्तान ने आखिरी गेंद पर छक्का जड़कर मैच जिताया", 1),
		mk("c-hi2", "hi", "politics", "politics", "विधानसभा में बजट सत्र हंगामे के साथ शुरू हुआ", 2),
		mk("c-mr1", "mr", "politics", "politics", "विधानसभेत आज अर्थसंकल्पावर जोरदार चर्चा झाली", 3),
		mk("c-ne1", "ne", "business", "tech", "नेपाल राष्ट्र बैंकले नयाँ मौद्रिक नीति सार्वजनिक गर्यो", 4),
		mk("c-en1", "en", "tech", "tech", "Chip maker opens a new design centre in Pune", 5),
		mk("c-hl1", "hi-Latn", "entertainment", "politics", "Nayi film ka trailer aaj release hua", 6),
	}
}

// Language and topic filter and facet the same way on both sinks, and the
// way meant: by the story's own language and topic.
func TestSameLanguageAndTopicAsEmbedded(t *testing.T) {
	ctx := context.Background()
	recs := append(loadFixtures(t), classifiedRecords()...)
	es, bl := bothSinks(t, recs)
	ids := sortedIDs
	for _, tc := range []struct {
		name string
		q    pipeline.Query
		want []string
	}{
		{"marathi", pipeline.Query{Languages: []string{"mr"}}, []string{"c-mr1"}},
		{"nepali or english", pipeline.Query{Languages: []string{"ne", "en"}}, []string{"c-en1", "c-ne1"}},
		{"hindi politics", pipeline.Query{Languages: []string{"hi"}, Categories: []string{"politics"}}, []string{"c-hi2", "s3", "s4", "s5"}},
		{"the story's topic, not its feed's", pipeline.Query{Categories: []string{"sports", "entertainment"}}, []string{"c-hi1", "c-hl1"}},
		{"language with text", pipeline.Query{Text: "बजट", Languages: []string{"hi"}}, []string{"c-hi2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Sort = pipeline.SortNewest
			a, err := es.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			b, err := bl.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(a), tc.want) || !slices.Equal(ids(b), tc.want) || a.Total != b.Total {
				t.Errorf("elasticsearch %d %v, bleve %d %v, want %v", a.Total, ids(a), b.Total, ids(b), tc.want)
			}
		})
	}
	t.Run("facets", func(t *testing.T) {
		q := pipeline.Query{Categories: []string{"politics", "business"}, Facets: []string{pipeline.FacetLanguage, pipeline.FacetCategory}}
		a, err := es.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		b, err := bl.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a.Facets, b.Facets) {
			t.Errorf("facets differ:\nelasticsearch %+v\nbleve         %+v", a.Facets, b.Facets)
		}
		langs := a.Facets[pipeline.FacetLanguage]
		if len(langs) != 3 || langs[0] != (pipeline.FacetCount{Value: "hi", Count: politicsFixtures(t) + 1}) ||
			langs[1] != (pipeline.FacetCount{Value: "mr", Count: 1}) || langs[2] != (pipeline.FacetCount{Value: "ne", Count: 1}) {
			t.Errorf("language facet %+v", langs)
		}
	})
	t.Run("stored fields", func(t *testing.T) {
		r, ok, err := es.Story(ctx, "c-hl1")
		if err != nil || !ok {
			t.Fatalf("story c-hl1: %v %v", ok, err)
		}
		if a := r.Analysis; a.Language != "hi-Latn" || a.Topic != "entertainment" || a.FeedCategory != "politics" || r.Story.Category != "entertainment" {
			t.Errorf("read back story %+v analysis %+v", r.Story, a)
		}
		// Kibana sees the fields: a term query on feed_category and topic2
		// finds the stories by the feed's category and the second topic.
		var res struct {
			Hits struct {
				Hits []struct {
					ID string `json:"_id"`
				} `json:"hits"`
			} `json:"hits"`
		}
		body := `{"query":{"bool":{"filter":[{"term":{"feed_category":"politics"}},{"term":{"language":"hi-Latn"}}]}}}`
		if _, err := do(ctx, es.es, "search", rawRequest{method: "POST", path: "/" + es.cfg.pattern(FamilyStories) + "/_search", body: []byte(body)}, &res); err != nil {
			t.Fatal(err)
		}
		if len(res.Hits.Hits) != 1 || res.Hits.Hits[0].ID != "c-hl1" {
			t.Errorf("feed_category politics in hi-Latn: %+v, want c-hl1", res.Hits.Hits)
		}
	})
}

// politicsFixtures counts the fixture stories (testdata/stories.json)
// whose category is politics.
func politicsFixtures(t *testing.T) int {
	n := 0
	for _, r := range loadFixtures(t) {
		if r.Story.Category == "politics" {
			n++
		}
	}
	return n
}
