package alert

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/track"
)

func failure(url, name, category string, since time.Time) FeedFailure {
	return FeedFailure{URL: url, Name: name, Category: category, Failures: 7, Since: since,
		LastError: "GET " + url + ": status 500 Internal Server Error"}
}

func TestFeedRuleMatching(t *testing.T) {
	const feedURL = "https://hindi.example.test/rss.xml"
	tests := []struct {
		name  string
		rules string
		f     FeedFailure
		fires []string // rule/key
	}{
		{"any failing feed, key feed", `rules: [{name: ff, on: feed, quiet: 6h}]`,
			failure(feedURL, "example", pipeline.CategoryTech, t0), []string{"ff/" + feedURL}},
		{"category matches", `rules: [{name: ff, on: feed, categories: [tech]}]`,
			failure(feedURL, "example", pipeline.CategoryTech, t0), []string{"ff/" + feedURL}},
		{"category differs", `rules: [{name: ff, on: feed, categories: [politics]}]`,
			failure(feedURL, "example", pipeline.CategoryTech, t0), nil},
		{"source by name", `rules: [{name: ff, on: feed, sources: [example]}]`,
			failure(feedURL, "example", "", t0), []string{"ff/" + feedURL}},
		{"source by URL", `rules: [{name: ff, on: feed, sources: ["` + feedURL + `"]}]`,
			failure(feedURL, "", "", t0), []string{"ff/" + feedURL}},
		{"source differs", `rules: [{name: ff, on: feed, sources: [other]}]`,
			failure(feedURL, "example", "", t0), nil},
		{"key rule", `rules: [{name: ff, on: feed, key: rule}]`,
			failure(feedURL, "example", "", t0), []string{"ff/"}},
		{"event and analysis rules ignore feeds", shippedLike,
			failure(feedURL, "example", pipeline.CategoryTech, t0), nil},
		{"only the feed rules of a mixed file", shippedLike + `  - {name: ff, on: feed}` + "\n",
			failure(feedURL, "example", pipeline.CategoryTech, t0), []string{"ff/" + feedURL}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock := newClock()
			clock.Advance(7 * time.Hour)
			e := newEngine(t, mustRules(t, tt.rules), track.NewMemoryStore(), clock)
			alerts, err := e.OnFeedFailing(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range alerts {
				got = append(got, a.Rule+"/"+a.Key)
				for _, want := range []string{tt.f.URL, strconv.Itoa(tt.f.Failures) + " consecutive failures",
					tt.f.Since.UTC().Format(time.RFC3339), tt.f.LastError} {
					if !strings.Contains(a.Reason, want) {
						t.Errorf("reason %q does not say %q", a.Reason, want)
					}
				}
				if len(a.Stories) != 0 {
					t.Errorf("a feed alert carries stories %+v", a.Stories)
				}
				if !strings.HasPrefix(a.ID, a.Rule+"/") {
					t.Errorf("id %q does not start with the rule", a.ID)
				}
			}
			if !slices.Equal(got, tt.fires) {
				t.Fatalf("fired %v, want %v", got, tt.fires)
			}
		})
	}
	t.Run("no URL", func(t *testing.T) {
		e := newEngine(t, mustRules(t, `rules: [{name: ff, on: feed}]`), track.NewMemoryStore(), newClock())
		if _, err := e.OnFeedFailing(context.Background(), FeedFailure{Failures: 1}); err == nil {
			t.Fatal("a failure without a URL was accepted")
		}
	})
}

// Throttling per feed URL: one alert per quiet window (an episode dated by
// when it began failing; 6h windows from midnight UTC), another feed is
// not throttled, a new episode in a later window fires with a new id, and
// the same episode reported again (a poller restart) never fires twice.
func TestFeedQuietPeriod(t *testing.T) {
	ctx := context.Background()
	clock := newClock()
	e := newEngine(t, mustRules(t, `rules: [{name: ff, on: feed, quiet: 6h}]`), track.NewMemoryStore(), clock)
	const a, b = "https://a.example.test/feed", "https://b.example.test/feed"
	fire := func(f FeedFailure) []pipeline.Alert {
		t.Helper()
		al, err := e.OnFeedFailing(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return al
	}
	ep1 := failure(a, "a", "", clock.Now().Add(-time.Hour)) // 09:00
	first := fire(ep1)
	if len(first) != 1 {
		t.Fatalf("first failure: %d alerts", len(first))
	}
	if n, err := e.Pending(ctx); err != nil || n != 1 {
		t.Fatalf("outbox holds %d deliveries (%v), want 1 (notify: [log])", n, err)
	}
	clock.Advance(2 * time.Hour)
	// The feed recovered and failed again: a new episode (11:00), in the
	// first one's window.
	if got := fire(failure(a, "a", "", clock.Now().Add(-time.Hour))); len(got) != 0 {
		t.Fatalf("same feed within the quiet period fired %+v", got)
	}
	if got := fire(failure(b, "b", "", clock.Now().Add(-time.Hour))); len(got) != 1 {
		t.Fatalf("another feed was throttled: %d alerts", len(got))
	}
	clock.Advance(5 * time.Hour)
	again := fire(failure(a, "a", "", clock.Now().Add(-30*time.Minute))) // 16:30: the next window
	if len(again) != 1 {
		t.Fatalf("after the quiet period: %d alerts", len(again))
	}
	if again[0].ID == first[0].ID {
		t.Fatalf("second window reused id %s", again[0].ID)
	}
	clock.Advance(24 * time.Hour)
	if got := fire(ep1); len(got) != 0 {
		t.Fatalf("a re-reported episode fired again: %+v", got)
	}
	list, err := e.List(ctx, Filter{Rule: "ff"})
	if err != nil || len(list) != 3 {
		t.Fatalf("List = %d alerts, %v; want 3", len(list), err)
	}
}

// Same failure at the same time in a fresh store: same alert id, made of
// rule, feed URL and window: the window of the episode's start (Since),
// not of when it was reported.
func TestFeedAlertIDDeterministic(t *testing.T) {
	id := func() string {
		clock := newClock()
		clock.Advance(3*time.Hour + 17*time.Minute)
		e := newEngine(t, mustRules(t, `rules: [{name: ff, on: feed, quiet: 6h}]`), track.NewMemoryStore(), clock)
		al, err := e.OnFeedFailing(context.Background(), failure("https://x.example.test/rss", "x", "", t0))
		if err != nil || len(al) != 1 {
			t.Fatalf("%d alerts, %v", len(al), err)
		}
		return al[0].ID
	}
	a, b := id(), id()
	if a != b {
		t.Fatalf("ids differ: %s vs %s", a, b)
	}
	window := t0.Truncate(6 * time.Hour)
	if want := alertID("ff", "https://x.example.test/rss", window); a != want {
		t.Fatalf("id %s, want %s", a, want)
	}
}
