package pipeline

import (
	"context"
	"time"
)

// Sort orders of a search.
const (
	SortRelevance = "relevance" // best first
	SortNewest    = "newest"    // newest published first
)

// Query is a search over indexed stories. Every sink answers the same query
// the same way, so users can switch sinks without relearning.
type Query struct {
	Text     string    // Hindi/English full text over title and body
	Entities []string  // all of these watchlist ids
	Feud     *bool     // nil: either
	From, To time.Time // published range, zero = open
	Size     int       // at most this many hits
	Offset   int
	Sort     string // SortRelevance (default when Text is set) or SortNewest
	// Sources, Categories and Languages filter (any of each list); empty =
	// all. A story's category is its own topic (Topics), its language the
	// one it is written in (Languages), both as the work stage read them.
	Sources    []string
	Categories []string
	Languages  []string
	// Facets asks for counts over the matching stories by FacetEntity,
	// FacetSource, FacetCategory, FacetLanguage, FacetFeud and FacetDate.
	Facets []string
}

// Facet names.
const (
	FacetEntity   = "entity"
	FacetSource   = "source"
	FacetCategory = "category" // the story's own topic
	FacetLanguage = "language"
	FacetFeud     = "feud"
	FacetDate     = "date" // a histogram: days, or months over a span of more than 92 days
)

// FacetCount is one value of a facet and the number of matching stories
// with it. A date bucket's Value is its first day (2025-06-05, or 2025-06
// for a month), with From and To its half-open range.
type FacetCount struct {
	Value string     `json:"value"`
	Count int        `json:"count"`
	From  *time.Time `json:"from,omitempty"`
	To    *time.Time `json:"to,omitempty"`
}

// Hit is one search result.
type Hit struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Published time.Time `json:"published"`
	Entities  []string  `json:"entities"`
	Feud      bool      `json:"feud"`
	Score     float64   `json:"score"`
	// Highlights are fragments of "title" and "body" with the matched
	// words in <mark>…</mark>, HTML-escaped; none without query text.
	Highlights map[string][]string `json:"highlights,omitempty"`
}

// SearchResult answers a Query.
type SearchResult struct {
	Total int   `json:"total"`
	Hits  []Hit `json:"hits"`
	// Facets holds the counts asked for by Query.Facets, by facet name;
	// values by count (then value), date buckets by date.
	Facets map[string][]FacetCount `json:"facets,omitempty"`
}

// Searcher answers queries over indexed stories.
type Searcher interface {
	Search(ctx context.Context, q Query) (SearchResult, error)
	// Story returns one stored record; ok is false when there is none.
	Story(ctx context.Context, id string) (rec Record, ok bool, err error)
}

// Sink is where the index stage writes. Writes are idempotent: documents
// carry deterministic ids, so a replay overwrites and never duplicates. A
// write returns only once its documents are durable.
type Sink interface {
	WriteRecords(ctx context.Context, recs []Record) error
	WriteEvents(ctx context.Context, evs []Event) error
	WriteAlerts(ctx context.Context, alerts []Alert) error
	Close() error
}
