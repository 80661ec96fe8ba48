package feeds

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/khabar/khabar/pipeline"
)

// Setup is what Open needs to build one poller of a (possibly sharded)
// poll stage.
type Setup struct {
	// Config is the poll settings and every configured feed (ConfigFrom),
	// "sample:" feeds already rewritten (RewriteSamples). Config.Shard is
	// overridden by Shard.
	Config Config
	// Shard is this poller's place among the pollers; the zero value owns
	// every feed.
	Shard Shard
	// Publisher receives the stories (pipeline.TopicStories) and, with
	// FailingTopic, the failing-feed reports.
	Publisher pipeline.Publisher
	// State is the feed state shared by every poller: the data dir's bbolt
	// store in embedded mode; over Kafka a kafka.StateStore over the
	// compacted kafka.TopicFeedState, so a feed that changes owner keeps
	// its state.
	State pipeline.StateStore
	// View, when State keeps only this poller's feeds
	// (kafka.OpenFeedStateStore(ctx, bus, kafka.TopicFeedState,
	// View.Keep)), is the view of Shard that filter belongs to: it routes
	// WebSub deliveries between pollers (Config.View) and keeps migrating
	// old state files from overwriting other pollers' newer state. Nil
	// with a store that holds every feed.
	View *StateView
	// LegacyFiles are local state files of an older khabar
	// (LegacyStateFiles), migrated into State once before loading.
	LegacyFiles []string
	// FailingTopic, when set and Config.OnFailing and ReportFailing are
	// nil, makes failing feeds be published there (FailingReporter), for
	// an alert engine that may run in another process.
	FailingTopic string
	Logger       *slog.Logger
	Registerer   prometheus.Registerer // nil: no metrics registered
}

// Open migrates the legacy state files, wires failing-feed reports and
// builds the poller of s.Shard's share of the feeds (New).
func Open(ctx context.Context, s Setup) (*Poller, error) {
	if s.Publisher == nil || s.State == nil {
		return nil, fmt.Errorf("feeds: Open needs a publisher and a state store")
	}
	if err := s.Shard.Validate(); err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	log := s.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if len(s.LegacyFiles) > 0 {
		var known func(string) bool
		if s.View != nil {
			known = s.View.has
		}
		if _, err := migrateStateFiles(ctx, s.State, known, log, s.LegacyFiles...); err != nil {
			return nil, err
		}
	}
	cfg := s.Config
	cfg.Shard = s.Shard
	if s.View != nil {
		cfg.View = s.View
	}
	if cfg.OnFailing == nil && cfg.ReportFailing == nil && s.FailingTopic != "" {
		cfg.ReportFailing = FailingReporter(s.Publisher, s.FailingTopic, 10*time.Second)
	}
	p, err := New(cfg, s.Publisher, s.State, log, s.Registerer)
	if err != nil {
		return nil, err
	}
	if sc, ok := s.Publisher.(storyScanner); ok {
		if _, err := p.recoverPublished(ctx, sc); err != nil {
			// Not fatal: what was published before the stop and not
			// committed is published again (a copy; the index keeps one).
			log.Warn("stories published before the last stop not read back; some may be published twice", "err", err)
		}
	}
	return p, nil
}

// SamplePrefix marks a configured feed served from khabar's bundled
// samples: "sample:tech.xml".
const SamplePrefix = "sample:"

// HasSamples says whether any feed of list is a bundled sample.
func HasSamples(list []Feed) bool {
	for _, f := range list {
		if strings.HasPrefix(f.URL, SamplePrefix) {
			return true
		}
	}
	return false
}

// RewriteSamples points the "sample:NAME" feeds of list at base+"/NAME"
// (the loopback server of the bundled samples) and keeps "sample:NAME" as
// their StateKey, so their state and owner do not depend on the port.
func RewriteSamples(list []Feed, base string) []Feed {
	out := make([]Feed, len(list))
	for i, f := range list {
		if name, ok := strings.CutPrefix(f.URL, SamplePrefix); ok {
			f.StateKey = f.URL
			f.URL = strings.TrimSuffix(base, "/") + "/" + strings.TrimPrefix(name, "/")
		}
		out[i] = f
	}
	return out
}
