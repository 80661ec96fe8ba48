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
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/feeds"
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
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(hs)
			}
			return writeHealthTable(out, hs, time.Now())
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON (the default when stdout is not a terminal)")
	cmd.AddCommand(a.newFeedsImportCmd(), a.newFeedsExportCmd(), a.newFeedsAddCmd())
	return cmd
}

// allFeeds is the configuration's feeds merged with the feed list file.
func (a *app) allFeeds() ([]feeds.Feed, string, error) {
	cfg, err := a.config()
	if err != nil {
		return nil, "", err
	}
	fc := feeds.ConfigFrom(cfg)
	// Demo feeds are kept under the loopback URL they were polled at.
	if b, err := os.ReadFile(filepath.Join(cfg.DataDir, "samples.port")); err == nil {
		base := "http://127.0.0.1:" + strings.TrimSpace(string(b))
		for i, f := range fc.Feeds {
			if name, ok := strings.CutPrefix(f.URL, "sample:"); ok {
				fc.Feeds[i].URL = base + "/" + strings.TrimPrefix(name, "/")
			}
		}
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
	statePath := filepath.Join(cfg.DataDir, "state.db")
	if _, err := os.Stat(statePath); errors.Is(err, os.ErrNotExist) {
		return feeds.ReadHealth(ctx, emptyStore{}, all, cfg.Poll.FailingAfter, time.Now())
	}
	store, err := boltstore.Open(statePath)
	if err != nil {
		// Most likely a running khabar holds the file: ask it instead.
		hs, herr := fetchHealthAPI(ctx, cfg.HTTP.Listen)
		if herr != nil {
			return nil, fmt.Errorf("%w; and asking the running khabar failed: %v", err, herr)
		}
		return hs, nil
	}
	defer store.Close()
	return feeds.ReadHealth(ctx, store, all, cfg.Poll.FailingAfter, time.Now())
}

func fetchHealthAPI(ctx context.Context, listen string) ([]feeds.FeedHealth, error) {
	host := listen
	if strings.HasPrefix(host, ":") || strings.HasPrefix(host, "0.0.0.0:") {
		host = "127.0.0.1:" + host[strings.LastIndexByte(host, ':')+1:]
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+"/api/feeds", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET /api/feeds: HTTP %d", resp.StatusCode)
	}
	var body struct {
		Feeds []feeds.FeedHealth `json:"feeds"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&body); err != nil {
		return nil, fmt.Errorf("GET /api/feeds: %w", err)
	}
	return body.Feeds, nil
}

func writeHealthTable(w io.Writer, hs []feeds.FeedHealth, now time.Time) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "FEED\tSTATUS\tLAST SUCCESS\tFAILURES\tNEXT POLL\tSTORIES\tLAST ERROR")
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
		errText := h.LastError
		if len(errText) > 60 {
			errText = errText[:57] + "..."
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%d\t%s\n", name, status, ago(h.LastSuccess), h.ConsecutiveFailures, ago(h.NextPoll), h.Stories, errText)
	}
	return tw.Flush()
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
