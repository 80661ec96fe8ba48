package work

import (
	"context"
	"fmt"

	"github.com/khabar/khabar/pipeline"
)

// Handler is the work stage over a bus: a story in, its Record out on the
// analyses topic and its stances, one message per pair (keyed by the pair,
// so one tracker owns it), on the stances topic.
func Handler(a *Analyzer) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var s pipeline.Story
		if err := pipeline.Decode(m, &s); err != nil {
			return nil, err
		}
		if s.ID == "" {
			return nil, fmt.Errorf("story (key %q) has no id", m.Key)
		}
		an := a.Analyze(s)
		rec, err := pipeline.Encode(s.ID, pipeline.Record{Story: s, Analysis: an})
		if err != nil {
			return nil, err
		}
		outs := []pipeline.Output{{Topic: pipeline.TopicAnalyses, Msg: rec}}
		for _, b := range pipeline.GroupStances(s, an.Stances) {
			msg, err := pipeline.Encode(pipeline.PairKey(b.Pair[0], b.Pair[1]), b)
			if err != nil {
				return nil, err
			}
			outs = append(outs, pipeline.Output{Topic: pipeline.TopicStances, Msg: msg})
		}
		return outs, nil
	}
}
