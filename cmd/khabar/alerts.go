package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/boltstore"
	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/connectors/kafka"
	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/alert"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
)

// newAlertsCmd is `khabar alerts list|test`.
func (a *app) newAlertsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "alerts",
		Short: "List fired alerts, or dry-run alert rules over stories",
	}
	cmd.AddCommand(a.newAlertsListCmd(), a.newAlertsTestCmd(), a.newAlertsMigrateCmd())
	return cmd
}

// newAlertsMigrateCmd is `khabar alerts migrate`: the alert-state topic of
// an older khabar copied into alert-judge-state and alert-list, once.
func (a *app) newAlertsMigrateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Copy the alert-state topic of an older khabar into alert-judge-state and alert-list (Kafka, once)",
		Long: `Over Kafka, copies the alert-state topic written by a khabar from before the
alert state was split (one topic every alert process restored whole) into
alert-judge-state (the judge's records, per partition of alert-inputs) and
alert-list (the stored alerts and delivery marks). Run it after
` + "`khabar setup kafka`" + ` with no track-role process running; it marks
alert-list when done, so running it again copies nothing. The old topic
is left as it is.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) (err error) {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if cfg.Bus.Kind != "kafka" {
				return &exitError{code: 2, err: errors.New("alerts migrate: bus.kind is not kafka: nothing to migrate")}
			}
			bus, err := kafka.New(cmd.Context(), kafka.FromConfig(cfg.Bus.Kafka), a.logger())
			if err != nil {
				return err
			}
			defer func() { err = errors.Join(err, bus.Close()) }()
			res, err := kafka.MigrateAlertState(cmd.Context(), bus)
			if err != nil {
				return err
			}
			if !res.Done {
				fmt.Fprintln(cmd.OutOrStdout(), "alert-state was migrated before: nothing copied")
				return nil
			}
			fmt.Fprintf(cmd.OutOrStdout(), "alert-state copied: %d records to alert-judge-state, %d to alert-list\n", res.Judge, res.List)
			return nil
		},
	}
}

func (a *app) newAlertsListCmd() *cobra.Command {
	var (
		rule, since, until string
		size, offset       int
		asJSON             bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List stored alerts, newest first",
		Long: `Lists the alerts stored under the data dir, newest first. When a running
khabar holds the state file, asks its API (GET /api/alerts) instead.
--since takes a duration back from now (24h), a date or an RFC 3339 time.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			v := url.Values{}
			if rule != "" {
				v.Set("rule", rule)
			}
			if since != "" {
				v.Set("since", since)
			}
			if until != "" {
				v.Set("until", until)
			}
			v.Set("size", strconv.Itoa(size))
			v.Set("offset", strconv.Itoa(offset))
			q, err := httpapi.ParseAlertQuery(v, time.Now())
			if err != nil {
				return &exitError{code: 2, err: fmt.Errorf("alerts list: --%w", err)}
			}
			ans, err := a.listAlertsLocalOrRemote(cmd.Context(), cfg, q, v)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON || !isTerminal(out) {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				return enc.Encode(ans)
			}
			printAlerts(out, ans)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&rule, "rule", "", "only alerts of this rule")
	fl.StringVar(&since, "since", "", "only alerts fired since (24h, 2025-06-05, RFC 3339)")
	fl.StringVar(&until, "until", "", "only alerts fired until (1h, 2025-06-05, RFC 3339)")
	fl.IntVar(&size, "size", 50, "at most this many alerts (1-1000)")
	fl.IntVar(&offset, "offset", 0, "skip this many (the next page: --offset 50)")
	fl.BoolVar(&asJSON, "json", false, "print the API's JSON answer ({total, offset, size, alerts})")
	return cmd
}

