package feeds

import (
	"path/filepath"

	"github.com/khabar/khabar/internal/config"
)

// ConfigFrom maps khabar's configuration onto a poller Config: the
// configured feeds, the poll settings, and the feed list file under the
// data dir. "sample:" feeds are left as they are: the caller rewrites
// them to the loopback URL that serves the bundled samples.
func ConfigFrom(c *config.Config) Config {
	out := DefaultConfig()
	applyPoll(&out, c.Poll)
	for _, f := range c.Feeds {
		out.Feeds = append(out.Feeds, Feed{URL: f.URL, Name: f.Name, Category: f.Category,
			Language: f.Language, Topic: f.Topic, Interval: f.Interval, FullText: f.FullText})
	}
	out.FeedsFile = FeedsFilePath(c)
	return out
}

// FeedsFilePath is where `khabar feeds add/import` keep their feeds:
// poll.feeds_file, relative to the data dir unless absolute.
func FeedsFilePath(c *config.Config) string {
	f := c.Poll.FeedsFile
	if f == "" {
		f = "feeds.yaml"
	}
	if filepath.IsAbs(f) {
		return f
	}
	return filepath.Join(c.DataDir, f)
}

// applyPoll sets the poller settings that khabar's configuration carries
// (poll.*); the poll defaults live in one place, config.DefaultPoll.
func applyPoll(out *Config, p config.PollConfig) {
	out.MinInterval, out.MaxInterval, out.Jitter = p.MinInterval, p.MaxInterval, p.Jitter
	out.Workers, out.PerHost, out.HostGap = p.Workers, p.PerHost, p.HostGap
	out.ConnectTimeout, out.HeaderTimeout, out.Timeout = p.ConnectTimeout, p.HeaderTimeout, p.Timeout
	out.MaxBodySize, out.MaxRedirects = p.MaxBodySize, p.MaxRedirects
	out.UserAgent, out.ContactURL = p.UserAgent, p.ContactURL
	out.BackoffCap, out.FailingAfter = p.BackoffCap, p.FailingAfter
	out.AllowPrivate = p.AllowPrivate
	out.ClusterDistance = p.ClusterDistance
	out.WebSub = WebSubConfig{CallbackURL: p.WebSub.CallbackURL, Lease: p.WebSub.Lease,
		PollInterval: p.WebSub.PollInterval, QuietAfter: p.WebSub.QuietAfter}
}
