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
		{"unknown field", "data_dir: x\nhttp:\n  listen: a\n  lisen: b\n", 4, "lisen", "not found"},
		{"wrong type", "data_dir: x\nsink:\n  batch_size: many\n", 3, "", "many"},
		{"bad enum", "data_dir: x\nbus:\n  kind: rabbit\n", 3, "bus.kind", "rabbit"},
		{"bad feed url", "feeds:\n  - url: https://a.example/f\n  - url: ftp://b.example/f\n", 3, "feeds[1].url", "ftp"},
		{"duplicate feed", "feeds:\n  - url: https://a.example/f\n  - url: https://a.example/f\n", 3, "feeds[1].url", "duplicate"},
		{"bad duration", "poll:\n  min_interval: soon\n", 2, "", "soon"},
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
