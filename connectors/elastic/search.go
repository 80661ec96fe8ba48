package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/khabar/khabar/pipeline"
)

// MaxSize is the most hits one search returns (as the embedded index).
const MaxSize = 1000

// DefaultSize is the number of hits when Query.Size is not set.
const DefaultSize = 20

// hitFields are the stored fields a search hit needs.
var hitFields = []string{"id", "title", "url", "source", "@timestamp", "entities", "feud"}

// searchBody renders q as a search request body with the embedded index's
// semantics: Text matches any analysed term in title (boost 2) or body;
// every entity must match; feud and the inclusive published range filter;
// relevance order when Text is set (unless Sort is newest), newest first
// otherwise, ties by id. ok is false when Text analyses to no term at all
// (only stop words), which matches nothing.
func (s *Sink) searchBody(q pipeline.Query) (body map[string]any, ok bool) {
	size := q.Size
	if size <= 0 {
		size = DefaultSize
	}
	size = min(size, MaxSize)
	var must, filter []any
	if q.Text != "" {
		terms := s.an.Terms(q.Text)
		if terms == "" {
			return nil, false
		}
		must = append(must, map[string]any{"bool": map[string]any{
			"should": []any{
				map[string]any{"match": map[string]any{"search_title": map[string]any{"query": terms, "boost": 2}}},
				map[string]any{"match": map[string]any{"search_body": map[string]any{"query": terms}}},
			},
			"minimum_should_match": 1,
		}})
	}
	for _, e := range q.Entities {
		filter = append(filter, map[string]any{"term": map[string]any{"entities": e}})
	}
	if q.Feud != nil {
		filter = append(filter, map[string]any{"term": map[string]any{"feud": *q.Feud}})
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		r := map[string]any{"format": "strict_date_optional_time_nanos"}
		if !q.From.IsZero() {
			r["gte"] = q.From.UTC().Format(time.RFC3339Nano)
		}
		if !q.To.IsZero() {
			r["lte"] = q.To.UTC().Format(time.RFC3339Nano)
		}
		filter = append(filter, map[string]any{"range": map[string]any{"@timestamp": r}})
	}
	var query any = map[string]any{"match_all": map[string]any{}}
	if len(must)+len(filter) > 0 {
		b := map[string]any{}
		if len(must) > 0 {
			b["must"] = must
		}
		if len(filter) > 0 {
			b["filter"] = filter
		}
		query = map[string]any{"bool": b}
	}
	newest := []any{map[string]any{"@timestamp": "desc"}, map[string]any{"id": "asc"}}
	sort := newest
	if q.Sort != pipeline.SortNewest && !(q.Sort == "" && q.Text == "") {
		sort = append([]any{"_score"}, newest...)
	}
	return map[string]any{
		"query":            query,
		"size":             size,
		"from":             max(q.Offset, 0),
		"sort":             sort,
		"track_total_hits": true,
		"track_scores":     true,
		"_source":          hitFields,
	}, true
}

// Search answers q over the stories of every index of the family.
func (s *Sink) Search(ctx context.Context, q pipeline.Query) (pipeline.SearchResult, error) {
	body, ok := s.searchBody(q)
	if !ok {
		return pipeline.SearchResult{Hits: []pipeline.Hit{}}, nil
	}
	raw, err := json.Marshal(body)
	if err != nil {
		return pipeline.SearchResult{}, fmt.Errorf("elastic: search: %w", err)
	}
	var res searchResponse[storyDoc]
	if _, err := do(ctx, s.es, "search", esapi.SearchRequest{
		Index: []string{s.cfg.pattern(FamilyStories)}, Body: bytes.NewReader(raw),
	}, &res); err != nil {
		return pipeline.SearchResult{}, err
	}
	out := pipeline.SearchResult{Total: res.Hits.Total.Value, Hits: make([]pipeline.Hit, 0, len(res.Hits.Hits))}
	for _, h := range res.Hits.Hits {
		d := h.Source
		if d.ID == "" {
			d.ID = h.ID
		}
		var score float64
		if h.Score != nil {
			score = *h.Score
		}
		out.Hits = append(out.Hits, d.hit(score))
	}
	return out, nil
}

