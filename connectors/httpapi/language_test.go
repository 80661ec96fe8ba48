package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/pipeline"
)

// newLanguageServer serves stories (written for this test) in several
// languages and topics, as the work stage publishes them.
func newLanguageServer(t *testing.T) http.Handler {
	t.Helper()
	mk := func(id, lang, topic, feedCat, title string, d int) pipeline.Record {
		pub := time.Date(2025, 7, d, 9, 0, 0, 0, time.UTC)
		return pipeline.Record{
			Story: pipeline.Story{ID: id, Title: title, Body: title, Published: pub, Source: "मिश्रित", Category: topic, Language: lang},
			Analysis: pipeline.Analysis{ID: id, Language: lang, LanguageScore: 0.9, Topic: topic,
				Topics: map[string]float64{topic: 0.8}, FeedCategory: feedCat},
		}
	}
	recs := []pipeline.Record{
		mk("hi1", "hi", "politics", "politics", "संसद में नए विधेयक पर बहस", 1),
		mk("hi2", "hi", "sports", "politics", "कप्तान ने आखिरी गेंद पर मैच जिताया", 2),
		mk("mr1", "mr", "politics", "politics", "विधानसभेत अर्थसंकल्पावर चर्चा झाली", 3),
		mk("en1", "en", "tech", "tech", "Chip maker opens a design centre in Pune", 4),
	}
	ix, err := bleve.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.WriteRecords(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{}, ix, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func TestSearchByLanguageAndTopic(t *testing.T) {
	h := newLanguageServer(t)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"language=mr", []string{"mr1"}},
		{"language=hi&language=en", []string{"en1", "hi1", "hi2"}},
		{"language=hi,mr&topic=politics", []string{"hi1", "mr1"}},
		{"category=politics", []string{"hi1", "mr1"}},
		{"topic=sports", []string{"hi2"}},
		{"topic=sports&category=tech", []string{"en1", "hi2"}},
		{"language=ne", []string{}},
	} {
		code, body := get(t, h, "/api/search?"+tc.query)
		if code != 200 {
			t.Fatalf("%s: %d %s", tc.query, code, body)
		}
		if _, ids := hitIDs(t, body); !slices.Equal(ids, tc.want) {
			t.Errorf("%s: %v, want %v", tc.query, ids, tc.want)
		}
	}
	code, body := get(t, h, "/api/search?topic=politics&facets=language,category")
	if code != 200 {
		t.Fatalf("facets: %d %s", code, body)
	}
	ans, _ := hitIDs(t, body)
	if got := ans.Facets["language"]; !slices.Equal(got, []pipeline.FacetCount{{Value: "hi", Count: 1}, {Value: "mr", Count: 1}}) {
		t.Errorf("language facet %+v", got)
	}
	if got := ans.Facets["category"]; !slices.Equal(got, []pipeline.FacetCount{{Value: "politics", Count: 2}}) {
		t.Errorf("category facet %+v", got)
	}
	for _, tc := range []struct{ query, param, says string }{
		{"language=hindi", "language", `"hindi" is not one of hi, mr, ne, en, hi-Latn, other`},
		{"topic=cricket", "topic", `"cricket" is not a topic`},
		{"category=news", "category", `"news" is not a topic`},
		{"facets=lang", "facets", "language"},
	} {
		code, body := get(t, h, "/api/search?"+tc.query)
		var e struct{ Error, Param string }
		_ = json.Unmarshal(body, &e)
		if code != 400 || e.Param != tc.param || !strings.Contains(e.Error, tc.says) {
			t.Errorf("%s: %d %+v, want 400 naming %s (%s)", tc.query, code, e, tc.param, tc.says)
		}
	}
}
