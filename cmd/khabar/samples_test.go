package main

import (
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

// indexTables reads the tables of deploy/samples/INDEX.md's
// "## Relationships" section: heading → rows of cells (backticks and
// escaped pipes undone).
func indexTables(t *testing.T, path string) map[string][][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(data), "\n## Relationships")
	if !ok {
		t.Fatalf("%s has no Relationships section", path)
	}
	if i := strings.Index(sec, "\n## "); i >= 0 {
		sec = sec[:i]
	}
	out := map[string][][]string{}
	heading := ""
	for line := range strings.SplitSeq(sec, "\n") {
		switch {
		case strings.HasPrefix(line, "### "):
			heading = strings.TrimPrefix(line, "### ")
		case strings.HasPrefix(line, "| ") && heading != "":
			line = strings.ReplaceAll(line, `\|`, "\x00")
			cells := strings.Split(strings.Trim(line, "| "), " | ")
			if !strings.Contains(line, "`") {
				continue // header and separator: every fact row names a story
			}
			for i, c := range cells {
				c = strings.ReplaceAll(strings.TrimSpace(c), "\x00", "|")
				cells[i] = strings.ReplaceAll(c, "`", "")
			}
			out[heading] = append(out[heading], cells)
		}
	}
	return out
}

func tableFor(t *testing.T, tables map[string][][]string, prefix string) [][]string {
	t.Helper()
	for h, rows := range tables {
		if strings.HasPrefix(h, prefix) {
			return rows
		}
	}
	t.Fatalf("INDEX.md has no table %q", prefix)
	return nil
}