// listAlertsLocalOrRemote reads the alerts' state: the state file, or
// the running instance's API when that instance holds the file; over
// Kafka the alert-list topic (the stored alerts only, not the judge's
// state), whether the alert processes run or not.
func (a *app) listAlertsLocalOrRemote(ctx context.Context, cfg *config.Config, q httpapi.AlertQuery, v url.Values) (httpapi.AlertsAnswer, error) {
	if cfg.Bus.Kind == "kafka" {
		bus, err := kafka.New(ctx, kafka.FromConfig(cfg.Bus.Kafka), a.logger())
		if err != nil {
			return httpapi.AlertsAnswer{}, err
		}
		defer bus.Close()
		st, err := kafka.OpenAlertListStore(ctx, bus)
		if err != nil {
			return httpapi.AlertsAnswer{}, err
		}
		defer st.Close()
		return alertPage(ctx, st, q)
	}
	statePath := filepath.Join(cfg.DataDir, "state.db")
	if _, err := os.Stat(statePath); errors.Is(err, os.ErrNotExist) {
		return q.Page(nil), nil // nothing ran here yet: no alerts
	}
	st, err := boltstore.Open(statePath)
	if err == nil {
		defer st.Close()
		return alertPage(ctx, st, q)
	}
	var ans httpapi.AlertsAnswer
	if aerr := a.callAPI(ctx, cfg, "/api/alerts?"+v.Encode(), &ans); aerr != nil {
		return ans, fmt.Errorf("%v, and %w", err, aerr)
	}
	return ans, nil
}

// alertPage is the page q asks for of the alerts stored in st, read as
// GET /api/alerts reads it: the page's alerts only.
func alertPage(ctx context.Context, st pipeline.StateStore, q httpapi.AlertQuery) (httpapi.AlertsAnswer, error) {
	p, err := alert.ListPageStored(ctx, st, alert.Filter{Rule: q.Filter.Rule, Since: q.Filter.Since, Until: q.Until, Offset: q.Offset, Size: q.Size})
	if err != nil {
		return httpapi.AlertsAnswer{}, err
	}
	ans := httpapi.AlertsAnswer{Total: p.Total, Offset: q.Offset, Size: q.Size, Alerts: p.Alerts}
	if ans.Alerts == nil {
		ans.Alerts = []pipeline.Alert{}
	}
	return ans, nil
}

func printAlerts(w io.Writer, ans httpapi.AlertsAnswer) {
	switch {
	case ans.Total == 0:
		fmt.Fprintln(w, "no alerts")
		return
	case len(ans.Alerts) == 0:
		fmt.Fprintf(w, "%d alerts; none from %d on (--offset is past the end)\n", ans.Total, ans.Offset+1)
		return
	}
	fmt.Fprintf(w, "showing %d–%d of %d alerts\n", ans.Offset+1, ans.Offset+len(ans.Alerts), ans.Total)
	t := newTable("TIME", "RULE", "KEY", "STORIES", "TITLE")
	for _, al := range ans.Alerts {
		t.row(al.Time.Local().Format("2006-01-02 15:04"), al.Rule, al.Key, strconv.Itoa(len(al.Stories)), al.Title)
	}
	t.fit(4)
	t.write(w)
	if next := ans.Offset + len(ans.Alerts); next < ans.Total {
		fmt.Fprintf(w, "more: --offset %d\n", next)
	}
}

// dryNotifier stands in for every notifier in a dry run; no deliverer runs,
// so it is never called.
type dryNotifier struct{}

func (dryNotifier) Notify(context.Context, pipeline.Alert) error { return nil }

