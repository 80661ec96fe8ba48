package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/connectors/elastic"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/pipeline"
)

func (a *app) newSearchCmd() *cobra.Command {
	var (
		entities       []string
		feud           string
		from, to, sort string
		size           int
		asJSON         bool
	)
	cmd := &cobra.Command{
		Use:   "search [QUERY]",
		Short: "Search indexed stories (a table on a terminal, JSON with --json)",
		Long: `Search the index: a Hindi or English full-text query (an inflected form
finds its base form), filtered by watchlist entity, feud flag and date range.
It reads the index under the data dir (while khabar run holds it, it asks the
running instance's API instead), or Elasticsearch when sink.kind is
elasticsearch: the same parameters give the same answers on the same data.`,
		Example: `  khabar search मस्क
  khabar search --entity elon-musk --entity sam-altman --feud true
  khabar search स्टारगेट --from 2025-01-01 --to 2025-01-31 --json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			v := url.Values{}
			if len(args) == 1 {
				v.Set("q", args[0])
			}
			for _, e := range entities {
				v.Add("entity", e)
			}
			for k, s := range map[string]string{"feud": feud, "from": from, "to": to, "sort": sort} {
				if s != "" {
					v.Set(k, s)
				}
			}
			v.Set("size", fmt.Sprint(size))
			q, err := httpapi.ParseQuery(v)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			var res pipeline.SearchResult
			if cfg.Sink.Kind == "elasticsearch" {
				es, err := elastic.New(cmd.Context(), elastic.ConfigFrom(cfg.Sink.Elasticsearch), a.logger(), nil)
				if err != nil {
					return fmt.Errorf("elasticsearch: %w", err)
				}
				defer es.Close()
				if res, err = es.Search(cmd.Context(), q); err != nil {
					return fmt.Errorf("elasticsearch search: %w", err)
				}
			} else {
				res, err = a.searchLocalOrRemote(cmd.Context(), filepath.Join(cfg.DataDir, "index"), cfg.HTTP.Listen, q, v)
			}
			if err != nil {
				return err
			}
			if asJSON || !isTerminal(cmd.OutOrStdout()) {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetEscapeHTML(false)
				return enc.Encode(res)
			}
			printHits(cmd.OutOrStdout(), res)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVarP(&entities, "entity", "e", nil, "watchlist id the story must mention (repeatable)")
	f.StringVar(&feud, "feud", "", "true: only feud stories; false: only the others")
	f.StringVar(&from, "from", "", "published on or after (2025-06-01 or RFC 3339)")
	f.StringVar(&to, "to", "", "published on or before (2025-06-30 or RFC 3339)")
	f.StringVar(&sort, "sort", "", "relevance (default with a query) or newest")
	f.IntVarP(&size, "size", "n", 20, "number of hits (1-1000)")
	f.BoolVar(&asJSON, "json", false, "print JSON (the API's answer)")
	return cmd
}

// searchLocalOrRemote searches the index on disk, or the running
// instance's API when that instance holds the index.
func (a *app) searchLocalOrRemote(ctx context.Context, dir, listen string, q pipeline.Query, v url.Values) (pipeline.SearchResult, error) {
	ix, err := bleve.OpenReadOnly(dir)
	if err == nil {
		defer ix.Close()
		return ix.Search(ctx, q)
	}
	if !errors.Is(err, bleve.ErrLocked) {
		return pipeline.SearchResult{}, fmt.Errorf("%w (has `khabar run` indexed anything yet?)", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+listen+"/api/search?"+v.Encode(), nil)
	if err != nil {
		return pipeline.SearchResult{}, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return pipeline.SearchResult{}, fmt.Errorf("the index is held by a running khabar, and its API at %s did not answer: %w", listen, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if resp.StatusCode != http.StatusOK {
		return pipeline.SearchResult{}, fmt.Errorf("API %s: %s: %s", listen, resp.Status, strings.TrimSpace(string(body)))
	}
	var res pipeline.SearchResult
	if err := json.Unmarshal(body, &res); err != nil {
		return res, fmt.Errorf("API %s answer: %w", listen, err)
	}
	return res, nil
}

func printHits(w io.Writer, res pipeline.SearchResult) {
	fmt.Fprintf(w, "%d stories\n", res.Total)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tFEUD\tTITLE\tENTITIES\tSOURCE\tID")
	for _, h := range res.Hits {
		f := ""
		if h.Feud {
			f = "feud"
		}
		title := []rune(h.Title)
		if len(title) > 60 {
			title = append(title[:59], '…')
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", h.Published.Format("2006-01-02 15:04"), f, string(title), strings.Join(h.Entities, ","), h.Source, h.ID)
	}
	tw.Flush()
}
