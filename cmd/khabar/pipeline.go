package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"golang.org/x/sync/errgroup"

	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
)

// Roles: the stages one process runs. `khabar run` runs all of them in one
// process; `khabar poll|work|track|index` run one each over Kafka, any
// number of processes per role (consumer groups spread the partitions).
const (
	rolePoll  = "poll"
	roleWork  = "work"
	roleTrack = "track" // the tracker and the alert stage
	roleIndex = "index" // the sink, and the HTTP API that searches it
)

// roleOrder is the order roles are named in, in logs.
func roleOrder() []string { return []string{rolePoll, roleWork, roleTrack, roleIndex} }

// roleSet is what one process runs: some roles and, for the poll role, its
// share of the feeds.
type roleSet struct {
	roles map[string]bool
	shard feeds.Shard // the zero Shard polls every feed
}

// allRoles is `khabar run`: every role in one process, polling every feed.
func allRoles() roleSet {
	rs := roleSet{roles: map[string]bool{}}
	for _, r := range roleOrder() {
		rs.roles[r] = true
	}
	return rs
}

func (rs roleSet) all() bool {
	for _, r := range roleOrder() {
		if !rs.roles[r] {
			return false
		}
	}
	return true
}

func (rs roleSet) names() []string {
	var out []string
	for _, r := range roleOrder() {
		if rs.roles[r] {
			out = append(out, r)
		}
	}
	return out
}

// stage is one consumer of the graph: the role that runs it, the topic
// and consumer group it reads, and what handles a message — a handler run
// by the router (retries with backoff, dead letters, the input acked only
// once its outputs are), or a consumer that reads the subscription itself
// (the indexer, which batches).
type stage struct {
	role    string
	route   pipeline.Route // Stage, Topic, Group, Workers; Handler comes from handler
	handler func() pipeline.Handler
	consume func(ctx context.Context, msgs <-chan *pipeline.Message) error
}

// frontPart runs beside the stages without reading a topic: it publishes
// (the poller) or delivers (alerts to their notifiers). The front stops
// first on shutdown, and the stages after it, so what it published is
// still processed.
type frontPart struct {
	role, name string
	run        func(ctx context.Context) error
}

// apiRoute is an HTTP route a role's part serves. The API runs in the
// process that runs the index role (search reads its sink), with the
// routes of the other roles that run there.
type apiRoute struct {
	role, pattern string
	handler       func() http.Handler
}

// graph is the whole pipeline: its stages, front parts and API routes.
type graph struct {
	stages []stage
	front  []frontPart
	routes []apiRoute
}

