// Package httpapi serves khabar's HTTP API: search, stories, health,
// metrics, and the routes other parts contribute (alerts, pairs, feeds).
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// Config configures the server.
type Config struct {
	Listen string
	// Routes are extra handlers by Go 1.22 pattern ("GET /api/alerts").
	Routes map[string]http.Handler
	// Metrics serves /metrics (promhttp.HandlerFor the process registry).
	Metrics http.Handler
	// Ready reports nil when the process is healthy (for /healthz).
	Ready func(ctx context.Context) error
	// Watchlist resolves entity names and aliases in searches (nil: ids
	// are unknown, every entity parameter is refused).
	Watchlist *watchlist.Watchlist
	// Started, when set, is told the address once bound (the CLI records
	// it in the data dir); the func it returns runs when Serve returns.
	Started func(addr string) (done func(), err error)
}

// Server is the API server.
type Server struct {
	cfg    Config
	search pipeline.Searcher
	log    *slog.Logger
	srv    *http.Server
	ln     net.Listener
	ents   *Entities
	done   func()
}

// New builds the server; Start binds it.
func New(cfg Config, search pipeline.Searcher, log *slog.Logger) (*Server, error) {
	if search == nil {
		return nil, errors.New("httpapi: no searcher")
	}
	s := &Server{cfg: cfg, search: search, log: log, ents: NewEntities(cfg.Watchlist)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/search", s.handleSearch)
	mux.HandleFunc("POST /api/search", s.handleSearch)
	mux.HandleFunc("GET /api/entities", s.handleEntities)
	mux.HandleFunc("GET /api/stories/{id}", s.handleStory)
	mux.HandleFunc("GET /healthz", s.handleHealth)
	if cfg.Metrics != nil {
		mux.Handle("GET /metrics", cfg.Metrics)
	}
	for pattern, h := range cfg.Routes {
		mux.Handle(pattern, h)
	}
	page, assets := webHandler()
	mux.Handle("GET /{$}", page)
	mux.Handle("GET /assets/", assets)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		WriteError(w, http.StatusNotFound, "", "no such endpoint: "+r.URL.Path)
	})
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	return s, nil
}

// Handler returns the server's handler (for tests).
func (s *Server) Handler() http.Handler { return s.srv.Handler }

// Start binds the listen address; Serve then answers on it.
func (s *Server) Start() (addr string, err error) {
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return "", fmt.Errorf("http listen %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	addr = ln.Addr().String()
	if s.cfg.Started != nil {
		done, err := s.cfg.Started(addr)
		if err != nil {
			ln.Close()
			return "", err
		}
		s.done = done
	}
	return addr, nil
}

// Serve answers until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context) error {
	if s.done != nil {
		defer s.done()
	}
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("http shutdown: %w", err)
	}
	<-errc
	return nil
}

// SearchParams are the parameters of GET /api/search (and the fields of
// POST /api/search's JSON body). category is the story's own topic (as the
// work stage read it, not its feed's), and topic another name for it;
// language the story's own language.
var SearchParams = []string{"q", "entity", "source", "category", "topic", "language", "feud", "from", "to", "size", "offset", "sort", "facets"}

// Facets are the facet names of the facets parameter.
var Facets = []string{pipeline.FacetEntity, pipeline.FacetSource, pipeline.FacetCategory, pipeline.FacetLanguage, pipeline.FacetFeud, pipeline.FacetDate}

