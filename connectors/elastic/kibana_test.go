package elastic

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	kibanafiles "github.com/khabar/khabar/deploy/kibana"
)

type savedObject struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Attributes map[string]any `json:"attributes"`
	References []struct {
		Name string `json:"name"`
		Type string `json:"type"`
		ID   string `json:"id"`
	} `json:"references"`
}

func loadSavedObjects(t *testing.T) []savedObject {
	t.Helper()
	raw, err := kibanafiles.FS.ReadFile("saved_objects.ndjson")
	if err != nil {
		t.Fatal(err)
	}
	var out []savedObject
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		var o savedObject
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("saved_objects.ndjson:%d: %v", line, err)
		}
		if o.Type == "" || o.ID == "" || o.Attributes["title"] == nil {
			t.Fatalf("saved_objects.ndjson:%d: type, id and title are required", line)
		}
		out = append(out, o)
	}
	return out
}

// mappedFields lists every field of every family's mapping, dotted, with
// the family's data-view pattern as key.
func mappedFields(t *testing.T) map[string][]string {
	t.Helper()
	tpls, err := Templates()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, f := range families {
		m := tpls[f].Body["template"].(map[string]any)["mappings"].(map[string]any)
		var fields []string
		var walk func(prefix string, props map[string]any)
		walk = func(prefix string, props map[string]any) {
			for name, v := range props {
				fields = append(fields, prefix+name)
				if sub, ok := v.(map[string]any)["properties"].(map[string]any); ok {
					walk(prefix+name+".", sub)
				}
			}
		}
		walk("", m["properties"].(map[string]any))
		out["khabar-"+f+"-*"] = fields
	}
	return out
}

var kqlField = regexp.MustCompile(`([A-Za-z_@][\w.@]*)\s*:`)