// pipelineGraph is the map of khabar, the same for both ways of running it:
//
//	poll ─stories─► work ─analyses──────────┬────────────────────────────────────────► index
//	 │               └─stances─► track ─events─┤                                          (search, API)
//	 │                                          ▼
//	 └─feed-failing──────────────────► alert (observe) ─alert-inputs─► alert-judge ─alerts─┬─► index
//	                                                                                        └─► alert-delivery ─► webhooks
//
// Each stage reads one topic in one consumer group. Whether a stage runs in
// this process is its role's choice (roleSet); whether the topics are
// in-process channels or Kafka is the bus's (plumbing.go). p holds the parts
// of the roles that run here (openParts); the closures below are called only
// for those roles.
func pipelineGraph(p *parts) graph {
	return graph{
		stages: []stage{
			// work: a story in, its analysis (and its stances, keyed by pair) out.
			{role: roleWork, route: pipeline.Route{Stage: "work", Topic: pipeline.TopicStories, Group: "work", Workers: p.workers},
				handler: func() pipeline.Handler { return work.Handler(p.analyzer, p.terms) }},
			// track: stances folded into pair state, in event-time order and in
			// batches (track.Sequencer); feud and stance-shift events out.
			{role: roleTrack, route: pipeline.Route{Stage: "track", Topic: pipeline.TopicStances, Group: "track", Workers: p.foldWorkers},
				handler: func() pipeline.Handler { return track.SequencedHandler(p.sequencer) }},
			// alert, first step (observe): the rules an analysis, an event or a
			// failing feed (reported by the pollers, in any process) matches,
			// out on alert-inputs keyed by rule and key. No state: any number run.
			{role: roleTrack, route: pipeline.Route{Stage: "alert", Topic: pipeline.TopicAnalyses, Group: "alert", Workers: 1},
				handler: func() pipeline.Handler { return alert.InputsFromAnalyses(p.alerts) }},
			// A retraction (an event a late story withdrew) is observed like
			// its event, marked retracted: the judge takes it out of its keys'
			// inputs and may withdraw an alert it fired.
			{role: roleTrack, route: pipeline.Route{Stage: "alert", Topic: pipeline.TopicEvents, Group: "alert", Workers: 1},
				handler: func() pipeline.Handler { return alert.InputsFromEvents(p.alerts) }},
			{role: roleTrack, route: pipeline.Route{Stage: "alert", Topic: kafka.TopicFeedFailing, Group: "alert", Workers: 1},
				handler: func() pipeline.Handler { return alert.FeedFailingHandler(p.alerts) }},
			// alert, second step (judge): a rule and key's counts, quiet period
			// and judged inputs are one state record, and the topic's key gives
			// each rule and key one consumer; fired alerts out on the alerts topic.
			// Keys run in parallel lanes, each key in order (ByKey): one lane
			// waited on every state write in turn (4,942 inputs behind in the
			// chaos run).
			{role: roleTrack, route: pipeline.Route{Stage: "alert-judge", Topic: alert.TopicInputs, Group: "alert-judge", Workers: judgeLanes, ByKey: true},
				handler: func() pipeline.Handler { return alert.JudgeHandler(p.alerts) }},
			// alert delivery: each alert (keyed by id: one owner) to the
			// notifiers of its rule, with its id as Idempotency-Key. Over Kafka
			// the handler delivers, retrying while its partition waits; over the
			// in-process bus, whose acks travel back to the feed, it only queues
			// the alert in the outbox that the alert outbox part drains.
			{role: roleTrack, route: pipeline.Route{Stage: "alert-delivery", Topic: pipeline.TopicAlerts, Group: "alert-delivery", Workers: 1},
				handler: func() pipeline.Handler {
					if p.inProcess {
						return alert.OutboxHandler(p.alerts)
					}
					return alert.DeliveryHandler(p.alerts)
				}},
			// index: analyses (with their stories), events and alerts into the sink.
			{role: roleIndex, route: pipeline.Route{Stage: "index", Topic: pipeline.TopicAnalyses, Group: "index"},
				consume: func(ctx context.Context, msgs <-chan *pipeline.Message) error {
					return p.indexer.Consume(ctx, index.Records, pipeline.TopicAnalyses, msgs)
				}},
			// Events and their retractions (which delete the event's
			// document), one batch at a time so they land in topic order.
			{role: roleIndex, route: pipeline.Route{Stage: "index", Topic: pipeline.TopicEvents, Group: "index"},
				consume: func(ctx context.Context, msgs <-chan *pipeline.Message) error {
					return p.eventIndexer.Consume(ctx, index.Events, pipeline.TopicEvents, msgs)
				}},
			{role: roleIndex, route: pipeline.Route{Stage: "index", Topic: pipeline.TopicAlerts, Group: "index"},
				consume: func(ctx context.Context, msgs <-chan *pipeline.Message) error {
					return p.indexer.Consume(ctx, index.Alerts, pipeline.TopicAlerts, msgs)
				}},
		},
		front: []frontPart{
			// poll: this process's share of the feeds out as stories (and
			// failing feeds on the feed-failing topic).
			{role: rolePoll, name: "poll", run: func(ctx context.Context) error { return p.poller.Run(ctx) }},
			// alert outbox (in-process bus only): the queued deliveries to the
			// notifiers, with backoff; over Kafka alert delivery delivers itself.
			{role: roleTrack, name: "alert outbox", run: func(ctx context.Context) error {
				if !p.inProcess {
					return nil
				}
				return p.alerts.Deliverer().Run(ctx)
			}},
			// alert pruning: key state, stored alerts and delivery marks older
			// than alert.retention; stale keys are handed to their owners on
			// alert-inputs, so any number of processes may sweep.
			{role: roleTrack, name: "alert pruning", run: func(ctx context.Context) error { return p.alerts.RunPruner(ctx, p.bus, 0) }},
		},
		routes: []apiRoute{
			{role: rolePoll, pattern: "GET /api/feeds", handler: func() http.Handler { return p.poller.Handler() }},
			{role: rolePoll, pattern: "/websub/", handler: func() http.Handler { return p.poller.Handler() }},
			{role: roleTrack, pattern: "GET /api/alerts", handler: func() http.Handler { return httpapi.AlertsHandler(p.alerts) }},
			// pairs: the tracker's state in one process; over Kafka the whole
			// pair-state topic, read by the API's process whether or not a
			// tracker runs in it (each tracker holds only its partitions).
			{role: roleIndex, pattern: "GET /api/pairs/{a}/{b}", handler: func() http.Handler { return pairsRoute(p, httpapi.PairHandler) }},
			{role: roleIndex, pattern: "GET /api/pairs", handler: func() http.Handler { return pairsRoute(p, httpapi.PairsHandler) }},
		},
	}
}

