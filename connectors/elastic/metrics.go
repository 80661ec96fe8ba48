package elastic

import (
	"errors"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics of the sink, registered on the injected registerer.
type metrics struct {
	docs         *prometheus.CounterVec
	retries      *prometheus.CounterVec
	writeSeconds *prometheus.HistogramVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		docs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_elastic_documents_total",
			Help: "Documents handled by the Elasticsearch sink, by family and result (indexed, older, dead_letter).",
		}, []string{"family", "result"}),
		retries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "khabar_elastic_retries_total",
			Help: "Documents sent again after Elasticsearch refused them (429, 5xx, unavailable).",
		}, []string{"family"}),
		writeSeconds: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "khabar_elastic_write_seconds",
			Help:    "Time for one write call until every document was durable.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 14),
		}, []string{"family"}),
	}
	if reg == nil {
		return m, nil
	}
	var err error
	if m.docs, err = register(reg, m.docs); err != nil {
		return nil, err
	}
	if m.retries, err = register(reg, m.retries); err != nil {
		return nil, err
	}
	if m.writeSeconds, err = register(reg, m.writeSeconds); err != nil {
		return nil, err
	}
	return m, nil
}

// register registers c, or returns the collector already registered under
// its name (a second sink on the same registry adds to the same series).
func register[C prometheus.Collector](reg prometheus.Registerer, c C) (C, error) {
	if err := reg.Register(c); err != nil {
		var are prometheus.AlreadyRegisteredError
		if errors.As(err, &are) {
			if old, ok := are.ExistingCollector.(C); ok {
				return old, nil
			}
		}
		return c, fmt.Errorf("elastic: register metrics: %w", err)
	}
	return c, nil
}