func (a *app) newAlertsTestCmd() *cobra.Command {
	var (
		rulesPath, wlPath string
		asJSON            bool
	)
	cmd := &cobra.Command{
		Use:   "test --rules FILE [STORIES.jsonl|-]",
		Short: "Dry run: analyse, track and match rules over JSON Lines stories; print what would fire and why",
		Long: `Runs the analysis, the tracker and the alert rules over JSON Lines stories
(as khabar analyze reads them), in input order, with everything in memory,
and prints each alert that would fire with its reason and evidence. Nothing
is sent and nothing under the data dir changes. Quiet periods and counts use
each story's published time as "now", so a replay of old stories behaves
as it did live.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if rulesPath == "" {
				rulesPath = cfg.Alerts
			}
			if wlPath == "" {
				wlPath = a.watchlistPath()
			}
			wl, err := loadWatchlist(wlPath)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			rules, err := loadRules(rulesPath, wl)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			an, err := work.New(wl, a.stanceLanguages()...)
			if err != nil {
				return err
			}
			log := a.logger()
			store := track.NewMemoryStore()
			tracker, err := track.New(cfg.Track, store, log)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			notifiers := map[string]alert.Notifier{}
			for _, r := range rules {
				for _, n := range r.Notify {
					notifiers[n] = dryNotifier{}
				}
			}
			var now time.Time
			acfg := cfg.Alert
			acfg.ReplayAfter = cfg.Track.ReplayAfter
			engine, err := alert.New(acfg, rules, store, notifiers, log, func() time.Time { return now })
			if err != nil {
				return &exitError{code: 2, err: err}
			}

			name := "-"
			var in io.Reader = cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return &exitError{code: 2, err: fmt.Errorf("alerts test: %w", err)}
				}
				defer f.Close()
				in, name = f, args[0]
			}
			out := cmd.OutOrStdout()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			ctx := cmd.Context()
			var (
				stories, events, fired int
				stepErr                error
			)
			show := func(als []pipeline.Alert) {
				for _, al := range als {
					fired++
					if asJSON {
						_ = enc.Encode(al)
						continue
					}
					printDryAlert(out, al)
				}
			}
			err = work.AnalyzeJSONL(ctx, an, in, io.Discard, work.JSONLConfig{
				Name:    name,
				OnError: func(err error) { log.Error("skipped bad story line", "err", err) },
				Each: func(s pipeline.Story, res *pipeline.Analysis) {
					if stepErr != nil {
						return
					}
					stories++
					now = s.Published
					if now.IsZero() {
						now = time.Now()
					}
					// The stage's own judge (observe, then judge per rule
					// and key), so the dry run fires what the stage fires.
					judge := func(obs []alert.Observation) error {
						for _, o := range obs {
							msgs, err := engine.Judge(ctx, o)
							if err != nil {
								return err
							}
							var als []pipeline.Alert
							for _, m := range msgs {
								if !m.Retracted {
									als = append(als, m.Alert)
								}
							}
							show(als)
						}
						return nil
					}
					if err := judge(engine.ObserveAnalysis(s, *res)); err != nil {
						stepErr = err
						return
					}
					evs, err := tracker.Fold(ctx, s.Ref(), res.Stances)
					if err != nil {
						stepErr = err
						return
					}
					for _, ev := range evs {
						events++
						if err := judge(engine.ObserveEvent(ev, s)); err != nil {
							stepErr = err
							return
						}
					}
				},
			})
			if stepErr != nil {
				return fmt.Errorf("alerts test: %w", stepErr)
			}
			summary := fmt.Sprintf("%d stories, %d tracker events, %d alerts would fire (dry run: nothing sent)", stories, events, fired)
			if asJSON {
				fmt.Fprintln(cmd.ErrOrStderr(), summary)
			} else {
				fmt.Fprintln(out, summary)
			}
			if err != nil {
				return &exitError{code: 1, err: err}
			}
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&rulesPath, "rules", "", "alert rules file (default from configuration: deploy/alerts.yaml)")
	fl.StringVar(&wlPath, "watchlist", "", "watchlist file (default from configuration: deploy/watchlist.yaml)")
	fl.BoolVar(&asJSON, "json", false, "one JSON alert per line")
	return cmd
}

func printDryAlert(w io.Writer, al pipeline.Alert) {
	fmt.Fprintf(w, "WOULD FIRE %s  [%s]  at %s\n", al.Rule, al.Key, al.Time.UTC().Format(time.RFC3339))
	fmt.Fprintf(w, "  %s\n  why: %s\n", al.Title, al.Reason)
	for _, s := range al.Stories {
		fmt.Fprintf(w, "  story %s %q", s.ID, s.Title)
		if s.Source != "" {
			fmt.Fprintf(w, " (%s)", s.Source)
		}
		if s.URL != "" {
			fmt.Fprintf(w, " %s", s.URL)
		}
		fmt.Fprintln(w)
		for _, e := range s.Evidence {
			fmt.Fprintf(w, "    > %s\n", e)
		}
	}
	fmt.Fprintln(w)
}
