package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sink.elasticsearch.versions_retention: 720h by default; a file, the
// environment or a flag sets it; 0 keeps every version; a negative value
// or one under the 7-day horizon is refused with an error naming the key
// (and, from a file, the line).
func TestElasticVersionsRetention(t *testing.T) {
	if got := Default().Sink.Elasticsearch.VersionsRetention; got != 30*24*time.Hour {
		t.Fatalf("default versions_retention %s, want 720h", got)
	}
	load := func(t *testing.T, body string) (Config, error) {
		t.Helper()
		path := filepath.Join(t.TempDir(), "k.yaml")
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return Load(path, true)
	}
	for _, tt := range []struct {
		yaml string
		want time.Duration
	}{
		{"sink:\n  elasticsearch:\n    versions_retention: 2160h\n", 90 * 24 * time.Hour},
		{"sink:\n  elasticsearch:\n    versions_retention: 168h\n", 7 * 24 * time.Hour},
		{"sink:\n  elasticsearch:\n    versions_retention: 0s\n", 0},
		{"sink:\n  kind: elasticsearch\n", 30 * 24 * time.Hour},
	} {
		t.Run("file "+strings.ReplaceAll(tt.yaml, "\n", " "), func(t *testing.T) {
			cfg, err := load(t, tt.yaml)
			if err != nil {
				t.Fatal(err)
			}
			if got := cfg.Sink.Elasticsearch.VersionsRetention; got != tt.want {
				t.Fatalf("versions_retention %s, want %s", got, tt.want)
			}
		})
	}
	t.Run("env", func(t *testing.T) {
		cfg := Default()
		env := func(k string) (string, bool) { return "0s", k == "KHABAR_SINK_ELASTICSEARCH_VERSIONS_RETENTION" }
		if err := ApplyEnv(&cfg, env); err != nil {
			t.Fatal(err)
		}
		if cfg.Sink.Elasticsearch.VersionsRetention != 0 {
			t.Fatalf("versions_retention %s, want 0", cfg.Sink.Elasticsearch.VersionsRetention)
		}
		if err := cfg.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("env under the horizon", func(t *testing.T) {
		cfg := Default()
		env := func(k string) (string, bool) { return "24h", k == "KHABAR_SINK_ELASTICSEARCH_VERSIONS_RETENTION" }
		if err := ApplyEnv(&cfg, env); err != nil {
			t.Fatal(err)
		}
		var ce *Error
		if err := cfg.Validate(); !errors.As(err, &ce) || ce.Field != "sink.elasticsearch.versions_retention" {
			t.Fatalf("err %v, want one naming sink.elasticsearch.versions_retention", err)
		}
	})
	for _, tt := range []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"negative", "data_dir: x\nsink:\n  elasticsearch:\n    versions_retention: -24h\n", 4, "-24h0m0s must not be negative (0 keeps every event version for ever)"},
		{"under the horizon", "sink:\n  elasticsearch:\n    urls: [\"http://127.0.0.1:9200\"]\n    versions_retention: 167h\n", 4, "167h0m0s is under 168h0m0s, the 7-day redelivery horizon: want 0 (keep for ever) or at least 168h0m0s"},
		{"a second", "sink:\n  elasticsearch:\n    versions_retention: 1s\n", 3, "1s is under 168h0m0s"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.yaml)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err %v (%T), want a *config.Error", err, err)
			}
			if ce.Field != "sink.elasticsearch.versions_retention" || ce.Line != tt.line || !strings.Contains(ce.Msg, tt.msg) {
				t.Fatalf("err %q (field %q, line %d), want sink.elasticsearch.versions_retention at line %d: %q", err, ce.Field, ce.Line, tt.line, tt.msg)
			}
		})
	}
}