func TestKibanaObjectsAreConsistent(t *testing.T) {
	objs := loadSavedObjects(t)
	fields := mappedFields(t)
	byID := map[string]savedObject{}
	for _, o := range objs {
		if _, dup := byID[o.Type+"/"+o.ID]; dup {
			t.Errorf("duplicate %s %s", o.Type, o.ID)
		}
		byID[o.Type+"/"+o.ID] = o
	}
	dataViews := map[string]string{} // id -> pattern
	for _, o := range objs {
		if o.Type == "index-pattern" {
			pattern := o.Attributes["title"].(string)
			if _, ok := fields[pattern]; !ok {
				t.Errorf("data view %s: pattern %q is no index family", o.ID, pattern)
			}
			dataViews[o.ID] = pattern
		}
	}
	for _, fam := range families {
		if !slices.Contains(mapsValues(dataViews), "khabar-"+fam+"-*") {
			t.Errorf("no data view for %s", fam)
		}
	}
	check := func(o savedObject, pattern, field string) {
		t.Helper()
		if !slices.Contains(fields[pattern], field) {
			t.Errorf("%s %s uses field %q, not in the mapping of %s", o.Type, o.ID, field, pattern)
		}
	}
	for _, o := range objs {
		t.Run(o.Type+"/"+o.ID, func(t *testing.T) {
			refs := map[string]string{}
			for _, r := range o.References {
				if _, ok := byID[r.Type+"/"+r.ID]; !ok {
					t.Errorf("reference %s -> %s %s does not exist", r.Name, r.Type, r.ID)
				}
				refs[r.Name] = r.ID
			}
			pattern := ""
			if meta, ok := o.Attributes["kibanaSavedObjectMeta"].(map[string]any); ok {
				var src struct {
					Query        struct{ Query string } `json:"query"`
					IndexRefName string                 `json:"indexRefName"`
				}
				if err := json.Unmarshal([]byte(meta["searchSourceJSON"].(string)), &src); err != nil {
					t.Fatalf("searchSourceJSON: %v", err)
				}
				if src.IndexRefName != "" {
					id, ok := refs[src.IndexRefName]
					if !ok {
						t.Fatalf("indexRefName %q has no reference", src.IndexRefName)
					}
					pattern = dataViews[id]
				}
				for _, m := range kqlField.FindAllStringSubmatch(src.Query.Query, -1) {
					check(o, pattern, m[1])
				}
			}
			switch o.Type {
			case "index-pattern":
				check(o, o.Attributes["title"].(string), o.Attributes["timeFieldName"].(string))
				if fa, ok := o.Attributes["fieldAttrs"].(string); ok {
					var attrs map[string]any
					if err := json.Unmarshal([]byte(fa), &attrs); err != nil {
						t.Fatalf("fieldAttrs: %v", err)
					}
					for f := range attrs {
						check(o, o.Attributes["title"].(string), f)
					}
				}
			case "search":
				for _, c := range o.Attributes["columns"].([]any) {
					check(o, pattern, c.(string))
				}
			case "visualization":
				var vs struct {
					Aggs []struct {
						Params map[string]any `json:"params"`
					} `json:"aggs"`
				}
				if err := json.Unmarshal([]byte(o.Attributes["visState"].(string)), &vs); err != nil {
					t.Fatalf("visState: %v", err)
				}
				if len(vs.Aggs) == 0 {
					t.Error("no aggregations")
				}
				for _, a := range vs.Aggs {
					if f, ok := a.Params["field"].(string); ok {
						check(o, pattern, f)
					}
				}
			case "dashboard":
				var panels []struct {
					PanelRefName string `json:"panelRefName"`
					PanelIndex   string `json:"panelIndex"`
				}
				if err := json.Unmarshal([]byte(o.Attributes["panelsJSON"].(string)), &panels); err != nil {
					t.Fatalf("panelsJSON: %v", err)
				}
				if len(panels) < 5 {
					t.Errorf("%d panels, want the 5 of the issue", len(panels))
				}
				for _, p := range panels {
					if _, ok := refs[p.PanelIndex+":"+p.PanelRefName]; !ok {
						t.Errorf("panel %s has no reference %s:%s", p.PanelIndex, p.PanelIndex, p.PanelRefName)
					}
				}
			}
		})
	}
	for _, title := range []string{"feud stories", "stories mentioning stargate", "stance shifts", "Hindi tech and politics stories"} {
		found := false
		for _, o := range objs {
			found = found || (o.Type == "search" && o.Attributes["title"] == title)
		}
		if !found {
			t.Errorf("no saved search %q", title)
		}
	}
}

func mapsValues(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

func TestKibanaRulesUseMappedFields(t *testing.T) {
	rules, err := KibanaRules()
	if err != nil {
		t.Fatal(err)
	}
	fields := mappedFields(t)
	types := map[string]bool{}
	for _, r := range rules {
		t.Run(r.ID, func(t *testing.T) {
			types[r.Body["rule_type_id"].(string)] = true
			p := r.Body["params"].(map[string]any)
			for _, idx := range p["index"].([]any) {
				fs, ok := fields[idx.(string)]
				if !ok {
					t.Fatalf("index %q is no family", idx)
				}
				for _, k := range []string{"timeField", "termField", "aggField"} {
					if f, ok := p[k].(string); ok && !slices.Contains(fs, f) {
						t.Errorf("%s %q not in the mapping", k, f)
					}
				}
				if q, ok := p["esQuery"].(string); ok {
					var v any
					if err := json.Unmarshal([]byte(q), &v); err != nil {
						t.Fatalf("esQuery: %v", err)
					}
					for _, f := range queryFields(v) {
						if !slices.Contains(fs, f) {
							t.Errorf("esQuery field %q not in the mapping", f)
						}
					}
				}
			}
		})
	}
	if !types[".es-query"] || !types[".index-threshold"] {
		t.Errorf("rule types %v, want .es-query and .index-threshold", types)
	}
}

// queryFields finds the fields of term/terms/range/match clauses.
func queryFields(v any) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if k == "term" || k == "terms" || k == "range" || k == "match" {
				if m, ok := x.(map[string]any); ok {
					for f := range m {
						out = append(out, f)
					}
					continue
				}
			}
			out = append(out, queryFields(x)...)
		}
	case []any:
		for _, x := range t {
			out = append(out, queryFields(x)...)
		}
	}
	return out
}

