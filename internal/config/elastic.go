package config

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// ElasticConfig is the Elasticsearch sink (sink.elasticsearch). Secrets
// (api_key, password) are better given through the environment
// (KHABAR_SINK_ELASTICSEARCH_API_KEY, …) than written in the file; `khabar
// config` never prints them.
type ElasticConfig struct {
	URLs []string `yaml:"urls"`
	// APIKey is the base64-encoded "id:key"; it wins over username/password.
	APIKey   string `yaml:"api_key"`
	Username string `yaml:"username"`
	Password string `yaml:"password"`
	// CAFile is a PEM file with the CA of the cluster's certificates.
	CAFile string `yaml:"ca_file"`
	// TLSInsecure skips certificate verification; for tests only.
	TLSInsecure bool `yaml:"tls_insecure"`
	// IndexPrefix starts every index, alias and template name.
	IndexPrefix string `yaml:"index_prefix"`
	// Workers is the number of concurrent bulk requests.
	Workers int `yaml:"workers"`
	// FlushBytes flushes a bulk request at this size.
	FlushBytes int `yaml:"flush_bytes"`
	// FlushInterval flushes buffered items nobody waits on.
	FlushInterval time.Duration `yaml:"flush_interval"`
	// MaxRetries is the HTTP client's own retries per request; items that
	// still fail are retried with backoff until written.
	MaxRetries      int           `yaml:"max_retries"`
	RetryBackoffMin time.Duration `yaml:"retry_backoff_min"`
	RetryBackoffMax time.Duration `yaml:"retry_backoff_max"`
	RequestTimeout  time.Duration `yaml:"request_timeout"`
	// StartupWait is how long the index role waits for the cluster to
	// answer at start-up (connection refused, 429, 5xx), retrying with
	// backoff and logging each attempt; 0 fails at once. A missing setup,
	// a refused credential and one-shot commands (search, setup) fail at once.
	StartupWait time.Duration `yaml:"startup_wait"`
	// VersionsRetention is how long the event versions index
	// (<prefix>event-versions: an event id's last applied version, kept so
	// a late older message of the event never undoes a newer change, and a
	// retracted event never comes back) keeps a version after its last
	// change; older ones are deleted hourly. At least
	// MinVersionsRetention, the 7-day redelivery horizon; 0 keeps every
	// version for ever. See connectors/elastic/README.md.
	VersionsRetention time.Duration `yaml:"versions_retention"`
}

// DefaultVersionsRetention is sink.elasticsearch.versions_retention's
// default: 30 days, over four times the 7-day redelivery horizon.
const DefaultVersionsRetention = 30 * 24 * time.Hour

// MinVersionsRetention is the shortest non-zero
// sink.elasticsearch.versions_retention: the 7-day horizon within which a
// message can be delivered again (the default retention of khabar's
// topics, bus.kafka.retention, and the tracker's folded markers).
const MinVersionsRetention = 7 * 24 * time.Hour

// DefaultElastic returns the Elasticsearch defaults.
func DefaultElastic() ElasticConfig {
	return ElasticConfig{
		URLs:            []string{"http://127.0.0.1:9200"},
		IndexPrefix:     "khabar-",
		Workers:         2,
		FlushBytes:      5 << 20,
		FlushInterval:   time.Second,
		MaxRetries:      3,
		RetryBackoffMin: 100 * time.Millisecond,
		RetryBackoffMax: 5 * time.Second,
		RequestTimeout:  time.Minute,
		StartupWait:     2 * time.Minute,

		VersionsRetention: DefaultVersionsRetention,
	}
}

func (e *ElasticConfig) resolvePaths(abs func(*string)) { abs(&e.CAFile) }

func (e *ElasticConfig) validate() error {
	const p = "sink.elasticsearch."
	if len(e.URLs) == 0 {
		return &Error{Field: p + "urls", Msg: "at least one URL is needed"}
	}
	for _, u := range e.URLs {
		pu, err := url.Parse(u)
		if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			// Never echo a URL that may carry a password.
			shown := "(unparseable)"
			if err == nil {
				pu.User = nil
				shown = pu.String()
			}
			return &Error{Field: p + "urls", Msg: fmt.Sprintf("%s is not an http:// or https:// URL", shown)}
		}
	}
	if e.IndexPrefix == "" || strings.ToLower(e.IndexPrefix) != e.IndexPrefix || strings.ContainsAny(e.IndexPrefix, ` "*\<|,>/?#:`) {
		return &Error{Field: p + "index_prefix", Msg: fmt.Sprintf("%q must be non-empty, lowercase, without spaces or any of \"*\\<|,>/?#:", e.IndexPrefix)}
	}
	if e.Username != "" && e.Password == "" && e.APIKey == "" {
		return &Error{Field: p + "password", Msg: "is needed with username"}
	}
	checks := []struct {
		ok    bool
		field string
		msg   string
	}{
		{e.Workers > 0, "workers", "must be positive"},
		{e.FlushBytes >= 1024, "flush_bytes", "must be at least 1024"},
		{e.FlushInterval > 0, "flush_interval", "must be positive"},
		{e.MaxRetries >= 0, "max_retries", "must not be negative"},
		{e.RetryBackoffMin > 0, "retry_backoff_min", "must be positive"},
		{e.RetryBackoffMax >= e.RetryBackoffMin, "retry_backoff_max", "must be at least retry_backoff_min"},
		{e.RequestTimeout > 0, "request_timeout", "must be positive"},
		{e.StartupWait >= 0, "startup_wait", "must not be negative (0 fails at once when the cluster does not answer)"},
	}
	for _, c := range checks {
		if !c.ok {
			return &Error{Field: p + c.field, Msg: c.msg}
		}
	}
	switch r := e.VersionsRetention; {
	case r < 0:
		return &Error{Field: p + "versions_retention", Msg: fmt.Sprintf("%s must not be negative (0 keeps every event version for ever)", r)}
	case r > 0 && r < MinVersionsRetention:
		return &Error{Field: p + "versions_retention", Msg: fmt.Sprintf("%s is under %s, the 7-day redelivery horizon: want 0 (keep for ever) or at least %s", r, MinVersionsRetention, MinVersionsRetention)}
	}
	return nil
}
