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
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/deadletter"
	"github.com/khabar/khabar/connectors/elastic"
	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/connectors/membus"
	"github.com/khabar/khabar/connectors/webhook"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
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

// run wires the whole pipeline. This function is the map of khabar: every
// stage, the connector it talks to, and the order of start and shutdown.
func (a *app) run(ctx context.Context, cfg *config.Config) error {
	log := a.logger()
	if cfg.Bus.Kind == "kafka" {
		// The same stages as separate roles over Kafka, all in this process
		// (roles_kafka.go); `khabar poll|work|track|index` run one each.
		return a.runKafka(ctx, cfg, allKafkaRoles())
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}

	// Everything that must exist before the stages: fail before starting.
	wl, err := loadWatchlist(cfg.Watchlist)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	analyzer, err := work.New(wl, work.WithStanceLanguages(cfg.Work.Languages...))
	if err != nil {
		return fmt.Errorf("analyzer: %w", err)
	}
	terms, err := searchTermsFor(cfg)
	if err != nil {
		return err
	}
	state, err := boltstore.Open(filepath.Join(cfg.DataDir, "state.db"))
	if err != nil {
		return err
	}
	defer state.Close()
	dlq, err := deadletter.Open(filepath.Join(cfg.DataDir, "deadletters.jsonl"))
	if err != nil {
		return err
	}
	defer dlq.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	ix, err := a.openSearchSink(ctx, cfg, wl, dlq, reg, log)
	if err != nil {
		return err
	}
	defer ix.Close()
	tracker, err := track.New(cfg.Track, state, log.With("stage", "track"))
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("tracker: %w", err)}
	}
	alerts, err := a.alertEngine(cfg, wl, state, log)
	if err != nil {
		return err
	}

	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return fmt.Errorf("metrics: %w", err)
	}

	bus := membus.New(membus.Config{Buffer: 256})
	defer bus.Close()

	// The stages run on their own context: on shutdown the poller stops
	// first and waits for its stories' acks (drain); only then do the
	// stages stop.
	stageCtx, stopStages := context.WithCancel(context.WithoutCancel(ctx))
	defer stopStages()
	router := &pipeline.Router{Sub: bus, Pub: bus, DLQ: dlq, Metrics: metrics, Logger: log}
	indexer, err := index.New(index.Config{BatchSize: cfg.Sink.BatchSize, FlushInterval: cfg.Sink.FlushInterval, InFlight: cfg.Sink.InFlightBatches()}, ix, dlq, metrics, log)
	if err != nil {
		return err
	}

	// Subscribe every stage before anything publishes.
	type sub struct {
		run func(ctx context.Context) error
	}
	var subs []sub
	subscribe := func(topic, group string) (<-chan *pipeline.Message, error) {
		return bus.Subscribe(stageCtx, topic, group)
	}
	workMsgs, err := subscribe(pipeline.TopicStories, "work")
	if err != nil {
		return err
	}
	workers := cfg.Work.Workers
	if workers == 0 {
		workers = 2
	}
	subs = append(subs, sub{func(ctx context.Context) error {
		return router.Consume(ctx, pipeline.Route{Stage: "work", Topic: pipeline.TopicStories, Group: "work", Workers: workers, Handler: work.Handler(analyzer, terms)}, workMsgs)
	}})
	trackMsgs, err := subscribe(pipeline.TopicStances, "track")
	if err != nil {
		return err
	}
	subs = append(subs, sub{func(ctx context.Context) error {
		// Stances arriving together are folded in event-time order, in batches (track.Sequencer).
		seq := track.NewSequencer(tracker, track.DefaultSequencer())
		return router.Consume(ctx, pipeline.Route{Stage: "track", Topic: pipeline.TopicStances, Group: "track", Workers: seq.Workers(), Handler: track.SequencedHandler(seq)}, trackMsgs)
	}})
	for _, t := range []struct {
		topic   string
		handler pipeline.Handler
	}{{pipeline.TopicAnalyses, alert.AnalysisHandler(alerts)}, {pipeline.TopicEvents, alert.EventHandler(alerts)}} {
		msgs, err := subscribe(t.topic, "alert")
		if err != nil {
			return err
		}
		subs = append(subs, sub{func(ctx context.Context) error {
			return router.Consume(ctx, pipeline.Route{Stage: "alert", Topic: t.topic, Group: "alert", Workers: 1, Handler: t.handler}, msgs)
		}})
	}
	for _, t := range []struct {
		topic string
		kind  index.Kind
	}{{pipeline.TopicAnalyses, index.Records}, {pipeline.TopicEvents, index.Events}, {pipeline.TopicAlerts, index.Alerts}} {
		msgs, err := subscribe(t.topic, "index")
		if err != nil {
			return err
		}
		subs = append(subs, sub{func(ctx context.Context) error { return indexer.Consume(ctx, t.kind, t.topic, msgs) }})
	}

	// Demo mode: sample:NAME feeds are served from the samples folder over
	// loopback HTTP, so the real fetch path runs.
	feedList := cfg.Feeds
	var samples *http.Server
	if hasSampleFeeds(feedList) {
		base, srv, err := serveSamples(cfg.Samples, filepath.Join(cfg.DataDir, "samples.port"), log)
		if err != nil {
			return err
		}
		samples = srv
		defer samples.Close()
		feedList = rewriteSampleFeeds(feedList, base)
	}
	pollCfg := feeds.ConfigFrom(cfg)
	pollCfg.Feeds = pollCfg.Feeds[:0]
	for _, f := range feedList {
		pollCfg.Feeds = append(pollCfg.Feeds, feeds.Feed{URL: f.URL, Name: f.Name, Category: f.Category, Language: f.Language, Interval: f.Interval, FullText: f.FullText})
	}
	// A feed failing for longer than poll.failing_after goes through the
	// alert rules (on: feed). The poller calls this on its own goroutine, so
	// it is bounded; the engine stores the alert and its deliveries before
	// returning, and the alerts topic gets it so it is indexed too.
	pollCfg.OnFailing = func(h feeds.FeedHealth) {
		fctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		fired, err := alerts.OnFeedFailing(fctx, alert.FeedFailure{URL: h.URL, Name: h.Name, Category: h.Category,
			Failures: h.ConsecutiveFailures, Since: h.FailingSince, LastError: h.LastError})
		if err != nil {
			log.Error("feed-failing alert", "feed", h.URL, "err", err)
			return
		}
		for _, al := range fired {
			msg, err := pipeline.Encode(al.ID, al)
			if err == nil {
				err = bus.Publish(fctx, pipeline.TopicAlerts, msg)
			}
			if err != nil {
				log.Error("feed-failing alert: publish (stored, not indexed)", "alert", al.ID, "err", err)
			}
		}
	}
	poller, err := feeds.New(pollCfg, bus, state, log, reg)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("feeds: %w", err)}
	}

	api, err := httpapi.New(httpapi.Config{
		Listen:  cfg.HTTP.Listen,
		Metrics: promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}),
		Routes: map[string]http.Handler{
			"GET /api/feeds":         poller.Handler(),
			"/websub/":               poller.Handler(),
			"GET /api/alerts":        httpapi.AlertsHandler(alerts),
			"GET /api/pairs/{a}/{b}": httpapi.PairHandler(tracker),
			"GET /api/pairs":         httpapi.PairsHandler(tracker),
		},
		Watchlist: wl,
	}, ix, log)
	if err != nil {
		return err
	}
	addr, err := api.Start()
	if err != nil {
		return err
	}
	a.printWhere(a.stdout, cfg, addr)
	unrecord, err := recordAPIAddr(cfg.DataDir, addr)
	if err != nil {
		return err
	}
	defer unrecord()
	countAlerts := func(ctx context.Context) (int, error) {
		l, err := alerts.List(ctx, alert.Filter{Size: httpapi.AllAlerts})
		return len(l), err
	}
	printResumed(ctx, a.stdout, cfg.DataDir, ix, countAlerts)

	stages, _ := errgroup.WithContext(stageCtx)
	for _, s := range subs {
		stages.Go(func() error { return s.run(stageCtx) })
	}
	front, fctx := errgroup.WithContext(ctx)
	front.Go(func() error { return api.Serve(fctx) })
	front.Go(func() error { return summaryLoop(fctx, a.stdout, cfg.Log.Summary, reg, ix, countAlerts) })
	front.Go(func() error { return alerts.Deliverer().Run(fctx) })
	front.Go(func() error {
		err := poller.Run(fctx)
		if err != nil && !errors.Is(err, context.Canceled) {
			return fmt.Errorf("poll: %w", err)
		}
		return nil
	})
	log.Info("khabar running", "feeds", len(feedList), "data", cfg.DataDir, "api", "http://"+addr)
	ferr := front.Wait()
	// The poller has drained: what it published was acked or nacked. Stop
	// the stages; the indexer flushes what it holds.
	stopStages()
	serr := stages.Wait()
	log.Info("khabar stopped", "data", cfg.DataDir)
	if ferr != nil && ctx.Err() == nil {
		return ferr
	}
	return serr
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
	s, err := elastic.New(ctx, ec, log.With("sink", "elasticsearch"), reg)
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

func hasSampleFeeds(fs []config.FeedConfig) bool {
	for _, f := range fs {
		if strings.HasPrefix(f.URL, "sample:") {
			return true
		}
	}
	return false
}

func rewriteSampleFeeds(fs []config.FeedConfig, base string) []config.FeedConfig {
	out := make([]config.FeedConfig, len(fs))
	for i, f := range fs {
		if name, ok := strings.CutPrefix(f.URL, "sample:"); ok {
			f.URL = base + "/" + strings.TrimPrefix(name, "/")
		}
		out[i] = f
	}
	return out
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
