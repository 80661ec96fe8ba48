package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/internal/watchlist"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/index"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
)

// parts are what the stages of pipelineGraph run on. openParts opens those
// of the roles a process runs; the others stay nil.
type parts struct {
	watchlist *watchlist.Watchlist

	// work
	analyzer *work.Analyzer
	terms    *searchterms.Analyzer // nil unless the sink indexes search terms
	workers  int

	// track
	tracker     *track.Tracker
	sequencer   *track.Sequencer
	foldWorkers int
	alerts      *alert.Engine

	// alert (in the track role)
	bus       pipeline.Publisher // the pruner's prune requests
	inProcess bool               // the bus is in-process: its acks travel back to the feed

	// index
	sink    sink
	indexer *index.Stage
	// eventIndexer writes events and deletes retracted ones, one batch at
	// a time (a write and a later delete of one id must not cross).
	eventIndexer *index.Stage
	// pairs is what /api/pairs reads, in the process that serves the API:
	// the tracker in one process, the whole pair-state topic over Kafka
	// (pairview.go); nil when no pair state is at hand.
	pairs httpapi.PairReader

	// poll
	poller *feeds.Poller

	closers []func() error // in opening order
	closed  bool
}

// openParts opens the parts of the roles in rs, so that everything a
// process needs exists (or its configuration error is reported) before
// anything runs.
func (a *app) openParts(ctx context.Context, cfg *config.Config, rs roleSet, pl *plumbing, reg *prometheus.Registry, metrics *pipeline.Metrics, log *slog.Logger) (_ *parts, err error) {
	p := &parts{}
	defer func() {
		if err != nil {
			p.close()
		}
	}()
	if rs.roles[roleWork] || rs.roles[roleTrack] || rs.roles[roleIndex] {
		if p.watchlist, err = loadWatchlist(cfg.Watchlist); err != nil {
			return nil, &exitError{code: 2, err: err}
		}
	}
	if rs.roles[roleWork] {
		if p.analyzer, err = work.New(p.watchlist, work.WithStanceLanguages(cfg.Work.Languages...)); err != nil {
			return nil, fmt.Errorf("analyzer: %w", err)
		}
		if p.terms, err = searchTermsFor(cfg); err != nil {
			return nil, err
		}
		p.workers = cfg.Work.Workers
		if p.workers == 0 {
			p.workers = 2
		}
	}
	if rs.roles[roleIndex] {
		if p.sink, err = a.openSearchSink(ctx, cfg, p.watchlist, pl.dlq, reg, log); err != nil {
			return nil, err
		}
		p.closers = append(p.closers, p.sink.Close)
		p.indexer, err = index.New(index.Config{BatchSize: cfg.Sink.BatchSize, FlushInterval: cfg.Sink.FlushInterval, InFlight: cfg.Sink.InFlightBatches()}, p.sink, pl.dlq, metrics, log)
		if err != nil {
			return nil, err
		}
		p.eventIndexer, err = index.New(index.Config{BatchSize: cfg.Sink.BatchSize, FlushInterval: cfg.Sink.FlushInterval, InFlight: 1}, p.sink, pl.dlq, metrics, log)
		if err != nil {
			return nil, err
		}
	}
	if rs.roles[roleTrack] {
		pairs, err := pl.pairState(ctx)
		if err != nil {
			return nil, err
		}
		if p.tracker, err = track.New(cfg.Track, pairs, log.With("stage", "track")); err != nil {
			return nil, &exitError{code: 2, err: fmt.Errorf("tracker: %w", err)}
		}
		if st := pl.pairStore; st != nil && !rs.roles[roleIndex] {
			// A partition the group moved to another tracker is dropped
			// after it has been idle this long (kafka-go does not say which
			// partitions a reader holds), with the tracker's cached pairs
			// of it; its next message restores it from the changelog. A
			// process that also serves the API keeps every partition.
			tr := p.tracker
			st.OnUnload(func(part int) {
				tr.Forget(func(key string) bool { return st.Partition(track.BucketPairs, key) == part })
			})
			st.UnloadAfter(pairUnloadIdle)
		}
		p.sequencer = track.NewSequencer(p.tracker, track.DefaultSequencer())
		p.foldWorkers = p.sequencer.Workers()
		keys, list, err := pl.alertState(ctx)
		if err != nil {
			return nil, err
		}
		if p.alerts, err = a.alertEngine(cfg, p.watchlist, keys, log); err != nil {
			return nil, err
		}
		p.alerts.SetListStore(list)
		p.bus, p.inProcess = pl.bus, !pl.kafka
	}
	if rs.roles[rolePoll] {
		if p.poller, err = p.openPoller(ctx, cfg, rs.shard, pl, reg, log); err != nil {
			return nil, err
		}
	}
	if rs.roles[roleIndex] {
		if p.pairs, err = pl.pairReader(ctx, cfg.Track, p.tracker); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// pairUnloadIdle is how long a track-only process keeps a pair-state
// partition nothing has read or written; well above the sequencer's hold.
const pairUnloadIdle = 10 * time.Minute

// openPoller builds the poll role's poller: its share of every configured
// feed and of the feeds file (every feed with one poller), over the feed
// state every poller shares; the bundled samples served on loopback when
// it owns one; failing feeds reported on the feed-failing topic, where the
// alert stage reads them in this process or another.
func (p *parts) openPoller(ctx context.Context, cfg *config.Config, shard feeds.Shard, pl *plumbing, reg prometheus.Registerer, log *slog.Logger) (*feeds.Poller, error) {
	state, view, legacy, err := pl.feedState(ctx, shard)
	if err != nil {
		return nil, err
	}
	pollCfg := feeds.ConfigFrom(cfg)
	if feeds.HasSamples(shard.Share(pollCfg.Feeds)) {
		base, srv, err := serveSamples(cfg.Samples, filepath.Join(cfg.DataDir, "samples.port"), log)
		if err != nil {
			return nil, err
		}
		p.closers = append(p.closers, srv.Close)
		pollCfg.Feeds = feeds.RewriteSamples(pollCfg.Feeds, base)
	}
	poller, err := feeds.Open(ctx, feeds.Setup{Config: pollCfg, Shard: shard, Publisher: pl.bus, State: state, View: view,
		LegacyFiles: legacy, FailingTopic: kafka.TopicFeedFailing, Logger: log, Registerer: reg})
	if err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("feeds: %w", err)}
	}
	return poller, nil
}

// close closes what was opened, the last opened first, once.
func (p *parts) close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	var errs []error
	for i := len(p.closers) - 1; i >= 0; i-- {
		if err := p.closers[i](); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
