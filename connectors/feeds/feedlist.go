package feeds

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"gopkg.in/yaml.v3"
)

// The feed list file holds the feeds added with `khabar feeds add` and
// `khabar feeds import` (by default <data_dir>/feeds.yaml). It has the
// shape of the configuration's feeds section, so a feed can be moved
// between the two by copy and paste:
//
//	feeds:
//	  - url: https://example.org/rss
//	    name: Example
//	    category: tech
//
// The poller merges it with the configured feeds (the configuration wins
// on the same URL) and re-reads it when it changes, so a feed added while
// khabar runs is polled within FeedsFileCheck.

// FeedsFileCheck is how often a running poller looks for changes to the
// feed list file.
const FeedsFileCheck = 15 * time.Second

type fileFeed struct {
	URL      string `yaml:"url"`
	Name     string `yaml:"name,omitempty"`
	Category string `yaml:"category,omitempty"`
	Language string `yaml:"language,omitempty"`
	Topic    string `yaml:"topic,omitempty"`
	Interval string `yaml:"interval,omitempty"`
	FullText bool   `yaml:"full_text,omitempty"`
}

type feedsFile struct {
	Feeds []fileFeed `yaml:"feeds"`
}

// ReadFeedList reads a feed list file; a missing file is an empty list.
func ReadFeedList(path string) ([]Feed, error) {
	fs, _, err := readFeedsFile(path)
	return fs, err
}

func readFeedsFile(path string) ([]Feed, time.Time, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, time.Time{}, nil
	}
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("feed list %s: %w", path, err)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("feed list %s: %w", path, err)
	}
	var ff feedsFile
	if err := yaml.Unmarshal(data, &ff); err != nil {
		return nil, time.Time{}, fmt.Errorf("feed list %s: %w", path, err)
	}
	out := make([]Feed, 0, len(ff.Feeds))
	for i, x := range ff.Feeds {
		f := Feed{URL: x.URL, Name: x.Name, Category: x.Category, Language: x.Language, Topic: x.Topic, FullText: x.FullText}
		if x.Interval != "" {
			d, err := time.ParseDuration(x.Interval)
			if err != nil {
				return nil, time.Time{}, fmt.Errorf("feed list %s: feeds[%d].interval: %w", path, i, err)
			}
			f.Interval = d
		}
		if err := f.validate(); err != nil {
			return nil, time.Time{}, fmt.Errorf("feed list %s: feeds[%d]: %w", path, i, err)
		}
		out = append(out, f)
	}
	return out, st.ModTime(), nil
}

// WriteFeedList replaces the feed list file atomically (a running poller
// never reads half a file).
func WriteFeedList(path string, feeds []Feed) error {
	sort.SliceStable(feeds, func(i, j int) bool { return feeds[i].URL < feeds[j].URL })
	ff := feedsFile{Feeds: make([]fileFeed, 0, len(feeds))}
	for _, f := range feeds {
		x := fileFeed{URL: f.URL, Name: f.Name, Category: f.Category, Language: f.Language, Topic: f.Topic, FullText: f.FullText}
		if f.Interval > 0 {
			x.Interval = f.Interval.String()
		}
		ff.Feeds = append(ff.Feeds, x)
	}
	data, err := yaml.Marshal(&ff)
	if err != nil {
		return fmt.Errorf("feed list %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("feed list %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".feeds-*.yaml")
	if err != nil {
		return fmt.Errorf("feed list %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	header := "# Feeds added with `khabar feeds add` / `khabar feeds import`; merged with the config's feeds.\n"
	if _, err := tmp.WriteString(header); err != nil {
		tmp.Close()
		return fmt.Errorf("feed list %s: write: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("feed list %s: write: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("feed list %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("feed list %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("feed list %s: %w", path, err)
	}
	return nil
}

// MergeFeeds returns the configured feeds followed by the listed ones
// whose URL the configuration does not already have.
func MergeFeeds(configured, listed []Feed) []Feed {
	out, _ := mergeFeeds(configured, listed)
	return out
}

func mergeFeeds(configured, listed []Feed) ([]Feed, map[string]bool) {
	out := append([]Feed(nil), configured...)
	have := make(map[string]bool, len(configured))
	for _, f := range configured {
		have[f.URL] = true
	}
	fromFile := map[string]bool{}
	for _, f := range listed {
		if have[f.URL] {
			continue
		}
		have[f.URL] = true
		fromFile[f.URL] = true
		out = append(out, f)
	}
	return out, fromFile
}

// watchFeedsFile re-reads the feed list when it changes: new feeds start,
// feeds removed from the file stop (configured feeds are never touched).
func (p *Poller) watchFeedsFile(ctx context.Context) {
	t := time.NewTicker(FeedsFileCheck)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		st, err := os.Stat(p.cfg.FeedsFile)
		var mod time.Time
		if err == nil {
			mod = st.ModTime()
		}
		p.mu.Lock()
		changed := !mod.Equal(p.fileMod)
		p.mu.Unlock()
		if !changed {
			continue
		}
		p.reloadFeedsFile(ctx)
	}
}

func (p *Poller) reloadFeedsFile(ctx context.Context) {
	listed, mod, err := readFeedsFile(p.cfg.FeedsFile)
	if err != nil {
		p.log.Error("feed list not reloaded", "file", p.cfg.FeedsFile, "err", err)
		return
	}
	all, fromFile := mergeFeeds(p.cfg.Feeds, listed)
	if p.cfg.Shard.count() > 1 {
		p.setOthers(all)
	}
	p.mu.Lock()
	p.fileMod = mod
	var gone []string
	for u, f := range p.feeds {
		if f.fromFile && !fromFile[u] {
			gone = append(gone, u)
		}
	}
	var added []Feed
	for _, f := range listed {
		if _, ok := p.feeds[f.URL]; !ok && fromFile[f.URL] && p.cfg.Shard.Owns(f) {
			added = append(added, f)
		}
	}
	p.mu.Unlock()
	for _, u := range gone {
		p.removeFeed(u)
	}
	for _, f := range added {
		if _, err := p.addFeed(ctx, f, true); err != nil {
			p.log.Error("feed not added", "feed", f.URL, "err", err)
		}
	}
	if len(gone)+len(added) > 0 {
		p.log.Info("feed list reloaded", "file", p.cfg.FeedsFile, "added", len(added), "removed", len(gone))
	}
}
