package pipeline

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the per-stage counters and latencies every stage reports.
type Metrics struct {
	Processed *prometheus.CounterVec   // khabar_stage_processed_total{stage}
	Failed    *prometheus.CounterVec   // khabar_stage_failed_total{stage}
	Latency   *prometheus.HistogramVec // khabar_stage_latency_seconds{stage}
	Retried   *prometheus.CounterVec   // khabar_stage_retried_total{stage}
}

// NewMetrics registers the stage metrics with reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		Processed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_stage_processed_total", Help: "Messages a stage processed successfully.",
		}, []string{"stage"}),
		Failed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_stage_failed_total", Help: "Messages a stage gave up on (dead-lettered).",
		}, []string{"stage"}),
		Latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "khabar_stage_latency_seconds", Help: "Time a stage spent on one message or batch.",
			Buckets: prometheus.ExponentialBuckets(0.0001, 4, 10),
		}, []string{"stage"}),
		Retried: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_stage_retried_total", Help: "Transient failures a stage retried (handler errors, outputs the bus refused, dead letters not stored).",
		}, []string{"stage"}),
	}
	for _, c := range []prometheus.Collector{m.Processed, m.Failed, m.Latency, m.Retried} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}
