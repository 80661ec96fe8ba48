package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// track.timeline_retention: 0 (keep for ever) by default; a file or the
// environment sets it; a negative value or one shorter than track.window
// is refused with an error naming the key (and, from a file, the line).
func TestTrackTimelineRetention(t *testing.T) {
	if got := Default().Track.TimelineRetention; got != 0 {
		t.Fatalf("default timeline_retention %s, want 0 (keep for ever)", got)
	}
	load := func(t *testing.T, body string) (Config, error) {
		t.Helper()
		path := filepath.Join(t.TempDir(), "k.yaml")
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return Load(path, true)
	}
	t.Run("file", func(t *testing.T) {
		cfg, err := load(t, "track:\n  timeline_retention: 8760h\n")
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Track.TimelineRetention != 365*24*time.Hour {
			t.Fatalf("timeline_retention %s, want 8760h", cfg.Track.TimelineRetention)
		}
	})
	t.Run("env", func(t *testing.T) {
		cfg := Default()
		env := func(k string) (string, bool) { return "4000h", k == "KHABAR_TRACK_TIMELINE_RETENTION" }
		if err := ApplyEnv(&cfg, env); err != nil {
			t.Fatal(err)
		}
		if cfg.Track.TimelineRetention != 4000*time.Hour {
			t.Fatalf("timeline_retention %s, want 4000h", cfg.Track.TimelineRetention)
		}
		if err := cfg.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	for _, tt := range []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"negative", "data_dir: x\ntrack:\n  timeline_retention: -24h\n", 3, "must not be negative"},
		{"shorter than the window", "track:\n  window: 720h\n  timeline_retention: 719h\n", 3, "shorter than track.window (720h0m0s)"},
		{"shorter than the default window", "track:\n  timeline_retention: 48h\n", 2, "shorter than track.window (2160h0m0s)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.yaml)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err %v (%T), want a *config.Error", err, err)
			}
			if ce.Field != "track.timeline_retention" || ce.Line != tt.line || !strings.Contains(ce.Msg, tt.msg) {
				t.Fatalf("err %q (field %q, line %d), want track.timeline_retention at line %d: %q", err, ce.Field, ce.Line, tt.line, tt.msg)
			}
		})
	}
	t.Run("equal to the window", func(t *testing.T) {
		tc := DefaultTrack()
		tc.TimelineRetention = tc.Window
		if err := tc.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

// track.marker_age and track.marker_cap: 168h and 20,000 by default; a
// file or the environment sets them; 0 stands for the default; a negative
// value, or a marker_age under an hour, is refused naming the key and line.
func TestTrackMarkers(t *testing.T) {
	if d := Default().Track; d.MarkerAge != 7*24*time.Hour || d.MarkerCap != 20000 {
		t.Fatalf("default marker_age %s, marker_cap %d; want 168h, 20000", d.MarkerAge, d.MarkerCap)
	}
	load := func(t *testing.T, body string) (Config, error) {
		t.Helper()
		path := filepath.Join(t.TempDir(), "k.yaml")
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return Load(path, true)
	}
	t.Run("file", func(t *testing.T) {
		cfg, err := load(t, "track:\n  marker_age: 336h\n  marker_cap: 40000\n")
		if err != nil {
			t.Fatal(err)
		}
		if cfg.Track.MarkerAge != 14*24*time.Hour || cfg.Track.MarkerCap != 40000 {
			t.Fatalf("marker_age %s, marker_cap %d; want 336h, 40000", cfg.Track.MarkerAge, cfg.Track.MarkerCap)
		}
	})
	t.Run("env", func(t *testing.T) {
		cfg := Default()
		env := func(k string) (string, bool) {
			v, ok := map[string]string{"KHABAR_TRACK_MARKER_AGE": "2h", "KHABAR_TRACK_MARKER_CAP": "5000"}[k]
			return v, ok
		}
		if err := ApplyEnv(&cfg, env); err != nil {
			t.Fatal(err)
		}
		if cfg.Track.MarkerAge != 2*time.Hour || cfg.Track.MarkerCap != 5000 {
			t.Fatalf("marker_age %s, marker_cap %d; want 2h, 5000", cfg.Track.MarkerAge, cfg.Track.MarkerCap)
		}
		if err := cfg.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("zero is the default", func(t *testing.T) {
		tc := DefaultTrack()
		tc.MarkerAge, tc.MarkerCap = 0, 0
		if err := tc.Validate(); err != nil {
			t.Fatal(err)
		}
	})
	for _, tt := range []struct {
		name, yaml, field string
		line              int
		msg               string
	}{
		{"negative age", "track:\n  marker_age: -1h\n", "track.marker_age", 2, "-1h0m0s: want 0 (the default, 168h0m0s) or at least 1h0m0s"},
		{"age under an hour", "data_dir: x\ntrack:\n  window: 720h\n  marker_age: 10m\n", "track.marker_age", 4, "10m0s: want 0 (the default, 168h0m0s) or at least 1h0m0s"},
		{"negative cap", "track:\n  marker_cap: -5\n", "track.marker_cap", 2, "-5 must not be negative (0: the default, 20000)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.yaml)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err %v (%T), want a *config.Error", err, err)
			}
			if ce.Field != tt.field || ce.Line != tt.line || !strings.Contains(ce.Msg, tt.msg) {
				t.Fatalf("err %q (field %q, line %d), want %s at line %d: %q", err, ce.Field, ce.Line, tt.field, tt.line, tt.msg)
			}
		})
	}
}