// writeShippedConfig writes deploy/khabar.yaml to dir/khabar.yaml as a
// new user runs it, with a fresh data dir under dir, the deploy folder's
// watchlist, alerts and samples, any free port, and then the edits
// (old, new); it fails the test when the shipped file no longer has an
// old text. It returns the path.
func writeShippedConfig(t *testing.T, root, dir string, edits ...[2]string) string {
	t.Helper()
	shipped, err := os.ReadFile(filepath.Join(root, "deploy/khabar.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := string(shipped)
	for _, r := range append([][2]string{
		{"data_dir: ../.khabar", "data_dir: " + filepath.Join(dir, "data")},
		{"watchlist: watchlist.yaml", "watchlist: " + filepath.Join(root, "deploy/watchlist.yaml")},
		{"alerts: alerts.yaml", "alerts: " + filepath.Join(root, "deploy/alerts.yaml")},
		{"samples: samples", "samples: " + filepath.Join(root, "deploy/samples")},
		{"listen: 127.0.0.1:8080", "listen: 127.0.0.1:0"},
	}, edits...) {
		if !strings.Contains(cfg, r[0]) {
			t.Fatalf("deploy/khabar.yaml no longer has %q", r[0])
		}
		cfg = strings.Replace(cfg, r[0], r[1], 1)
	}
	path := filepath.Join(dir, "khabar.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func splitPair(s string) (string, string) {
	a, b, _ := strings.Cut(s, " × ")
	return a, b
}

// TestSamplesRelationships runs khabar as a new user does (the shipped
// configuration, a fresh data dir) and checks every row of
// deploy/samples/INDEX.md's Relationships section: the stance-shift alert
// within a minute, then, once every stance is folded, the settled pairs,
// their complete histories with the events' cited stories, and the alerts
// of the event rules.
func TestSamplesRelationships(t *testing.T) {
	if testing.Short() {
		t.Skip("runs khabar on the samples")
	}
	root := repoRoot(t)
	tables := indexTables(t, filepath.Join(root, "deploy/samples/INDEX.md"))
	states := tableFor(t, tables, "Settled relationships")
	history := tableFor(t, tables, "History of settled states")
	alerts := tableFor(t, tables, "Alerts on tracker events")
	if len(states) < 3 || len(history) < len(states) || len(alerts) < 2 {
		t.Fatalf("INDEX.md tables too short: %d states, %d history rows, %d alerts", len(states), len(history), len(alerts))
	}

	path := writeShippedConfig(t, root, t.TempDir())
	stories, _ := loadSamples(t, filepath.Join(root, "deploy/samples"))

	start := time.Now()
	r := startRun(t, path)
	defer r.stop(t)

	// The first stance-shift alert of the table, within a minute.
	var shift string
	for _, row := range alerts {
		if strings.HasPrefix(row[0], "stance-shift") {
			shift = row[0]
			break
		}
	}
	for {
		var ans struct {
			Alerts []pipeline.Alert `json:"alerts"`
		}
		getJSON(t, r.api+"/api/alerts?size=1000", &ans)
		found := false
		for _, a := range ans.Alerts {
			found = found || a.ID == shift
		}
		if found {
			break
		}
		if time.Since(start) > time.Minute {
			t.Fatalf("no %s alert a minute after the start", shift)
		}
		time.Sleep(200 * time.Millisecond)
	}

	// Every story indexed, and every one of its stance batches folded.
	waitTotal(t, r.api, len(stories))
	batches := 0
	for id := range stories {
		var rec pipeline.Record
		if code := getJSON(t, r.api+"/api/stories/"+id, &rec); code != 200 {
			t.Fatalf("story %s: %d", id, code)
		}
		batches += len(pipeline.GroupStances(rec.Story, rec.Analysis.Stances))
	}
	deadline := time.Now().Add(time.Minute)
	for metricValue(t, r.api, "khabar_stage_processed_total", "track") < float64(batches) {
		if time.Now().After(deadline) {
			t.Fatalf("track folded %v of %d stance batches", metricValue(t, r.api, "khabar_stage_processed_total", "track"), batches)
		}
		time.Sleep(200 * time.Millisecond)
	}

	t.Run("settled relationships", func(t *testing.T) {
		var list track.PairList
		getJSON(t, r.api+"/api/pairs?size=1000", &list)
		var got, want []string
		for _, p := range list.Pairs {
			if p.State != track.StateNone {
				got = append(got, strings.Join([]string{p.Pair[0] + " × " + p.Pair[1], p.State, p.Since.UTC().Format("2006-01-02"), p.SinceStory}, " | "))
			}
		}
		for _, row := range states {
			want = append(want, strings.Join(row[:4], " | "))
		}
		sort.Strings(got)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("settled pairs\n got %q\nwant %q", got, want)
		}
	})

	t.Run("histories and events", func(t *testing.T) {
		want := map[string][]string{}
		for _, row := range history {
			want[row[0]] = append(want[row[0]], strings.Join(row[1:], " | "))
		}
		for _, row := range states {
			a, b := splitPair(row[0])
			var d track.PairDetail
			if code := getJSON(t, r.api+"/api/pairs/"+url.PathEscape(a)+"/"+url.PathEscape(b), &d); code != 200 {
				t.Fatalf("pair %s: %d", row[0], code)
			}
			var got []string
			for _, c := range d.History {
				ev := "-"
				if c.Event != "" {
					kind, _, _ := strings.Cut(c.Event, ":")
					ev = kind
					if c.Event != kind+":"+pipeline.PairKey(a, b)+":"+c.Story {
						t.Errorf("%s: event id %s is not kind:pair:story", row[0], c.Event)
					}
				}
				got = append(got, strings.Join([]string{
					strconv.Itoa(c.Seq), c.From + " → " + c.To, c.Time.UTC().Format("2006-01-02"), c.Story, ev, strings.Join(c.Stories, ", "),
				}, " | "))
			}
			if !reflect.DeepEqual(got, want[row[0]]) {
				t.Errorf("history of %s\n got %q\nwant %q", row[0], got, want[row[0]])
			}
		}
	})

	t.Run("alerts on events", func(t *testing.T) {
		var ans struct {
			Alerts []pipeline.Alert `json:"alerts"`
		}
		getJSON(t, r.api+"/api/alerts?size=1000", &ans)
		var got, want []string
		for _, a := range ans.Alerts {
			if a.Rule != "new-feud-person" && a.Rule != "stance-shift-persons" {
				continue
			}
			var sids []string
			for _, s := range a.Stories {
				sids = append(sids, s.ID)
				if len(s.Evidence) == 0 {
					t.Errorf("alert %s cites %s without its sentences", a.ID, s.ID)
				}
			}
			if !a.Replay {
				t.Errorf("alert %s on the samples is not flagged replay", a.ID)
			}
			got = append(got, strings.Join([]string{a.ID, a.Time.UTC().Format(time.RFC3339), strings.Join(sids, ", ")}, " | "))
		}
		for _, row := range alerts {
			want = append(want, strings.Join(row[:3], " | "))
		}
		sort.Strings(got)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("event alerts\n got %q\nwant %q", got, want)
		}
	})
}
