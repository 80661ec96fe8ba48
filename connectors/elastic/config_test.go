package elastic

import (
	"fmt"
	"testing"
	"time"

	"github.com/khabar/khabar/internal/config"
	"github.com/khabar/khabar/pipeline/index"
)

// fromYAML reads a khabar.yaml body the way `khabar` does (over the
// defaults, validated) and maps its sink.elasticsearch section.
func fromYAML(t *testing.T, body string) Config {
	t.Helper()
	cfg := config.Default()
	if err := config.Parse("k.yaml", []byte(body), &cfg); err != nil {
		t.Fatal(err)
	}
	c := ConfigFrom(cfg.Sink.Elasticsearch)
	if err := c.Validate(); err != nil {
		t.Fatalf("ConfigFrom of %q: %v", body, err)
	}
	return c
}

// sink.elasticsearch.versions_retention reaches Config.VersionsRetention:
// the default is DefaultVersionsRetention, a set value is taken, and 0
// stays 0 (keep every version), not the default.
func TestConfigFromVersionsRetention(t *testing.T) {
	if got := ConfigFrom(config.DefaultElastic()).VersionsRetention; got != DefaultVersionsRetention {
		t.Fatalf("default: %s, want %s", got, DefaultVersionsRetention)
	}
	for _, tt := range []struct {
		yaml string
		want time.Duration
	}{
		{"sink: {kind: elasticsearch}\n", DefaultVersionsRetention},
		{"sink:\n  elasticsearch:\n    versions_retention: 240h\n", 10 * 24 * time.Hour},
		{"sink:\n  elasticsearch:\n    versions_retention: 168h\n", MinVersionsRetention},
		{"sink:\n  elasticsearch:\n    versions_retention: 0s\n", 0},
	} {
		if got := fromYAML(t, tt.yaml).VersionsRetention; got != tt.want {
			t.Errorf("%q: VersionsRetention %s, want %s", tt.yaml, got, tt.want)
		}
	}
}

// The retention read from khabar's configuration is the one the sink
// prunes by, on the real node: with versions_retention 240h a version
// last changed 11 days ago is pruned (the 30-day default would keep it);
// with 0 one from 400 days ago stays (the default would prune it).
func TestVersionsRetentionFromConfigPrunes(t *testing.T) {
	node := testConfig(t) // the node and a prefix of this test's own, removed afterwards
	for _, tt := range []struct {
		retention string
		after     time.Duration
		pruned    int64
	}{
		{"240h", 11 * 24 * time.Hour, 1},
		{"0s", 400 * 24 * time.Hour, 0},
	} {
		t.Run(tt.retention, func(t *testing.T) {
			cfg := fromYAML(t, fmt.Sprintf("sink:\n  kind: elasticsearch\n  elasticsearch:\n    urls: [%q]\n    index_prefix: %q\n    versions_retention: %s\n",
				node.URLs[0], node.IndexPrefix+"r"+tt.retention[:1]+"-", tt.retention))
			s, _ := newTestSink(t, cfg)
			t0 := time.Now()
			now := t0
			s.now = func() time.Time { return now }
			ev := versionedEvent("a", 1)
			if err := s.ApplyEvents(t.Context(), []index.EventChange{{Event: ev, Version: 1}}); err != nil {
				t.Fatal(err)
			}
			now = t0.Add(tt.after)
			n, err := s.PruneVersions(t.Context())
			if err != nil || n != tt.pruned {
				t.Fatalf("versions_retention %s, %s after the change: pruned %d (%v), want %d", tt.retention, tt.after, n, err, tt.pruned)
			}
			if v := versionDoc(t, s, ev.ID); (v == 0) != (tt.pruned == 1) {
				t.Fatalf("version %d recorded after pruning %d", v, n)
			}
		})
	}
}
