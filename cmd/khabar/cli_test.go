package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/connectors/bleve"

	"github.com/khabar/khabar/connectors/httpapi"
	"github.com/khabar/khabar/pipeline"
)

func noEnv(string) (string, bool) { return "", false }

func TestInvalidConfigExitsBeforeStarting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.yaml")
	os.WriteFile(path, []byte("data_dir: x\nfeeds:\n  - url: https://a.example/f\n    categry: tech\n"), 0o644)
	var out, errb bytes.Buffer
	code := execute(context.Background(), []string{"run", "--config", path}, &out, &errb, noEnv)
	if code != 2 {
		t.Fatalf("exit %d, want 2; stderr %s", code, errb.String())
	}
	if msg := errb.String(); !strings.Contains(msg, path+":4") || !strings.Contains(msg, "categry") {
		t.Errorf("error does not name file:line and field: %s", msg)
	}
	if strings.Contains(out.String(), "running") {
		t.Error("khabar started despite the invalid file")
	}
}

func TestMissingExplicitConfig(t *testing.T) {
	var out, errb bytes.Buffer
	if code := execute(context.Background(), []string{"run", "--config", "/nonexistent/k.yaml"}, &out, &errb, noEnv); code != 2 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errb.String(), "/nonexistent/k.yaml") {
		t.Errorf("stderr: %s", errb.String())
	}
}

func TestVersionAndHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := execute(context.Background(), []string{"version"}, &out, &errb, noEnv); code != 0 || !strings.HasPrefix(out.String(), "khabar ") {
		t.Errorf("version: %d %q", code, out.String())
	}
	out.Reset()
	if code := execute(context.Background(), []string{"help"}, &out, &errb, noEnv); code != 0 {
		t.Errorf("help: %d", code)
	}
	for _, c := range []string{"run", "search", "analyze", "setup"} {
		if !strings.Contains(out.String(), c) {
			t.Errorf("help lacks %s:\n%s", c, out.String())
		}
	}
	if code := execute(context.Background(), []string{"nosuchcommand"}, &out, &errb, noEnv); code == 0 {
		t.Error("unknown command exited 0")
	}
}

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = execute(context.Background(), args, &out, &errb, noEnv)
	return code, out.String(), errb.String()
}

// Usage errors exit 2, as documented, before anything starts.
func TestUsageErrorsExit2(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "k.yaml")
	os.WriteFile(cfg, []byte("data_dir: "+filepath.Join(filepath.Dir(cfg), "data")+"\n"), 0o644)
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"nosuchcommand"}, "unknown command"},
		{[]string{"search", "--nosuchflag"}, "unknown flag"},
		{[]string{"version", "extra"}, "unknown command"},
		{[]string{"run", "--config", cfg, "--bus", "kafak"}, "bus.kind"},
		{[]string{"run", "--config", cfg, "--bus.kind", "kafak"}, "bus.kind"},
		{[]string{"run", "--config", cfg, "--http.listen", "127.0.0.1:99999"}, "http.listen"},
		{[]string{"run", "--config", cfg, "--log.format", "yaml"}, "log.format"},
		{[]string{"search", "--config", cfg, `"unclosed`}, "not closed"},
		{[]string{"feeds", "add"}, "accepts 1 arg"},
		{[]string{"search", "--config", cfg, "-मस्क"}, "put -- before the query"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := run(t, tc.args...)
			if code != 2 || !strings.Contains(errs, tc.says) {
				t.Errorf("exit %d, stderr %q: want 2 saying %q", code, errs, tc.says)
			}
			if strings.Contains(out, "running") {
				t.Error("khabar started")
			}
		})
	}
}

