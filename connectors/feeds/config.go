// Package feeds is khabar's poll stage: it fetches RSS, Atom and JSON feeds
// politely (conditional GET, adaptive intervals, per-host limits, backoff),
// turns their items into pipeline.Story records, publishes them, and commits
// each feed's state only after every story of a fetch was acknowledged — so a
// story is never lost and an acknowledged one is never emitted twice.
//
// gofeed parses; this package does all HTTP itself, because gofeed's fetch
// has no conditional GET, no limits and no context-aware backoff.
package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"time"

	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
)

// Feed is one feed to poll.
type Feed struct {
	URL  string `yaml:"url" json:"url"`
	Name string `yaml:"name,omitempty" json:"name,omitempty"`
	// Category is the feed's declared topic: a prior for each story's own
	// topic (the analysis keeps it as feed_category).
	Category string `yaml:"category,omitempty" json:"category,omitempty"`
	Language string `yaml:"language,omitempty" json:"language,omitempty"`
	// Topic makes the feed single-topic: its stories get this topic with
	// no classification (Story.Topic).
	Topic string `yaml:"topic,omitempty" json:"topic,omitempty"`
	// Interval fixes the poll interval; 0 adapts it to the feed's
	// publishing rate within [MinInterval, MaxInterval].
	Interval time.Duration `yaml:"interval,omitempty" json:"interval,omitempty"`
	// FullText fetches each article page when the feed gives only a summary.
	FullText bool `yaml:"full_text,omitempty" json:"full_text,omitempty"`
	// StateKey, when set, names the feed for its stored state and for
	// which poller owns it (Shard) instead of URL: the configured
	// "sample:NAME" of a bundled sample that is fetched from a loopback
	// port (RewriteSamples). Never read from or written to a feed list.
	StateKey string `yaml:"-" json:"-"`
}

// WebSubConfig enables push. Without a CallbackURL the poller only polls.
type WebSubConfig struct {
	// CallbackURL is the public base URL that reaches Handler's "/websub/"
	// pattern, e.g. "https://khabar.example.org/websub/". Empty: no push.
	CallbackURL string
	// Lease is the lease asked of the hub; renewed when a tenth remains.
	Lease time.Duration
	// PollInterval is how often a feed with a live subscription is still
	// polled (the fallback when the hub goes quiet or loses us).
	PollInterval time.Duration
	// QuietAfter: a subscription with no delivery for this long no longer
	// slows polling down.
	QuietAfter time.Duration
}

