// Package elasticsearch carries khabar's Elasticsearch index templates
// (deploy/elasticsearch/*.json) into the binary, so `khabar setup
// elasticsearch` installs exactly the files reviewed here.
//
// analysis.json is the component template with the text analyzers;
// stories.json, events.json and alerts.json are the composable index
// templates of the three index families.
package elasticsearch

import "embed"

// FS holds the template files.
//
//go:embed *.json
var FS embed.FS
