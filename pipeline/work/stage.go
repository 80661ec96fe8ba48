package work

import (
	"context"
	"fmt"

	"github.com/khabar/khabar/internal/searchterms"
	"github.com/khabar/khabar/pipeline"
)

// Handler is the work stage over a bus: a story in, its Record out on the
// analyses topic and its stances, one message per pair (keyed by the pair,
// so one tracker owns it), on the stances topic. With terms, the Record
// carries the story's search terms, so the index stage does not compute
// them (nil leaves them to the sink).
func Handler(a *Analyzer, terms *searchterms.Analyzer) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var s pipeline.Story
		if err := pipeline.Decode(m, &s); err != nil {
			return nil, err
		}
		if s.ID == "" {
			return nil, pipeline.Permanent(fmt.Errorf("story (key %q) has no id", m.Key))
		}
		an := a.Analyze(s)
		// Downstream (index, search, facets, alert rules) sees the story's
		// own topic and language; the feed's category stays in
		// an.FeedCategory.
		if an.Topic != "" {
			s.Category = an.Topic
		}
		if an.Language != "" {
			s.Language = an.Language
		}
		r := pipeline.Record{Story: s, Analysis: an}
		if terms != nil {
			r.Terms = &pipeline.SearchTerms{Title: terms.Terms(s.Title), Body: terms.Terms(s.Body)}
		}
		rec, err := pipeline.Encode(s.ID, r)
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
