package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/pipeline"
)

// MaxSize is the most hits one search returns (as the embedded index).
const MaxSize = 1000

// DefaultSize is the number of hits when Query.Size is not set.
const DefaultSize = 20

// hitFields are the stored fields a search hit needs (the body for its
// highlights).
var hitFields = []string{"id", "title", "body", "url", "source", "@timestamp", "entities", "feud"}

// FacetSize is the most values of a term facet, as the embedded index.
const FacetSize = 20

// termFacets maps a facet to the keyword field it counts.
var termFacets = map[string]struct {
	field string
	size  int
}{
	pipeline.FacetEntity:   {"entities", FacetSize},
	pipeline.FacetSource:   {"sources", FacetSize},
	pipeline.FacetCategory: {"category", FacetSize},
	pipeline.FacetLanguage: {"language", FacetSize},
	pipeline.FacetFeud:     {"feud", 2},
}

// searchQuery renders the query part of q with the embedded index's
// semantics: Text in the query language of searchterms.Parse (each group
// of words must match title (boost 2) or body, OR between alternatives,
// phrases in order, - excludes), every entity must match, sources and
// categories and languages (any of each), feud and the inclusive published range filter.
// ok is false when Text analyses to no term at all (only stop words),
// which matches nothing.
func (s *Sink) searchQuery(q pipeline.Query) (query any, groups []searchterms.TermGroup, ok bool, err error) {
	var must, mustNot, filter []any
	if q.Text != "" {
		expr, err := searchterms.Parse(q.Text)
		if err != nil {
			return nil, nil, false, fmt.Errorf("elastic: search: query %q: %w", q.Text, err)
		}
		groups, ok = s.an.Analyse(expr)
		if !ok {
			return nil, nil, false, nil
		}
		for _, g := range groups {
			var alts []any
			for _, a := range g.Atoms {
				alts = append(alts, atomQueries(a)...)
			}
			gq := map[string]any{"bool": map[string]any{"should": alts, "minimum_should_match": 1}}
			if g.Not {
				mustNot = append(mustNot, gq)
			} else {
				must = append(must, gq)
			}
		}
	}
	for _, e := range q.Entities {
		filter = append(filter, map[string]any{"term": map[string]any{"entities": e}})
	}
	if len(q.Sources) > 0 {
		filter = append(filter, map[string]any{"terms": map[string]any{"sources": q.Sources}})
	}
	if len(q.Categories) > 0 {
		filter = append(filter, map[string]any{"terms": map[string]any{"category": q.Categories}})
	}
	if len(q.Languages) > 0 {
		filter = append(filter, map[string]any{"terms": map[string]any{"language": q.Languages}})
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
	if len(must)+len(filter)+len(mustNot) == 0 {
		return map[string]any{"match_all": map[string]any{}}, groups, true, nil
	}
	b := map[string]any{}
	if len(must) > 0 {
		b["must"] = must
	}
	if len(filter) > 0 {
		b["filter"] = filter
	}
	if len(mustNot) > 0 {
		b["must_not"] = mustNot
	}
	return map[string]any{"bool": b}, groups, true, nil
}

// atomQueries matches one atom: a term in search_title (boost 2) or
// search_body, the terms of a phrase in order, or an entity.
func atomQueries(a searchterms.TermAtom) []any {
	if a.Entity != "" {
		return []any{map[string]any{"term": map[string]any{"entities": a.Entity}}}
	}
	kind := "match"
	if len(a.Terms) > 1 {
		kind = "match_phrase"
	}
	text := strings.Join(a.Terms, " ")
	return []any{
		map[string]any{kind: map[string]any{"search_title": map[string]any{"query": text, "boost": 2}}},
		map[string]any{kind: map[string]any{"search_body": map[string]any{"query": text}}},
	}
}

// searchBody renders q as a search request body: relevance order when Text
// is set (unless Sort is newest), newest first otherwise, ties by id; term
// facets as aggregations, and the published span when a date histogram is
// asked for (its buckets need a second request, see Search).
func (s *Sink) searchBody(q pipeline.Query) (body map[string]any, groups []searchterms.TermGroup, ok bool, err error) {
	size := q.Size
	if size <= 0 {
		size = DefaultSize
	}
	size = min(size, MaxSize)
	query, groups, ok, err := s.searchQuery(q)
	if err != nil || !ok {
		return nil, nil, ok, err
	}
	newest := []any{map[string]any{"@timestamp": "desc"}, map[string]any{"id": "asc"}}
	sort := newest
	if q.Sort != pipeline.SortNewest && !(q.Sort == "" && q.Text == "") {
		sort = append([]any{"_score"}, newest...)
	}
	body = map[string]any{
		"query":            query,
		"size":             size,
		"from":             max(q.Offset, 0),
		"sort":             sort,
		"track_total_hits": true,
		"track_scores":     true,
		"_source":          hitFields,
	}
	aggs := map[string]any{}
	for _, f := range q.Facets {
		if tf, ok := termFacets[f]; ok {
			aggs[f] = map[string]any{"terms": map[string]any{"field": tf.field, "size": tf.size,
				"order": []any{map[string]any{"_count": "desc"}, map[string]any{"_key": "asc"}}}}
			continue
		}
		if f != pipeline.FacetDate {
			return nil, nil, false, fmt.Errorf("elastic: search: no facet %q", f)
		}
		aggs["oldest"] = map[string]any{"min": map[string]any{"field": "@timestamp"}}
		aggs["newest"] = map[string]any{"max": map[string]any{"field": "@timestamp"}}
	}
	if len(aggs) > 0 {
		body["aggs"] = aggs
	}
	return body, groups, true, nil
}

// Search answers q over the stories of every index of the family.
func (s *Sink) Search(ctx context.Context, q pipeline.Query) (pipeline.SearchResult, error) {
	body, groups, ok, err := s.searchBody(q)
	if err != nil {
		return pipeline.SearchResult{}, err
	}
	if !ok {
		return pipeline.SearchResult{Hits: []pipeline.Hit{}}, nil
	}
	var res searchResponse[storyDoc]
	if err := s.searchRaw(ctx, body, &res); err != nil {
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
		hit := d.hit(score)
		hit.Highlights = s.an.HitHighlights(d.Title, d.Body, groups)
		out.Hits = append(out.Hits, hit)
	}
	if len(q.Facets) == 0 {
		return out, nil
	}
	out.Facets = map[string][]pipeline.FacetCount{}
	for _, f := range q.Facets {
		if f == pipeline.FacetDate {
			list, err := s.dateFacet(ctx, body["query"], res.Aggregations)
			if err != nil {
				return out, err
			}
			out.Facets[f] = list
			continue
		}
		list := []pipeline.FacetCount{}
		var agg struct {
			Buckets []struct {
				Key         any    `json:"key"`
				KeyAsString string `json:"key_as_string"`
				DocCount    int    `json:"doc_count"`
			} `json:"buckets"`
		}
		if raw, ok := res.Aggregations[f]; ok {
			if err := json.Unmarshal(raw, &agg); err != nil {
				return out, fmt.Errorf("elastic: search: facet %s: %w", f, err)
			}
		}
		for _, b := range agg.Buckets {
			v := b.KeyAsString
			if v == "" {
				v = fmt.Sprint(b.Key)
			}
			list = append(list, pipeline.FacetCount{Value: v, Count: b.DocCount})
		}
		out.Facets[f] = list
	}
	return out, nil
}

// dateFacet counts the matching stories per day (or month) over their
// published span, with the buckets the embedded index uses.
func (s *Sink) dateFacet(ctx context.Context, query any, aggs map[string]json.RawMessage) ([]pipeline.FacetCount, error) {
	var oldest, newest struct {
		Value         *float64 `json:"value"`
		ValueAsString string   `json:"value_as_string"`
	}
	_ = json.Unmarshal(aggs["oldest"], &oldest)
	_ = json.Unmarshal(aggs["newest"], &newest)
	if oldest.Value == nil || newest.Value == nil {
		return []pipeline.FacetCount{}, nil
	}
	ms := func(v float64) time.Time { return time.UnixMilli(int64(v)).UTC() }
	buckets := searchterms.DateBuckets(ms(*oldest.Value), ms(*newest.Value))
	ranges := make([]any, 0, len(buckets))
	for _, b := range buckets {
		ranges = append(ranges, map[string]any{"key": b.Value,
			"from": b.From.Format(time.RFC3339Nano), "to": b.To.Format(time.RFC3339Nano)})
	}
	body := map[string]any{
		"query": query, "size": 0, "track_total_hits": false,
		"aggs": map[string]any{"date": map[string]any{"date_range": map[string]any{
			"field": "@timestamp", "format": "strict_date_optional_time_nanos", "ranges": ranges, "keyed": true}}},
	}
	var res searchResponse[storyDoc]
	if err := s.searchRaw(ctx, body, &res); err != nil {
		return nil, err
	}
	var agg struct {
		Buckets map[string]struct {
			DocCount int `json:"doc_count"`
		} `json:"buckets"`
	}
	if err := json.Unmarshal(res.Aggregations["date"], &agg); err != nil {
		return nil, fmt.Errorf("elastic: search: date facet: %w", err)
	}
	out := make([]pipeline.FacetCount, 0, len(buckets))
	for _, b := range buckets {
		from, to := b.From, b.To
		out = append(out, pipeline.FacetCount{Value: b.Value, Count: agg.Buckets[b.Value].DocCount, From: &from, To: &to})
	}
	return out, nil
}

// searchRaw runs one search request over the stories family.
func (s *Sink) searchRaw(ctx context.Context, body map[string]any, res any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("elastic: search: %w", err)
	}
	if _, err := do(ctx, s.es, "search", esapi.SearchRequest{
		Index: []string{s.cfg.pattern(FamilyStories)}, Body: bytes.NewReader(raw),
	}, res); err != nil {
		return err
	}
	return nil
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
	Aggregations map[string]json.RawMessage `json:"aggregations"`
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
