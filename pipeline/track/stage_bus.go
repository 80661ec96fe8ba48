package track

import (
	"context"
	"errors"
	"fmt"

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

// handler also hands the message's partition to a store whose state is
// loaded per partition (pipeline.PartitionOwner), before the fold reads it.
func handler(t *Tracker, fold func(context.Context, StoryRef, []pipeline.Stance) (folded, error)) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var b pipeline.StanceBatch
		if err := pipeline.Decode(m, &b); err != nil {
			return nil, err
		}
		if po, ok := t.store.(pipeline.PartitionOwner); ok && m.Origin != nil {
			if err := po.Own(ctx, m.Origin.Partition); err != nil {
				return nil, fmt.Errorf("track: state of partition %d: %w", m.Origin.Partition, err)
			}
		}
		ref := b.Story
		res, err := fold(ctx, ref, b.Stances)
		if err != nil {
			return nil, err
		}
		// A pair the story was folded into before (a redelivery) gives the
		// outputs of that fold again, from its marker, where they still hold.
		// Retractions first: an id retracted and emitted again by one fold
		// (never the case: a fold's difference names an id once) could not
		// end deleted.
		retracted := append(res.retracted, res.againRetracted...)
		events := append(res.events, res.again...)
		outs := make([]pipeline.Output, 0, len(events)+len(retracted))
		for i, ev := range append(retracted, events...) {
			msg, err := pipeline.Encode(pipeline.PairKey(ev.Pair[0], ev.Pair[1]),
				pipeline.EventMessage{Event: ev, Story: b.Story, Retracted: i < len(retracted)})
			if err != nil {
				return nil, err
			}
			outs = append(outs, pipeline.Output{Topic: pipeline.TopicEvents, Msg: msg})
		}
		return outs, nil
	}
}
