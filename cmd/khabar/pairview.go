package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// pairView is what /api/pairs reads over Kafka: every partition of the
// compacted pair-state topic. A tracker loads only the partitions it
// consumes, so listing its store showed one tracker's share of the pairs;
// the view loads all partitions on the first request and tails them from
// then on, so any process that serves the API (the index role) lists every
// pair, whichever tracker folded it. A listing is as current as the tail
// (records written by other trackers appear within a poll of the
// changelog), and the process holds the whole topic in memory from its
// first listing until it stops. When a tracker runs in the process the
// view is over the tracker's store (which then also tails the partitions
// other trackers consume, as it does after a rebalance), else over a store
// of its own that never writes.
type pairView struct {
	store *kafka.PartitionedStateStore
	bus   *kafka.Bus
	cfg   config.TrackConfig

	mu     sync.Mutex
	loaded bool
}

var _ httpapi.PairReader = (*pairView)(nil)

// pairReader is what the API's process reads pairs from: in one process
// the tracker (nil without one: no pairs routes); over Kafka a view of the
// whole pair-state topic — over the tracker's own store when a tracker
// runs here (its partitions are loaded already, and the pair state is held
// once), else a store of its own. Either reads nothing until the first
// request.
func (pl *plumbing) pairReader(ctx context.Context, cfg config.TrackConfig, tracker *track.Tracker) (httpapi.PairReader, error) {
	if !pl.kafka {
		if tracker == nil {
			return nil, nil
		}
		return tracker, nil
	}
	if pl.pairStore != nil {
		return &pairView{store: pl.pairStore, bus: pl.kbus, cfg: cfg}, nil
	}
	st, err := kafka.OpenPartitionedStateStore(ctx, pl.kbus, kafka.TopicPairState, pipeline.TopicStances, track.PartitionKey)
	if err != nil {
		return nil, fmt.Errorf("pairs view: %w", err)
	}
	pl.closers = append(pl.closers, st.Close)
	return &pairView{store: st, bus: pl.kbus, cfg: cfg}, nil
}

// loadAll restores every partition not yet loaded (once; a failed load is
// tried again by the next request).
func (v *pairView) loadAll(ctx context.Context) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.loaded {
		return nil
	}
	n, err := v.bus.Partitions(ctx, kafka.TopicPairState)
	if err != nil {
		return fmt.Errorf("pairs view: %w", err)
	}
	for p := range n {
		if err := v.store.Own(ctx, p); err != nil {
			return fmt.Errorf("pairs view: %w", err)
		}
	}
	v.loaded = true
	return nil
}

// Pairs lists the pairs of every partition.
func (v *pairView) Pairs(ctx context.Context, f track.PairFilter) (track.PairList, error) {
	if err := v.loadAll(ctx); err != nil {
		return track.PairList{}, err
	}
	return track.ListPairs(ctx, v.store, f)
}

// Detail reads one pair (its partition is loaded by the read).
func (v *pairView) Detail(ctx context.Context, a, b string, f track.TimelineFilter) (track.PairDetail, bool, error) {
	return track.ReadPairDetail(ctx, v.store, v.cfg, a, b, f)
}
