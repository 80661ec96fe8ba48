package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/feeds"
)

// newKafkaRoleCmds returns `khabar poll|work|track|index`, each running one
// role of pipelineGraph over Kafka, and `khabar replay`.
func (a *app) newKafkaRoleCmds() []*cobra.Command {
	roles := []struct{ name, short string }{
		{rolePoll, "Poll this process's share of the feeds and publish stories to Kafka"},
		{roleWork, "Analyse stories from Kafka into analyses and stances (consumer group \"work\")"},
		{roleTrack, "Fold stances into pair state (restored from the changelog) and run the alert rules"},
		{roleIndex, "Write analyses, events and alerts from Kafka to the sink (consumer group \"index\")"},
	}
	var cmds []*cobra.Command
	for _, r := range roles {
		var div pollerDivision
		cmd := &cobra.Command{
			Use:   r.name,
			Short: r.short,
			Args:  cobra.NoArgs,
			RunE: func(cmd *cobra.Command, _ []string) error {
				cfg, err := a.config()
				if err != nil {
					return err
				}
				rs := roleSet{roles: map[string]bool{r.name: true}}
				if rs.shard, err = div.shard(a.getenv); err != nil {
					return &exitError{code: 2, err: err}
				}
				return a.runPipeline(cmd.Context(), cfg, rs)
			},
		}
		if r.name == rolePoll {
			cmd.Flags().IntVar(&div.pollers, "pollers", 0, "number of poll processes sharing the feeds (env KHABAR_POLLERS; default 1)")
			cmd.Flags().IntVar(&div.index, "poller-index", -1, "this poller's index, 0 … pollers-1 (env KHABAR_POLLER_INDEX; a StatefulSet ordinal fits)")
		}
		cmds = append(cmds, cmd)
	}
	return append(cmds, a.newReplayCmd())
}

// pollerDivision is the --pollers and --poller-index flags of `khabar poll`.
type pollerDivision struct{ pollers, index int }

// shard fills what the flags left unset from KHABAR_POLLERS and
// KHABAR_POLLER_INDEX (default: the only poller) and checks it.
func (d pollerDivision) shard(getenv func(string) (string, bool)) (feeds.Shard, error) {
	fromEnv := func(flag int, unset bool, name string, def int) (int, error) {
		if !unset {
			return flag, nil
		}
		v, ok := getenv(name)
		if !ok || v == "" {
			return def, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, fmt.Errorf("%s=%q: not a number", name, v)
		}
		return n, nil
	}
	n, err := fromEnv(d.pollers, d.pollers == 0, "KHABAR_POLLERS", 1)
	if err != nil {
		return feeds.Shard{}, err
	}
	i, err := fromEnv(d.index, d.index < 0, "KHABAR_POLLER_INDEX", 0)
	if err != nil {
		return feeds.Shard{}, err
	}
	s := feeds.Shard{Index: i, Count: n}
	if n < 1 {
		// Shard reads Count 0 as one poller; a flag or variable saying 0 (or less) is an error.
		return s, fmt.Errorf("poller index %d of %d pollers: want 0 ≤ index < pollers", i, n)
	}
	return s, s.Validate()
}
