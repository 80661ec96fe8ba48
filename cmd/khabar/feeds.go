package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/feeds"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/pipeline"
)

// newFeedsCmd is `khabar feeds`: feed health, and the feed list kept in
// <data_dir>/feeds.yaml (poll.feeds_file) next to the configuration's feeds.
func (a *app) newFeedsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "feeds",
		Short: "Show every feed's health; import, export and add feeds",
		Long: `With no subcommand, shows each feed's health: last success, consecutive
failures, last error, next poll. It reads the state under the data dir, or,
when a running khabar holds it, asks that khabar (GET /api/feeds).

Feeds added with "feeds add" and "feeds import" are kept in the feed list
file (poll.feeds_file, default <data_dir>/feeds.yaml), merged with the
configuration's feeds; a running khabar picks them up within seconds.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			hs, err := a.feedHealth(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON || !isTerminal(out) {
				// One shape for every list: {total, <things>}.
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(FeedsAnswer{Total: len(hs), Feeds: hs})
			}
			return writeHealthTable(out, hs, time.Now())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (the default when stdout is not a terminal)")
	cmd.AddCommand(a.newFeedsImportCmd(), a.newFeedsExportCmd(), a.newFeedsAddCmd(), a.newFeedsRemoveCmd())
	return cmd
}

// FeedsAnswer is the JSON of `khabar feeds --json`, in the shape of every
// list khabar prints ({total, offset, size, hits} for search, {total,
// offset, size, alerts} for alerts).
type FeedsAnswer struct {
	Total int                `json:"total"`
	Feeds []feeds.FeedHealth `json:"feeds"`
}

// newFeedsRemoveCmd is `khabar feeds remove URL|NAME`: a feed added with
// feeds add or import leaves the feed list; one in the configuration file
// must be removed there, and the error says which line.
func (a *app) newFeedsRemoveCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "remove URL|NAME",
		Short: "Remove a feed added with feeds add or feeds import (a running khabar stops polling it within seconds)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			which := strings.TrimSpace(args[0])
			_, path, err := a.allFeeds()
			if err != nil {
				return err
			}
			listed, err := feeds.ReadFeedList(path)
			if err != nil {
				return err
			}
			kept := listed[:0:0]
			var removed []feeds.Feed
			for _, f := range listed {
				if f.URL == which || (f.Name != "" && f.Name == which) {
					removed = append(removed, f)
					continue
				}
				kept = append(kept, f)
			}
			if len(removed) == 0 {
				for i, f := range cfg.Feeds {
					if f.URL == which || (f.Name != "" && f.Name == which) {
						return &exitError{code: 2, err: fmt.Errorf("%s is feeds[%d] of the configuration file (%s): remove it there", which, i, a.configFileName())}
					}
				}
				return &exitError{code: 2, err: fmt.Errorf("no feed %q in %s (khabar feeds lists them)", which, path)}
			}
			if err := feeds.WriteFeedList(path, kept); err != nil {
				return err
			}
			for _, f := range removed {
				fmt.Fprintf(cmd.OutOrStdout(), "removed %s from %s\n", f.URL, path)
			}
			return nil
		},
	}
}

// allFeeds is the configuration's feeds merged with the feed list file.
func (a *app) allFeeds() ([]feeds.Feed, string, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, "", err
	}
	fc := feeds.ConfigFrom(cfg)
	// Demo feeds are listed under the loopback URL they were polled at
	// (their state is kept under "sample:NAME").
	if b, err := os.ReadFile(filepath.Join(cfg.DataDir, "samples.port")); err == nil {
		fc.Feeds = feeds.RewriteSamples(fc.Feeds, "http://127.0.0.1:"+strings.TrimSpace(string(b)))
	}
	listed, err := feeds.ReadFeedList(fc.FeedsFile)
	if err != nil {
		return nil, "", err
	}
	return feeds.MergeFeeds(fc.Feeds, listed), fc.FeedsFile, nil
}

func (a *app) feedHealth(ctx context.Context) ([]feeds.FeedHealth, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, err
	}
	all, _, err := a.allFeeds()
	if err != nil {
		return nil, err
	}
	if cfg.Bus.Kind == "kafka" {
		// The pollers keep feed state in the feed-state topic, whether
		// they run or not.
		bus, err := kafka.New(ctx, kafka.FromConfig(cfg.Bus.Kafka), a.logger())
		if err != nil {
			return nil, err
		}
		defer bus.Close()
		store, err := kafka.OpenStateStore(ctx, bus, kafka.TopicFeedState)
		if err != nil {
			return nil, err
		}
		defer store.Close()
		return feeds.ReadHealth(ctx, store, all, cfg.Poll.FailingAfter, time.Now())
	}
	statePath := filepath.Join(cfg.DataDir, "state.db")
	if _, err := os.Stat(statePath); errors.Is(err, os.ErrNotExist) {
		return feeds.ReadHealth(ctx, emptyStore{}, all, cfg.Poll.FailingAfter, time.Now())
	}
	store, err := boltstore.Open(statePath)
	if err != nil {
		// Most likely a running khabar holds the file: ask it instead.
		var body struct {
			Feeds []feeds.FeedHealth `json:"feeds"`
		}
		if herr := a.callAPI(ctx, cfg, "/api/feeds", &body); herr != nil {
			return nil, fmt.Errorf("%w; and asking the running khabar failed: %w", err, herr)
		}
		return body.Feeds, nil
	}
	defer store.Close()
	return feeds.ReadHealth(ctx, store, all, cfg.Poll.FailingAfter, time.Now())
}

func writeHealthTable(w io.Writer, hs []feeds.FeedHealth, now time.Time) error {
	t := newTable("FEED", "STATUS", "LAST SUCCESS", "FAILURES", "NEXT POLL", "STORIES", "LAST ERROR")
	ago := func(t time.Time) string {
		if t.IsZero() {
			return "never"
		}
		d := now.Sub(t).Round(time.Second)
		if d < 0 {
			return "in " + (-d).String()
		}
		return d.String() + " ago"
	}
	for _, h := range hs {
		status := "ok"
		switch {
		case h.Failing:
			status = "FAILING"
		case h.ConsecutiveFailures > 0:
			status = "retrying"
		case h.Queued:
			status = "queued"
		case h.LastPoll.IsZero():
			status = "new"
		}
		if h.WebSub == "active" {
			status += "+push"
		}
		name := h.URL
		if h.Name != "" {
			name = h.Name + " <" + h.URL + ">"
		}
		t.row(name, status, ago(h.LastSuccess), strconv.Itoa(h.ConsecutiveFailures), nextPoll(h, now), strconv.FormatInt(h.Stories, 10), truncateWidth(h.LastError, 60))
	}
	t.fit(6)
	t.write(w)
	return nil
}

// nextPoll is the NEXT POLL cell: the feed's place in its host's queue
// when its poll is due but waits behind poll.per_host (thousands of feeds
// on one host otherwise all read "never polled" with no sign of why), or
// when the next poll is, with the server's Retry-After when that set it.
func nextPoll(h feeds.FeedHealth, now time.Time) string {
	if h.Queued {
		cell := "queued"
		if h.QueuePosition > 0 {
			cell += " #" + strconv.Itoa(h.QueuePosition)
		}
		if !h.QueuedSince.IsZero() {
			cell += " for " + max(now.Sub(h.QueuedSince), 0).Round(time.Second).String()
		}
		return cell
	}
	if h.NextPoll.IsZero() {
		return "not scheduled"
	}
	d := h.NextPoll.Sub(now).Round(time.Second)
	cell := "in " + d.String()
	if d <= 0 {
		cell = "due"
	}
	if h.RetryAfter > 0 && h.ConsecutiveFailures > 0 {
		cell += " (Retry-After " + h.RetryAfter.String() + ")"
	}
	return cell
}

func (a *app) newFeedsImportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE.opml",
		Short: "Add the feeds of an OPML file to the feed list",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer f.Close()
			imported, err := feeds.ParseOPML(f, args[0])
			if err != nil {
				return err
			}
			added, skipped, path, err := a.addToFeedList(imported)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %d feeds into %s (%d already known)\n", added, path, skipped)
			return nil
		},
	}
}

func (a *app) newFeedsExportCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "export",
		Short: "Write every feed (configuration and feed list) as OPML 2.0 to stdout",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			all, _, err := a.allFeeds()
			if err != nil {
				return err
			}
			return feeds.WriteOPML(cmd.OutOrStdout(), "khabar feeds", all, time.Now())
		},
	}
}

func (a *app) newFeedsAddCmd() *cobra.Command {
	var name, category, language string
	cmd := &cobra.Command{
		Use:   "add URL",
		Short: "Add a feed, discovering it from a web page's <link rel=\"alternate\"> when URL is a page",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch category {
			case "", "tech", "politics":
			default:
				return fmt.Errorf("--category %q is not tech or politics", category)
			}
			u := args[0]
			var found []feeds.Feed
			if strings.HasPrefix(u, "file://") {
				found = []feeds.Feed{{URL: u}}
			} else {
				ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
				defer cancel()
				var err error
				found, err = feeds.Discover(ctx, &http.Client{Timeout: 30 * time.Second}, u, 0)
				if err != nil {
					return err
				}
			}
			for i := range found {
				if name != "" {
					found[i].Name = name
				}
				found[i].Category, found[i].Language = category, language
			}
			// A page may announce several feeds (comments, per-section);
			// the first is the site's main feed by convention.
			added, _, path, err := a.addToFeedList(found[:1])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if added == 0 {
				fmt.Fprintf(out, "%s is already a feed\n", found[0].URL)
			} else {
				fmt.Fprintf(out, "added %s to %s\n", found[0].URL, path)
			}
			for _, f := range found[1:] {
				fmt.Fprintf(out, "the page also announces %s (%s)\n", f.URL, f.Name)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "outlet name (default: the feed's title)")
	cmd.Flags().StringVar(&category, "category", "", "tech or politics")
	cmd.Flags().StringVar(&language, "language", "hi", "language of the feed")
	return cmd
}

// addToFeedList appends feeds the configuration and the list do not have.
func (a *app) addToFeedList(add []feeds.Feed) (added, skipped int, path string, err error) {
	all, path, err := a.allFeeds()
	if err != nil {
		return 0, 0, "", err
	}
	listed, err := feeds.ReadFeedList(path)
	if err != nil {
		return 0, 0, "", err
	}
	have := map[string]bool{}
	for _, f := range all {
		have[f.URL] = true
	}
	for _, f := range add {
		if have[f.URL] {
			skipped++
			continue
		}
		have[f.URL] = true
		listed = append(listed, f)
		added++
	}
	if added > 0 {
		if err := feeds.WriteFeedList(path, listed); err != nil {
			return 0, 0, "", err
		}
	}
	return added, skipped, path, nil
}

// emptyStore answers "nothing stored" (no state file yet).
type emptyStore struct{}

func (emptyStore) Get(context.Context, string, string) ([]byte, bool, error) { return nil, false, nil }
func (emptyStore) ForEach(context.Context, string, func(string, []byte) error) error {
	return nil
}
func (emptyStore) Apply(context.Context, ...pipeline.StateOp) error { return nil }
