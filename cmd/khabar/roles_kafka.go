package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/spf13/cobra"
	"golang.org/x/sync/errgroup"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
)

// Roles of the distributed mode: each runs some stages over Kafka. Any
// role can run as N processes: consumer groups spread the partitions.
const (
	rolePoll  = "poll"
	roleWork  = "work"
	roleTrack = "track"
	roleIndex = "index"
)

// kafkaRoles says which stages a process runs and, for pollers, which
// share of the feeds is its own.
type kafkaRoles struct {
	roles map[string]bool
	// Pollers and PollerIndex divide the feeds: a feed belongs to the
	// poller whose index wins the rendezvous hash of the feed URL.
	pollers, pollerIndex int
}

// allKafkaRoles is `khabar run` over Kafka: every role in one process,
// polling every feed.
func allKafkaRoles() kafkaRoles {
	return kafkaRoles{roles: map[string]bool{rolePoll: true, roleWork: true, roleTrack: true, roleIndex: true}, pollers: 1}
}

// newKafkaRoleCmds returns `khabar poll|work|track|index` and `khabar replay`.
func (a *app) newKafkaRoleCmds() []*cobra.Command {
	roles := []struct{ name, short string }{
		{rolePoll, "Poll this process's share of the feeds and publish stories to Kafka"},
		{roleWork, "Analyse stories from Kafka into analyses and stances (consumer group \"work\")"},
		{roleTrack, "Fold stances into pair state (restored from the changelog) and run the alert rules"},
		{roleIndex, "Write analyses, events and alerts from Kafka to the sink (consumer group \"index\")"},
	}
	var cmds []*cobra.Command
	for _, r := range roles {
		var div kafkaRoles
		cmd := &cobra.Command{
			Use:   r.name,
			Short: r.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				cfg, err := a.config()
				if err != nil {
					return err
				}
				div.roles = map[string]bool{r.name: true}
				if err := div.fromEnv(a.getenv); err != nil {
					return &exitError{code: 2, err: err}
				}
				return a.runKafka(cmd.Context(), cfg, div)
			},
		}
		if r.name == rolePoll {
			cmd.Flags().IntVar(&div.pollers, "pollers", 0, "number of poll processes sharing the feeds (env KHABAR_POLLERS; default 1)")
			cmd.Flags().IntVar(&div.pollerIndex, "poller-index", -1, "this poller's index, 0 … pollers-1 (env KHABAR_POLLER_INDEX; a StatefulSet ordinal fits)")
		}
		cmds = append(cmds, cmd)
	}
	return append(cmds, a.newReplayCmd())
}

// fromEnv fills the poller division from KHABAR_POLLERS and
// KHABAR_POLLER_INDEX where flags left it unset, and checks it.
func (k *kafkaRoles) fromEnv(getenv func(string) (string, bool)) error {
	if k.pollers == 0 {
		k.pollers = 1
		if v, ok := getenv("KHABAR_POLLERS"); ok && v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("KHABAR_POLLERS=%q: not a number", v)
			}
			k.pollers = n
		}
	}
	if k.pollerIndex < 0 {
		k.pollerIndex = 0
		if v, ok := getenv("KHABAR_POLLER_INDEX"); ok && v != "" {
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("KHABAR_POLLER_INDEX=%q: not a number", v)
			}
			k.pollerIndex = n
		}
	}
	if k.pollers < 1 || k.pollerIndex < 0 || k.pollerIndex >= k.pollers {
		return fmt.Errorf("poller index %d of %d pollers: want 0 ≤ index < pollers", k.pollerIndex, k.pollers)
	}
	return nil
}

// feedOwner is the rendezvous (highest-random-weight) hash of a feed URL
// over n pollers: every poller computes the same owner without talking to
// the others, and going from n to n+1 pollers moves only the feeds the new
// poller wins (about 1/(n+1) of them).
func feedOwner(url string, n int) int {
	best, owner := uint64(0), 0
	for i := range n {
		h := fnv.New64a()
		fmt.Fprintf(h, "%d\x00%s", i, url)
		// FNV's low bits mix poorly for short suffixes; finish with a
		// 64-bit avalanche (splitmix64) so weights are uniform.
		w := splitmix(h.Sum64())
		if i == 0 || w > best {
			best, owner = w, i
		}
	}
	return owner
}

