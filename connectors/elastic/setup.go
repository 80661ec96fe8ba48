package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	nethttp "net/http"
	"reflect"
	"strings"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"

	templates "github.com/khabar/khabar/deploy/elasticsearch"
)

// SetupReport says what Setup did, one line per object.
type SetupReport struct {
	// Analyzer is the analyzer of title and body: "hindi", or "standard"
	// when the cluster lacks the hindi analyzer.
	Analyzer string
	Actions  []string
}

// Template is one parsed template file of deploy/elasticsearch.
type Template struct {
	Name string // file name without .json
	Body map[string]any
}

// Templates returns the component template ("analysis") and the three
// index templates (one per family) as shipped, unparameterised.
func Templates() (map[string]Template, error) {
	out := map[string]Template{}
	for _, name := range append([]string{"analysis"}, families[:]...) {
		raw, err := templates.FS.ReadFile(name + ".json")
		if err != nil {
			return nil, fmt.Errorf("elastic: template %s: %w", name, err)
		}
		var body map[string]any
		if err := json.Unmarshal(raw, &body); err != nil {
			return nil, fmt.Errorf("elastic: deploy/elasticsearch/%s.json: %w", name, err)
		}
		out[name] = Template{Name: name, Body: body}
	}
	return out, nil
}

// Setup installs, idempotently, the component template with the text
// analyzers, an index template per family, and each family's first index
// behind its write alias; on an existing index it adds new mapping fields.
// It detects the hindi analyzer and falls back to standard with a warning.
func Setup(ctx context.Context, cfg Config, logger *slog.Logger) (SetupReport, error) {
	var rep SetupReport
	if err := cfg.Validate(); err != nil {
		return rep, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	es, err := newClient(cfg)
	if err != nil {
		return rep, err
	}
	tpls, err := Templates()
	if err != nil {
		return rep, err
	}
	rep.Analyzer = "hindi"
	if ok, err := hasAnalyzer(ctx, es, "hindi"); err != nil {
		return rep, err
	} else if !ok {
		rep.Analyzer = "standard"
		logger.Warn("this Elasticsearch has no hindi analyzer (analysis-common module missing, e.g. a minimal distribution): " +
			"title and body fall back to the standard analyzer for Kibana; khabar's own search is unaffected (it indexes Hindi terms it analyses itself)")
		rep.Actions = append(rep.Actions, "WARNING: no hindi analyzer in this cluster; title/body use the standard analyzer")
	}
	comp := cfg.IndexPrefix + "analysis"
	analysis := withAnalyzer(tpls["analysis"].Body, rep.Analyzer)
	act, err := putIfChanged(ctx, es, "component template "+comp, "/_component_template/"+comp, "component_templates", "component_template", analysis)
	if err != nil {
		return rep, err
	}
	rep.Actions = append(rep.Actions, act)
	for _, f := range families {
		body := parameterise(tpls[f].Body, cfg, f)
		name := cfg.alias(f)
		act, err := putIfChanged(ctx, es, "index template "+name, "/_index_template/"+name, "index_templates", "index_template", body)
		if err != nil {
			return rep, err
		}
		rep.Actions = append(rep.Actions, act)
		act, err = ensureAlias(ctx, es, cfg, f, body)
		if err != nil {
			return rep, err
		}
		rep.Actions = append(rep.Actions, act)
	}
	act, err = ensureVersionsIndex(ctx, es, cfg)
	if err != nil {
		return rep, err
	}
	rep.Actions = append(rep.Actions, act)
	return rep, nil
}

// versionsIndexBody is the event versions index (Config.versionsIndex): a
// document per event id whose external version is the newest message
// applied for it, with whether that was a retraction and when it was
// applied ("at", the indexer's clock, unix seconds: Sink.PruneVersions
// deletes by it). It is never rolled over: what it records must outlive
// the events indices' rollovers.
const versionsIndexBody = `{
  "settings": {"index": {"number_of_shards": 1, "auto_expand_replicas": "0-1"}},
  "mappings": {"dynamic": false, "properties": {"retracted": {"type": "boolean"}, ` + versionsAtField + `}}
}`

// versionsAtField maps the versions' "at" field; setup adds it to an
// index created before it (an additive mapping change).
const versionsAtField = `"at": {"type": "date", "format": "epoch_second"}`

// ensureVersionsIndex creates the event versions index when missing.
func ensureVersionsIndex(ctx context.Context, es *elasticsearch.Client, cfg Config) (string, error) {
	name := cfg.versionsIndex()
	st, err := do(ctx, es, "check index "+name, esapi.IndicesExistsRequest{Index: []string{name}}, nil)
	if err != nil && st != 404 {
		return "", err
	}
	if st != 404 {
		if _, err := do(ctx, es, "map the at field of "+name, esapi.IndicesPutMappingRequest{Index: []string{name},
			Body: strings.NewReader(`{"properties": {` + versionsAtField + `}}`)}, nil); err != nil {
			return "", err
		}
		return fmt.Sprintf("index %s (event versions): exists, \"at\" mapped", name), nil
	}
	st, err = do(ctx, es, "create index "+name, esapi.IndicesCreateRequest{Index: name, Body: strings.NewReader(versionsIndexBody)}, nil)
	if err != nil && !(st == 400 && strings.Contains(err.Error(), "resource_already_exists_exception")) {
		return "", err
	}
	return fmt.Sprintf("index %s (event versions): created", name), nil
}

// hasAnalyzer asks the cluster to analyse a Hindi word with the analyzer.
func hasAnalyzer(ctx context.Context, es *elasticsearch.Client, name string) (bool, error) {
	body, _ := json.Marshal(map[string]string{"analyzer": name, "text": "समाचार"})
	st, err := do(ctx, es, "analyze", esapi.IndicesAnalyzeRequest{Body: bytes.NewReader(body)}, nil)
	if err == nil {
		return true, nil
	}
	if st == 400 && strings.Contains(err.Error(), "failed to find") {
		return false, nil
	}
	return false, fmt.Errorf("elastic: detect %s analyzer: %w", name, err)
}

// withAnalyzer returns the analysis component with khabar_text of the given type.
func withAnalyzer(src map[string]any, typ string) map[string]any {
	out := deepCopy(src)
	an := out["template"].(map[string]any)["settings"].(map[string]any)["analysis"].(map[string]any)["analyzer"].(map[string]any)
	an["khabar_text"] = map[string]any{"type": typ}
	return out
}

// parameterise sets the prefix into an index template's names.
func parameterise(src map[string]any, cfg Config, family string) map[string]any {
	out := deepCopy(src)
	out["index_patterns"] = []any{cfg.pattern(family)}
	out["composed_of"] = []any{cfg.IndexPrefix + "analysis"}
	return out
}

func deepCopy(m map[string]any) map[string]any {
	raw, _ := json.Marshal(m)
	var out map[string]any
	_ = json.Unmarshal(raw, &out)
	return out
}

// putIfChanged PUTs a template unless the stored one is the same.
func putIfChanged(ctx context.Context, es *elasticsearch.Client, what, path, listKey, itemKey string, body map[string]any) (string, error) {
	var cur map[string]any
	st, err := do(ctx, es, "get "+what, rawRequest{method: "GET", path: path}, &cur)
	exists := err == nil
	if err != nil && st != 404 {
		return "", err
	}
	if exists {
		if list, ok := cur[listKey].([]any); ok && len(list) == 1 {
			if stored, ok := list[0].(map[string]any)[itemKey].(map[string]any); ok && sameTemplate(stored, body) {
				return what + ": unchanged", nil
			}
		}
	}
	raw, err := json.Marshal(body)
	if err != nil {
		return "", fmt.Errorf("elastic: %s: %w", what, err)
	}
	if _, err := do(ctx, es, "put "+what, rawRequest{method: "PUT", path: path, body: raw}, nil); err != nil {
		return "", err
	}
	if exists {
		return what + ": updated", nil
	}
	return what + ": created", nil
}

// sameTemplate compares what we would PUT with what the cluster stores,
// which renders settings as strings under "index" ("1" for 1).
func sameTemplate(stored, want map[string]any) bool {
	return reflect.DeepEqual(normTemplate(stored), normTemplate(want))
}

func normTemplate(m map[string]any) map[string]any {
	out := deepCopy(m)
	if tpl, ok := out["template"].(map[string]any); ok {
		if set, ok := tpl["settings"].(map[string]any); ok {
			flat := map[string]any{}
			flatten("", set, flat)
			tpl["settings"] = flat
		}
	}
	return out
}

// flatten turns nested settings into dotted keys without the "index." prefix,
// with scalar values as strings.
func flatten(prefix string, m map[string]any, out map[string]any) {
	for k, v := range m {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		if sub, ok := v.(map[string]any); ok {
			flatten(key, sub, out)
			continue
		}
		out[strings.TrimPrefix(key, "index.")] = fmt.Sprint(v)
	}
}

// ensureAlias creates the family's first index with its write alias, or,
// when the alias exists, adds the template's mappings to its indices (new
// fields only; Elasticsearch refuses incompatible changes, reported as such).
func ensureAlias(ctx context.Context, es *elasticsearch.Client, cfg Config, family string, tpl map[string]any) (string, error) {
	alias := cfg.alias(family)
	st, err := do(ctx, es, "check alias "+alias, esapi.IndicesExistsAliasRequest{Name: []string{alias}}, nil)
	if err != nil && st != 404 {
		return "", err
	}
	if st == 404 {
		first := alias + "-000001"
		body, _ := json.Marshal(map[string]any{"aliases": map[string]any{alias: map[string]any{"is_write_index": true}}})
		if _, err := do(ctx, es, "create index "+first, esapi.IndicesCreateRequest{Index: first, Body: bytes.NewReader(body)}, nil); err != nil {
			return "", err
		}
		return fmt.Sprintf("index %s with write alias %s: created", first, alias), nil
	}
	mappings := tpl["template"].(map[string]any)["mappings"]
	raw, _ := json.Marshal(mappings)
	if _, err := do(ctx, es, "update mappings of "+alias, esapi.IndicesPutMappingRequest{Index: []string{alias}, Body: bytes.NewReader(raw)}, nil); err != nil {
		return "", fmt.Errorf("%w (the stored mapping is incompatible: reindex into a new index)", err)
	}
	return fmt.Sprintf("write alias %s: exists, mappings up to date", alias), nil
}

// rawRequest is a request the typed API does not need to cover.
type rawRequest struct {
	method, path string
	body         []byte
}

// Do implements esapi.Request.
func (r rawRequest) Do(ctx context.Context, t esapi.Transport) (*esapi.Response, error) {
	var body io.Reader
	if r.body != nil {
		body = bytes.NewReader(r.body)
	}
	req, err := nethttp.NewRequestWithContext(ctx, r.method, r.path, body)
	if err != nil {
		return nil, err
	}
	if r.body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := t.Perform(req)
	if err != nil {
		return nil, err
	}
	return &esapi.Response{StatusCode: res.StatusCode, Body: res.Body, Header: res.Header}, nil
}