// fakeKibana records what `khabar setup kibana` sends; Kibana itself is
// not available on this machine class.
type fakeKibana struct {
	mu       sync.Mutex
	imported []byte
	rules    map[string]map[string]any
	calls    []string
}

func (k *fakeKibana) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.calls = append(k.calls, r.Method+" "+r.URL.Path)
	if r.Header.Get("kbn-xsrf") == "" {
		http.Error(w, `{"message":"missing kbn-xsrf"}`, 400)
		return
	}
	switch {
	case r.URL.Path == "/api/saved_objects/_import" && r.Method == "POST":
		if r.URL.Query().Get("overwrite") != "true" {
			http.Error(w, `{"message":"no overwrite"}`, 400)
			return
		}
		f, _, err := r.FormFile("file")
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		k.imported, _ = io.ReadAll(f)
		n := bytes.Count(bytes.TrimSpace(k.imported), []byte("\n")) + 1
		_ = json.NewEncoder(w).Encode(map[string]any{"success": true, "successCount": n})
	case strings.HasPrefix(r.URL.Path, "/api/alerting/rule/"):
		id := strings.TrimPrefix(r.URL.Path, "/api/alerting/rule/")
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		if _, bad := body["id"]; bad {
			http.Error(w, `{"message":"[request body.id]: definition for this key is missing"}`, 400)
			return
		}
		if k.rules == nil {
			k.rules = map[string]map[string]any{}
		}
		_, exists := k.rules[id]
		switch r.Method {
		case "POST":
			if exists {
				http.Error(w, `{"message":"rule exists"}`, http.StatusConflict)
				return
			}
			k.rules[id] = body
		case "PUT":
			if !exists {
				http.Error(w, `{"message":"not found"}`, 404)
				return
			}
			if _, bad := body["rule_type_id"]; bad {
				http.Error(w, `{"message":"[request body.rule_type_id]: definition for this key is missing"}`, 400)
				return
			}
			k.rules[id] = body
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"id": id})
	default:
		http.NotFound(w, r)
	}
}

func TestSetupKibanaIsIdempotent(t *testing.T) {
	fk := &fakeKibana{}
	srv := httptest.NewServer(fk)
	defer srv.Close()
	ctx := context.Background()
	cfg := KibanaConfig{URL: srv.URL}
	first, err := SetupKibana(ctx, cfg)
	if err != nil {
		t.Fatalf("first: %v", err)
	}
	second, err := SetupKibana(ctx, cfg)
	if err != nil {
		t.Fatalf("second: %v", err)
	}
	want, _ := kibanafiles.FS.ReadFile("saved_objects.ndjson")
	if !bytes.Equal(fk.imported, want) {
		t.Error("imported file differs from deploy/kibana/saved_objects.ndjson")
	}
	if first.Imported != len(loadSavedObjects(t)) {
		t.Errorf("imported %d objects, want %d", first.Imported, len(loadSavedObjects(t)))
	}
	rules, _ := KibanaRules()
	if len(fk.rules) != len(rules) {
		t.Errorf("%d rules stored, want %d", len(fk.rules), len(rules))
	}
	countSuffix := func(actions []string, suffix string) int {
		n := 0
		for _, a := range actions {
			if strings.HasSuffix(a, suffix) {
				n++
			}
		}
		return n
	}
	if countSuffix(first.Actions, ": created") != len(rules) || countSuffix(second.Actions, ": updated") != len(rules) {
		t.Errorf("first %q, second %q", first.Actions, second.Actions)
	}
}