// Config configures a Poller. Zero fields take DefaultConfig's values.
type Config struct {
	Feeds []Feed
	// FeedsFile is an optional YAML list of feeds added with `khabar feeds
	// add`/`import` (see FeedList); it is merged with Feeds (Feeds win on the
	// same URL) and re-read when it changes.
	FeedsFile string

	MinInterval time.Duration // lower bound of the adaptive interval
	MaxInterval time.Duration // upper bound; also caps Cache-Control/Expires
	Jitter      float64       // ± fraction of each interval, 0..0.5
	Workers     int           // global fetch pool
	PerHost     int           // concurrent fetches to one host
	HostGap     time.Duration // minimum gap between request starts to one host

	ConnectTimeout time.Duration
	HeaderTimeout  time.Duration
	Timeout        time.Duration // whole request including the body
	MaxBodySize    int64         // decompressed bytes
	MaxRedirects   int
	UserAgent      string // product token; ContactURL is appended
	ContactURL     string

	BackoffCap    time.Duration // exponential backoff stops growing here
	MaxRetryAfter time.Duration // a server's Retry-After is capped to this
	// FailingAfter: a feed failing for longer is reported by OnFailing once
	// per failing episode and flagged in Health.
	FailingAfter time.Duration
	// OnFailing is called (from a poller goroutine; keep it short) when a
	// feed has been failing for FailingAfter. Optional.
	OnFailing func(FeedHealth)
	// ReportFailing, when set, is called instead of OnFailing with the
	// poller's run context; when it returns an error the episode counts as
	// not reported, and the feed's next failed poll reports it again (a
	// refused publish loses no failing-feed alert). Optional.
	ReportFailing func(context.Context, FeedHealth) error

	// MaxSeen bounds the per-feed set of delivered story ids (newest kept).
	MaxSeen int
	// MaxUnacked bounds the stories published and not yet acked: while
	// this many wait (the bus cannot deliver: a broker outage), no feed is
	// fetched, so a poller does not fetch, parse and hold the new stories
	// of every feed it owns until the bus recovers. A fetch that would
	// pass the bound still publishes all its stories, and at most Workers
	// fetches are between their start and their publish. 0 means 2,000;
	// negative: neither bound.
	MaxUnacked int
	// FullTextMinChars: a body shorter than this is treated as a summary
	// when the feed has FullText.
	FullTextMinChars int
	// AllowPrivate lets article and hub requests reach loopback, private,
	// link-local and metadata addresses (off: the SSRF guard refuses them).
	AllowPrivate bool

	// ClusterDistance is the largest SimHash Hamming distance (of 64) at
	// which two stories are the same story; ClusterWindow how long a story
	// can gather siblings.
	ClusterDistance int
	ClusterWindow   time.Duration

	WebSub WebSubConfig

	// Shard is this poller's place among the pollers that share the
	// feeds: it polls only the feeds it owns, of Feeds and of FeedsFile
	// alike. The zero Shard owns every feed.
	Shard Shard
	// View, when the state store keeps only this poller's share of the
	// shared feed state (kafka.OpenFeedStateStore with View.Keep), routes
	// WebSub deliveries for other pollers' feeds to their owner and
	// receives the ones forwarded to this poller. It must be the view of
	// Shard. Nil: every delivery is for this poller (one poller, or a
	// store that holds every feed).
	View *StateView

	// RecoverWindow: a poller starting within this time of its last
	// committed poll reads the stories topic back from shortly before it
	// (when its publisher can: kafka.Bus) and takes the stories of its
	// feeds found there as delivered, so a kill between a fetch's acks and
	// its commit leaves no copy on the topic. 0 means 1 h; negative
	// disables it.
	RecoverWindow time.Duration

	// DrainTimeout is how long Run waits, after ctx is done, for the acks
	// of stories already published so their feeds' state can be committed.
	DrainTimeout time.Duration

	// Now is the clock (tests inject one). Default time.Now.
	Now func() time.Time
	// Client fetches feeds; nil builds one from the timeouts above.
	Client *http.Client
	// ArticleClient fetches article pages and talks to hubs; nil builds
	// one with the SSRF guard.
	ArticleClient *http.Client

	// guardPublic makes the SSRF guard treat the addresses it accepts as
	// public. Only tests set it: every test server is on loopback, and a
	// redirect from an allowed host to a private one needs two of them.
	guardPublic func(netip.AddrPort) bool
}

// DefaultConfig returns the defaults: khabar's poll defaults
// (config.DefaultPoll) plus the settings only the poller has.
func DefaultConfig() Config {
	c := Config{
		MaxRetryAfter:    24 * time.Hour,
		MaxSeen:          2000,
		MaxUnacked:       2000,
		FullTextMinChars: 400,
		ClusterWindow:    72 * time.Hour,
		DrainTimeout:     10 * time.Second,
		Now:              time.Now,
	}
	applyPoll(&c, config.DefaultPoll())
	return c
}

