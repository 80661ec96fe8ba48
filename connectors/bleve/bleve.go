// Package bleve is the embedded sink and search: Bleve indexes on disk
// under the data dir, with Bleve's Hindi analyzer on titles and bodies, so
// an inflected form finds its base form. It implements pipeline.Sink and
// pipeline.Searcher, and answers queries the way the Elasticsearch sink does.
package bleve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/pipeline"
)

// Field names in the stories index.
const (
	fieldTitle     = "title"
	fieldBody      = "body"
	fieldEntities  = "entities"
	fieldFeud      = "feud"
	fieldPublished = "published"
	fieldSources   = "sources"
	fieldCategory  = "category" // the story's own topic
	fieldLanguage  = "language"
	fieldRecord    = "record" // the whole Record as JSON, stored, not indexed

	analyzerName = "khabar_hi"
)

// MaxSize caps one search answer.
const MaxSize = 1000

// Index is the embedded sink and searcher.
type Index struct {
	dir     string
	stories bleve.Index
	events  bleve.Index
	alerts  bleve.Index
	an      *searchterms.Analyzer // query terms and highlights
	mu      sync.Mutex            // serialises batches so source merges see each other
}

var (
	_ pipeline.Sink     = (*Index)(nil)
	_ pipeline.Searcher = (*Index)(nil)
)

// ErrLocked means another process (a running khabar) holds the index.
var ErrLocked = errors.New("index is held by another process")

// Open opens (creating when missing) the indexes under dir for writing.
func Open(dir string) (*Index, error) { return open(dir, false) }

// OpenReadOnly opens existing indexes for searching; it fails with ErrLocked
// within a second when a running khabar holds them.
func OpenReadOnly(dir string) (*Index, error) { return open(dir, true) }

func open(dir string, readOnly bool) (*Index, error) {
	if !readOnly {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("index dir %s: %w", dir, err)
		}
	}
	an, err := searchterms.New(searchterms.Config{})
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	ix := &Index{dir: dir, an: an}
	if ix.stories, err = openStories(filepath.Join(dir, "stories.bleve"), readOnly); err != nil {
		return nil, err
	}
	if ix.events, err = openOrCreate(filepath.Join(dir, "events.bleve"), recordMapping(), readOnly); err != nil {
		ix.stories.Close()
		return nil, err
	}
	if ix.alerts, err = openOrCreate(filepath.Join(dir, "alerts.bleve"), recordMapping(), readOnly); err != nil {
		ix.stories.Close()
		ix.events.Close()
		return nil, err
	}
	return ix, nil
}

// mappingVersion names the stories mapping; an index built with another is
// rebuilt from its stored records when opened for writing.
const mappingVersion = "3: folded text with positions, facet doc values, language, topic2, feed_category"

var mappingKey = []byte("khabar_mapping")

