package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func TestShippedConfigLoads(t *testing.T) {
	cfg, err := Load("../../deploy/khabar.yaml", true)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Feeds) < 4 || cfg.Bus.Kind != "embedded" || cfg.Sink.Kind != "embedded" {
		t.Errorf("unexpected shipped config: %+v", cfg)
	}
	if !filepath.IsAbs(cfg.Watchlist) && !strings.HasPrefix(cfg.Watchlist, "../../deploy") {
		t.Errorf("watchlist path not relative to the file: %s", cfg.Watchlist)
	}
}

func TestInvalidFileNamesFileLineField(t *testing.T) {
	tests := []struct {
		name, yaml string
		line       int
		field, msg string
	}{
		{"unknown field", "data_dir: x\nhttp:\n  listen: a\n  lisen: b\n", 4, "http.lisen", `unknown setting "lisen"`},
		{"unknown feed field", "data_dir: x\nfeeds:\n  - url: https://a.example/f\n    categry: tech\n", 4, "feeds[0].categry", `unknown setting "categry"`},
		{"wrong type", "data_dir: x\nsink:\n  batch_size: many\n", 3, "sink.batch_size", "many is not a whole number"},
		{"wrong type in a list", "feeds:\n  - url: https://a.example/f\n    interval: often\n", 3, "feeds[0].interval", "often"},
		{"yaml syntax at its line", "data_dir: x\nhttp:\n  listen: a\n\tlog: b\n", 4, "", "tab"},
		{"bad listen port", "data_dir: x\nhttp:\n  listen: 127.0.0.1:99999\n", 3, "http.listen", "0 to 65535"},
		{"listen without port", "data_dir: x\nhttp:\n  listen: localhost\n", 3, "http.listen", "host:port"},
		{"bad enum", "data_dir: x\nbus:\n  kind: rabbit\n", 3, "bus.kind", "rabbit"},
		{"bad feed url", "feeds:\n  - url: https://a.example/f\n  - url: ftp://b.example/f\n", 3, "feeds[1].url", "ftp"},
		{"duplicate feed", "feeds:\n  - url: https://a.example/f\n  - url: https://a.example/f\n", 3, "feeds[1].url", "duplicate"},
		{"bad duration", "poll:\n  min_interval: soon\n", 2, "", "soon"},
		{"bad stance language", "data_dir: x\nwork:\n  workers: 2\n  languages:\n    - hi\n    - hindi\n", 6, "work.languages[1]", `"hindi" is not one of hi, mr, ne, en, hi-Latn, other`},
		{"bad feed topic", "feeds:\n  - url: https://a.example/f\n    category: tech\n  - url: https://b.example/f\n    topic: cricket\n", 5, "feeds[1].topic", `"cricket" is not one of politics, tech, business, sports, entertainment, other`},
		{"bad feed category", "feeds:\n  - url: https://a.example/f\n    category: news\n", 3, "feeds[0].category", `"news" is not one of politics`},
		{"broken yaml", "feeds: [\n", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "k.yaml")
			os.WriteFile(path, []byte(tt.yaml), 0o644)
			_, err := Load(path, true)
			if err == nil {
				t.Fatal("no error")
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("not a *config.Error: %T %v", err, err)
			}
			if ce.File != path {
				t.Errorf("file = %q", ce.File)
			}
			if tt.line > 0 && ce.Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", ce.Line, tt.line, err)
			}
			if tt.field != "" && ce.Field != tt.field {
				t.Errorf("field = %q, want %q (%v)", ce.Field, tt.field, err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("message %q lacks %q", err, tt.msg)
			}
		})
	}
}

// work.languages defaults to Hindi alone; a file replaces the list, and
// a feed may declare any topic as its category or as its single topic.
func TestWorkLanguagesAndFeedTopic(t *testing.T) {
	if got := Default().Work.Languages; strings.Join(got, ",") != "hi" {
		t.Errorf("default work.languages = %v, want [hi]", got)
	}
	path := filepath.Join(t.TempDir(), "k.yaml")
	os.WriteFile(path, []byte("work:\n  languages: [hi, hi-Latn]\nfeeds:\n  - {url: https://a.example/f, category: sports, topic: sports}\n"), 0o644)
	cfg, err := Load(path, true)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(cfg.Work.Languages, ","); got != "hi,hi-Latn" {
		t.Errorf("work.languages = %q, want hi,hi-Latn", got)
	}
	if f := cfg.Feeds[0]; f.Category != "sports" || f.Topic != "sports" {
		t.Errorf("feed = %+v", f)
	}
	// The environment sets the list as any other; Validate checks it.
	if err := ApplyEnv(&cfg, func(k string) (string, bool) { return "hi,xx", k == "KHABAR_WORK_LANGUAGES" }); err != nil {
		t.Fatal(err)
	}
	err = cfg.Validate()
	var ce *Error
	if !errors.As(err, &ce) || ce.Field != "work.languages[1]" || !strings.Contains(ce.Msg, `"xx"`) {
		t.Errorf("KHABAR_WORK_LANGUAGES=hi,xx: %v", err)
	}
}

