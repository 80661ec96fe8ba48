package config

import (
	"fmt"
	"strings"
	"time"
)

// PollConfig is the poll stage's settings (owned by the feeds work; mapped
// onto connectors/feeds.Config by feeds.ConfigFrom).
type PollConfig struct {
	// MinInterval and MaxInterval bound each feed's adaptive interval.
	MinInterval time.Duration `yaml:"min_interval"`
	MaxInterval time.Duration `yaml:"max_interval"`
	// Jitter is the ± fraction added to every interval (0..0.5).
	Jitter float64 `yaml:"jitter"`
	// Workers is the global fetch pool; PerHost the concurrent fetches to
	// one host; HostGap the politeness gap between request starts to it.
	Workers int           `yaml:"workers"`
	PerHost int           `yaml:"per_host"`
	HostGap time.Duration `yaml:"host_gap"`
	// ConnectTimeout, HeaderTimeout and Timeout (the whole response).
	ConnectTimeout time.Duration `yaml:"connect_timeout"`
	HeaderTimeout  time.Duration `yaml:"header_timeout"`
	Timeout        time.Duration `yaml:"timeout"`
	// MaxBodySize limits a response after decompression (gzip bombs stop here).
	MaxBodySize  int64 `yaml:"max_body_size"`
	MaxRedirects int   `yaml:"max_redirects"`
	// UserAgent names khabar; ContactURL is appended as "(+URL)".
	UserAgent  string `yaml:"user_agent"`
	ContactURL string `yaml:"contact_url"`
	// BackoffCap bounds the exponential backoff of a failing feed (it is
	// never given up); FailingAfter raises the feed-failing alert.
	BackoffCap   time.Duration `yaml:"backoff_cap"`
	FailingAfter time.Duration `yaml:"failing_after"`
	// AllowPrivate lets full-text and hub requests reach loopback/private
	// addresses (the SSRF guard is on by default).
	AllowPrivate bool `yaml:"allow_private"`
	// FeedsFile holds feeds added by `khabar feeds add/import`; relative to
	// the data dir when not absolute. Default feeds.yaml.
	FeedsFile string `yaml:"feeds_file"`
	// ClusterDistance is the SimHash distance (0..7) of near-duplicates.
	ClusterDistance int `yaml:"cluster_distance"`

	WebSub WebSubConfig `yaml:"websub"`
}

// WebSubConfig is push delivery. Empty CallbackURL: polling only.
type WebSubConfig struct {
	// CallbackURL is the public URL reaching khabar's /websub/ path.
	CallbackURL  string        `yaml:"callback_url"`
	Lease        time.Duration `yaml:"lease"`
	PollInterval time.Duration `yaml:"poll_interval"`
	QuietAfter   time.Duration `yaml:"quiet_after"`
}

// DefaultPoll returns the poll defaults.
func DefaultPoll() PollConfig {
	return PollConfig{
		MinInterval:     2 * time.Minute,
		MaxInterval:     6 * time.Hour,
		Jitter:          0.1,
		Workers:         16,
		PerHost:         2,
		HostGap:         time.Second,
		ConnectTimeout:  10 * time.Second,
		HeaderTimeout:   20 * time.Second,
		Timeout:         60 * time.Second,
		MaxBodySize:     10 << 20,
		MaxRedirects:    5,
		UserAgent:       "khabar/0.1",
		ContactURL:      "https://github.com/khabar/khabar",
		BackoffCap:      2 * time.Hour,
		FailingAfter:    6 * time.Hour,
		FeedsFile:       "feeds.yaml",
		ClusterDistance: 6,
		WebSub: WebSubConfig{
			Lease:        10 * 24 * time.Hour,
			PollInterval: time.Hour,
			QuietAfter:   12 * time.Hour,
		},
	}
}

func (p *PollConfig) validate() error {
	positive := []struct {
		field string
		d     time.Duration
	}{
		{"poll.min_interval", p.MinInterval}, {"poll.connect_timeout", p.ConnectTimeout},
		{"poll.header_timeout", p.HeaderTimeout}, {"poll.timeout", p.Timeout},
		{"poll.backoff_cap", p.BackoffCap}, {"poll.failing_after", p.FailingAfter},
		{"poll.websub.lease", p.WebSub.Lease}, {"poll.websub.poll_interval", p.WebSub.PollInterval},
		{"poll.websub.quiet_after", p.WebSub.QuietAfter},
	}
	for _, x := range positive {
		if x.d <= 0 {
			return &Error{Field: x.field, Msg: "must be positive"}
		}
	}
	if p.MaxInterval < p.MinInterval {
		return &Error{Field: "poll.max_interval", Msg: fmt.Sprintf("%s is below min_interval %s", p.MaxInterval, p.MinInterval)}
	}
	if p.Jitter < 0 || p.Jitter > 0.5 {
		return &Error{Field: "poll.jitter", Msg: fmt.Sprintf("%v is outside 0..0.5", p.Jitter)}
	}
	if p.HostGap < 0 {
		return &Error{Field: "poll.host_gap", Msg: "must not be negative"}
	}
	if p.MaxBodySize <= 0 {
		return &Error{Field: "poll.max_body_size", Msg: "must be positive"}
	}
	if p.Workers <= 0 {
		return &Error{Field: "poll.workers", Msg: "must be positive"}
	}
	if p.PerHost <= 0 {
		return &Error{Field: "poll.per_host", Msg: "must be positive"}
	}
	if p.MaxRedirects < 0 {
		return &Error{Field: "poll.max_redirects", Msg: "must not be negative"}
	}
	if strings.TrimSpace(p.UserAgent) == "" {
		return &Error{Field: "poll.user_agent", Msg: "must not be empty"}
	}
	if p.ContactURL != "" && !strings.HasPrefix(p.ContactURL, "http://") && !strings.HasPrefix(p.ContactURL, "https://") && !strings.HasPrefix(p.ContactURL, "mailto:") {
		return &Error{Field: "poll.contact_url", Msg: fmt.Sprintf("%q: want an http(s) or mailto: URL", p.ContactURL)}
	}
	if p.ClusterDistance < 0 || p.ClusterDistance > 7 {
		return &Error{Field: "poll.cluster_distance", Msg: fmt.Sprintf("%d is outside 0..7", p.ClusterDistance)}
	}
	if c := p.WebSub.CallbackURL; c != "" && !strings.HasPrefix(c, "http://") && !strings.HasPrefix(c, "https://") {
		return &Error{Field: "poll.websub.callback_url", Msg: fmt.Sprintf("%q is not an http(s) URL", c)}
	}
	return nil
}