// runPipeline runs the roles rs of pipelineGraph in this process, over
// the bus the configuration chooses, until ctx is done; then the front
// stops, the stages drain and everything is closed.
func (a *app) runPipeline(ctx context.Context, cfg *config.Config, rs roleSet) error {
	log := a.logger()
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics, err := pipeline.NewMetrics(reg)
	if err != nil {
		return fmt.Errorf("metrics: %w", err)
	}
	// Stopped (SIGTERM) while waiting for the broker or the cluster at
	// start-up: nothing ran, nothing is lost; a clean exit.
	stoppedWaiting := func(err error) bool {
		if ctx.Err() != nil && errors.Is(err, context.Canceled) {
			log.Info("khabar stopped while starting", "roles", rs.names(), "reason", err.Error())
			return true
		}
		return false
	}
	pl, err := openPlumbing(ctx, cfg, log)
	if err != nil {
		if stoppedWaiting(err) {
			return nil
		}
		return err
	}
	defer pl.close()
	// Everything the roles need exists before anything runs: a bad
	// configuration fails here.
	p, err := a.openParts(ctx, cfg, rs, pl, reg, metrics, log)
	if err != nil {
		if stoppedWaiting(err) {
			return nil
		}
		return err
	}
	defer p.close()
	g := pipelineGraph(p)

	// The stages run on their own context: on shutdown the front stops
	// first (the poller waits for its stories' acks), then the stages,
	// each draining what it holds (the indexer flushes).
	stageCtx, stopStages := context.WithCancel(context.WithoutCancel(ctx))
	defer stopStages()
	router := &pipeline.Router{Sub: pl.bus, Pub: pl.bus, DLQ: pl.dlq, Metrics: metrics, Logger: log}
	// Subscribe every stage before anything publishes: the in-process bus
	// drops what is published to a topic nobody reads.
	var consumers []func() error
	for _, s := range g.stages {
		if !rs.roles[s.role] {
			continue
		}
		msgs, err := pl.bus.Subscribe(stageCtx, s.route.Topic, s.route.Group)
		if err != nil {
			return fmt.Errorf("%s: subscribe %s: %w", s.route.Stage, s.route.Topic, err)
		}
		if s.consume != nil {
			consumers = append(consumers, func() error { return s.consume(stageCtx, msgs) })
			continue
		}
		rt := s.route
		rt.Handler = s.handler()
		consumers = append(consumers, func() error { return router.Consume(stageCtx, rt, msgs) })
	}

	front, fctx := errgroup.WithContext(ctx)
	if rs.roles[roleIndex] {
		routes := map[string]http.Handler{}
		for _, r := range g.routes {
			if rs.roles[r.role] {
				if h := r.handler(); h != nil {
					routes[r.pattern] = h
				}
			}
		}
		api, err := newAPI(cfg, reg, p.sink, routes, p.watchlist, log)
		if err != nil {
			return err
		}
		addr, err := api.Start()
		if err != nil {
			return err
		}
		if pl.kafka {
			printKafkaWhere(a.stdout, rs.names(), addr)
		} else {
			a.printWhere(a.stdout, cfg, addr)
		}
		if rs.all() {
			printResumed(ctx, a.stdout, cfg.DataDir, p.sink, p.alerts.CountAlerts)
			front.Go(func() error { return summaryLoop(fctx, a.stdout, cfg.Log.Summary, reg, p.sink, p.alerts.CountAlerts) })
		}
		front.Go(func() error { return api.Serve(fctx) })
	}

	stages := new(errgroup.Group)
	for _, c := range consumers {
		stages.Go(c)
	}
	for _, f := range g.front {
		if !rs.roles[f.role] {
			continue
		}
		front.Go(func() error {
			if err := f.run(fctx); err != nil && !errors.Is(err, context.Canceled) {
				return fmt.Errorf("%s: %w", f.name, err)
			}
			return nil
		})
	}
	if pl.kafka {
		// tools/chaos waits for this line.
		log.Info("khabar roles running over kafka", "roles", rs.names(), "brokers", cfg.Bus.Kafka.Brokers, "prefix", cfg.Bus.Kafka.TopicPrefix)
	} else {
		log.Info("khabar running", "roles", rs.names(), "data", cfg.DataDir)
	}
	ferr := front.Wait()
	if ferr == nil {
		// A process without a front (work, index) runs until told to stop.
		<-ctx.Done()
	}
	stopStages()
	serr := stages.Wait()
	// What the stages hold is closed before the bus they wrote through.
	if err := p.close(); err != nil {
		log.Error("close", "err", err)
	}
	if cerr := pl.close(); cerr != nil && serr == nil {
		serr = cerr
	}
	log.Info("khabar stopped", "roles", rs.names(), "data", cfg.DataDir)
	if ferr != nil && ctx.Err() == nil {
		return ferr
	}
	return serr
}

// pairsRoute is a pairs endpoint over p.pairs, or nil (no route) when this
// process has no pair state to read.
func pairsRoute(p *parts, h func(httpapi.PairReader) http.Handler) http.Handler {
	if p.pairs == nil {
		return nil
	}
	return h(p.pairs)
}

// judgeLanes is how many rule keys the alert judge works on at once.
const judgeLanes = 8