// Config errors name the file, the line and the dotted path of the
// setting, for every kind of error.
func TestConfigErrorsNameFileLineAndPath(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "samples"), 0o755)
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"unknown field", "data_dir: x\nfeeds:\n  - url: https://a.example/f\n    categry: tech\n", ":4: feeds[0].categry: unknown setting"},
		{"wrong type", "data_dir: x\nsink:\n  batch_size: lots\n", ":3: sink.batch_size: lots is not a whole number"},
		{"bad value", "data_dir: x\nbus:\n  kind: rabbit\n", ":3: bus.kind:"},
		{"missing sample", "data_dir: x\nsamples: samples\nfeeds:\n  - url: sample:missing.xml\n", ":4: feeds[0].url: sample:missing.xml: no such file: " + filepath.Join(dir, "samples", "missing.xml")},
		{"missing watchlist", "data_dir: x\nwatchlist: mine/wl.yaml\n", ":2: watchlist: no such file: " + filepath.Join(dir, "mine", "wl.yaml")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "k.yaml")
			os.WriteFile(path, []byte(tc.yaml), 0o644)
			code, _, errs := run(t, "run", "--config", path)
			if code != 2 || !strings.Contains(errs, path+tc.want) {
				t.Errorf("exit %d: %s\nwant %s%s", code, errs, path, tc.want)
			}
		})
	}
}

// With no configuration and no deploy/ folder (outside the clone), analyze
// uses the built-in watchlist.
func TestAnalyzeAnywhere(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile("s.jsonl", []byte(`{"id":"a1","title":"एलन मस्क ने नई कंपनी बनाई","body":"मस्क ने कहा कि काम जल्द शुरू होगा।","published":"2025-06-01T00:00:00Z"}`+"\n"), 0o644)
	code, out, errs := run(t, "analyze", "s.jsonl")
	if code != 0 || !strings.Contains(out, `"elon-musk"`) {
		t.Errorf("exit %d, out %s, stderr %s", code, out, errs)
	}
	// An explicit watchlist that is missing is an error naming its path.
	code, _, errs = run(t, "analyze", "--watchlist", "nope.yaml", "s.jsonl")
	if code != 2 || !strings.Contains(errs, filepath.Join(dir, "nope.yaml")) {
		t.Errorf("missing --watchlist: exit %d: %s", code, errs)
	}
}

func TestVersionFromBuildInfo(t *testing.T) {
	info := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "github.com/khabar/khabar", Version: "v1.4.0"},
		Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-01-02T03:04:05Z"}, {Key: "vcs.modified", Value: "true"}}}
	if got, want := versionString(info, true), "khabar v1.4.0 (rev 0123456789ab, 2026-01-02T03:04:05Z, modified, go1.26.8)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := versionString(nil, false); got != "khabar (devel)" {
		t.Errorf("without build info: %q", got)
	}
	_, out, _ := run(t, "version")
	if strings.Contains(out, "khabar dev\n") || !strings.HasPrefix(out, "khabar ") {
		t.Errorf("version: %q", out)
	}
}

func TestTablePadsByDisplayWidth(t *testing.T) {
	for s, w := range map[string]int{"abc": 3, "मस्क": 3, "ट्रंप": 3, "ऑल्टमैन": 5, "क़": 1, "ट्र\u200dम्प": 4, "日本": 4} {
		if got := displayWidth(s); got != w {
			t.Errorf("displayWidth(%q) = %d, want %d", s, got, w)
		}
	}
	tb := &table{head: []string{"TITLE", "ID"}}
	tb.row("मस्क ने कहा", "a1")
	tb.row("ट्रंप की नीतियों की आलोचना", "b2")
	tb.row("plain", "c3")
	var b bytes.Buffer
	tb.write(&b)
	col := -1
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		i := strings.LastIndex(line, "  ")
		c := displayWidth(line[:i+2])
		if col >= 0 && c != col {
			t.Errorf("ID column at %d, want %d:\n%s", c, col, b.String())
		}
		col = c
	}
	if got := truncateWidth("ट्रंप की नीतियों", 6); displayWidth(got) > 6 || !strings.HasSuffix(got, "…") {
		t.Errorf("truncateWidth: %q (%d)", got, displayWidth(got))
	}
}

