// Package elastic is khabar's Elasticsearch sink and searcher: it writes
// stories with their analyses, tracker events and alerts through
// esutil.BulkIndexer with deterministic ids, and answers pipeline.Query the
// way the embedded index does. Setup installs the index templates and write
// aliases (see deploy/elasticsearch/).
package elastic

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/khabar/khabar/internal/config"
)

// Index families; each has a write alias <prefix><family> over indices
// <prefix><family>-000001, … so they can roll over.
const (
	FamilyStories = "stories"
	FamilyEvents  = "events"
	FamilyAlerts  = "alerts"
)

// Families lists the index families in setup order.
var families = [...]string{FamilyStories, FamilyEvents, FamilyAlerts}

// Config configures the sink. The zero value is not valid: start from
// DefaultConfig or ConfigFrom.
type Config struct {
	// URLs of the Elasticsearch nodes.
	URLs []string
	// APIKey is the base64 "id:key" API key; it wins over Username/Password.
	APIKey   string
	Username string
	Password string
	// CAFile is a PEM file of the CA that signed the nodes' certificates.
	CAFile string
	// TLSInsecure skips certificate verification (tests against self-signed nodes only).
	TLSInsecure bool

	// IndexPrefix starts every index, alias and template name ("khabar-").
	IndexPrefix string

	// Workers is the number of concurrent bulk requests (BulkIndexer workers).
	Workers int
	// FlushBytes flushes a worker's bulk request when it reaches this size.
	FlushBytes int
	// FlushInterval flushes buffered items that no WriteX call is waiting on
	// (a WriteX call always flushes its own items before it returns).
	FlushInterval time.Duration
	// MaxDocBytes bounds one document; a larger one is dead-lettered. It
	// keeps memory bounded and every bulk request under http.max_content_length.
	MaxDocBytes int

	// MaxRetries is how often the HTTP client itself retries one request
	// (on network errors and RetryOnStatus); the sink then goes on retrying
	// the items that still failed, with RetryBackoffMin..Max, until they
	// succeed or the context ends.
	MaxRetries      int
	RetryOnStatus   []int
	RetryBackoffMin time.Duration
	RetryBackoffMax time.Duration
	// RequestTimeout bounds one HTTP request.
	RequestTimeout time.Duration

	// DeadLetter receives a document Elasticsearch rejected as malformed
	// (or that could not be encoded), with the reason. When nil, such a
	// document makes the write return a *RejectedError instead.
	DeadLetter func(ctx context.Context, id string, doc []byte, reason string)

	// EntityType tells the type (pipeline.TypePerson, TypeOrg, TypeDeal) of
	// a watchlist id, to fill the persons and orgs fields. Optional.
	EntityType func(id string) string
	// VersionsRetention is how long an event id's applied version is kept
	// in the event versions index after its last change was applied (the
	// indexer's clock): ApplyEvents prunes older ones at most every
	// VersionsPruneEvery (Sink.PruneVersions). Within it, a late older
	// message of an event never undoes a newer change (no retracted event
	// comes back); past it, such a message is applied as if new. It must
	// be at least MinVersionsRetention, a redelivery horizon (the Kafka
	// topics' 7-day retention); 0 keeps every version for ever.
	VersionsRetention time.Duration
}

// DefaultVersionsRetention is the default Config.VersionsRetention: 30
// days, over four times the stances, events and tracker markers' 7-day
// horizon. It is sink.elasticsearch.versions_retention's default.
const DefaultVersionsRetention = config.DefaultVersionsRetention

// MinVersionsRetention is the shortest Config.VersionsRetention accepted:
// the 7-day horizon within which a message can be delivered again (the
// default retention of khabar's topics, the tracker's folded markers).
// khabar's configuration refuses a shorter
// sink.elasticsearch.versions_retention with the same bound.
const MinVersionsRetention = config.MinVersionsRetention

// VersionsPruneEvery is how often ApplyEvents prunes the event versions
// index (one delete-by-query of the versions older than the retention).
const VersionsPruneEvery = time.Hour

// DefaultConfig returns the defaults: one node on loopback, prefix
// "khabar-", 2 workers, 5 MB bulk requests, 429 and 5xx retried.
func DefaultConfig() Config {
	return Config{
		URLs:            []string{"http://127.0.0.1:9200"},
		IndexPrefix:     "khabar-",
		Workers:         2,
		FlushBytes:      5 << 20,
		FlushInterval:   time.Second,
		MaxDocBytes:     4 << 20,
		MaxRetries:      3,
		RetryOnStatus:   []int{429, 500, 502, 503, 504},
		RetryBackoffMin: 100 * time.Millisecond,
		RetryBackoffMax: 5 * time.Second,
		RequestTimeout:  time.Minute,

		VersionsRetention: DefaultVersionsRetention,
	}
}

