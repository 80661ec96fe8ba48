package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/connectors/elastic"
	"github.com/khabar/khabar/connectors/webhook"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
)

func (a *app) newRunCmd() *cobra.Command {
	var busKind string
	cmd := &cobra.Command{
		Use:   "run",
		Short: "Run every stage (poll → work → track → alert → index) in one process",
		Long: `Run polls the configured feeds, analyses each story, tracks relationships,
fires alerts and indexes everything, in one process. With the default
configuration it needs no services and no network: it serves the bundled
sample feeds to itself on a loopback port and indexes into Bleve under the
data dir. Ctrl-C (SIGINT/SIGTERM) drains in-flight stories and exits 0; the
next start picks up where this one left.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if busKind != "" {
				cfg.Bus.Kind = busKind
				if err := cfg.Validate(); err != nil {
					return &exitError{code: 2, err: fmt.Errorf("--bus: %w", err)}
				}
			}
			return a.run(cmd.Context(), cfg)
		},
	}
	cmd.Flags().StringVar(&busKind, "bus", "", "bus between stages: embedded or kafka (overrides bus.kind)")
	return cmd
}

// run is `khabar run`: every role of pipelineGraph in this process, over
// the in-process bus or, with bus.kind: kafka, over Kafka.
func (a *app) run(ctx context.Context, cfg *config.Config) error {
	return a.runPipeline(ctx, cfg, allRoles())
}

// sink is what the index stage writes and the API searches.
type sink interface {
	pipeline.Sink
	pipeline.Searcher
}

// searchTermsFor gives the work stage the search-terms analyzer when the
// sink is Elasticsearch, which indexes them (computed once per story in the
// work stage, which scales with its workers, rather than in the index
// stage); the embedded index analyses text itself and needs none.
func searchTermsFor(cfg *config.Config) (*searchterms.Analyzer, error) {
	if cfg.Sink.Kind != "elasticsearch" {
		return nil, nil
	}
	t, err := searchterms.New(searchterms.Config{})
	if err != nil {
		return nil, fmt.Errorf("search terms: %w", err)
	}
	return t, nil
}

// openSearchSink opens the configured sink: the embedded Bleve index under the
// data dir, or Elasticsearch (set up with `khabar setup elasticsearch`).
func (a *app) openSearchSink(ctx context.Context, cfg *config.Config, wl *watchlist.Watchlist, dlq pipeline.DeadLetterer, reg prometheus.Registerer, log *slog.Logger) (sink, error) {
	if cfg.Sink.Kind != "elasticsearch" {
		return bleve.Open(filepath.Join(cfg.DataDir, "index"))
	}
	ec := elastic.ConfigFrom(cfg.Sink.Elasticsearch)
	ec.EntityType = wl.Type
	ec.DeadLetter = func(ctx context.Context, id string, doc []byte, reason string) {
		dl := pipeline.DeadLetter{Stage: "index", Topic: "elasticsearch", Key: id, Value: doc, Reason: reason, Time: time.Now()}
		if err := dlq.DeadLetter(ctx, dl); err != nil {
			log.Error("dead letter not stored", "id", id, "reason", reason, "err", err)
		}
	}
	// Only the long-running roles open the sink here: a cluster that does
	// not answer yet is waited for, up to sink.elasticsearch.startup_wait.
	var s *elastic.Sink
	err := elasticStartup(cfg.Sink.Elasticsearch, log).do(ctx, func(ctx context.Context) (err error) {
		// The sink names itself in its log lines ("sink": "elasticsearch").
		s, err = elastic.New(ctx, ec, log, reg)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("elasticsearch sink: %w", err)
	}
	return s, nil
}

// alertEngine loads the rules and builds the engine with its notifiers:
// the log, and every webhook of alert.webhooks by name.
func (a *app) alertEngine(cfg *config.Config, wl *watchlist.Watchlist, state pipeline.StateStore, log *slog.Logger) (*alert.Engine, error) {
	rules, err := loadRules(cfg.Alerts, wl)
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	notifiers := map[string]alert.Notifier{"log": alert.LogNotifier{Logger: log.With("stage", "alert")}}
	for _, w := range cfg.Alert.Webhooks {
		n, err := webhook.New(webhook.Config{Name: w.Name, URL: w.URL, Slack: w.Slack, Timeout: cfg.Alert.Timeout, UserAgent: cfg.Poll.UserAgent})
		if err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("alert.webhooks %s: %w", w.Name, err)}
		}
		notifiers[w.Name] = n
	}
	acfg := cfg.Alert
	acfg.ReplayAfter = cfg.Track.ReplayAfter
	e, err := alert.New(acfg, rules, state, notifiers, log.With("stage", "alert"), time.Now)
	if err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("alerts: %w", err)}
	}
	return e, nil
}

func (a *app) printWhere(w io.Writer, cfg *config.Config, addr string) {
	abs, err := filepath.Abs(cfg.DataDir)
	if err != nil {
		abs = cfg.DataDir
	}
	fmt.Fprintf(w, `khabar is running.
  data:     %s  (index/, state.db, deadletters.jsonl)
  page:     http://%s/
  API:      http://%s
  search:   curl 'http://%s/api/search?q=%%E0%%A4%%AE%%E0%%A4%%B8%%E0%%A5%%8D%%E0%%A4%%95&size=5'   (q=मस्क)
            curl 'http://%s/api/search?entity=elon-musk&feud=true'
  CLI:      khabar search मस्क --entity elon-musk
  metrics:  http://%s/metrics
Press Ctrl-C to stop.
`, abs, addr, addr, addr, addr, addr)
}

// serveSamples serves dir on a loopback port and returns its base URL.
// The port is remembered in portFile (under the data dir) and reused on the
// next start: a feed's state (validators, stories already delivered) is
// kept by its URL, so a new port every start would re-deliver every sample
// story. When the remembered port is taken, a new one is picked.
func serveSamples(dir, portFile string, log *slog.Logger) (string, *http.Server, error) {
	if dir == "" {
		return "", nil, &exitError{code: 2, err: errors.New("feeds use sample: URLs but no samples folder is configured (samples:)")}
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return "", nil, &exitError{code: 2, err: fmt.Errorf("samples folder %s: not a directory", dir)}
	}
	var ln net.Listener
	if b, err := os.ReadFile(portFile); err == nil {
		if port := strings.TrimSpace(string(b)); port != "" {
			ln, _ = net.Listen("tcp", "127.0.0.1:"+port)
		}
	}
	if ln == nil {
		var err error
		if ln, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
			return "", nil, fmt.Errorf("sample server: %w", err)
		}
		_, port, _ := net.SplitHostPort(ln.Addr().String())
		if err := os.WriteFile(portFile, []byte(port+"\n"), 0o644); err != nil {
			log.Warn("sample server port not remembered; the next start re-delivers the samples", "file", portFile, "err", err)
		}
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir)), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("sample server stopped", "err", err)
		}
	}()
	return "http://" + ln.Addr().String(), srv, nil
}