// Files the configuration names are checked before anything starts, with
// the resolved path, the file, the line and the setting.
func TestCheckFiles(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "samples"), 0o755)
	os.WriteFile(filepath.Join(dir, "samples", "tech.xml"), []byte("<rss/>"), 0o644)
	os.WriteFile(filepath.Join(dir, "wl.yaml"), []byte("x"), 0o644)
	for _, tc := range []struct {
		name, yaml string
		line       int
		field, msg string
	}{
		{"ok", "samples: samples\nwatchlist: wl.yaml\nfeeds:\n  - url: sample:tech.xml\n", 0, "", ""},
		{"defaults are built in", "feeds:\n  - url: https://a.example/f\n", 0, "", ""},
		{"missing watchlist", "data_dir: x\nwatchlist: lists/mine.yaml\n", 2, "watchlist", filepath.Join(dir, "lists/mine.yaml")},
		{"missing alerts", "alerts: nope.yaml\n", 1, "alerts", filepath.Join(dir, "nope.yaml")},
		{"missing sample", "samples: samples\nfeeds:\n  - url: sample:tech.xml\n  - url: sample:missing.xml\n", 4, "feeds[1].url", filepath.Join(dir, "samples", "missing.xml")},
		{"samples not a folder", "samples: wl.yaml\nfeeds:\n  - url: sample:tech.xml\n", 1, "samples", "not a folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "k.yaml")
			os.WriteFile(path, []byte(tc.yaml), 0o644)
			cfg, err := Load(path, true)
			if err != nil {
				t.Fatal(err)
			}
			err = cfg.CheckFiles()
			if tc.msg == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.File != path || ce.Line != tc.line || ce.Field != tc.field || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("got %v, want %s:%d: %s: …%s…", err, path, tc.line, tc.field, tc.msg)
			}
		})
	}
}

func TestEnumsCheckedFromEveryOrigin(t *testing.T) {
	for _, origin := range []string{"file", "env", "flag"} {
		t.Run(origin, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "k.yaml")
			body := "data_dir: x\n"
			if origin == "file" {
				body += "bus:\n  kind: kafak\n"
			}
			os.WriteFile(path, []byte(body), 0o644)
			cfg, err := Load(path, true)
			if err == nil {
				env := func(k string) (string, bool) { return "kafak", origin == "env" && k == "KHABAR_BUS_KIND" }
				if err = ApplyEnv(&cfg, env); err == nil {
					fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
					RegisterFlags(fs)
					if origin == "flag" {
						_ = fs.Parse([]string{"--bus.kind", "kafak"})
					}
					if err = ApplyFlags(&cfg, fs); err == nil {
						err = cfg.Validate()
					}
				}
			}
			if err == nil || !strings.Contains(err.Error(), "bus.kind") || !strings.Contains(err.Error(), "kafak") {
				t.Errorf("bus.kind kafak from the %s: %v", origin, err)
			}
		})
	}
}

func TestEnvAndFlagsOverrideFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.yaml")
	os.WriteFile(path, []byte("http:\n  listen: 127.0.0.1:1\nsink:\n  batch_size: 7\n"), 0o644)
	cfg, err := Load(path, true)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"KHABAR_HTTP_LISTEN": "127.0.0.1:2", "KHABAR_SINK_FLUSH_INTERVAL": "3s", "KHABAR_BUS_KAFKA_BROKERS": "a:1, b:2"}
	if err := ApplyEnv(&cfg, func(k string) (string, bool) { v, ok := env[k]; return v, ok }); err != nil {
		t.Fatal(err)
	}
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	RegisterFlags(fs)
	if err := fs.Parse([]string{"--sink.batch_size", "9", "--http.listen", "127.0.0.1:3"}); err != nil {
		t.Fatal(err)
	}
	if err := ApplyFlags(&cfg, fs); err != nil {
		t.Fatal(err)
	}
	if cfg.HTTP.Listen != "127.0.0.1:3" || cfg.Sink.BatchSize != 9 || cfg.Sink.FlushInterval != 3*time.Second {
		t.Errorf("precedence wrong: %+v %+v", cfg.HTTP, cfg.Sink)
	}
	if strings.Join(cfg.Bus.Kafka.Brokers, ",") != "a:1,b:2" {
		t.Errorf("brokers = %v", cfg.Bus.Kafka.Brokers)
	}
	bad := func(k string) (string, bool) { return "x", k == "KHABAR_SINK_BATCH_SIZE" }
	if err := ApplyEnv(&cfg, bad); err == nil || !strings.Contains(err.Error(), "KHABAR_SINK_BATCH_SIZE") {
		t.Errorf("bad env value: %v", err)
	}
}

func TestSinkInFlight(t *testing.T) {
	cfg := Default()
	if cfg.Sink.InFlightBatches() != 1 {
		t.Errorf("embedded default in flight = %d", cfg.Sink.InFlightBatches())
	}
	cfg.Sink.Kind = "elasticsearch"
	if cfg.Sink.InFlightBatches() != 2 {
		t.Errorf("elasticsearch default in flight = %d", cfg.Sink.InFlightBatches())
	}
	cfg.Sink.InFlight = 3
	if cfg.Sink.InFlightBatches() != 3 {
		t.Errorf("explicit in flight = %d", cfg.Sink.InFlightBatches())
	}
	if err := cfg.Validate(); err != nil {
		t.Errorf("valid config: %v", err)
	}
	cfg.Sink.InFlight = 9
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "sink.in_flight") {
		t.Errorf("in_flight 9: %v", err)
	}
	cfg.Sink.InFlight = 2
	cfg.Bus.Kind = "kafka"
	cfg.Bus.Kafka.MaxInFlight = 1000
	if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), "bus.kafka.max_in_flight") {
		t.Errorf("max_in_flight below two batches: %v", err)
	}
	cfg.Bus.Kafka = DefaultKafka()
	if err := cfg.Validate(); err != nil {
		t.Errorf("defaults with kafka and elasticsearch: %v", err)
	}
}