// openStories opens the stories index, rebuilding one made by an older
// khabar (another mapping) from the records it stores.
func openStories(path string, readOnly bool) (bleve.Index, error) {
	ix, err := openOrCreate(path, storyMapping(), readOnly)
	if err != nil {
		return nil, err
	}
	v, err := ix.GetInternal(mappingKey)
	if err != nil {
		ix.Close()
		return nil, fmt.Errorf("open index %s: mapping version: %w", path, err)
	}
	if string(v) == mappingVersion {
		return ix, nil
	}
	n, err := ix.DocCount()
	if err != nil {
		ix.Close()
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	if v == nil && n == 0 && !readOnly {
		// Just created (or empty): mark it and go.
		if err := ix.SetInternal(mappingKey, []byte(mappingVersion)); err != nil {
			ix.Close()
			return nil, fmt.Errorf("open index %s: %w", path, err)
		}
		return ix, nil
	}
	if readOnly {
		ix.Close()
		return nil, fmt.Errorf("open index %s: it was built by an older khabar; start `khabar run` once to rebuild it", path)
	}
	if err := rebuild(ix, path); err != nil {
		return nil, err
	}
	return openOrCreate(path, storyMapping(), false)
}

// rebuild copies every stored record of old (which it closes) into a new
// index with the current mapping and puts it in old's place.
func rebuild(old bleve.Index, path string) (err error) {
	tmp := path + ".rebuild"
	oldOpen := true
	defer func() {
		if oldOpen {
			old.Close()
		}
	}()
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("rebuild index %s: %w", path, err)
	}
	nix, err := bleve.New(tmp, storyMapping())
	if err != nil {
		return fmt.Errorf("rebuild index %s: %w", path, err)
	}
	defer func() {
		if nix != nil {
			nix.Close()
		}
	}()
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 1000, 0, false)
		req.Fields = []string{fieldRecord}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := old.Search(req)
		if err != nil {
			return fmt.Errorf("rebuild index %s: read: %w", path, err)
		}
		if len(res.Hits) == 0 {
			break
		}
		b := nix.NewBatch()
		for _, h := range res.Hits {
			rec, err := decodeRecord(h)
			if err != nil {
				continue // unreadable: dropped, as a write would replace it
			}
			raw, _ := h.Fields[fieldRecord].(string)
			if err := b.Index(h.ID, newStoryDoc(rec, raw)); err != nil {
				return fmt.Errorf("rebuild index %s: story %s: %w", path, h.ID, err)
			}
		}
		if err := nix.Batch(b); err != nil {
			return fmt.Errorf("rebuild index %s: write: %w", path, err)
		}
		after = []string{res.Hits[len(res.Hits)-1].ID}
	}
	if err := nix.SetInternal(mappingKey, []byte(mappingVersion)); err != nil {
		return fmt.Errorf("rebuild index %s: %w", path, err)
	}
	if err := nix.Close(); err != nil {
		return fmt.Errorf("rebuild index %s: %w", path, err)
	}
	nix = nil
	oldOpen = false
	if err := old.Close(); err != nil {
		return fmt.Errorf("rebuild index %s: close the old one: %w", path, err)
	}
	if err := os.Rename(path, path+".old"); err != nil {
		return fmt.Errorf("rebuild index %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rebuild index %s: %w", path, err)
	}
	if err := os.RemoveAll(path + ".old"); err != nil {
		return fmt.Errorf("rebuild index %s: remove the old one: %w", path, err)
	}
	return nil
}

// newStoryDoc is what Bleve indexes for a record (raw: its JSON).
func newStoryDoc(r pipeline.Record, raw string) storyDoc {
	return storyDoc{
		// Folded as entity matching folds, as query text is.
		Title: searchterms.Fold(r.Story.Title), Body: searchterms.Fold(r.Story.Body), Entities: r.Analysis.Entities,
		Sources: r.Story.Sources, Source: r.Story.Source, Category: r.Story.Category,
		Language: r.Story.Language, Topic2: r.Analysis.Topic2, FeedCategory: r.Analysis.FeedCategory,
		Cluster: r.Story.Cluster, Feud: r.Analysis.Feud, Published: r.Story.Published.UTC(),
		Record: raw,
	}
}

func openOrCreate(path string, m mapping.IndexMapping, readOnly bool) (bleve.Index, error) {
	ix, err := bleve.OpenUsing(path, map[string]any{"bolt_timeout": "1s", "read_only": readOnly})
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) && !readOnly {
		ix, err = bleve.New(path, m)
	}
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("open index %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return ix, nil
}

