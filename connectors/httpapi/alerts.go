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
)

// AlertLister lists stored alerts; *alert.Engine is one.
type AlertLister interface {
	List(ctx context.Context, f alert.Filter) ([]pipeline.Alert, error)
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