func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// runKafka runs the given roles over the Kafka bus. `khabar run` with
// bus.kind=kafka is every role in one process.
func (a *app) runKafka(ctx context.Context, cfg *config.Config, k kafkaRoles) error {
	log := a.logger()
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	bus, err := kafka.New(ctx, kafka.FromConfig(cfg.Bus.Kafka), log)
	if err != nil {
		return err
	}
	defer bus.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	router := &pipeline.Router{Sub: bus, Pub: bus, DLQ: bus, Metrics: metrics, Logger: log}

	// As in `khabar run`: the front (pollers, alert delivery) stops on
	// ctx; the consuming stages stop after it, so what the front published
	// is still processed. Each subscription then drains its acks, commits
	// and leaves its group.
	stageCtx, stopStages := context.WithCancel(context.WithoutCancel(ctx))
	defer stopStages()
	stages, _ := errgroup.WithContext(stageCtx)
	front, fctx := errgroup.WithContext(ctx)
	consume := func(rt pipeline.Route) {
		stages.Go(func() error { return router.Run(stageCtx, rt) })
	}

	var (
		wl    *watchlist.Watchlist
		parts apiParts // what the API of this process serves besides search
	)
	if k.roles[roleWork] || k.roles[roleTrack] || k.roles[roleIndex] {
		if wl, err = watchlist.Load(cfg.Watchlist); err != nil {
			return &exitError{code: 2, err: err}
		}
	}
	if k.roles[roleWork] {
		analyzer, err := work.New(wl, work.WithStanceLanguages(cfg.Work.Languages...))
		if err != nil {
			return fmt.Errorf("analyzer: %w", err)
		}
		terms, err := searchTermsFor(cfg)
		if err != nil {
			return err
		}
		workers := cfg.Work.Workers
		if workers == 0 {
			workers = 2
		}
		consume(pipeline.Route{Stage: "work", Topic: pipeline.TopicStories, Group: "work", Workers: workers, Handler: work.Handler(analyzer, terms)})
	}
	if k.roles[roleTrack] {
		state, err := kafka.OpenStateStore(ctx, bus, kafka.TopicTrackState)
		if err != nil {
			return err
		}
		defer state.Close()
		tracker, err := track.New(cfg.Track, state, log.With("stage", "track"))
		if err != nil {
			return &exitError{code: 2, err: fmt.Errorf("tracker: %w", err)}
		}
		alerts, err := a.alertEngine(cfg, wl, state, log)
		if err != nil {
			return err
		}
		parts.alerts, parts.tracker = alerts, tracker
		// Stances arriving together are folded in event-time order, in batches (track.Sequencer).
		seq := track.NewSequencer(tracker, track.DefaultSequencer())
		consume(pipeline.Route{Stage: "track", Topic: pipeline.TopicStances, Group: "track", Workers: seq.Workers(), Handler: track.SequencedHandler(seq)})
		consume(pipeline.Route{Stage: "alert", Topic: pipeline.TopicAnalyses, Group: "alert", Workers: 1, Handler: alert.AnalysisHandler(alerts)})
		consume(pipeline.Route{Stage: "alert", Topic: pipeline.TopicEvents, Group: "alert", Workers: 1, Handler: alert.EventHandler(alerts)})
		// Failing feeds reported by the pollers (any process) go through
		// the feed rules here, where the engine and its state live.
		consume(pipeline.Route{Stage: "alert", Topic: kafka.TopicFeedFailing, Group: "alert", Workers: 1, Handler: feedFailingHandler(alerts)})
		front.Go(func() error { return alerts.Deliverer().Run(fctx) })
	}
	var search pipeline.Searcher
	if k.roles[roleIndex] {
		// The same sink as khabar run; dead letters go to the DLQ topic.
		sink, err := a.openSearchSink(ctx, cfg, wl, bus, reg, log)
		if err != nil {
			return err
		}
		defer sink.Close()
		search = sink
		indexer, err := index.New(index.Config{BatchSize: cfg.Sink.BatchSize, FlushInterval: cfg.Sink.FlushInterval, InFlight: cfg.Sink.InFlightBatches()}, sink, bus, metrics, log)
		if err != nil {
			return err
		}
		for _, t := range []struct {
			topic string
			kind  index.Kind
		}{{pipeline.TopicAnalyses, index.Records}, {pipeline.TopicEvents, index.Events}, {pipeline.TopicAlerts, index.Alerts}} {
			msgs, err := bus.Subscribe(stageCtx, t.topic, "index")
			if err != nil {
				return err
			}
			stages.Go(func() error { return indexer.Consume(stageCtx, t.kind, t.topic, msgs) })
		}
	}
	if k.roles[rolePoll] {
		poller, closePoll, err := a.kafkaPoller(cfg, k, bus, log, reg)
		if err != nil {
			return err
		}
		defer closePoll()
		parts.poller = poller
		front.Go(func() error {
			if err := poller.Run(fctx); err != nil && !errors.Is(err, context.Canceled) {
				return fmt.Errorf("poll: %w", err)
			}
			return nil
		})
	}
	if search != nil {
		// The process that indexes serves the API of `khabar run`: search
		// and stories from its sink, and the alerts, pairs and feeds routes
		// of the roles it runs too.
		api, err := newAPI(cfg, reg, search, parts, log)
		if err != nil {
			return err
		}
		addr, err := api.Start()
		if err != nil {
			return err
		}
		printKafkaWhere(a.stdout, k.names(), addr)
		front.Go(func() error { return api.Serve(fctx) })
	}
	log.Info("khabar roles running over kafka", "roles", k.names(), "brokers", cfg.Bus.Kafka.Brokers, "prefix", cfg.Bus.Kafka.TopicPrefix)
	ferr := front.Wait()
	if ferr == nil {
		// A role without a front (work, index) runs until told to stop.
		<-ctx.Done()
	}
	stopStages()
	serr := stages.Wait()
	if cerr := bus.Close(); cerr != nil && serr == nil {
		serr = cerr
	}
	log.Info("khabar roles stopped", "roles", k.names())
	if ferr != nil && ctx.Err() == nil {
		return ferr
	}
	return serr
}