func storyMapping() mapping.IndexMapping {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = analyzerName
	text.Store = false
	text.IncludeInAll = false
	text.IncludeTermVectors = true // positions, for phrases
	text.DocValues = false         // nothing sorts or facets on text
	kw := bleve.NewTextFieldMapping()
	kw.Analyzer = keyword.Name
	kw.Store = false
	kw.IncludeInAll = false
	kw.IncludeTermVectors = false
	kw.DocValues = false
	facet := bleve.NewTextFieldMapping() // a keyword counted in facets
	facet.Analyzer = keyword.Name
	facet.Store = false
	facet.IncludeInAll = false
	facet.IncludeTermVectors = false
	facet.DocValues = true
	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.IncludeInAll = false
	date.DocValues = true
	boolean := bleve.NewBooleanFieldMapping()
	boolean.Store = false
	boolean.DocValues = true
	boolean.IncludeInAll = false
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	stored.IncludeInAll = false
	stored.IncludeTermVectors = false
	stored.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldTitle, text)
	doc.AddFieldMappingsAt(fieldBody, text)
	doc.AddFieldMappingsAt(fieldEntities, facet)
	doc.AddFieldMappingsAt(fieldSources, facet)
	doc.AddFieldMappingsAt("source", kw)
	doc.AddFieldMappingsAt(fieldCategory, facet)
	doc.AddFieldMappingsAt(fieldLanguage, facet)
	doc.AddFieldMappingsAt("topic2", kw)
	doc.AddFieldMappingsAt("feed_category", kw)
	doc.AddFieldMappingsAt("cluster", kw)
	doc.AddFieldMappingsAt(fieldFeud, boolean)
	doc.AddFieldMappingsAt(fieldPublished, date)
	doc.AddFieldMappingsAt(fieldRecord, stored)

	m := bleve.NewIndexMapping()
	// Bleve's Hindi analyzer without its generic Indic normalisation step,
	// which costs a fifth of indexing time (a per-rune script lookup) and
	// adds nothing for Devanagari that the Hindi normaliser doesn't do.
	if err := m.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name, hi.NormalizeName, hi.StopName, hi.StemmerName},
	}); err != nil {
		panic(fmt.Sprintf("bleve: built-in analyzer parts missing: %v", err)) // a build defect, not input
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = analyzerName
	m.StoreDynamic = false
	m.IndexDynamic = false
	return m
}

// recordMapping indexes events and alerts by their time, stored whole.
func recordMapping() mapping.IndexMapping {
	kw := bleve.NewTextFieldMapping()
	kw.Analyzer = keyword.Name
	date := bleve.NewDateTimeFieldMapping()
	stored := bleve.NewTextFieldMapping()
	stored.Index = false
	stored.Store = true
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("kind", kw)
	doc.AddFieldMappingsAt("rule", kw)
	doc.AddFieldMappingsAt("pair", kw)
	doc.AddFieldMappingsAt("time", date)
	doc.AddFieldMappingsAt(fieldRecord, stored)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.StoreDynamic = false
	m.IndexDynamic = false
	return m
}

// storyDoc is what Bleve indexes for a record.
type storyDoc struct {
	Title    string   `json:"title"`
	Body     string   `json:"body"`
	Entities []string `json:"entities"`
	Sources  []string `json:"sources"`
	Source   string   `json:"source"`
	Category string   `json:"category"` // the story's own topic
	Language string   `json:"language"`
	// Topic2 is a close second topic; FeedCategory the feed's declared one.
	Topic2       string    `json:"topic2"`
	FeedCategory string    `json:"feed_category"`
	Cluster      string    `json:"cluster"`
	Feud         bool      `json:"feud"`
	Published    time.Time `json:"published"`
	Record       string    `json:"record"`
}

