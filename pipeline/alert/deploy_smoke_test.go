package alert

import (
	"testing"

	"github.com/khabar/khabar/internal/watchlist"
)

// The shipped rules load against the shipped watchlist.
func TestShippedRules(t *testing.T) {
	wl, err := watchlist.Load("../../deploy/watchlist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := LoadRules("../../deploy/alerts.yaml", wl)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"new-feud-person", "stance-shift-persons", "stargate-amount", "hostile-burst-person", "feed-failing"}
	if len(rules) != len(want) {
		t.Fatalf("%d rules", len(rules))
	}
	for i, r := range rules {
		if r.Name != want[i] {
			t.Errorf("rule %d is %q, want %q", i, r.Name, want[i])
		}
	}
}