func (k kafkaRoles) names() []string {
	var out []string
	for _, r := range []string{rolePoll, roleWork, roleTrack, roleIndex} {
		if k.roles[r] {
			out = append(out, r)
		}
	}
	return out
}

// kafkaPoller builds the poller for this process's share of the feeds. Its
// feed state (validators, schedule) is local: a feed has one owner.
func (a *app) kafkaPoller(cfg *config.Config, k kafkaRoles, bus pipeline.Publisher, log *slog.Logger, reg prometheus.Registerer) (*feeds.Poller, func(), error) {
	pollCfg := feeds.ConfigFrom(cfg)
	// Divide by the configured URL (sample:NAME included), so the share
	// does not depend on the loopback port a sample server gets.
	mine := pollCfg.Feeds[:0:0]
	var mineCfg []config.FeedConfig
	for _, f := range cfg.Feeds {
		if feedOwner(f.URL, k.pollers) == k.pollerIndex {
			mineCfg = append(mineCfg, f)
		}
	}
	closeSamples := func() {}
	if hasSampleFeeds(mineCfg) {
		base, srv, err := serveSamples(cfg.Samples, filepath.Join(cfg.DataDir, "samples.port"), log)
		if err != nil {
			return nil, nil, err
		}
		closeSamples = func() { _ = srv.Close() }
		mineCfg = rewriteSampleFeeds(mineCfg, base)
	}
	for _, f := range mineCfg {
		mine = append(mine, feeds.Feed{URL: f.URL, Name: f.Name, Category: f.Category, Language: f.Language, Interval: f.Interval, FullText: f.FullText})
	}
	pollCfg.Feeds = mine
	// A feed failing for longer than poll.failing_after goes to the alert
	// engine, which runs in the track role (maybe another process): as a
	// message on the feed-failing topic, keyed by feed URL. The poller
	// reports an episode once (again after a restart; the engine judges
	// an episode once), so the publish is waited for, bounded, and a
	// failure is logged.
	pollCfg.OnFailing = func(h feeds.FeedHealth) {
		fctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := publishFeedFailing(fctx, bus, h); err != nil {
			log.Error("feed-failing report not published: no alert for this episode until the poller restarts", "feed", h.URL, "err", err)
		}
	}
	if k.pollers > 1 && pollCfg.FeedsFile != "" {
		// The feeds file is re-read by the poller itself, past this
		// division: with several pollers only the configured feeds are
		// divided, so the file is left to poller 0.
		if k.pollerIndex != 0 {
			pollCfg.FeedsFile = ""
		}
		log.Warn("feeds file is polled by poller 0 only when pollers > 1", "file", cfg.Poll.FeedsFile)
	}
	name := "poll-state.db"
	if k.pollers > 1 {
		name = fmt.Sprintf("poll-state-%d-of-%d.db", k.pollerIndex, k.pollers)
	}
	state, err := boltstore.Open(filepath.Join(cfg.DataDir, name))
	if err != nil {
		closeSamples()
		return nil, nil, err
	}
	p, err := feeds.New(pollCfg, bus, state, log, reg)
	if err != nil {
		state.Close()
		closeSamples()
		return nil, nil, &exitError{code: 2, err: fmt.Errorf("feeds: %w", err)}
	}
	log.Info("poller share", "poller", k.pollerIndex, "pollers", k.pollers, "feeds", len(mine), "of", len(cfg.Feeds))
	return p, func() { state.Close(); closeSamples() }, nil
}