// withDefaults fills zero fields from DefaultConfig.
func (c Config) withDefaults() Config {
	d := DefaultConfig()
	orDefault(&c.MinInterval, d.MinInterval)
	orDefault(&c.MaxInterval, d.MaxInterval)
	orDefault(&c.ConnectTimeout, d.ConnectTimeout)
	orDefault(&c.HeaderTimeout, d.HeaderTimeout)
	orDefault(&c.Timeout, d.Timeout)
	orDefault(&c.BackoffCap, d.BackoffCap)
	orDefault(&c.MaxRetryAfter, d.MaxRetryAfter)
	orDefault(&c.FailingAfter, d.FailingAfter)
	orDefault(&c.ClusterWindow, d.ClusterWindow)
	orDefault(&c.DrainTimeout, d.DrainTimeout)
	orDefault(&c.RecoverWindow, time.Hour)
	orDefault(&c.WebSub.Lease, d.WebSub.Lease)
	orDefault(&c.WebSub.PollInterval, d.WebSub.PollInterval)
	orDefault(&c.WebSub.QuietAfter, d.WebSub.QuietAfter)
	orDefault(&c.Workers, d.Workers)
	orDefault(&c.PerHost, d.PerHost)
	orDefault(&c.MaxRedirects, d.MaxRedirects)
	orDefault(&c.MaxSeen, d.MaxSeen)
	orDefault(&c.MaxUnacked, d.MaxUnacked)
	orDefault(&c.FullTextMinChars, d.FullTextMinChars)
	orDefault(&c.ClusterDistance, d.ClusterDistance)
	orDefault(&c.MaxBodySize, d.MaxBodySize)
	orDefault(&c.UserAgent, d.UserAgent)
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// orDefault sets *p to def if it is the zero value.
func orDefault[T comparable](p *T, def T) {
	var zero T
	if *p == zero {
		*p = def
	}
}

// Validate checks the configuration (after defaults); errors name the field.
func (c Config) Validate() error {
	c = c.withDefaults()
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf("feeds config: %s: %s", field, fmt.Sprintf(format, args...)))
	}
	if c.MinInterval <= 0 || c.MaxInterval < c.MinInterval {
		bad("MinInterval", "want 0 < MinInterval (%s) <= MaxInterval (%s)", c.MinInterval, c.MaxInterval)
	}
	if c.Jitter < 0 || c.Jitter > 0.5 {
		bad("Jitter", "%v is outside 0..0.5", c.Jitter)
	}
	if c.Workers < 0 || c.PerHost < 0 || c.MaxRedirects < 0 || c.MaxSeen < 0 {
		bad("Workers/PerHost/MaxRedirects/MaxSeen", "must not be negative")
	}
	if c.HostGap < 0 {
		bad("HostGap", "must not be negative")
	}
	if c.MaxBodySize < 0 {
		bad("MaxBodySize", "must not be negative")
	}
	if c.ClusterDistance < 0 || c.ClusterDistance > 7 {
		bad("ClusterDistance", "%d is outside 0..7", c.ClusterDistance)
	}
	if c.WebSub.CallbackURL != "" && !strings.HasPrefix(c.WebSub.CallbackURL, "http://") && !strings.HasPrefix(c.WebSub.CallbackURL, "https://") {
		bad("WebSub.CallbackURL", "%q is not an http(s) URL", c.WebSub.CallbackURL)
	}
	if err := c.Shard.Validate(); err != nil {
		bad("Shard", "%v", err)
	}
	if c.View != nil && (c.View.shard.count() != c.Shard.count() || c.View.shard.Index != c.Shard.Index) {
		bad("View", "the view of %s given to %s", c.View.shard, c.Shard)
	}
	seen := map[string]int{}
	for i, f := range c.Feeds {
		if err := f.validate(); err != nil {
			bad(fmt.Sprintf("Feeds[%d]", i), "%v", err)
			continue
		}
		// Two spellings of one URL would share one stored state.
		if j, dup := seen[f.key()]; dup {
			bad(fmt.Sprintf("Feeds[%d]", i), "duplicate of Feeds[%d] (%s)", j, f.URL)
		}
		seen[f.key()] = i
	}
	return errors.Join(errs...)
}

func (f Feed) validate() error {
	switch {
	case strings.HasPrefix(f.URL, "http://"), strings.HasPrefix(f.URL, "https://"), strings.HasPrefix(f.URL, "file://"):
	default:
		return fmt.Errorf("url %q: want http://, https:// or file://", f.URL)
	}
	if f.Category != "" && !slices.Contains(pipeline.Topics(), f.Category) {
		return fmt.Errorf("%s: category %q is not one of %s", f.URL, f.Category, strings.Join(pipeline.Topics(), ", "))
	}
	if f.Topic != "" && !slices.Contains(pipeline.Topics(), f.Topic) {
		return fmt.Errorf("%s: topic %q is not one of %s", f.URL, f.Topic, strings.Join(pipeline.Topics(), ", "))
	}
	if f.Interval < 0 {
		return fmt.Errorf("%s: interval must not be negative", f.URL)
	}
	return nil
}

// userAgent is the User-Agent header: the product and a contact URL, as
// polite crawlers do so an operator can reach us instead of blocking us.
func (c Config) userAgent() string {
	if c.ContactURL == "" {
		return c.UserAgent
	}
	return fmt.Sprintf("%s (+%s)", c.UserAgent, c.ContactURL)
}
