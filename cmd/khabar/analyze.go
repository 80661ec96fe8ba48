package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
	"github.com/khabar/khabar/pipeline/work"
	"github.com/spf13/cobra"
)

// stanceLanguages is work.languages of the configuration when there is
// one (analyze and alerts test also run outside a clone, on the defaults).
func (a *app) stanceLanguages() []work.Option {
	if cfg, err := a.config(); err == nil && len(cfg.Work.Languages) > 0 {
		return []work.Option{work.WithStanceLanguages(cfg.Work.Languages...)}
	}
	return nil
}

// newAnalyzeCmd is `khabar analyze [--watchlist FILE] [FILE|-]`: JSON Lines
// stories in, one JSON line of analysis per story out, in input order.
func newAnalyzeCmd(a *app) *cobra.Command {
	var wlPath string
	cmd := &cobra.Command{
		Use:   "analyze [FILE|-]",
		Short: "Analyse JSON Lines stories: mentions, money, deals, directed stance, feud",
		Long: `Reads stories as JSON Lines ({"id","title","body","published","url","source"};
unknown fields are ignored) from FILE or standard input and writes one JSON
line per story, in input order:
{"id","entities","mentions","amounts","deals","stances","feud","shifts"}.
Mention start/end are byte offsets into the original title or body.
A bad line is reported with its line number and skipped; the exit code is
then non-zero.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if wlPath == "" {
				wlPath = a.watchlistPath()
			}
			wl, err := loadWatchlist(wlPath)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			an, err := work.New(wl, a.stanceLanguages()...)
			if err != nil {
				return err
			}
			name := "-"
			var in io.Reader = cmd.InOrStdin()
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return &exitError{code: 2, err: fmt.Errorf("analyze: %w", err)}
				}
				defer f.Close()
				in, name = f, args[0]
			}
			log := a.logger()
			// The tracker folds each story's stances in input order, so
			// "shifts" and "events" are what the track stage would emit.
			trackCfg := track.DefaultConfig()
			if cfg, err := a.config(); err == nil {
				trackCfg = cfg.Track
			}
			tracker, err := track.New(trackCfg, track.NewMemoryStore(), log, track.Ephemeral())
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			ctx := cmd.Context()
			var foldErr error
			err = work.AnalyzeJSONL(ctx, an, in, cmd.OutOrStdout(), work.JSONLConfig{
				Name:    name,
				OnError: func(err error) { log.Error("skipped bad story line", "err", err) },
				Each: func(s pipeline.Story, res *pipeline.Analysis) {
					res.Shifts, res.Events = []pipeline.Event{}, []pipeline.Event{}
					if len(res.Stances) == 0 {
						return
					}
					evs, err := tracker.Fold(ctx, s.Ref(), res.Stances)
					if err != nil {
						foldErr = errors.Join(foldErr, fmt.Errorf("track story %s: %w", s.ID, err))
						return
					}
					for _, ev := range evs {
						res.Events = append(res.Events, ev)
						if ev.Kind == pipeline.KindStanceShift {
							res.Shifts = append(res.Shifts, ev)
						}
					}
				},
			})
			if err = errors.Join(err, foldErr); err != nil {
				return &exitError{code: 1, err: err}
			}
			if err != nil {
				return &exitError{code: 1, err: err}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&wlPath, "watchlist", "", "watchlist file (default from configuration: deploy/watchlist.yaml)")
	return cmd
}
