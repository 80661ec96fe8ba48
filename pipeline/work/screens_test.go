package work

import (
	"encoding/json"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// TestSession10ScreensAgree: the sentence screens (wordid.go) only skip
// work. An analyzer whose every word carries every screen bit reads each
// rule in each sentence; on every dev gold story its analysis must be the
// shipped analyzer's, byte for byte. A rule given a new trigger word
// that its screen does not list fails here when a story has that word.
func TestSession10ScreensAgree(t *testing.T) {
	fast, all := shippedAnalyzer(t), shippedAnalyzer(t)
	for i := range all.screenOf {
		// swWh is read as a fact (moods), not a screen: kept exact.
		all.screenOf[i] |= ^swWh
	}
	n, stanced := 0, 0
	for _, g := range devGold(t) {
		x, y := fast.Analyze(g.Story), all.Analyze(g.Story)
		if len(y.Stances) > 0 {
			stanced++
		}
		if jx, jy := analysisJSON(t, x), analysisJSON(t, y); jx != jy {
			t.Errorf("%s: screened analysis differs from the unscreened one:\n%s\n%s", g.Story.ID, jx, jy)
		}
		n++
	}
	if n < 1000 || stanced == 0 {
		t.Fatalf("read %d dev stories (%d with stances): too few to compare", n, stanced)
	}
}

func analysisJSON(t *testing.T, a pipeline.Analysis) string {
	t.Helper()
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
