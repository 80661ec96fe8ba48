package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/khabar/khabar/connectors/elastic"
)

// newSetupElasticsearchCmd installs the index templates and write aliases.
func (a *app) newSetupElasticsearchCmd() *cobra.Command {
	var urls []string
	cmd := &cobra.Command{
		Use:   "elasticsearch",
		Short: "Install khabar's index templates and write aliases in Elasticsearch (idempotent)",
		Long: `Installs the component template with the text analyzers (Elasticsearch's
hindi analyzer when the cluster has it, standard otherwise, with a warning),
an index template per family (stories, events, alerts) and each family's
first index behind its write alias. Running it again changes nothing, or
adds new mapping fields to the existing indices.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			ec := elastic.ConfigFrom(cfg.Sink.Elasticsearch)
			if len(urls) > 0 {
				ec.URLs = urls
			}
			rep, err := elastic.Setup(cmd.Context(), ec, a.logger())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "text analyzer: %s\n", rep.Analyzer)
			for _, act := range rep.Actions {
				fmt.Fprintln(out, act)
			}
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&urls, "url", nil, "Elasticsearch URL(s) (default sink.elasticsearch.urls)")
	return cmd
}

// newSetupKibanaCmd imports the saved objects and creates or updates the rules.
func (a *app) newSetupKibanaCmd() *cobra.Command {
	var kc elastic.KibanaConfig
	cmd := &cobra.Command{
		Use:   "kibana",
		Short: "Import khabar's data views, searches, dashboard and alert rules into Kibana (idempotent)",
		Long: `Imports deploy/kibana/saved_objects.ndjson (overwriting) and creates, or
updates, every rule of deploy/kibana/rules. Credentials default to those of
sink.elasticsearch (api_key, or username and password); the URL to
KHABAR_KIBANA_URL, then http://127.0.0.1:5601.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			if kc.URL == "" {
				kc.URL = "http://127.0.0.1:5601"
				if v, ok := a.getenv("KHABAR_KIBANA_URL"); ok && v != "" {
					kc.URL = v
				}
			}
			es := cfg.Sink.Elasticsearch
			kc.APIKey, kc.Username, kc.Password = es.APIKey, es.Username, es.Password
			rep, err := elastic.SetupKibana(cmd.Context(), kc)
			if err != nil {
				return err
			}
			for _, act := range rep.Actions {
				fmt.Fprintln(cmd.OutOrStdout(), act)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&kc.URL, "url", "", "Kibana URL (default $KHABAR_KIBANA_URL or http://127.0.0.1:5601)")
	cmd.Flags().StringVar(&kc.Space, "space", "", "Kibana space (default: the default space)")
	return cmd
}
