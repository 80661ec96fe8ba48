package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The retention and marker settings of issue 14 §2 are khabar settings
// like any other: `khabar config` shows the defaults and a flag's value,
// and a bad value stops `khabar run` with exit 2 naming the key.
func TestRetentionAndMarkerSettings(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "k.yaml")
	if err := os.WriteFile(cfg, []byte("data_dir: "+filepath.Join(filepath.Dir(cfg), "data")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	setting := func(out, name string) string {
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) == 3 && f[0] == name {
				return f[2]
			}
		}
		t.Fatalf("khabar config lists no %s:\n%s", name, out)
		return ""
	}
	code, out, errs := run(t, "config", "--config", cfg)
	if code != 0 {
		t.Fatalf("config: exit %d: %s", code, errs)
	}
	for name, want := range map[string]string{
		"sink.elasticsearch.versions_retention": "720h0m0s",
		"track.marker_age":                      "168h0m0s",
		"track.marker_cap":                      "20000",
	} {
		if got := setting(out, name); got != want {
			t.Errorf("default %s = %s, want %s", name, got, want)
		}
	}
	code, out, errs = run(t, "config", "--config", cfg, "--sink.elasticsearch.versions_retention", "0s", "--track.marker_age", "2h", "--track.marker_cap", "5000")
	if code != 0 {
		t.Fatalf("config with flags: exit %d: %s", code, errs)
	}
	for name, want := range map[string]string{
		"sink.elasticsearch.versions_retention": "0s",
		"track.marker_age":                      "2h0m0s",
		"track.marker_cap":                      "5000",
	} {
		if got := setting(out, name); got != want {
			t.Errorf("--%s: %s, want %s", name, got, want)
		}
	}
	for _, tc := range []struct{ flag, val, says string }{
		{"--sink.elasticsearch.versions_retention", "24h", "sink.elasticsearch.versions_retention: 24h0m0s is under 168h0m0s"},
		{"--sink.elasticsearch.versions_retention", "-1h", "sink.elasticsearch.versions_retention: -1h0m0s must not be negative"},
		{"--track.marker_age", "5m", "track.marker_age: 5m0s: want 0"},
		{"--track.marker_cap", "-1", "track.marker_cap: -1 must not be negative"},
	} {
		code, out, errs := run(t, "run", "--config", cfg, tc.flag, tc.val)
		if code != 2 || !strings.Contains(errs, tc.says) {
			t.Errorf("run %s %s: exit %d, stderr %q; want 2 saying %q", tc.flag, tc.val, code, errs, tc.says)
		}
		if strings.Contains(out, "running") {
			t.Errorf("run %s %s: khabar started", tc.flag, tc.val)
		}
	}
}
