package feeds

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khabar/khabar/internal/config"
)

// TestFeedTopicReachesStory: a single-topic feed's topic is on every story
// it gives (Story.Topic, which then decides the story's topic in the work
// stage); a feed without one leaves it empty; the category goes along.
func TestFeedTopicReachesStory(t *testing.T) {
	dir := t.TempDir()
	one, other := filepath.Join(dir, "cricket.xml"), filepath.Join(dir, "mixed.xml")
	if err := os.WriteFile(one, readFixture(t, "nodates.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, readFixture(t, "rss2.xml"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg := fastConfig(
		Feed{URL: "file://" + one, Name: "खेल", Category: "politics", Topic: "sports"},
		Feed{URL: "file://" + other, Name: "सब कुछ", Category: "tech"},
	)
	pub := newRecPub("ack")
	p, err := New(cfg, pub, openStore(t, dir), testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	running(t, p)
	seen := map[string]int{}
	n := 2 + strings.Count(string(readFixture(t, "rss2.xml")), "<item>")
	for _, st := range collect(t, pub, n) {
		switch st.Feed {
		case "file://" + one:
			if st.Topic != "sports" || st.Category != "politics" {
				t.Errorf("story of the single-topic feed: topic %q, category %q; want sports, politics", st.Topic, st.Category)
			}
		case "file://" + other:
			if st.Topic != "" || st.Category != "tech" {
				t.Errorf("story of the mixed feed: topic %q, category %q; want none, tech", st.Topic, st.Category)
			}
		}
		seen[st.Feed]++
	}
	if seen["file://"+one] != 2 || seen["file://"+other] == 0 {
		t.Errorf("stories per feed %v", seen)
	}
}

// The topic travels from khabar's configuration and through the feed list
// file; an unknown one is refused.
func TestFeedTopicFromConfigAndFeedList(t *testing.T) {
	c := config.Default()
	c.Feeds = []config.FeedConfig{{URL: "https://a.example/rss", Category: "tech", Topic: "sports"}}
	if got := ConfigFrom(&c).Feeds[0]; got.Topic != "sports" || got.Category != "tech" {
		t.Errorf("ConfigFrom: %+v", got)
	}
	path := filepath.Join(t.TempDir(), "feeds.yaml")
	if err := WriteFeedList(path, []Feed{{URL: "https://a.example/rss", Topic: "entertainment"}}); err != nil {
		t.Fatal(err)
	}
	fs, err := ReadFeedList(path)
	if err != nil || len(fs) != 1 || fs[0].Topic != "entertainment" {
		t.Fatalf("feed list round trip: %+v, %v", fs, err)
	}
	if err := os.WriteFile(path, []byte("feeds:\n  - url: https://a.example/rss\n    topic: cricket\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFeedList(path); err == nil || !strings.Contains(err.Error(), `topic "cricket"`) {
		t.Errorf("a bad topic in the feed list: %v", err)
	}
}
