package track

import (
	"context"

	"github.com/khabar/khabar/pipeline"
)

// Handler is the track stage over a bus: a StanceBatch in (one story's
// stances about one pair, keyed by the pair), its events out on the events
// topic with the story they came from. Fold is durable and idempotent, so a
// redelivered batch is not folded twice; the events its first fold emitted
// are published again (same ids, consumers dedup), in case the process died
// after Fold but before they were acknowledged.
func Handler(t *Tracker) pipeline.Handler {
	return handler(t, t.Fold)
}

func handler(t *Tracker, fold func(context.Context, StoryRef, []pipeline.Stance) ([]pipeline.Event, error)) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var b pipeline.StanceBatch
		if err := pipeline.Decode(m, &b); err != nil {
			return nil, err
		}
		ref := b.Story
		events, err := fold(ctx, ref, b.Stances)
		if err != nil {
			return nil, err
		}
		if len(events) == 0 && b.Pair[0] != "" {
			if events, _, err = t.Folded(ctx, ref.ID, b.Pair[0], b.Pair[1]); err != nil {
				return nil, err
			}
		}
		outs := make([]pipeline.Output, 0, len(events))
		for _, ev := range events {
			msg, err := pipeline.Encode(pipeline.PairKey(ev.Pair[0], ev.Pair[1]), pipeline.EventMessage{Event: ev, Story: b.Story})
			if err != nil {
				return nil, err
			}
			outs = append(outs, pipeline.Output{Topic: pipeline.TopicEvents, Msg: msg})
		}
		return outs, nil
	}
}
