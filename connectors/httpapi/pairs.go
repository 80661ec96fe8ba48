package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/khabar/khabar/pipeline/track"
)

// PairReader is what the pairs endpoints read; *track.Tracker is one.
type PairReader interface {
	Pairs(ctx context.Context, f track.PairFilter) (track.PairList, error)
	Detail(ctx context.Context, a, b string, f track.TimelineFilter) (track.PairDetail, bool, error)
}

var (
	pairsParams = []string{"entity", "state", "changed_since", "size", "offset"}
	pairParams  = []string{"from", "to", "size", "offset"}
)

// PairsHandler answers GET /api/pairs?entity=&state=&changed_since=&size=&offset=
// with the pairs sorted by last activity, newest first (the JSON of
// track.PairList; pipeline/track/README.md documents it).
func PairsHandler(r PairReader) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		v := req.URL.Query()
		if err := CheckParams(v, pairsParams); err != nil {
			writeParamError(w, err)
			return
		}
		f := track.PairFilter{Entity: pairGet(v, "entity"), State: pairGet(v, "state")}
		switch f.State {
		case "", track.StateAllies, track.StateRivals, track.StateMixed, track.StateNone:
		default:
			writeParamError(w, &ParamError{"state", fmt.Sprintf("%q is not allies, rivals, mixed or none", f.State)})
			return
		}
		var err error
		if f.ChangedSince, err = pairSince(pairGet(v, "changed_since"), time.Now()); err != nil {
			writeParamError(w, err)
			return
		}
		if f.Offset, f.Size, err = pairPage(v); err != nil {
			writeParamError(w, err)
			return
		}
		list, err := r.Pairs(req.Context(), f)
		if err != nil {
			WriteError(w, http.StatusInternalServerError, "", "listing pairs failed: "+err.Error())
			return
		}
		WriteJSON(w, http.StatusOK, list)
	})
}

// PairHandler answers GET /api/pairs/{a}/{b}?from=&to=&size=&offset= with
// the pair's summary, labelled counts, settled-state history, a page of its
// timeline and its daily series (track.PairDetail), in either order of a
// and b; 404 when the pair has no history.
func PairHandler(r PairReader) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		a, b := req.PathValue("a"), req.PathValue("b")
		for _, p := range []struct{ name, v string }{{"a", a}, {"b", b}} {
			if p.v == "" || len(p.v) > 200 || strings.ContainsAny(p.v, "|\x00 ") {
				WriteError(w, http.StatusBadRequest, p.name, fmt.Sprintf("%q is not an entity id", p.v))
				return
			}
		}
		if a == b {
			WriteError(w, http.StatusBadRequest, "b", "a pair needs two different entities")
			return
		}
		v := req.URL.Query()
		if err := CheckParams(v, pairParams); err != nil {
			writeParamError(w, err)
			return
		}
		var (
			f   track.TimelineFilter
			err error
		)
		if f.From, err = parseTime("from", pairGet(v, "from"), false); err != nil {
			writeParamError(w, err)
			return
		}
		if f.To, err = parseTime("to", pairGet(v, "to"), true); err != nil {
			writeParamError(w, err)
			return
		}
		if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
			writeParamError(w, &ParamError{"to", "is before from"})
			return
		}
		if f.Offset, f.Size, err = pairPage(v); err != nil {
			writeParamError(w, err)
			return
		}
		d, ok, err := r.Detail(req.Context(), a, b, f)
		if err != nil {
			WriteError(w, http.StatusInternalServerError, "", "reading the pair failed: "+err.Error())
			return
		}
		if !ok {
			WriteError(w, http.StatusNotFound, "", fmt.Sprintf("no stances between %s and %s yet", a, b))
			return
		}
		WriteJSON(w, http.StatusOK, d)
	})
}

func pairGet(v map[string][]string, k string) string {
	if vs := v[k]; len(vs) > 0 {
		return strings.TrimSpace(vs[len(vs)-1])
	}
	return ""
}

func pairPage(v map[string][]string) (offset, size int, err error) {
	size = 50
	if s := pairGet(v, "size"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1000 {
			return 0, 0, &ParamError{"size", fmt.Sprintf("%q is not a number from 1 to 1000", s)}
		}
		size = n
	}
	if s := pairGet(v, "offset"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n > 1000000 {
			return 0, 0, &ParamError{"offset", fmt.Sprintf("%q is not a number from 0 to 1000000", s)}
		}
		offset = n
	}
	return offset, size, nil
}

// pairSince reads a duration back from now ("720h", "30d"), a date or an
// RFC 3339 time.
func pairSince(s string, now time.Time) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if d, ok := strings.CutSuffix(s, "d"); ok {
		if n, err := strconv.Atoi(d); err == nil && n >= 0 {
			return now.Add(-time.Duration(n) * 24 * time.Hour), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	t, err := parseTime("changed_since", s, false)
	if err != nil {
		return time.Time{}, &ParamError{"changed_since", fmt.Sprintf("%q is not a duration (720h, 30d), a date (2025-06-05) or an RFC 3339 time", s)}
	}
	return t, nil
}
