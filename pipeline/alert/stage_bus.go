package alert

import (
	"context"

	"github.com/khabar/khabar/pipeline"
)

// AnalysisHandler is the alert stage's view of the analyses topic: the
// rules that match stories, out as alerts on the alerts topic. The engine
// stores each alert and its pending deliveries before returning, so the
// message may be acknowledged once the alerts are indexed.
func AnalysisHandler(e *Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var r pipeline.Record
		if err := pipeline.Decode(m, &r); err != nil {
			return nil, err
		}
		alerts, err := e.OnAnalysis(ctx, r.Story, r.Analysis)
		if err != nil {
			return nil, err
		}
		return alertOutputs(alerts)
	}
}

// EventHandler is the alert stage's view of the events topic.
func EventHandler(e *Engine) pipeline.Handler {
	return func(ctx context.Context, m *pipeline.Message) ([]pipeline.Output, error) {
		var em pipeline.EventMessage
		if err := pipeline.Decode(m, &em); err != nil {
			return nil, err
		}
		s := pipeline.Story{ID: em.Story.ID, Title: em.Story.Title, URL: em.Story.URL, Source: em.Story.Source,
			Category: em.Story.Category, Cluster: em.Story.Cluster, Published: em.Story.Published}
		alerts, err := e.OnEvent(ctx, em.Event, s)
		if err != nil {
			return nil, err
		}
		return alertOutputs(alerts)
	}
}

func alertOutputs(alerts []pipeline.Alert) ([]pipeline.Output, error) {
	outs := make([]pipeline.Output, 0, len(alerts))
	for _, a := range alerts {
		msg, err := pipeline.Encode(a.ID, a)
		if err != nil {
			return nil, err
		}
		outs = append(outs, pipeline.Output{Topic: pipeline.TopicAlerts, Msg: msg})
	}
	return outs, nil
}
