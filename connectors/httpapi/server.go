// Package httpapi serves khabar's HTTP API: search, stories, health,
// metrics, and the routes other parts contribute (alerts, pairs, feeds).
package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

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
}

// Server is the API server.
type Server struct {
	cfg    Config
	search pipeline.Searcher
	log    *slog.Logger
	srv    *http.Server
	ln     net.Listener
}

// New builds the server; Start binds it.
func New(cfg Config, search pipeline.Searcher, log *slog.Logger) (*Server, error) {
	if search == nil {
		return nil, errors.New("httpapi: no searcher")
	}
	s := &Server{cfg: cfg, search: search, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/search", s.handleSearch)
	mux.HandleFunc("GET /api/stories/{id}", s.handleStory)
	mux.HandleFunc("GET /healthz", s.handleHealth)
	if cfg.Metrics != nil {
		mux.Handle("GET /metrics", cfg.Metrics)
	}
	for pattern, h := range cfg.Routes {
		mux.Handle(pattern, h)
	}
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
	return ln.Addr().String(), nil
}

// Serve answers until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context) error {
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

// ParseQuery reads the search parameters; a bad one is an *ParamError.
func ParseQuery(v map[string][]string) (pipeline.Query, error) {
	get := func(k string) string {
		if vs := v[k]; len(vs) > 0 {
			return strings.TrimSpace(vs[len(vs)-1])
		}
		return ""
	}
	q := pipeline.Query{Text: get("q"), Size: 20}
	for _, e := range v["entity"] {
		for _, p := range strings.Split(e, ",") {
			if p = strings.TrimSpace(p); p != "" {
				q.Entities = append(q.Entities, p)
			}
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
	if len(q.Text) > 1000 {
		return q, &ParamError{"q", "longer than 1000 bytes"}
	}
	return q, nil
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
	q, err := ParseQuery(r.URL.Query())
	if err != nil {
		var pe *ParamError
		if errors.As(err, &pe) {
			WriteError(w, http.StatusBadRequest, pe.Param, err.Error())
			return
		}
		WriteError(w, http.StatusBadRequest, "", err.Error())
		return
	}
	res, err := s.search.Search(r.Context(), q)
	if err != nil {
		s.log.Error("search failed", "query", r.URL.RawQuery, "err", err)
		WriteError(w, http.StatusInternalServerError, "", "search failed")
		return
	}
	WriteJSON(w, http.StatusOK, res)
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

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Ready != nil {
		if err := s.cfg.Ready(r.Context()); err != nil {
			WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": err.Error()})
			return
		}
	}
	WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
