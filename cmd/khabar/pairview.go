package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// pairView is what /api/pairs reads over Kafka: every partition of the
// compacted pair-state topic, in a store of its own that never writes.
// A tracker loads only the partitions it consumes, so listing its store
// showed one tracker's share of the pairs; the view loads all partitions
// on the first request and tails them from then on, so any process that
// serves the API (the index role) lists every pair, whichever tracker
// folded it. A listing is as current as the view's tail (records written
// by the trackers appear within a poll of the changelog), and the view
// holds the whole topic in memory from its first listing until the process
// stops.
type pairView struct {
	store *kafka.PartitionedStateStore
	bus   *kafka.Bus
	cfg   config.TrackConfig

	mu     sync.Mutex
	loaded bool
}

var _ interface {
	Pairs(context.Context, track.PairFilter) (track.PairList, error)
	Detail(context.Context, string, string, track.TimelineFilter) (track.PairDetail, bool, error)
} = (*pairView)(nil)

// pairView opens the view; it reads nothing until the first request.
func (pl *plumbing) pairView(ctx context.Context, cfg config.TrackConfig) (*pairView, error) {
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
