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

// AlertsAnswer is the JSON of GET /api/alerts: the true number of alerts
// matching the filter, and the page asked for.
type AlertsAnswer struct {
	Total  int              `json:"total"`
	Offset int              `json:"offset"`
	Size   int              `json:"size"`
	Alerts []pipeline.Alert `json:"alerts"`
}

// AlertParams are the parameters of GET /api/alerts.
var AlertParams = []string{"rule", "since", "until", "offset", "size"}

// AlertQuery is a parsed GET /api/alerts: the filter (without a size: the
// page is cut after counting), until, and the page.
type AlertQuery struct {
	Filter alert.Filter
	Until  time.Time // fired at or before; zero: no bound
	Offset int
	Size   int
}

// ParseAlertQuery reads rule, since, until, offset and size. since and
// until are RFC 3339 times, dates (until: the end of that day), or
// durations back from now ("24h"); a bad one is a *ParamError, as is an
// unknown parameter.
func ParseAlertQuery(v map[string][]string, now time.Time) (AlertQuery, error) {
	get := func(k string) string {
		if vs := v[k]; len(vs) > 0 {
			return strings.TrimSpace(vs[len(vs)-1])
		}
		return ""
	}
	q := AlertQuery{Filter: alert.Filter{Rule: get("rule")}, Size: 50}
	if err := CheckParams(v, AlertParams); err != nil {
		return q, err
	}
	for _, p := range []struct {
		name  string
		to    *time.Time
		endOf bool
	}{{"since", &q.Filter.Since, false}, {"until", &q.Until, true}} {
		s := get(p.name)
		if s == "" {
			continue
		}
		if d, err := time.ParseDuration(s); err == nil {
			if d < 0 {
				return q, &ParamError{p.name, "a duration back from now must not be negative"}
			}
			*p.to = now.Add(-d)
			continue
		}
		t, err := parseTime(p.name, s, p.endOf)
		if err != nil {
			return q, &ParamError{p.name, fmt.Sprintf("%q is not a duration (24h), a date (2025-06-05) or an RFC 3339 time", s)}
		}
		*p.to = t
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
		if err != nil || n < 0 {
			return q, &ParamError{"offset", fmt.Sprintf("%q is not a number from 0 up", s)}
		}
		q.Offset = n
	}
	return q, nil
}

// AllAlerts is the Filter.Size that lists every stored alert (the page is
// cut after counting).
const AllAlerts = 1 << 30

// Page filters alerts (newest first, as listed) by Until and cuts the page.
func (q AlertQuery) Page(all []pipeline.Alert) AlertsAnswer {
	kept := make([]pipeline.Alert, 0, len(all))
	for _, a := range all {
		if q.Until.IsZero() || !a.Time.After(q.Until) {
			kept = append(kept, a)
		}
	}
	ans := AlertsAnswer{Total: len(kept), Offset: q.Offset, Size: q.Size, Alerts: []pipeline.Alert{}}
	if q.Offset < len(kept) {
		ans.Alerts = kept[q.Offset:min(len(kept), q.Offset+q.Size)]
	}
	return ans
}

// AlertPager lists one page of stored alerts and the true total without
// decoding the others; *alert.Engine is one (a time-ordered index of the
// alerts, see alert.ListPageStored).
type AlertPager interface {
	ListPage(ctx context.Context, f alert.Filter) (alert.Page, error)
}

// AlertsHandler answers GET /api/alerts?rule=&since=&until=&offset=&size=
// with stored alerts, newest first, and their true total. When l is an
// AlertPager only the page's alerts are read and decoded; otherwise every
// alert matching the filter is listed and the page cut from them.
func AlertsHandler(l AlertLister) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q, err := ParseAlertQuery(r.URL.Query(), time.Now())
		if err != nil {
			writeParamError(w, err)
			return
		}
		if p, ok := l.(AlertPager); ok {
			f := q.Filter
			f.Until, f.Offset, f.Size = q.Until, q.Offset, q.Size
			page, err := p.ListPage(r.Context(), f)
			if err != nil {
				WriteError(w, http.StatusInternalServerError, "", "listing alerts failed: "+err.Error())
				return
			}
			ans := AlertsAnswer{Total: page.Total, Offset: q.Offset, Size: q.Size, Alerts: page.Alerts}
			if ans.Alerts == nil {
				ans.Alerts = []pipeline.Alert{}
			}
			WriteJSON(w, http.StatusOK, ans)
			return
		}
		f := q.Filter
		f.Size = AllAlerts
		alerts, err := l.List(r.Context(), f)
		if err != nil {
			WriteError(w, http.StatusInternalServerError, "", "listing alerts failed: "+err.Error())
			return
		}
		WriteJSON(w, http.StatusOK, q.Page(alerts))
	})
}
