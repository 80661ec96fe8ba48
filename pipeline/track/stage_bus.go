package track

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/khabar/khabar/pipeline"
)

// Handler is the track stage over a bus: a StanceBatch in (one story's
// stances about one pair, keyed by the pair), its events out on the events
// topic with the story they came from, and the events a late story
// retracts (pipeline.EventMessage.Retracted). Fold is durable and idempotent, so a
// redelivered batch is not folded twice; the events its first fold emitted
// are published again (same ids, consumers dedup), in case the process died
// after Fold but before they were acknowledged.
func Handler(t *Tracker) pipeline.Handler {
	return handler(t, func(ctx context.Context, story StoryRef, stances []pipeline.Stance) (folded, error) {
		if story.ID == "" {
			return folded{}, pipeline.Permanent(errors.New("track: fold: story without id"))
		}
		res, err := t.foldBatch(ctx, []Item{{Story: story, Stances: stances}})
		if err != nil {
			return folded{}, err
		}
		return res[0], nil
	})
}

// EventMessage is the value the track stage publishes on the events topic:
// pipeline.EventMessage and the version of the fold that gave it (the
// pair record's fold count, pairRecord.Ver; the first fold's for the
// outputs of a redelivered story). Versions grow with every fold stored
// into a pair, and an event id names one pair, so of two messages of an
// id the one with the higher version says what the tracker holds now: the
// index applies a message only if it is newer than what it applied for
// that id (index.EventApplier), whatever order two folds' handler
// goroutines published them in. 0 is a message from before versions.
// Readers of pipeline.EventMessage ignore "version".
type EventMessage struct {
	pipeline.EventMessage
	Version uint64 `json:"version,omitempty"`
}

// handler also hands the message's partition to a store whose state is
// loaded per partition (pipeline.PartitionOwner), fencing it when the store
// fences its writers (pipeline.PartitionFencer), before the fold reads it.
func handler(t *Tracker, fold func(context.Context, StoryRef, []pipeline.Stance) (folded, error)) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var b pipeline.StanceBatch
		if err := pipeline.Decode(m, &b); err != nil {
			return nil, err
		}
		if pf, ok := t.store.(pipeline.PartitionFencer); ok && m.Origin != nil {
			if err := pf.Fence(ctx, m.Origin.Partition); err != nil {
				return nil, fmt.Errorf("track: fence state partition %d: %w", m.Origin.Partition, err)
			}
		} else if po, ok := t.store.(pipeline.PartitionOwner); ok && m.Origin != nil {
			if err := po.Own(ctx, m.Origin.Partition); err != nil {
				return nil, fmt.Errorf("track: state of partition %d: %w", m.Origin.Partition, err)
			}
		}
		res, err := fold(ctx, b.Story, b.Stances)
		if err != nil {
			return nil, err
		}
		return eventOutputs(res, b.Story)
	}
}

// eventOutputs are the messages of one item's fold. A pair the story was
// folded into before (a redelivery) gives the outputs of that fold again,
// from its marker, where they still hold, with that fold's version.
// Retractions first: an id retracted and emitted again by one fold (never
// the case: a fold's difference names an id once) could not end deleted.
func eventOutputs(res folded, story StoryRef) ([]pipeline.Output, error) {
	retracted := append(slices.Clone(res.retracted), res.againRetracted...)
	events := append(slices.Clone(res.events), res.again...)
	outs := make([]pipeline.Output, 0, len(events)+len(retracted))
	for i, ev := range append(retracted, events...) {
		msg, err := pipeline.Encode(pipeline.PairKey(ev.Pair[0], ev.Pair[1]), EventMessage{
			EventMessage: pipeline.EventMessage{Event: ev, Story: story, Retracted: i < len(retracted)},
			Version:      res.version(ev),
		})
		if err != nil {
			return nil, err
		}
		outs = append(outs, pipeline.Output{Topic: pipeline.TopicEvents, Msg: msg})
	}
	return outs, nil
}
