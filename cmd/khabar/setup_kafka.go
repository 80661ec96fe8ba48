package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/kafka"
)

// newSetupKafkaCmd creates khabar's topics: safe to run again, and after
// raising bus.kafka.partitions (partitions are added, never removed).
func (a *app) newSetupKafkaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "kafka",
		Short: "Create khabar's Kafka topics (idempotent) with the configured partitions, replication and retention",
		Long: `Creates the topics of the distributed mode under bus.kafka.topic_prefix:
stories, analyses, stances, events, alerts, dlq, feed-failing,
alert-inputs, and the compacted state changelogs (feed-state, pair-state,
alert-judge-state, alert-list; alert-state and track-state of older
versions). Existing topics keep their data; they get the configured
retention, and more partitions when configured higher. Upgrading from a
khabar whose alerts lived in alert-state: stop the track-role processes,
run this, then ` + "`khabar alerts migrate`" + ` once.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			res, err := kafka.Setup(cmd.Context(), kafka.FromConfig(cfg.Bus.Kafka), a.logger())
			if err != nil {
				return err
			}
			spec := map[string]kafka.TopicSpec{}
			for _, s := range kafka.Topics() {
				spec[cfg.Bus.Kafka.TopicPrefix+s.Name] = s
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "TOPIC\tACTION\tPARTITIONS\tCLEANUP")
			for _, r := range res {
				cleanup := "delete"
				if spec[r.Topic].Compact {
					cleanup = "compact"
				}
				fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", r.Topic, r.Action, r.Partitions, cleanup)
			}
			return w.Flush()
		},
	}
}