// feedFailingMessage is the value of a feed-failing topic message: a feed
// a poller has seen failing for longer than poll.failing_after.
type feedFailingMessage struct {
	URL      string    `json:"url"`
	Name     string    `json:"name,omitempty"`
	Category string    `json:"category,omitempty"`
	Failures int       `json:"failures"`
	Since    time.Time `json:"since"`
	// LastError is the last poll's error, as the poller logged it.
	LastError string `json:"last_error,omitempty"`
}

// publishFeedFailing publishes h on the feed-failing topic and waits for
// the broker's acknowledgement.
func publishFeedFailing(ctx context.Context, bus pipeline.Publisher, h feeds.FeedHealth) error {
	msg, err := pipeline.Encode(h.URL, feedFailingMessage{URL: h.URL, Name: h.Name, Category: h.Category,
		Failures: h.ConsecutiveFailures, Since: h.FailingSince, LastError: h.LastError})
	if err != nil {
		return fmt.Errorf("encode feed-failing %s: %w", h.URL, err)
	}
	if err := bus.Publish(ctx, kafka.TopicFeedFailing, msg); err != nil {
		return fmt.Errorf("publish feed-failing %s: %w", h.URL, err)
	}
	select {
	case <-msg.Done():
		if err := msg.Err(); err != nil {
			return fmt.Errorf("publish feed-failing %s: %w", h.URL, err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("publish feed-failing %s: not acknowledged: %w", h.URL, ctx.Err())
	}
}

// feedFailingHandler runs the feed rules (on: feed) for each reported
// failing feed and publishes what fired on the alerts topic, to be
// indexed; as for the other alert handlers, the engine stores an alert and
// its deliveries before returning.
func feedFailingHandler(e *alert.Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var f feedFailingMessage
		if err := pipeline.Decode(m, &f); err != nil {
			return nil, err
		}
		if f.URL == "" {
			return nil, fmt.Errorf("feed-failing message (key %q) has no feed url", m.Key)
		}
		fired, err := e.OnFeedFailing(ctx, alert.FeedFailure{URL: f.URL, Name: f.Name, Category: f.Category,
			Failures: f.Failures, Since: f.Since, LastError: f.LastError})
		if err != nil {
			return nil, err
		}
		outs := make([]pipeline.Output, 0, len(fired))
		for _, al := range fired {
			msg, err := pipeline.Encode(al.ID, al)
			if err != nil {
				return nil, fmt.Errorf("encode alert %s: %w", al.ID, err)
			}
			outs = append(outs, pipeline.Output{Topic: pipeline.TopicAlerts, Msg: msg})
		}
		return outs, nil
	}
}
