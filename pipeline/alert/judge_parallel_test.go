package alert

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/khabar/khabar/pipeline/track"
)

// TestJudgeParallelCallsOfOneKey: Judge called for one key from several
// goroutines at once (lanes of a ByKey route share the engine) loses no
// observation — the key's record is read and written under its lock.
func TestJudgeParallelCallsOfOneKey(t *testing.T) {
	rules := mustRules(t, `rules: [{name: burst, on: analysis, polarity: hostile, types: [person], key: entity,
  count: {at_least: 200, distinct: story, within: 24h}}]`)
	clock := newClock()
	e := newEngine(t, rules, track.NewMemoryStore(), clock)
	ctx := t.Context()
	var obs []Observation
	for i := range 200 {
		id := fmt.Sprintf("s%03d", i)
		for _, o := range e.ObserveAnalysis(story(id, "x", clock.Now()), hostileAnalysis(id, "elon-musk", "sam-altman")) {
			if o.Key == "sam-altman" {
				obs = append(obs, o)
			}
		}
	}
	if len(obs) != 200 {
		t.Fatalf("%d observations of burst/sam-altman, want 200", len(obs))
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(obs))
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(obs); i += 8 {
				if _, err := e.Judge(ctx, obs[i]); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// All 200 at one time: the rule holds at the last of them (ties by
	// trigger), and only if every one was counted.
	page, err := e.ListPage(ctx, Filter{})
	if err != nil || page.Total != 1 || !strings.HasPrefix(page.Alerts[0].Reason, "200 distinct") {
		t.Fatalf("after 200 parallel judgements: %+v %v (lost updates)", page, err)
	}
}