// WriteRecords indexes records in one batch, merging the sources of a story
// already indexed (the same story from another feed keeps every outlet). It
// returns once the batch is persisted.
func (ix *Index) WriteRecords(ctx context.Context, recs []pipeline.Record) error {
	if len(recs) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	// Later records of the same id in one batch win, but keep all sources.
	byID := make(map[string]int, len(recs))
	merged := make([]pipeline.Record, 0, len(recs))
	for _, r := range recs {
		if r.Story.ID == "" {
			return fmt.Errorf("index: record without story id (title %q)", r.Story.Title)
		}
		r.Story.Sources = withSources(r.Story.Sources, r.Story.Source)
		if i, ok := byID[r.Story.ID]; ok {
			r.Story.Sources = withSources(merged[i].Story.Sources, r.Story.Sources...)
			merged[i] = r
			continue
		}
		byID[r.Story.ID] = len(merged)
		merged = append(merged, r)
	}
	existing, err := ix.storedSources(ctx, merged)
	if err != nil {
		return err
	}
	b := ix.stories.NewBatch()
	for _, r := range merged {
		if old, ok := existing[r.Story.ID]; ok {
			r.Story.Sources = withSources(old.sources, r.Story.Sources...)
			if old.source != "" {
				// The first outlet, and the link it gave, stay first.
				r.Story.Source = old.source
				if old.url != "" {
					r.Story.URL = old.url
				}
			}
		}
		// Precomputed search terms are for sinks without a Hindi
		// analyzer; Bleve analyses the text itself and stores none.
		r.Terms = nil
		raw, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("index: encode story %s: %w", r.Story.ID, err)
		}
		d := newStoryDoc(r, string(raw))
		if err := b.Index(r.Story.ID, d); err != nil {
			return fmt.Errorf("index: story %s: %w", r.Story.ID, err)
		}
	}
	if err := ix.stories.Batch(b); err != nil {
		return fmt.Errorf("index: write batch of %d stories: %w", len(merged), err)
	}
	return nil
}

type sourceInfo struct {
	source, url string
	sources     []string
}

// storedSources looks up, in one query, the already indexed stories of a
// batch and their sources.
func (ix *Index) storedSources(ctx context.Context, recs []pipeline.Record) (map[string]sourceInfo, error) {
	ids := make([]string, len(recs))
	for i, r := range recs {
		ids[i] = r.Story.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldRecord}
	res, err := ix.stories.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: look up existing stories: %w", err)
	}
	out := make(map[string]sourceInfo, len(res.Hits))
	for _, h := range res.Hits {
		rec, err := decodeRecord(h)
		if err != nil {
			continue // an unreadable old version is simply replaced
		}
		out[h.ID] = sourceInfo{source: rec.Story.Source, url: rec.Story.URL, sources: rec.Story.Sources}
	}
	return out, nil
}

