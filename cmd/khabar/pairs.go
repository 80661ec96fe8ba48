package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// newPairsCmds returns `khabar pairs` and `khabar pair A B`: the tracker's
// relationships, read from state.db, or from the running instance's API
// (GET /api/pairs, /api/pairs/{a}/{b}) when it holds the file.
func (a *app) newPairsCmds() []*cobra.Command {
	return []*cobra.Command{a.newPairsCmd(), a.newPairCmd()}
}

func (a *app) newPairsCmd() *cobra.Command {
	var (
		entity, state, changed string
		size, offset           int
		asJSON                 bool
	)
	cmd := &cobra.Command{
		Use:   "pairs",
		Short: "List tracked relationships (allies, rivals, mixed), by last activity",
		Long: `Lists the pairs the tracker knows, the most recently active first, with their
settled relationship (allies, rivals, mixed, none), since when, and their
story counts. Reads state.db under the data dir, or asks the running
instance's API (GET /api/pairs) when it holds the file; over Kafka
(bus.kind: kafka) it reads every partition of the pair-state topic.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			v := url.Values{}
			for k, s := range map[string]string{"entity": entity, "state": state, "changed_since": changed} {
				if s != "" {
					v.Set(k, s)
				}
			}
			v.Set("size", strconv.Itoa(size))
			v.Set("offset", strconv.Itoa(offset))
			var list track.PairList
			if err := pairsLocalOrRemote(cmd.Context(), cfg, "/api/pairs?"+v.Encode(), &list); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON || !isTerminal(out) {
				return writeJSONTo(out, list)
			}
			printPairs(out, list)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&entity, "entity", "", "only pairs with this entity id")
	fl.StringVar(&state, "state", "", "only pairs in this state: allies, rivals, mixed, none")
	fl.StringVar(&changed, "changed-since", "", "only pairs whose state changed since (30d, 720h, 2025-06-05, RFC 3339)")
	fl.IntVar(&size, "size", 50, "at most this many pairs (1-1000)")
	fl.IntVar(&offset, "offset", 0, "skip this many (the next page)")
	fl.BoolVar(&asJSON, "json", false, "print the API's JSON answer ({total, offset, size, pairs})")
	return cmd
}

func (a *app) newPairCmd() *cobra.Command {
	var (
		from, to     string
		size, offset int
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "pair A B",
		Short: "Show one relationship: state, history of settled states, timeline",
		Long: `Shows the relationship of two watchlist entities (ids, either order): the
settled state and since when, labelled counts, every change of settled state
with the story that made it, and a page of the timeline (oldest first).
--json prints the API's answer, with the daily series.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			v := url.Values{}
			for k, s := range map[string]string{"from": from, "to": to} {
				if s != "" {
					v.Set(k, s)
				}
			}
			v.Set("size", strconv.Itoa(size))
			v.Set("offset", strconv.Itoa(offset))
			path := "/api/pairs/" + url.PathEscape(args[0]) + "/" + url.PathEscape(args[1]) + "?" + v.Encode()
			var d track.PairDetail
			if err := pairsLocalOrRemote(cmd.Context(), cfg, path, &d); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON || !isTerminal(out) {
				return writeJSONTo(out, d)
			}
			printPair(out, d)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&from, "from", "", "timeline from (2025-06-05 or RFC 3339)")
	fl.StringVar(&to, "to", "", "timeline to (2025-06-05 or RFC 3339)")
	fl.IntVar(&size, "size", 50, "timeline entries (1-1000)")
	fl.IntVar(&offset, "offset", 0, "skip this many timeline entries")
	fl.BoolVar(&asJSON, "json", false, "print the API's JSON answer (with history, timeline and series)")
	return cmd
}

// pairsLocalOrRemote answers path with the API handler over state.db, or
// asks the running instance's API when it holds the file; over Kafka it
// reads every partition of the pair-state topic itself (a one-shot: an
// unreachable broker is an error within bus.kafka.dial_timeout). The same
// parameters, checks and JSON every way.
func pairsLocalOrRemote(ctx context.Context, cfg *config.Config, path string, out any) error {
	statePath := filepath.Join(cfg.DataDir, "state.db")
	var (
		body   []byte
		status int
		r      httpapi.PairReader
		err    error
	)
	if cfg.Bus.Kind == "kafka" {
		bus, kerr := kafka.New(ctx, kafka.FromConfig(cfg.Bus.Kafka), nil)
		if kerr != nil {
			return kerr
		}
		pl := &plumbing{kafka: true, kbus: bus, bus: bus, dataDir: cfg.DataDir, closers: []func() error{bus.Close}}
		defer pl.close()
		if r, err = pl.pairReader(ctx, cfg.Track, nil); err != nil {
			return err
		}
	} else {
		if _, serr := os.Stat(statePath); errors.Is(serr, os.ErrNotExist) {
			return &exitError{code: 1, err: fmt.Errorf("no tracker state in %s yet (run khabar run first)", cfg.DataDir)}
		}
		var st *boltstore.Store
		if st, err = boltstore.Open(statePath); err == nil {
			defer st.Close()
			r = storeReader{store: st, cfg: cfg.Track}
		}
	}
	if err == nil {
		mux := http.NewServeMux()
		mux.Handle("GET /api/pairs", httpapi.PairsHandler(r))
		mux.Handle("GET /api/pairs/{a}/{b}", httpapi.PairHandler(r))
		rec := &memResponse{header: http.Header{}}
		req, rerr := http.NewRequestWithContext(ctx, http.MethodGet, path, nil)
		if rerr != nil {
			return rerr
		}
		mux.ServeHTTP(rec, req)
		body, status = []byte(rec.body.String()), rec.status
	} else {
		localErr := err
		addr := apiAddr(cfg)
		body, status, err = getAPI(ctx, addr, path)
		if err != nil {
			return fmt.Errorf("%v, and the API at %s did not answer: %w", localErr, addr, err)
		}
	}
	if status != http.StatusOK {
		var e httpapi.ErrorBody
		if json.Unmarshal(body, &e) == nil && e.Error != "" {
			code := 1
			if status == http.StatusBadRequest {
				code = 2
				if e.Param != "" {
					e.Error = "--" + strings.ReplaceAll(e.Error, "_", "-")
				}
			}
			return &exitError{code: code, err: errors.New(e.Error)}
		}
		return fmt.Errorf("pairs: status %d: %s", status, strings.TrimSpace(string(body)))
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("pairs: decode answer: %w", err)
	}
	return nil
}

