package main

import (
	"fmt"
	"io"
	"log/slog"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/track"
)

// apiParts are what a process has to serve besides search: the routes
// exist only for the parts that run in the process.
type apiParts struct {
	poller  *feeds.Poller  // GET /api/feeds, /websub/
	alerts  *alert.Engine  // GET /api/alerts
	tracker *track.Tracker // GET /api/pairs/{a}/{b}
}

// newAPI builds the HTTP API (connectors/httpapi) of a process as
// `khabar run` does: search, stories, health and metrics from the sink and
// the registry, plus the routes of the parts present.
func newAPI(cfg *config.Config, reg *prometheus.Registry, search pipeline.Searcher, parts apiParts, log *slog.Logger) (*httpapi.Server, error) {
	routes := map[string]http.Handler{}
	if parts.poller != nil {
		routes["GET /api/feeds"] = parts.poller.Handler()
		routes["/websub/"] = parts.poller.Handler()
	}
	if parts.alerts != nil {
		routes["GET /api/alerts"] = httpapi.AlertsHandler(parts.alerts)
	}
	if parts.tracker != nil {
		routes["GET /api/pairs/{a}/{b}"] = httpapi.PairHandler(parts.tracker)
		routes["GET /api/pairs"] = httpapi.PairsHandler(parts.tracker)
	}
	api, err := httpapi.New(httpapi.Config{
		Listen:  cfg.HTTP.Listen,
		Metrics: promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}),
		Routes:  routes,
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
