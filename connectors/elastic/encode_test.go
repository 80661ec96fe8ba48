package elastic

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// The hand-written encoder gives the document json.Marshal gives.
func TestAppendJSONMatchesMarshal(t *testing.T) {
	recs := append(loadFixtures(t), synthetic(20, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))...)
	odd := synthetic(1, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC))[0]
	odd.Story.Title = "उद्धरण \"कोट\" \\ टैब\tनई\nपंक्ति\r\b\f\x01 <a&b> \u2028\u2029 अमान्य \xff\xfe"
	odd.Story.Body, odd.Story.Fetched, odd.Story.PublishedGuessed = "", time.Time{}, true
	odd.Analysis = pipeline.Analysis{
		Amounts: []pipeline.Amount{{Value: 5e7, Currency: "INR", Text: "₹५ करोड़", Deal: "d<1>"}},
		Stances: []pipeline.Stance{{Source: "a", Target: "b", Polarity: pipeline.Hostile, Score: 0.75, Evidence: "x & y"}},
		Feud:    true,
	}
	classified := synthetic(1, time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC))[0]
	classified.Story.ID, classified.Story.Language, classified.Story.Category = "classified", "mr", "sports"
	classified.Analysis.Language, classified.Analysis.LanguageScore = "mr", 0.987
	classified.Analysis.Topic, classified.Analysis.Topic2, classified.Analysis.FeedCategory = "sports", "politics", "tech"
	classified.Analysis.Topics = map[string]float64{"sports": 0.6, "politics": 0.35, "tech": 1e-7, "other": 0}
	recs = append(recs, odd, classified, pipeline.Record{Story: pipeline.Story{ID: "empty"}})
	for _, r := range recs {
		t.Run(r.Story.ID, func(t *testing.T) {
			for _, d := range []storyDoc{
				newStoryDoc(r, "शब्द", "", func(string) string { return pipeline.TypePerson }),
				{ID: r.Story.ID, Title: r.Story.Title}, // nil entities: null
			} {
				want, err := json.Marshal(d)
				if err != nil {
					t.Fatal(err)
				}
				got, err := d.appendJSON(nil)
				if err != nil {
					t.Fatal(err)
				}
				var a, b any
				if err := json.Unmarshal(got, &a); err != nil {
					t.Fatalf("invalid JSON %s: %v", got, err)
				}
				_ = json.Unmarshal(want, &b)
				if !reflect.DeepEqual(a, b) {
					t.Errorf("appendJSON\n%s\njson.Marshal\n%s", got, want)
				}
			}
		})
	}
}

// A classified story's language and topic fields survive the document:
// the record read back is the one written.
func TestStoryDocKeepsLanguageAndTopic(t *testing.T) {
	r := synthetic(1, time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC))[0]
	r.Story.Language, r.Story.Category = "hi-Latn", "entertainment"
	r.Analysis.Language, r.Analysis.LanguageScore = "hi-Latn", 0.91
	r.Analysis.Topic, r.Analysis.Topic2, r.Analysis.FeedCategory = "entertainment", "business", "politics"
	r.Analysis.Topics = map[string]float64{"entertainment": 0.7, "business": 0.4}
	doc := newStoryDoc(r, "", "", nil)
	raw, err := doc.appendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	var d storyDoc
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	got := d.record().Analysis
	if got.Language != "hi-Latn" || got.LanguageScore != 0.91 || got.Topic != "entertainment" || got.Topic2 != "business" ||
		got.FeedCategory != "politics" || !reflect.DeepEqual(got.Topics, r.Analysis.Topics) {
		t.Errorf("read back %+v", got)
	}
	if d.Category != "entertainment" || d.FeedCategory != "politics" {
		t.Errorf("document category %q, feed_category %q", d.Category, d.FeedCategory)
	}
}

// A date json.Marshal refuses is refused too (the document is dead-lettered).
func TestAppendJSONRefusesWhatMarshalRefuses(t *testing.T) {
	d := storyDoc{ID: "far", Timestamp: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := json.Marshal(d); err == nil {
		t.Fatal("json.Marshal accepts year 10000; the test assumes it does not")
	}
	if _, err := d.appendJSON(nil); err == nil {
		t.Error("appendJSON accepts year 10000")
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"नेताओं की बैठक", "\"\\\t\n\x00\x1f", "\xff", "\u2028", "<&>", "अ\u2029ब\u2028", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sb strings.Builder
		enc := json.NewEncoder(&sb)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(sb.String(), "\n")
		if got := string(appendJSONString(nil, s)); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
