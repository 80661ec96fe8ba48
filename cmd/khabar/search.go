package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/bleve"
	"github.com/khabar/khabar/connectors/elastic"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
)

func (a *app) newSearchCmd() *cobra.Command {
	var (
		entities, sources []string
		categories        []string
		topics, languages []string
		feud              string
		from, to, sort    string
		size, offset      int
		asJSON            bool
	)
	cmd := &cobra.Command{
		Use:   "search [WORD|\"PHRASE\"|-WORD|OR]...",
		Short: "Search indexed stories (a table on a terminal, JSON with --json)",
		Long: `Search the index: a Hindi or English full-text query, filtered by
watchlist entity, source, category, feud flag and date range.

Query words are all required; OR between two words takes either; "quoted
words" must come in that order; -word excludes; entity:ID finds the stories
where the entity was matched. Spellings are folded as entity matching folds
them (ट्रम्प = ट्रंप, डॉलर = डालर, ५०० = 500), an inflected form finds its
base form, and a word that is a watchlist alias also finds that entity's
stories. --entity takes an id, a name or an alias in any script.
It reads the index under the data dir (while khabar run holds it, it asks the
running instance's API instead), or Elasticsearch when sink.kind is
elasticsearch: the same parameters give the same answers on the same data.`,
		Example: `  khabar search मस्क ट्रंप
  khabar search मस्क OR ऑल्टमैन -टेस्ला
  khabar search -- -मस्क ट्रंप          (a query that starts with -word needs --)
  khabar search '"व्हाइट हाउस"' --entity "Elon Musk" --offset 20
  khabar search --entity elon-musk --entity ऑल्टमैन --feud true
  khabar search स्टारगेट --from 2025-01-01 --to 2025-01-31 --json`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			v := url.Values{}
			if len(args) > 0 {
				v.Set("q", joinQueryArgs(args))
			}
			for _, e := range entities {
				v.Add("entity", e)
			}
			for _, e := range sources {
				v.Add("source", e)
			}
			for _, e := range append(categories, topics...) {
				v.Add("category", e)
			}
			for _, e := range languages {
				v.Add("language", e)
			}
			for k, s := range map[string]string{"feud": feud, "from": from, "to": to, "sort": sort} {
				if s != "" {
					v.Set(k, s)
				}
			}
			v.Set("size", fmt.Sprint(size))
			v.Set("offset", fmt.Sprint(offset))
			wl, err := loadWatchlist(a.watchlistPath())
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			q, err := httpapi.ParseQuery(v, httpapi.NewEntities(wl))
			if err != nil {
				return &exitError{code: 2, err: fmt.Errorf("search: %w", err)}
			}
			var res httpapi.SearchAnswer
			if cfg.Sink.Kind == "elasticsearch" {
				es, err := elastic.New(cmd.Context(), elastic.ConfigFrom(cfg.Sink.Elasticsearch), a.logger(), nil)
				if err != nil {
					return fmt.Errorf("elasticsearch: %w", err)
				}
				defer es.Close()
				r, err := es.Search(cmd.Context(), q)
				if err != nil {
					return fmt.Errorf("elasticsearch search: %w", err)
				}
				res = answer(q, r)
			} else {
				res, err = a.searchLocalOrRemote(cmd.Context(), cfg, q, v)
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
	f.StringArrayVarP(&entities, "entity", "e", nil, "watchlist entity the story must mention: id, name or alias (repeatable)")
	f.StringArrayVar(&sources, "source", nil, "only stories from this source (repeatable: any of them)")
	f.StringArrayVar(&categories, "category", nil, "only stories whose own topic is this: politics, tech, business, sports, entertainment, other (repeatable: any of them)")
	f.StringArrayVar(&topics, "topic", nil, "the same as --category")
	f.StringArrayVar(&languages, "language", nil, "only stories in this language: hi, mr, ne, en, hi-Latn, other (repeatable: any of them)")
	f.StringVar(&feud, "feud", "", "true: only feud stories; false: only the others")
	f.StringVar(&from, "from", "", "published on or after (2025-06-01 or RFC 3339)")
	f.StringVar(&to, "to", "", "published on or before (2025-06-30 or RFC 3339)")
	f.StringVar(&sort, "sort", "", "relevance (default with a query) or newest")
	f.IntVarP(&size, "size", "n", 20, "number of hits (1-1000)")
	f.IntVar(&offset, "offset", 0, "skip this many hits (the next page: --offset 20)")
	f.BoolVar(&asJSON, "json", false, "print JSON (the API's answer)")
	return cmd
}

// joinQueryArgs makes one query of the words given as arguments; an
// argument with a space (a quoted phrase on the shell) stays a phrase.
func joinQueryArgs(args []string) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		if strings.ContainsAny(a, " \t") && !strings.Contains(a, `"`) {
			neg := ""
			if rest, ok := strings.CutPrefix(a, "-"); ok {
				neg, a = "-", rest
			}
			a = neg + `"` + strings.TrimSpace(a) + `"`
		}
		parts = append(parts, a)
	}
	return strings.Join(parts, " ")
}

// answer is the API's answer for a search run in this process.
func answer(q pipeline.Query, r pipeline.SearchResult) httpapi.SearchAnswer {
	if r.Hits == nil {
		r.Hits = []pipeline.Hit{}
	}
	return httpapi.SearchAnswer{Total: r.Total, Offset: q.Offset, Size: q.Size, Hits: r.Hits, Facets: r.Facets}
}

// searchLocalOrRemote searches the index on disk, or the running
// instance's API when that instance holds the index.
func (a *app) searchLocalOrRemote(ctx context.Context, cfg *config.Config, q pipeline.Query, v url.Values) (httpapi.SearchAnswer, error) {
	ix, err := bleve.OpenReadOnly(filepath.Join(cfg.DataDir, "index"))
	if err == nil {
		defer ix.Close()
		r, err := ix.Search(ctx, q)
		return answer(q, r), err
	}
	if !errors.Is(err, bleve.ErrLocked) {
		return httpapi.SearchAnswer{}, fmt.Errorf("%w (has `khabar run` indexed anything yet?)", err)
	}
	var res httpapi.SearchAnswer
	if err := a.callAPI(ctx, cfg, "/api/search?"+v.Encode(), &res); err != nil {
		return res, fmt.Errorf("the index is held by a running khabar: %w", err)
	}
	return res, nil
}

func printHits(w io.Writer, res httpapi.SearchAnswer) {
	switch {
	case res.Total == 0:
		fmt.Fprintln(w, "no stories")
		return
	case len(res.Hits) == 0:
		fmt.Fprintf(w, "%d stories; none from %d on (--offset is past the end)\n", res.Total, res.Offset+1)
		return
	}
	fmt.Fprintf(w, "showing %d–%d of %d stories\n", res.Offset+1, res.Offset+len(res.Hits), res.Total)
	t := newTable("PUBLISHED", "FEUD", "TITLE", "ENTITIES", "SOURCE", "ID")
	for _, h := range res.Hits {
		f := ""
		if h.Feud {
			f = "feud"
		}
		t.row(h.Published.Format("2006-01-02 15:04"), f, truncateWidth(h.Title, 70), strings.Join(h.Entities, ","), h.Source, h.ID)
	}
	t.fit(2) // the title column gives way on a narrow terminal
	t.write(w)
	if next := res.Offset + len(res.Hits); next < res.Total {
		fmt.Fprintf(w, "more: --offset %d\n", next)
	}
}