func TestSearchCLIArgsAndPaging(t *testing.T) {
	if got := joinQueryArgs([]string{"मस्क", "ट्रंप", "व्हाइट हाउस", "-टेस्ला", "OR", "-नई दिल्ली"}); got != `मस्क ट्रंप "व्हाइट हाउस" -टेस्ला OR -"नई दिल्ली"` {
		t.Errorf("joinQueryArgs: %s", got)
	}
	var b bytes.Buffer
	hits := make([]pipeline.Hit, 20)
	for i := range hits {
		hits[i] = pipeline.Hit{ID: fmt.Sprint(i), Title: "मस्क"}
	}
	printHits(&b, httpapi.SearchAnswer{Total: 27, Offset: 0, Size: 20, Hits: hits})
	if out := b.String(); !strings.HasPrefix(out, "showing 1–20 of 27 stories\n") || !strings.HasSuffix(out, "more: --offset 20\n") {
		t.Errorf("first page:\n%s", out)
	}
	b.Reset()
	printHits(&b, httpapi.SearchAnswer{Total: 27, Offset: 20, Size: 20, Hits: hits[:7]})
	if out := b.String(); !strings.HasPrefix(out, "showing 21–27 of 27 stories\n") || strings.Contains(out, "more:") {
		t.Errorf("last page:\n%s", out)
	}
}

func TestFeedsRemove(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "k.yaml")
	os.WriteFile(cfg, []byte("data_dir: "+filepath.Join(dir, "data")+"\nfeeds:\n  - {url: \"https://a.example/f.xml\", name: config-feed}\n"), 0o644)
	if code, _, errs := run(t, "--config", cfg, "feeds", "add", "file:///tmp/one.xml", "--name", "one"); code != 0 {
		t.Fatalf("add: %d %s", code, errs)
	}
	if code, out, errs := run(t, "--config", cfg, "feeds", "remove", "one"); code != 0 || !strings.Contains(out, "removed file:///tmp/one.xml") {
		t.Fatalf("remove: %d %s %s", code, out, errs)
	}
	code, out, _ := run(t, "--config", cfg, "feeds", "--json")
	if code != 0 || strings.Contains(out, "one.xml") || !strings.Contains(out, `"total": 1`) {
		t.Errorf("after remove: %d %s", code, out)
	}
	if code, _, errs := run(t, "--config", cfg, "feeds", "remove", "config-feed"); code != 2 || !strings.Contains(errs, "feeds[0] of the configuration file") {
		t.Errorf("removing a configured feed: %d %s", code, errs)
	}
	if code, _, errs := run(t, "--config", cfg, "feeds", "remove", "nothing"); code != 2 || !strings.Contains(errs, "no feed") {
		t.Errorf("removing an unknown feed: %d %s", code, errs)
	}
}

// TestSearchCLITopicAndLanguage: `khabar search --topic/--category` and
// `--language` filter on the story's own topic and language.
func TestSearchCLITopicAndLanguage(t *testing.T) {
	dir := t.TempDir()
	ix, err := bleve.Open(filepath.Join(dir, "data", "index"))
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 11, 4, 9, 0, 0, 0, time.UTC)
	recs := []pipeline.Record{
		{Story: pipeline.Story{ID: "mr1", Title: "मुंबईत क्रिकेट सामना", Category: "sports", Language: "mr", Published: at}, Analysis: pipeline.Analysis{ID: "mr1", Topic: "sports", Language: "mr"}},
		{Story: pipeline.Story{ID: "hi1", Title: "मुंबई में क्रिकेट मैच", Category: "sports", Language: "hi", Published: at}, Analysis: pipeline.Analysis{ID: "hi1", Topic: "sports", Language: "hi"}},
		{Story: pipeline.Story{ID: "hi2", Title: "मुंबई में चुनाव प्रचार", Category: "politics", Language: "hi", Published: at}, Analysis: pipeline.Analysis{ID: "hi2", Topic: "politics", Language: "hi"}},
	}
	if err := ix.WriteRecords(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(cfg, []byte("data_dir: data\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--topic", "sports"}, []string{"hi1", "mr1"}},
		{[]string{"--category", "politics"}, []string{"hi2"}},
		{[]string{"--topic", "sports", "--language", "mr"}, []string{"mr1"}},
		{[]string{"--language", "hi"}, []string{"hi1", "hi2"}},
	} {
		code, stdout, stderr := run(t, append([]string{"search", "--config", cfg, "--json", "--sort", "newest"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
		}
		var ans httpapi.SearchAnswer
		if err := json.Unmarshal([]byte(stdout), &ans); err != nil {
			t.Fatalf("%v: %v in %s", tc.args, err, stdout)
		}
		var got []string
		for _, h := range ans.Hits {
			got = append(got, h.ID)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("search %v: %v, want %v", tc.args, got, tc.want)
		}
	}
}