type searchResponse[T any] struct {
	Hits struct {
		Total struct {
			Value int `json:"value"`
		} `json:"total"`
		Hits []struct {
			ID     string   `json:"_id"`
			Score  *float64 `json:"_score"`
			Source T        `json:"_source"`
		} `json:"hits"`
	} `json:"hits"`
}

// Story returns one stored record by story id. It reads the write index
// in real time (no refresh needed, like the embedded index) and falls back
// to a search over every index of the family for stories in rolled-over
// indices.
func (s *Sink) Story(ctx context.Context, id string) (pipeline.Record, bool, error) {
	var got struct {
		Found  bool     `json:"found"`
		Source storyDoc `json:"_source"`
	}
	st, err := do(ctx, s.es, "story "+id, esapi.GetRequest{
		Index: s.cfg.alias(FamilyStories), DocumentID: id, SourceExcludes: []string{"search_title", "search_body"},
	}, &got)
	switch {
	case err == nil && got.Found:
		return got.Source.record(), true, nil
	case err != nil && st != 404 && st != 400:
		return pipeline.Record{}, false, err
	}
	raw, err := json.Marshal(map[string]any{
		"size":    1,
		"query":   map[string]any{"ids": map[string]any{"values": []string{id}}},
		"_source": map[string]any{"excludes": []string{"search_title", "search_body"}},
	})
	if err != nil {
		return pipeline.Record{}, false, fmt.Errorf("elastic: story %s: %w", id, err)
	}
	var res searchResponse[storyDoc]
	if _, err := do(ctx, s.es, "story "+id, esapi.SearchRequest{
		Index: []string{s.cfg.pattern(FamilyStories)}, Body: bytes.NewReader(raw),
	}, &res); err != nil {
		return pipeline.Record{}, false, err
	}
	if len(res.Hits.Hits) == 0 {
		return pipeline.Record{}, false, nil
	}
	return res.Hits.Hits[0].Source.record(), true, nil
}

// Events lists stored events, newest first; kind filters when set. size is
// capped at MaxSize (as the embedded index).
func (s *Sink) Events(ctx context.Context, kind string, size int) ([]pipeline.Event, error) {
	var q any = map[string]any{"match_all": map[string]any{}}
	if kind != "" {
		q = map[string]any{"term": map[string]any{"kind": kind}}
	}
	docs, err := list[eventDoc](ctx, s, FamilyEvents, q, size)
	out := make([]pipeline.Event, 0, len(docs))
	for _, d := range docs {
		e := pipeline.Event{ID: d.ID, Kind: d.Kind, From: d.From, To: d.To, Story: d.Story, Evidence: d.Evidence, Time: d.Timestamp}
		if len(d.Pair) == 2 {
			e.Pair = [2]string{d.Pair[0], d.Pair[1]}
		}
		out = append(out, e)
	}
	return out, err
}

// Alerts lists stored alerts, newest first.
func (s *Sink) Alerts(ctx context.Context, size int) ([]pipeline.Alert, error) {
	docs, err := list[alertDoc](ctx, s, FamilyAlerts, map[string]any{"match_all": map[string]any{}}, size)
	out := make([]pipeline.Alert, 0, len(docs))
	for _, d := range docs {
		out = append(out, pipeline.Alert{ID: d.ID, Rule: d.Rule, Key: d.Key, Window: d.Window, Time: d.Timestamp,
			Title: d.Title, Reason: d.Reason, Stories: d.Stories})
	}
	return out, err
}

func list[T any](ctx context.Context, s *Sink, family string, q any, size int) ([]T, error) {
	if size <= 0 || size > MaxSize {
		size = MaxSize
	}
	raw, err := json.Marshal(map[string]any{
		"size": size, "query": q,
		"sort": []any{map[string]any{"@timestamp": "desc"}, map[string]any{"id": "asc"}},
	})
	if err != nil {
		return nil, fmt.Errorf("elastic: list %s: %w", family, err)
	}
	var res searchResponse[T]
	if _, err := do(ctx, s.es, "list "+family, esapi.SearchRequest{
		Index: []string{s.cfg.pattern(family)}, Body: bytes.NewReader(raw),
	}, &res); err != nil {
		return nil, err
	}
	out := make([]T, 0, len(res.Hits.Hits))
	for _, h := range res.Hits.Hits {
		out = append(out, h.Source)
	}
	return out, nil
}
