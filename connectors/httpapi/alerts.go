package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/track"
)

// AlertLister lists stored alerts; *alert.Engine is one.
type AlertLister interface {
	List(ctx context.Context, f alert.Filter) ([]pipeline.Alert, error)
}

// PairGetter returns a pair's relationship; *track.Tracker is one.
type PairGetter interface {
	Pair(ctx context.Context, a, b string) (track.PairState, bool, error)
}

// AlertsAnswer is the JSON of GET /api/alerts.
type AlertsAnswer struct {
	Total  int              `json:"total"`
	Alerts []pipeline.Alert `json:"alerts"`
}

// ParseAlertFilter reads rule, since and size. since is an RFC 3339 time, a
// date, or a duration back from now ("24h"); a bad one is a *ParamError.
func ParseAlertFilter(v map[string][]string, now time.Time) (alert.Filter, error) {
	get := func(k string) string {
		if vs := v[k]; len(vs) > 0 {
			return strings.TrimSpace(vs[len(vs)-1])
		}
		return ""
	}
	f := alert.Filter{Rule: get("rule"), Size: 50}
	if s := get("since"); s != "" {
		if d, err := time.ParseDuration(s); err == nil {
			if d < 0 {
				return f, &ParamError{"since", "a duration back from now must not be negative"}
			}
			f.Since = now.Add(-d)
		} else {
			t, err := parseTime("since", s, false)
			if err != nil {
				return f, &ParamError{"since", fmt.Sprintf("%q is not a duration (24h), a date (2025-06-05) or an RFC 3339 time", s)}
			}
			f.Since = t
		}
	}
	if s := get("size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1000 {
			return f, &ParamError{"size", fmt.Sprintf("%q is not a number from 1 to 1000", s)}
		}
		f.Size = n
	}
	return f, nil
}

// AlertsHandler answers GET /api/alerts?rule=&since=&size= with stored
// alerts, newest first.
func AlertsHandler(l AlertLister) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, err := ParseAlertFilter(r.URL.Query(), time.Now())
		if err != nil {
			pe := err.(*ParamError)
			WriteError(w, http.StatusBadRequest, pe.Param, err.Error())
			return
		}
		alerts, err := l.List(r.Context(), f)
		if err != nil {
			WriteError(w, http.StatusInternalServerError, "", "listing alerts failed: "+err.Error())
			return
		}
		if alerts == nil {
			alerts = []pipeline.Alert{}
		}
		WriteJSON(w, http.StatusOK, AlertsAnswer{Total: len(alerts), Alerts: alerts})
	})
}

// PairHandler answers GET /api/pairs/{a}/{b} with the pair's state and
// timeline, in either order of a and b; 404 when the pair has no history.
func PairHandler(g PairGetter) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a, b := r.PathValue("a"), r.PathValue("b")
		for _, p := range []struct{ name, v string }{{"a", a}, {"b", b}} {
			if p.v == "" || len(p.v) > 200 || strings.ContainsAny(p.v, "|\x00") {
				WriteError(w, http.StatusBadRequest, p.name, fmt.Sprintf("%q is not an entity id", p.v))
				return
			}
		}
		if a == b {
			WriteError(w, http.StatusBadRequest, "b", "a pair needs two different entities")
			return
		}
		st, ok, err := g.Pair(r.Context(), a, b)
		if err != nil {
			WriteError(w, http.StatusInternalServerError, "", "reading the pair failed: "+err.Error())
			return
		}
		if !ok {
			WriteError(w, http.StatusNotFound, "", fmt.Sprintf("no stances between %s and %s yet", a, b))
			return
		}
		if st.Timeline == nil {
			st.Timeline = []track.Entry{}
		}
		WriteJSON(w, http.StatusOK, st)
	})
}
