// Package kibana carries khabar's Kibana side into the binary:
// saved_objects.ndjson (data views, saved searches, visualisations and the
// overview dashboard, in Kibana's saved-objects import format) and rules/
// (alert rules in the alerting API's format, one file per rule, named by
// rule id). `khabar setup kibana` imports them.
package kibana

import "embed"

// FS holds saved_objects.ndjson and rules/*.json.
//
//go:embed saved_objects.ndjson rules/*.json
var FS embed.FS
