// Package deploy carries the default watchlist and alert rules into the
// binary, so `khabar analyze` and `khabar run` work from any directory.
// The files here are the ones reviewed in deploy/; a configured path
// (--watchlist, watchlist:, KHABAR_WATCHLIST) always wins.
package deploy

import _ "embed"

// Watchlist is deploy/watchlist.yaml.
//
//go:embed watchlist.yaml
var Watchlist []byte

// Alerts is deploy/alerts.yaml.
//
//go:embed alerts.yaml
var Alerts []byte
