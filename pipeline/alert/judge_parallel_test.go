package alert

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/khabar/khabar/pipeline/track"
)

// TestJudgeParallelCallsOfOneKey: Judge called for one key from several
// goroutines at once (lanes of a ByKey route share the engine) loses no
// observation — the key's record is read and written under its lock.
func TestJudgeParallelCallsOfOneKey(t *testing.T) {
	rules := mustRules(t, `rules: [{name: burst, on: analysis, polarity: hostile, types: [person], key: entity,
  count: {at_least: 900, distinct: story, within: 24h}}]`)
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
	raw, ok, err := e.store.Get(ctx, BucketKeys, stateKey("burst", "sam-altman"))
	if err != nil || !ok {
		t.Fatalf("key state: found %v, %v", ok, err)
	}
	var ks keyState
	if err := json.Unmarshal(raw, &ks); err != nil {
		t.Fatal(err)
	}
	if len(ks.Obs) != 200 {
		t.Fatalf("key state holds %d observations after 200 parallel judgements, want 200 (lost updates)", len(ks.Obs))
	}
}