// CheckParams is a 400 naming every parameter of v not in known, with the
// closest known one.
func CheckParams(v map[string][]string, known []string) error {
	var bad []string
	for k := range v {
		if !slices.Contains(known, k) {
			bad = append(bad, k)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	sort.Strings(bad)
	var parts []string
	for _, b := range bad {
		best, bd := "", 1<<30
		for _, k := range known {
			if d := editDistance(b, k); d < bd {
				best, bd = k, d
			}
		}
		hint := ""
		if bd <= 3 {
			hint = fmt.Sprintf(" (did you mean %s?)", best)
		}
		parts = append(parts, fmt.Sprintf("%q%s", b, hint))
	}
	return &ParamError{bad[0], fmt.Sprintf("unknown parameter %s; known: %s", strings.Join(parts, ", "), strings.Join(known, ", "))}
}

// listValues splits repeated and comma-separated values.
func listValues(vs []string) []string {
	var out []string
	for _, e := range vs {
		for _, p := range strings.Split(e, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// ParseQuery reads the search parameters; a bad one is a *ParamError.
// Unknown parameters are refused. Entities are resolved through ents (an
// id in any case, a name or an alias in any script); in the text, a word or
// phrase that is an alias also finds the entity's stories.
func ParseQuery(v map[string][]string, ents *Entities) (pipeline.Query, error) {
	if ents == nil {
		ents = NewEntities(nil)
	}
	get := func(k string) string {
		if vs := v[k]; len(vs) > 0 {
			return strings.TrimSpace(vs[len(vs)-1])
		}
		return ""
	}
	q := pipeline.Query{Size: 20}
	if err := CheckParams(v, SearchParams); err != nil {
		return q, err
	}
	if text := get("q"); text != "" {
		if len(text) > 1000 {
			return q, &ParamError{"q", "longer than 1000 bytes"}
		}
		expr, err := searchterms.Parse(text)
		if err != nil {
			return q, &ParamError{"q", err.Error()}
		}
		q.Text = expr.Expand(ents.expand).String()
	}
	for _, e := range listValues(v["entity"]) {
		ids := ents.Resolve(e)
		switch {
		case len(ids) == 0:
			return q, ents.unknownEntity(e)
		case len(ids) > 1:
			return q, &ParamError{"entity", fmt.Sprintf("%q names several entities: %s; give one id", e, strings.Join(ids, ", "))}
		}
		if !slices.Contains(q.Entities, ids[0]) {
			q.Entities = append(q.Entities, ids[0])
		}
	}
	q.Sources = listValues(v["source"])
	for _, k := range []string{"category", "topic"} {
		for _, c := range listValues(v[k]) {
			if !slices.Contains(pipeline.Topics(), c) {
				return q, &ParamError{k, fmt.Sprintf("%q is not a topic: one of %s", c, strings.Join(pipeline.Topics(), ", "))}
			}
			if !slices.Contains(q.Categories, c) {
				q.Categories = append(q.Categories, c)
			}
		}
	}
	for _, l := range listValues(v["language"]) {
		if !slices.Contains(pipeline.Languages(), l) {
			return q, &ParamError{"language", fmt.Sprintf("%q is not one of %s", l, strings.Join(pipeline.Languages(), ", "))}
		}
		if !slices.Contains(q.Languages, l) {
			q.Languages = append(q.Languages, l)
		}
	}
	for _, f := range listValues(v["facets"]) {
		if !slices.Contains(Facets, f) {
			return q, &ParamError{"facets", fmt.Sprintf("%q is not one of %s", f, strings.Join(Facets, ", "))}
		}
		if !slices.Contains(q.Facets, f) {
			q.Facets = append(q.Facets, f)
		}
	}
	if f := get("feud"); f != "" {
		b, err := strconv.ParseBool(f)
		if err != nil {
			return q, &ParamError{"feud", fmt.Sprintf("%q is not true or false", f)}
		}
		q.Feud = &b
	}
	var err error
	if q.From, err = parseTime("from", get("from"), false); err != nil {
		return q, err
	}
	if q.To, err = parseTime("to", get("to"), true); err != nil {
		return q, err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return q, &ParamError{"to", "is before from"}
	}
	if s := get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1000 {
			return q, &ParamError{"size", fmt.Sprintf("%q is not a number from 1 to 1000", s)}
		}
		q.Size = n
	}
	if s := get("offset"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 10000 {
			return q, &ParamError{"offset", fmt.Sprintf("%q is not a number from 0 to 10000", s)}
		}
		q.Offset = n
	}
	switch s := get("sort"); s {
	case "":
	case "newest", "date":
		q.Sort = pipeline.SortNewest
	case "relevance", "score", "best":
		q.Sort = pipeline.SortRelevance
	default:
		return q, &ParamError{"sort", fmt.Sprintf("%q is not newest or relevance", s)}
	}
	return q, nil
}

// SearchAnswer is the JSON of /api/search: the page of hits asked for,
// where it starts, and the facets asked for.
type SearchAnswer struct {
	Total  int                              `json:"total"`
	Offset int                              `json:"offset"`
	Size   int                              `json:"size"`
	Hits   []pipeline.Hit                   `json:"hits"`
	Facets map[string][]pipeline.FacetCount `json:"facets,omitempty"`
}

// searchBody reads POST /api/search's JSON body into the GET parameters:
// every field as its parameter, lists as JSON arrays or comma lists,
// numbers and booleans as JSON numbers and booleans or strings.
func searchBody(r *http.Request) (url.Values, error) {
	var body map[string]json.RawMessage
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20))
	if err := dec.Decode(&body); err != nil {
		return nil, &ParamError{"", "the body is not a JSON object: " + err.Error()}
	}
	v := url.Values{}
	for k, raw := range body {
		var list []any
		if err := json.Unmarshal(raw, &list); err != nil {
			var one any
			if err := json.Unmarshal(raw, &one); err != nil {
				return nil, &ParamError{k, err.Error()}
			}
			list = []any{one}
		}
		for _, x := range list {
			switch x := x.(type) {
			case string:
				v.Add(k, x)
			case float64:
				v.Add(k, strconv.FormatFloat(x, 'f', -1, 64))
			case bool:
				v.Add(k, strconv.FormatBool(x))
			case nil:
			default:
				return nil, &ParamError{k, "must be a string, number, boolean or a list of them"}
			}
		}
	}
	return v, nil
}

// parseTime accepts RFC 3339 or a date (YYYY-MM-DD; for "to", the end of
// that day, so to=2025-06-05 includes the whole day).
func parseTime(name, s string, endOfDay bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, &ParamError{name, fmt.Sprintf("%q is not a date (2025-06-05) or RFC 3339 time", s)}
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, nil
}

// ParamError is a bad request parameter.
type ParamError struct {
	Param string
	Msg   string
}

func (e *ParamError) Error() string { return e.Param + ": " + e.Msg }

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	if r.Method == http.MethodPost {
		var err error
		if v, err = searchBody(r); err != nil {
			writeParamError(w, err)
			return
		}
	}
	q, err := ParseQuery(v, s.ents)
	if err != nil {
		writeParamError(w, err)
		return
	}
	res, err := s.search.Search(r.Context(), q)
	if err != nil {
		s.log.Error("search failed", "query", r.URL.RawQuery, "err", err)
		WriteError(w, http.StatusInternalServerError, "", "search failed")
		return
	}
	if res.Hits == nil {
		res.Hits = []pipeline.Hit{}
	}
	WriteJSON(w, http.StatusOK, SearchAnswer{Total: res.Total, Offset: q.Offset, Size: q.Size, Hits: res.Hits, Facets: res.Facets})
}

// writeParamError answers a 400 naming the parameter at fault.
func writeParamError(w http.ResponseWriter, err error) {
	var pe *ParamError
	if errors.As(err, &pe) {
		WriteError(w, http.StatusBadRequest, pe.Param, err.Error())
		return
	}
	WriteError(w, http.StatusBadRequest, "", err.Error())
}

func (s *Server) handleStory(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	rec, ok, err := s.search.Story(r.Context(), id)
	if err != nil {
		s.log.Error("story lookup failed", "id", id, "err", err)
		WriteError(w, http.StatusInternalServerError, "", "lookup failed")
		return
	}
	if !ok {
		WriteError(w, http.StatusNotFound, "id", "no story "+id)
		return
	}
	WriteJSON(w, http.StatusOK, rec)
}

// EntityInfo is one watchlist entity in GET /api/entities.
type EntityInfo struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// handleEntities lists the watchlist's ids and display names (the page
// shows names, and completes the entity filter from them).
func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) {
	out := []EntityInfo{}
	for _, id := range s.ents.ids {
		out = append(out, EntityInfo{ID: id, Name: s.ents.Name(id)})
	}
	WriteJSON(w, http.StatusOK, map[string]any{"total": len(out), "entities": out})
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Ready != nil {
		if err := s.cfg.Ready(r.Context()); err != nil {
			WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
			return
		}
	}
	WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
