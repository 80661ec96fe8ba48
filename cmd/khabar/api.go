package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	dto "github.com/prometheus/client_model/go"

	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
)

// newAPI builds the HTTP API (connectors/httpapi) of a process: search,
// stories, health and metrics from the sink and the registry, plus routes
// (those of the roles running here, from pipelineGraph). wl resolves
// entity names in searches; nil loads the configured watchlist.
func newAPI(cfg *config.Config, reg *prometheus.Registry, search pipeline.Searcher, routes map[string]http.Handler, wl *watchlist.Watchlist, log *slog.Logger) (*httpapi.Server, error) {
	if wl == nil {
		var err error
		if wl, err = loadWatchlist(cfg.Watchlist); err != nil {
			return nil, fmt.Errorf("http api: %w", err)
		}
	}
	api, err := httpapi.New(httpapi.Config{
		Listen:    cfg.HTTP.Listen,
		Metrics:   promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}),
		Routes:    routes,
		Watchlist: wl,
		Started:   func(addr string) (func(), error) { return recordAPIAddr(cfg.DataDir, addr) },
	}, search, log)
	if err != nil {
		return nil, fmt.Errorf("http api: %w", err)
	}
	return api, nil
}

// printKafkaWhere tells where the API of a Kafka-mode process answers.
func printKafkaWhere(w io.Writer, roles []string, addr string) {
	fmt.Fprintf(w, `khabar roles %v are running over kafka.
  API:      http://%s
  search:   curl 'http://%s/api/search?entity=elon-musk&size=5'
  metrics:  http://%s/metrics
`, roles, addr, addr, addr)
}

// apiAddrFile is where a running khabar records the address its API
// answers at, under the data dir, so every other command finds it
// whatever --http.listen was.
const apiAddrFile = "api.addr"

// recordAPIAddr writes addr to the data dir; the returned func removes it
// (only if it still holds addr: a newer run may have replaced it).
func recordAPIAddr(dataDir, addr string) (func(), error) {
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, fmt.Errorf("record the API address: %w", err)
	}
	path := filepath.Join(dataDir, apiAddrFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(addr+"\n"), 0o644); err != nil {
		return nil, fmt.Errorf("record the API address: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return nil, fmt.Errorf("record the API address: %w", err)
	}
	return func() {
		if b, err := os.ReadFile(path); err == nil && strings.TrimSpace(string(b)) == addr {
			_ = os.Remove(path)
		}
	}, nil
}

// apiAddr is the address of the running instance's API: the one it
// recorded in the data dir, else http.listen.
func apiAddr(cfg *config.Config) string {
	if b, err := os.ReadFile(filepath.Join(cfg.DataDir, apiAddrFile)); err == nil {
		if a := strings.TrimSpace(string(b)); a != "" {
			return a
		}
	}
	return cfg.HTTP.Listen
}

// callAPI GETs path from the running instance's API and decodes its JSON
// answer into out.
func (a *app) callAPI(ctx context.Context, cfg *config.Config, path string, out any) error {
	addr := apiAddr(cfg)
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+path, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("its API at %s (from %s) did not answer: %w", addr, filepath.Join(cfg.DataDir, apiAddrFile), err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("API %s: %w", addr, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e httpapi.ErrorBody
		if json.Unmarshal(body, &e) == nil && e.Error != "" {
			return &exitError{code: 2, err: fmt.Errorf("API %s: %s", addr, e.Error)}
		}
		return fmt.Errorf("API %s: %s: %s", addr, resp.Status, strings.TrimSpace(string(body)))
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("API %s answer: %w", addr, err)
	}
	return nil
}

// runSummary is what a run has done so far, from its metrics.
type runSummary struct {
	fetched, analysed float64
	feeds, failing    int
}

func summarise(g prometheus.Gatherer) (runSummary, error) {
	var s runSummary
	mfs, err := g.Gather()
	if err != nil {
		return s, fmt.Errorf("summary: %w", err)
	}
	label := func(m *dto.Metric, name string) string {
		for _, l := range m.GetLabel() {
			if l.GetName() == name {
				return l.GetValue()
			}
		}
		return ""
	}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			switch mf.GetName() {
			case "khabar_feed_stories_total":
				s.fetched += m.GetCounter().GetValue()
			case "khabar_stage_processed_total":
				switch label(m, "stage") {
				case "work":
					s.analysed += m.GetCounter().GetValue()
				}
			case "khabar_feed_consecutive_failures":
				s.feeds++
				if m.GetGauge().GetValue() > 0 {
					s.failing++
				}
			}
		}
	}
	return s, nil
}

// summaryLoop prints a one-line summary every `every` until ctx is done,
// and once more at the end (what the run did), so a person watching the
// terminal sees progress without reading logs.
func summaryLoop(ctx context.Context, w io.Writer, every time.Duration, g prometheus.Gatherer, search pipeline.Searcher, alerts func(context.Context) (int, error)) error {
	if every <= 0 {
		return nil
	}
	line := func(ctx context.Context) {
		s, err := summarise(g)
		if err != nil {
			return
		}
		count := func(n int, err error) string {
			if err != nil {
				return "?"
			}
			return fmt.Sprint(n)
		}
		res, err := search.Search(ctx, pipeline.Query{Size: 1})
		fmt.Fprintf(w, "%s  %.0f stories fetched, %.0f analysed, %s indexed; %d of %d feeds failing; %s alerts\n",
			time.Now().Format("15:04:05"), s.fetched, s.analysed, count(res.Total, err), s.failing, s.feeds, count(alerts(ctx)))
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
			line(fctx)
			cancel()
			return nil
		case <-t.C:
			line(ctx)
		}
	}
}

// printResumed says, at start, what an earlier run left to resume from.
func printResumed(ctx context.Context, w io.Writer, dataDir string, search pipeline.Searcher, alerts func(context.Context) (int, error)) {
	res, err := search.Search(ctx, pipeline.Query{Size: 1})
	if err != nil || res.Total == 0 {
		return // a first start
	}
	na := "?"
	if n, err := alerts(ctx); err == nil {
		na = fmt.Sprint(n)
	}
	fmt.Fprintf(w, "resuming from %s: %d stories indexed, %s alerts; feeds are polled from where they left off\n", dataDir, res.Total, na)
}
