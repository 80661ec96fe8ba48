package bleve

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

func rec(id, title, body string, published time.Time, feud bool, source string, entities ...string) pipeline.Record {
	return pipeline.Record{
		Story:    pipeline.Story{ID: id, Title: title, Body: body, Published: published, Source: source, URL: "https://x.example/" + id},
		Analysis: pipeline.Analysis{ID: id, Entities: entities, Feud: feud},
	}
}

func day(d int) time.Time { return time.Date(2025, 6, d, 10, 0, 0, 0, time.UTC) }

func fixture(t *testing.T) (*Index, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	recs := []pipeline.Record{
		rec("a", "मस्क ने ऑल्टमैन की आलोचना की", "टेस्ला प्रमुख ने ओपनएआई का समझौता गलत उठाए।", day(1), true, "खबर टाइम्स", "elon-musk", "openai", "sam-altman"),
		rec("b", "स्टारगेट पर नया करार", "सॉफ्टबैंक और ओरेकल ने निवेश की घोषणा की।", day(5), false, "नवभारत डिजिटल", "oracle", "softbank", "stargate"),
		rec("c", "मानसून की पहली बारिश", "मुंबई में झमाझम बारिश से लोकल ट्रेनें धीमी चलीं।", day(9), false, "खबर टाइम्स"),
	}
	if err := ix.WriteRecords(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	return ix, dir
}

func ids(r pipeline.SearchResult) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix, _ := fixture(t)
	defer ix.Close()
	yes, no := true, false
	tests := []struct {
		name string
		q    pipeline.Query
		want []string
	}{
		{"base form", pipeline.Query{Text: "आलोचना"}, []string{"a"}},
		{"inflected form finds base form", pipeline.Query{Text: "आलोचनाओं"}, []string{"a"}},
		{"inflected 2", pipeline.Query{Text: "समझौते"}, []string{"a"}},
		{"entity", pipeline.Query{Entities: []string{"stargate"}}, []string{"b"}},
		{"two entities", pipeline.Query{Entities: []string{"elon-musk", "openai"}}, []string{"a"}},
		{"entity and text mismatch", pipeline.Query{Entities: []string{"stargate"}, Text: "बारिश"}, nil},
		{"feud true", pipeline.Query{Feud: &yes}, []string{"a"}},
		{"feud false newest first", pipeline.Query{Feud: &no}, []string{"c", "b"}},
		{"date range inclusive", pipeline.Query{From: day(5), To: day(9)}, []string{"c", "b"}},
		{"all newest first", pipeline.Query{}, []string{"c", "b", "a"}},
		{"size", pipeline.Query{Size: 1}, []string{"c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(res)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSourcesMergeAndReopen(t *testing.T) {
	ix, dir := fixture(t)
	ctx := context.Background()
	again := rec("b", "स्टारगेट पर नया करार", "सॉफ्टबैंक और ओरेकल ने निवेश की घोषणा की।", day(5), false, "दूसरा अखबार", "oracle", "softbank", "stargate")
	if err := ix.WriteRecords(ctx, []pipeline.Record{again}); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, _ := ix.Count()
	if n != 3 {
		t.Errorf("count = %d, want 3 (a story written twice is stored once)", n)
	}
	r, ok, err := ix.Story(ctx, "b")
	if err != nil || !ok {
		t.Fatalf("story b: %v %v", ok, err)
	}
	if fmt.Sprint(r.Story.Sources) != "[नवभारत डिजिटल दूसरा अखबार]" || r.Story.Source != "नवभारत डिजिटल" {
		t.Errorf("sources = %v (source %q)", r.Story.Sources, r.Story.Source)
	}
	if _, ok, _ := ix.Story(ctx, "nope"); ok {
		t.Error("found a story never written")
	}
}

func TestEventsAndAlerts(t *testing.T) {
	ix, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	ev := pipeline.Event{ID: "new-feud|a|b|s1", Kind: pipeline.KindNewFeud, Pair: [2]string{"a", "b"}, Story: "s1", Time: day(2)}
	for range 2 { // a replay overwrites
		if err := ix.WriteEvents(ctx, []pipeline.Event{ev}); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := ix.Events(ctx, "", 10)
	if err != nil || len(evs) != 1 || evs[0].Story != "s1" {
		t.Fatalf("events = %+v, %v", evs, err)
	}
	al := pipeline.Alert{ID: "r|k|w", Rule: "r", Time: day(3)}
	if err := ix.WriteAlerts(ctx, []pipeline.Alert{al, al}); err != nil {
		t.Fatal(err)
	}
	as, err := ix.Alerts(ctx, 10)
	if err != nil || len(as) != 1 {
		t.Fatalf("alerts = %+v, %v", as, err)
	}
}

// An index made with another mapping (an older khabar) is rebuilt from its
// stored records when opened for writing: nothing is lost and the text is
// folded as searches fold it. Opened read-only, it says to start run.
func TestOlderIndexRebuilt(t *testing.T) {
	ix, dir := fixture(t)
	if err := ix.stories.SetInternal(mappingKey, []byte("1")); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenReadOnly(dir); err == nil || !strings.Contains(err.Error(), "khabar run") {
		t.Errorf("read-only open of an older index: %v", err)
	}
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Count(); n != 3 {
		t.Errorf("%d stories after the rebuild, want 3", n)
	}
	// आल्टमैन folds to the ऑल्टमैन of story a.
	res, err := ix.Search(context.Background(), pipeline.Query{Text: "आल्टमैन"})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].ID != "a" {
		t.Errorf("search after the rebuild: %v %v", ids(res), err)
	}
	if v, _ := ix.stories.GetInternal(mappingKey); string(v) != mappingVersion {
		t.Errorf("mapping version %q after the rebuild", v)
	}
}
