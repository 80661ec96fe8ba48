package alert

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// entityTypes is a tiny watchlist for tests.
type entityTypes map[string]string

func (t entityTypes) Type(id string) string { return t[id] }

var testTypes = entityTypes{
	"elon-musk": "person", "sam-altman": "person", "donald-trump": "person",
	"narendra-modi": "person", "openai": "org", "microsoft": "org", "stargate": "deal",
}

func TestRulesErrors(t *testing.T) {
	tests := []struct {
		file string
		line int
		want string
	}{
		{"unknown-field.yaml", 6, `unknown field "quite"`},
		{"bad-duration.yaml", 12, `bad duration "one hour"`},
		{"unknown-entity.yaml", 5, `unknown entity id "elon-musc"`},
		{"impossible-pair-types.yaml", 6, `"openai" is a org but pair_types allows only person`},
		{"impossible-supportive-feud.yaml", 6, "can never match"},
		{"deals-on-event.yaml", 6, "deals match analyses"},
		{"not-a-deal.yaml", 6, `"openai" is a org, not a deal`},
		{"story-count.yaml", 6, "one story is never counted more than once"},
		{"duplicate.yaml", 5, "duplicate of the rule at line 3"},
		{"bad-on.yaml", 4, `on "story": want event, analysis or feed`},
		{"feed-on-typo.yaml", 7, `on "feeds": want event, analysis or feed`},
		{"feed-kinds.yaml", 6, "kinds cannot apply to a feed"},
		{"feed-count.yaml", 6, "count cannot apply to a feed"},
		{"feed-key-pair.yaml", 6, `key "pair": a feed rule groups by one of feed, rule`},
		{"feed-entities.yaml", 6, "entities cannot apply to a feed"},
		{"bad-yaml.yaml", 3, "did not find expected"}, // yaml.v3 names the line of the enclosing mapping,
		{"wrong-type.yaml", 5, "cannot unmarshal"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "bad", tt.file)
			_, err := LoadRules(path, testTypes)
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *RuleError", err)
			}
			if re.File != path || re.Line != tt.line || !strings.Contains(re.Msg, tt.want) {
				t.Fatalf("got %s:%d %q\nwant %s:%d …%s…", re.File, re.Line, re.Msg, path, tt.line, tt.want)
			}
			if !strings.HasPrefix(err.Error(), path+":") {
				t.Fatalf("message %q does not start with file:line", err)
			}
		})
	}
}

func TestRulesDefaults(t *testing.T) {
	rules, err := ParseRules("inline.yaml", []byte(`
rules:
  - {name: ev, on: event}
  - {name: story, on: analysis}
  - {name: burst, on: analysis, polarity: hostile, count: {at_least: 2, within: 7d}}
  - {name: feed, on: feed}
`), testTypes)
	if err != nil {
		t.Fatal(err)
	}
	got := []string{rules[0].Key, rules[1].Key, rules[2].Key, rules[2].Count.Distinct, rules[0].Notify[0], rules[3].Key}
	want := []string{KeyPair, KeyStory, KeyEntity, DistinctSource, "log", KeyFeed}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("default %d = %q, want %q", i, got[i], want[i])
		}
	}
	if d := rules[2].Count.Within; d != Duration(7*24*60*60*1e9) {
		t.Errorf("7d parsed as %v", d)
	}
}

func TestRulesFileProblems(t *testing.T) {
	if _, err := LoadRules(filepath.Join(t.TempDir(), "missing.yaml"), testTypes); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Fatalf("missing file: %v", err)
	}
	for name, data := range map[string]string{
		"empty":    "",
		"no rules": "version: 1\nrules: []\n",
		"invalid":  "rules:\n  - name: \xff\n",
		"version":  "version: 2\nrules:\n  - {name: a, on: event}\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseRules("x.yaml", []byte(data), testTypes); err == nil || !strings.HasPrefix(err.Error(), "x.yaml") {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

func FuzzParseRules(f *testing.F) {
	entries, _ := os.ReadDir(filepath.Join("testdata", "bad"))
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join("testdata", "bad", e.Name()))
		f.Add(data)
	}
	shipped, _ := os.ReadFile("../../deploy/alerts.yaml")
	f.Add(shipped)
	f.Fuzz(func(t *testing.T, data []byte) {
		rules, err := ParseRules("fuzz.yaml", data, testTypes)
		if err == nil && len(rules) == 0 {
			t.Fatal("no error and no rules")
		}
		var re *RuleError
		if err != nil && !errors.As(err, &re) {
			t.Fatalf("error %v is not a *RuleError", err)
		}
	})
}