// ConfigFrom maps the sink.elasticsearch section of khabar's configuration
// onto a Config, over the defaults. ec is a section that started from
// config.DefaultElastic (as config.Load's does): its versions_retention is
// taken as it is, since 0 there means "keep every version for ever", not
// "unset".
func ConfigFrom(ec config.ElasticConfig) Config {
	c := DefaultConfig()
	if len(ec.URLs) > 0 {
		c.URLs = append([]string(nil), ec.URLs...)
	}
	c.APIKey, c.Username, c.Password = ec.APIKey, ec.Username, ec.Password
	c.CAFile, c.TLSInsecure = ec.CAFile, ec.TLSInsecure
	if ec.IndexPrefix != "" {
		c.IndexPrefix = ec.IndexPrefix
	}
	if ec.Workers > 0 {
		c.Workers = ec.Workers
	}
	if ec.FlushBytes > 0 {
		c.FlushBytes = ec.FlushBytes
	}
	if ec.FlushInterval > 0 {
		c.FlushInterval = ec.FlushInterval
	}
	if ec.MaxRetries > 0 {
		c.MaxRetries = ec.MaxRetries
	}
	if ec.RetryBackoffMin > 0 {
		c.RetryBackoffMin = ec.RetryBackoffMin
	}
	if ec.RetryBackoffMax > 0 {
		c.RetryBackoffMax = ec.RetryBackoffMax
	}
	if ec.RequestTimeout > 0 {
		c.RequestTimeout = ec.RequestTimeout
	}
	c.VersionsRetention = ec.VersionsRetention
	return c
}

// Validate checks the configuration; errors name the field.
func (c *Config) Validate() error {
	if len(c.URLs) == 0 {
		return errors.New("elastic: URLs: at least one URL is needed")
	}
	for _, u := range c.URLs {
		pu, err := url.Parse(u)
		if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
			return fmt.Errorf("elastic: URLs: %q is not an http(s) URL", redactURL(u))
		}
	}
	if c.IndexPrefix == "" || strings.ToLower(c.IndexPrefix) != c.IndexPrefix || strings.ContainsAny(c.IndexPrefix, ` "*\<|,>/?#:`) {
		return fmt.Errorf("elastic: IndexPrefix: %q must be non-empty lowercase, free of spaces and of the characters \"*\\<|,>/?#: that index names forbid", c.IndexPrefix)
	}
	switch {
	case c.Workers <= 0:
		return errors.New("elastic: Workers must be positive")
	case c.FlushBytes < 1024:
		return errors.New("elastic: FlushBytes must be at least 1024")
	case c.FlushInterval <= 0:
		return errors.New("elastic: FlushInterval must be positive")
	case c.MaxDocBytes <= 0:
		return errors.New("elastic: MaxDocBytes must be positive")
	case c.MaxRetries < 0:
		return errors.New("elastic: MaxRetries must not be negative")
	case c.RetryBackoffMin <= 0 || c.RetryBackoffMax < c.RetryBackoffMin:
		return errors.New("elastic: RetryBackoffMin must be positive and at most RetryBackoffMax")
	case c.RequestTimeout <= 0:
		return errors.New("elastic: RequestTimeout must be positive")
	case c.Username != "" && c.Password == "" && c.APIKey == "":
		return errors.New("elastic: Password is needed with Username")
	case c.VersionsRetention < 0 || c.VersionsRetention > 0 && c.VersionsRetention < MinVersionsRetention:
		return fmt.Errorf("elastic: VersionsRetention %s must be 0 (keep for ever) or at least %s, the redelivery horizon", c.VersionsRetention, MinVersionsRetention)
	}
	if c.CAFile != "" {
		if _, err := os.Stat(c.CAFile); err != nil {
			return fmt.Errorf("elastic: CAFile: %w", err)
		}
	}
	return nil
}

// alias is the write alias of a family.
func (c *Config) alias(family string) string { return c.IndexPrefix + family }

// pattern matches every index of a family (for reads across rollovers).
func (c *Config) pattern(family string) string { return c.IndexPrefix + family + "-*" }

// versionsIndex is the index of applied event versions (ApplyEvents): one
// small document per event id, outside every family's pattern, never
// rolled over.
func (c *Config) versionsIndex() string { return c.IndexPrefix + "event-versions" }

// redactURL drops user info from a URL before it is shown anywhere.
func redactURL(u string) string {
	pu, err := url.Parse(u)
	if err != nil {
		// Do not echo what might hold a password.
		return "(unparseable URL)"
	}
	if pu.User != nil {
		pu.User = url.User("REDACTED")
	}
	return pu.String()
}