// storeReader reads pairs straight from a state store.
type storeReader struct {
	store pipeline.StateStore
	cfg   config.TrackConfig
}

func (r storeReader) Pairs(ctx context.Context, f track.PairFilter) (track.PairList, error) {
	return track.ListPairs(ctx, r.store, f)
}

func (r storeReader) Detail(ctx context.Context, a, b string, f track.TimelineFilter) (track.PairDetail, bool, error) {
	return track.ReadPairDetail(ctx, r.store, r.cfg, a, b, f)
}

// memResponse is an http.ResponseWriter in memory.
type memResponse struct {
	header http.Header
	status int
	body   strings.Builder
}

func (m *memResponse) Header() http.Header { return m.header }
func (m *memResponse) WriteHeader(s int)   { m.status = s }
func (m *memResponse) Write(p []byte) (int, error) {
	if m.status == 0 {
		m.status = http.StatusOK
	}
	return m.body.Write(p)
}

func getAPI(ctx context.Context, addr, path string) ([]byte, int, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+path, nil)
	if err != nil {
		return nil, 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, 0, fmt.Errorf("API %s: %w", addr, err)
	}
	return body, resp.StatusCode, nil
}

func writeJSONTo(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.UTC().Format("2006-01-02")
}

func printPairs(w io.Writer, list track.PairList) {
	if list.Total == 0 {
		fmt.Fprintln(w, "no pairs")
		return
	}
	fmt.Fprintf(w, "showing %d–%d of %d pairs (most recently active first)\n", list.Offset+1, list.Offset+len(list.Pairs), list.Total)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PAIR\tSTATE\tSINCE\tSTORIES\tHOSTILE\tSUPPORTIVE\tLAST")
	for _, p := range list.Pairs {
		fmt.Fprintf(tw, "%s × %s\t%s\t%s\t%d\t%d\t%d\t%s\n", p.Pair[0], p.Pair[1], p.State, day(p.Since),
			p.Counts.Stories, p.Counts.HostileStories, p.Counts.SupportiveStories, day(p.LastSeen))
	}
	tw.Flush()
	if next := list.Offset + len(list.Pairs); next < list.Total {
		fmt.Fprintf(w, "more: --offset %d\n", next)
	}
}

func printPair(w io.Writer, d track.PairDetail) {
	fmt.Fprintf(w, "%s × %s: %s", d.Pair[0], d.Pair[1], d.State)
	if !d.Since.IsZero() {
		fmt.Fprintf(w, " since %s (story %s)", day(d.Since), d.SinceStory)
	}
	fmt.Fprintf(w, "\n%d stories %s … %s: %d hostile, %d supportive, %d unasserted stances ignored\n",
		d.Counts.Stories, day(d.FirstSeen), day(d.LastSeen), d.Counts.HostileStories, d.Counts.SupportiveStories, d.Counts.Unasserted)
	for _, dc := range d.Counts.Directions {
		fmt.Fprintf(w, "  %s → %s: %d hostile, %d supportive stances\n", dc.Source, dc.Target, dc.Hostile, dc.Supportive)
	}
	fmt.Fprintln(w, "\nhistory:")
	if len(d.History) == 0 {
		fmt.Fprintln(w, "  (no settled state yet)")
	}
	for _, c := range d.History {
		ev := ""
		if c.Event != "" {
			ev = "  [" + strings.SplitN(c.Event, ":", 2)[0] + "]"
		}
		fmt.Fprintf(w, "  %s  %s → %s%s  %s (%s)\n", day(c.Time), c.From, c.To, ev, truncateWidth(c.Title, 60), c.Source)
	}
	tl := d.Timeline
	fmt.Fprintf(w, "\ntimeline (%d–%d of %d):\n", tl.Offset+min(1, len(tl.Entries)), tl.Offset+len(tl.Entries), tl.Total)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  DATE\tPOLARITY\tSOURCE\tTITLE")
	for _, e := range tl.Entries {
		pol := e.Polarity
		if e.Late {
			pol += " (late)"
		}
		if e.Clamped {
			pol += " (future date)"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", day(e.Time), pol, e.Source, truncateWidth(e.Title, 60))
	}
	tw.Flush()
	if next := tl.Offset + len(tl.Entries); next < tl.Total {
		fmt.Fprintf(w, "more: --offset %d\n", next)
	}
}
