package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strings"
	"time"

	kibanafiles "github.com/khabar/khabar/deploy/kibana"
)

// KibanaConfig is where `khabar setup kibana` imports to. Kibana accepts the
// same API keys and users as Elasticsearch.
type KibanaConfig struct {
	URL      string
	APIKey   string
	Username string
	Password string
	// Space is the Kibana space ("" = default).
	Space string
	// HTTP is the client; nil means one with a 60 s timeout.
	HTTP *http.Client
}

// Validate checks the configuration.
func (c *KibanaConfig) Validate() error {
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("kibana: URL %q is not an http(s) URL", redactURL(c.URL))
	}
	return nil
}

// KibanaReport says what SetupKibana did.
type KibanaReport struct {
	Imported int      // saved objects imported (overwritten when present)
	Actions  []string // one line per object or rule
}

// SetupKibana imports deploy/kibana/saved_objects.ndjson with overwrite and
// creates, or updates when present, every rule of deploy/kibana/rules.
// Running it again changes nothing but Kibana's updated_at.
func SetupKibana(ctx context.Context, cfg KibanaConfig) (KibanaReport, error) {
	var rep KibanaReport
	if err := cfg.Validate(); err != nil {
		return rep, err
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Timeout: 60 * time.Second}
	}
	base := strings.TrimRight(cfg.URL, "/")
	if cfg.Space != "" {
		base += "/s/" + url.PathEscape(cfg.Space)
	}
	ndjson, err := kibanafiles.FS.ReadFile("saved_objects.ndjson")
	if err != nil {
		return rep, fmt.Errorf("kibana: %w", err)
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	fw, err := mw.CreateFormFile("file", "khabar.ndjson")
	if err != nil {
		return rep, fmt.Errorf("kibana: %w", err)
	}
	_, _ = fw.Write(ndjson)
	if err := mw.Close(); err != nil {
		return rep, fmt.Errorf("kibana: %w", err)
	}
	var imp struct {
		Success      bool `json:"success"`
		SuccessCount int  `json:"successCount"`
		Errors       []struct {
			ID    string `json:"id"`
			Type  string `json:"type"`
			Error struct {
				Type    string `json:"type"`
				Message string `json:"message"`
			} `json:"error"`
		} `json:"errors"`
	}
	if err := kibanaCall(ctx, cfg, "POST", base+"/api/saved_objects/_import?overwrite=true", mw.FormDataContentType(), body.Bytes(), &imp); err != nil {
		return rep, fmt.Errorf("kibana: import saved objects: %w", err)
	}
	if !imp.Success || len(imp.Errors) > 0 {
		msgs := make([]string, 0, len(imp.Errors))
		for _, e := range imp.Errors {
			msgs = append(msgs, fmt.Sprintf("%s %s: %s %s", e.Type, e.ID, e.Error.Type, e.Error.Message))
		}
		return rep, fmt.Errorf("kibana: import saved objects: %d imported, failed: %s", imp.SuccessCount, strings.Join(msgs, "; "))
	}
	rep.Imported = imp.SuccessCount
	rep.Actions = append(rep.Actions, fmt.Sprintf("saved objects: %d imported (overwrite)", imp.SuccessCount))

	rules, err := KibanaRules()
	if err != nil {
		return rep, err
	}
	for _, r := range rules {
		act, err := putRule(ctx, cfg, base, r)
		if err != nil {
			return rep, err
		}
		rep.Actions = append(rep.Actions, act)
	}
	return rep, nil
}

// KibanaRule is one rule file of deploy/kibana/rules.
type KibanaRule struct {
	ID   string
	File string
	Body map[string]any
}

// KibanaRules parses every rule file, sorted by id.
func KibanaRules() ([]KibanaRule, error) {
	names, err := fs.Glob(kibanafiles.FS, "rules/*.json")
	if err != nil {
		return nil, fmt.Errorf("kibana: rules: %w", err)
	}
	var out []KibanaRule
	for _, n := range names {
		raw, err := kibanafiles.FS.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("kibana: %w", err)
		}
		var body map[string]any
		if err := json.Unmarshal(raw, &body); err != nil {
			return nil, fmt.Errorf("kibana: deploy/kibana/%s: %w", n, err)
		}
		id, _ := body["id"].(string)
		if want := strings.TrimSuffix(path.Base(n), ".json"); id != want {
			return nil, fmt.Errorf("kibana: deploy/kibana/%s: id %q must match the file name %q", n, id, want)
		}
		out = append(out, KibanaRule{ID: id, File: n, Body: body})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// createFields and updateFields are what the alerting API accepts on
// create (POST /api/alerting/rule/{id}) and update (PUT, same path).
var (
	createFields = []string{"name", "rule_type_id", "consumer", "tags", "schedule", "params", "actions", "notify_when", "throttle", "enabled"}
	updateFields = []string{"name", "tags", "schedule", "params", "actions", "notify_when", "throttle"}
)

func pick(m map[string]any, keys []string) map[string]any {
	out := map[string]any{}
	for _, k := range keys {
		if v, ok := m[k]; ok {
			out[k] = v
		}
	}
	return out
}

func putRule(ctx context.Context, cfg KibanaConfig, base string, r KibanaRule) (string, error) {
	u := base + "/api/alerting/rule/" + url.PathEscape(r.ID)
	raw, _ := json.Marshal(pick(r.Body, createFields))
	err := kibanaCall(ctx, cfg, "POST", u, "application/json", raw, nil)
	if err == nil {
		return "rule " + r.ID + ": created", nil
	}
	var ke *kibanaError
	if !errors.As(err, &ke) || ke.Status != http.StatusConflict {
		return "", fmt.Errorf("kibana: create rule %s: %w", r.ID, err)
	}
	raw, _ = json.Marshal(pick(r.Body, updateFields))
	if err := kibanaCall(ctx, cfg, "PUT", u, "application/json", raw, nil); err != nil {
		return "", fmt.Errorf("kibana: update rule %s: %w", r.ID, err)
	}
	return "rule " + r.ID + ": updated", nil
}

type kibanaError struct {
	Status int
	Msg    string
}

func (e *kibanaError) Error() string { return fmt.Sprintf("%d: %s", e.Status, e.Msg) }

func kibanaCall(ctx context.Context, cfg KibanaConfig, method, u, ctype string, body []byte, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", ctype)
	req.Header.Set("kbn-xsrf", "khabar")
	switch {
	case cfg.APIKey != "":
		req.Header.Set("Authorization", "ApiKey "+cfg.APIKey)
	case cfg.Username != "":
		req.SetBasicAuth(cfg.Username, cfg.Password)
	}
	res, err := cfg.HTTP.Do(req)
	if err != nil {
		// url.Error carries the URL, which never holds credentials here.
		return err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(io.LimitReader(res.Body, 8<<20))
	if err != nil {
		return err
	}
	if res.StatusCode/100 != 2 {
		msg := strings.TrimSpace(string(data))
		var kb struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(data, &kb) == nil && kb.Message != "" {
			msg = kb.Message
		}
		return &kibanaError{Status: res.StatusCode, Msg: msg}
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			return fmt.Errorf("decode answer: %w", err)
		}
	}
	return nil
}
