package main

import (
	"github.com/spf13/cobra"
)

func (a *app) newRunCmd() *cobra.Command {
	return &cobra.Command{Use: "run", Short: "Run every stage in one process", RunE: func(cmd *cobra.Command, args []string) error { return nil }}
}

func (a *app) newSearchCmd() *cobra.Command {
	return &cobra.Command{Use: "search QUERY", Short: "Search indexed stories"}
}