func withSources(have []string, add ...string) []string {
	out := slices.Clone(have)
	for _, s := range add {
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// WriteEvents indexes tracker events by their deterministic ids.
func (ix *Index) WriteEvents(ctx context.Context, evs []pipeline.Event) error {
	return indexAll(ix.events, "event", evs, func(e pipeline.Event) string { return e.ID }, eventDoc)
}

// WriteAlerts indexes alerts by their deterministic ids.
func (ix *Index) WriteAlerts(ctx context.Context, alerts []pipeline.Alert) error {
	return indexAll(ix.alerts, "alert", alerts, func(a pipeline.Alert) string { return a.ID }, alertDoc)
}

// alertDoc is an alert's document.
func alertDoc(a pipeline.Alert) (map[string]any, error) {
	raw, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("index: encode alert %s: %w", a.ID, err)
	}
	return map[string]any{"rule": a.Rule, "time": a.Time.UTC(), fieldRecord: string(raw)}, nil
}

// indexAll writes the documents of items to idx in one batch, each under
// its id; what names an item in errors.
func indexAll[T any](idx bleve.Index, what string, items []T, id func(T) string, doc func(T) (map[string]any, error)) error {
	if len(items) == 0 {
		return nil
	}
	b := idx.NewBatch()
	for _, it := range items {
		d, err := doc(it)
		if err != nil {
			return err
		}
		if err := b.Index(id(it), d); err != nil {
			return fmt.Errorf("index: %s %s: %w", what, id(it), err)
		}
	}
	if err := idx.Batch(b); err != nil {
		return fmt.Errorf("index: write %d %ss: %w", len(items), what, err)
	}
	return nil
}

// Search answers q over the stories. Text is in the query language of
// searchterms.Parse, folded and stemmed like the indexed text.
func (ix *Index) Search(ctx context.Context, q pipeline.Query) (pipeline.SearchResult, error) {
	size := q.Size
	if size <= 0 {
		size = 20
	}
	if size > MaxSize {
		size = MaxSize
	}
	qq, groups, ok, err := ix.buildQuery(q)
	if err != nil {
		return pipeline.SearchResult{}, err
	}
	if !ok {
		return pipeline.SearchResult{Hits: []pipeline.Hit{}}, nil
	}
	req := bleve.NewSearchRequestOptions(qq, size, q.Offset, false)
	req.Fields = []string{fieldRecord}
	if q.Sort == pipeline.SortNewest || (q.Sort == "" && q.Text == "") {
		req.SortBy([]string{"-" + fieldPublished, "_id"})
	} else {
		req.SortBy([]string{"-_score", "-" + fieldPublished, "_id"})
	}
	var buckets []searchterms.Bucket
	for _, f := range q.Facets {
		switch f {
		case pipeline.FacetEntity:
			req.AddFacet(f, bleve.NewFacetRequest(fieldEntities, FacetSize))
		case pipeline.FacetSource:
			req.AddFacet(f, bleve.NewFacetRequest(fieldSources, FacetSize))
		case pipeline.FacetCategory:
			req.AddFacet(f, bleve.NewFacetRequest(fieldCategory, FacetSize))
		case pipeline.FacetLanguage:
			req.AddFacet(f, bleve.NewFacetRequest(fieldLanguage, FacetSize))
		case pipeline.FacetFeud:
			req.AddFacet(f, bleve.NewFacetRequest(fieldFeud, 2))
		case pipeline.FacetDate:
			oldest, newest, found, err := ix.dateSpan(ctx, qq)
			if err != nil {
				return pipeline.SearchResult{}, err
			}
			if !found {
				continue
			}
			buckets = searchterms.DateBuckets(oldest, newest)
			fr := bleve.NewFacetRequest(fieldPublished, len(buckets))
			for _, b := range buckets {
				fr.AddDateTimeRange(b.Value, b.From, b.To)
			}
			req.AddFacet(f, fr)
		default:
			return pipeline.SearchResult{}, fmt.Errorf("search: no facet %q", f)
		}
	}
	res, err := ix.stories.SearchInContext(ctx, req)
	if err != nil {
		return pipeline.SearchResult{}, fmt.Errorf("search: %w", err)
	}
	out := pipeline.SearchResult{Total: int(res.Total), Hits: make([]pipeline.Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		rec, err := decodeRecord(h)
		if err != nil {
			return out, fmt.Errorf("search: stored story %s: %w", h.ID, err)
		}
		ents := rec.Analysis.Entities
		if ents == nil {
			ents = []string{}
		}
		hit := pipeline.Hit{
			ID: h.ID, Title: rec.Story.Title, URL: rec.Story.URL, Source: rec.Story.Source,
			Published: rec.Story.Published, Entities: ents, Feud: rec.Analysis.Feud, Score: h.Score,
		}
		hit.Highlights = ix.an.HitHighlights(rec.Story.Title, rec.Story.Body, groups)
		out.Hits = append(out.Hits, hit)
	}
	if len(q.Facets) > 0 {
		out.Facets = facetCounts(q.Facets, res.Facets, buckets)
	}
	return out, nil
}

// FacetSize is the most values of a term facet (entity, source, category,
// language).
const FacetSize = 20

// facetCounts turns Bleve's facets into the pipeline's, in the order every
// sink gives: by count, then value; dates by date, empty days included.
func facetCounts(names []string, fs search.FacetResults, buckets []searchterms.Bucket) map[string][]pipeline.FacetCount {
	out := map[string][]pipeline.FacetCount{}
	for _, name := range names {
		fr := fs[name]
		if name == pipeline.FacetDate {
			counts := map[string]int{}
			if fr != nil {
				for _, d := range fr.DateRanges {
					counts[d.Name] = d.Count
				}
			}
			list := make([]pipeline.FacetCount, 0, len(buckets))
			for _, b := range buckets {
				from, to := b.From, b.To
				list = append(list, pipeline.FacetCount{Value: b.Value, Count: counts[b.Value], From: &from, To: &to})
			}
			out[name] = list
			continue
		}
		list := []pipeline.FacetCount{}
		if fr != nil && fr.Terms != nil {
			for _, t := range fr.Terms.Terms() {
				v := t.Term
				if name == pipeline.FacetFeud {
					v = map[string]string{"T": "true", "F": "false"}[v]
				}
				list = append(list, pipeline.FacetCount{Value: v, Count: t.Count})
			}
		}
		slices.SortStableFunc(list, func(a, b pipeline.FacetCount) int {
			if a.Count != b.Count {
				return b.Count - a.Count
			}
			return strings.Compare(a.Value, b.Value)
		})
		out[name] = list
	}
	return out
}

// dateSpan returns the oldest and newest published time of the stories
// matching qq (found is false when none does).
func (ix *Index) dateSpan(ctx context.Context, qq query.Query) (oldest, newest time.Time, found bool, err error) {
	for i, order := range []string{fieldPublished, "-" + fieldPublished} {
		req := bleve.NewSearchRequestOptions(qq, 1, 0, false)
		req.Fields = []string{fieldRecord}
		req.SortBy([]string{order, "_id"})
		res, err := ix.stories.SearchInContext(ctx, req)
		if err != nil {
			return oldest, newest, false, fmt.Errorf("search: date span: %w", err)
		}
		if len(res.Hits) == 0 {
			return oldest, newest, false, nil
		}
		rec, err := decodeRecord(res.Hits[0])
		if err != nil {
			return oldest, newest, false, fmt.Errorf("search: stored story %s: %w", res.Hits[0].ID, err)
		}
		if i == 0 {
			oldest = rec.Story.Published
		} else {
			newest = rec.Story.Published
		}
	}
	return oldest, newest, true, nil
}

// buildQuery turns q into a Bleve query; ok is false when the text keeps
// no term at all (only stop words), which matches nothing.
func (ix *Index) buildQuery(q pipeline.Query) (qq query.Query, groups []searchterms.TermGroup, ok bool, err error) {
	var must, mustNot []query.Query
	if q.Text != "" {
		expr, err := searchterms.Parse(q.Text)
		if err != nil {
			return nil, nil, false, fmt.Errorf("search: query %q: %w", q.Text, err)
		}
		groups, ok = ix.an.Analyse(expr)
		if !ok {
			return nil, nil, false, nil
		}
		for _, g := range groups {
			var alts []query.Query
			for _, a := range g.Atoms {
				alts = append(alts, atomQuery(a)...)
			}
			var gq query.Query = query.NewDisjunctionQuery(alts)
			if g.Not {
				mustNot = append(mustNot, gq)
			} else {
				must = append(must, gq)
			}
		}
	}
	for _, e := range q.Entities {
		must = append(must, termIn(fieldEntities, e))
	}
	for field, vs := range map[string][]string{fieldSources: q.Sources, fieldCategory: q.Categories, fieldLanguage: q.Languages} {
		if len(vs) == 0 {
			continue
		}
		var alts []query.Query
		for _, v := range vs {
			alts = append(alts, termIn(field, v))
		}
		must = append(must, query.NewDisjunctionQuery(alts))
	}
	if q.Feud != nil {
		f := query.NewBoolFieldQuery(*q.Feud)
		f.SetField(fieldFeud)
		must = append(must, f)
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		incl := true
		d := query.NewDateRangeInclusiveQuery(q.From, q.To, &incl, &incl)
		d.SetField(fieldPublished)
		must = append(must, d)
	}
	if len(must) == 0 && len(mustNot) == 0 {
		return query.NewMatchAllQuery(), groups, true, nil
	}
	if len(must) == 0 {
		must = append(must, query.NewMatchAllQuery())
	}
	b := query.NewBooleanQuery(must, nil, nil)
	if len(mustNot) > 0 {
		b.AddMustNot(mustNot...)
	}
	return b, groups, true, nil
}

func termIn(field, v string) query.Query {
	t := query.NewTermQuery(v)
	t.SetField(field)
	return t
}

// atomQuery matches one atom: a term in the title (boost 2) or the body,
// the words of a phrase in order (stop words between them hold their
// place), or an entity.
func atomQuery(a searchterms.TermAtom) []query.Query {
	if a.Entity != "" {
		return []query.Query{termIn(fieldEntities, a.Entity)}
	}
	var out []query.Query
	for _, field := range []string{fieldTitle, fieldBody} {
		var fq interface {
			query.Query
			SetBoost(float64)
		}
		if len(a.Terms) == 1 {
			t := query.NewTermQuery(a.Terms[0])
			t.SetField(field)
			fq = t
		} else {
			p := query.NewMatchPhraseQuery(searchterms.Fold(a.Text))
			p.SetField(field)
			fq = p
		}
		if field == fieldTitle {
			fq.SetBoost(2)
		}
		out = append(out, fq)
	}
	return out
}

// Story returns the stored record of one story.
func (ix *Index) Story(ctx context.Context, id string) (pipeline.Record, bool, error) {
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldRecord}
	res, err := ix.stories.SearchInContext(ctx, req)
	if err != nil {
		return pipeline.Record{}, false, fmt.Errorf("story %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return pipeline.Record{}, false, nil
	}
	rec, err := decodeRecord(res.Hits[0])
	if err != nil {
		return pipeline.Record{}, false, fmt.Errorf("story %s: %w", id, err)
	}
	return rec, true, nil
}

// Events lists stored events, newest first; kind and pair filter when set.
func (ix *Index) Events(ctx context.Context, kind string, size int) ([]pipeline.Event, error) {
	var q query.Query = query.NewMatchAllQuery()
	if kind != "" {
		t := query.NewTermQuery(kind)
		t.SetField("kind")
		q = t
	}
	var out []pipeline.Event
	err := ix.listRecords(ctx, ix.events, q, size, func(raw string) error {
		var e pipeline.Event
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return err
		}
		out = append(out, e)
		return nil
	})
	return out, err
}

// Alerts lists stored alerts, newest first.
func (ix *Index) Alerts(ctx context.Context, size int) ([]pipeline.Alert, error) {
	var out []pipeline.Alert
	err := ix.listRecords(ctx, ix.alerts, query.NewMatchAllQuery(), size, func(raw string) error {
		var a pipeline.Alert
		if err := json.Unmarshal([]byte(raw), &a); err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	return out, err
}

func (ix *Index) listRecords(ctx context.Context, idx bleve.Index, q query.Query, size int, fn func(string) error) error {
	if size <= 0 || size > MaxSize {
		size = MaxSize
	}
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Fields = []string{fieldRecord}
	req.SortBy([]string{"-time", "_id"})
	res, err := idx.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("list: %w", err)
	}
	for _, h := range res.Hits {
		raw, _ := h.Fields[fieldRecord].(string)
		if err := fn(raw); err != nil {
			return fmt.Errorf("list: stored %s: %w", h.ID, err)
		}
	}
	return nil
}

// Count returns the number of indexed stories.
func (ix *Index) Count() (uint64, error) { return ix.stories.DocCount() }

func decodeRecord(h *search.DocumentMatch) (pipeline.Record, error) {
	raw, ok := h.Fields[fieldRecord].(string)
	if !ok {
		return pipeline.Record{}, errors.New("no stored record")
	}
	var rec pipeline.Record
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return rec, err
	}
	return rec, nil
}

// Close closes every index; pending batches were already persisted.
func (ix *Index) Close() error {
	var errs []error
	for _, i := range []bleve.Index{ix.stories, ix.events, ix.alerts} {
		if i != nil {
			if err := i.Close(); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	return nil
}
