package work

import (
	"reflect"
	"testing"
)

// TestDispatchGuardsExact: readSentence and readClause call many readers
// only when the sentence has the screen or rule bit that reader's own
// first test asks for (session 16, speed). A guard that drifts from its
// reader (a reader changed to fire without that word) would skip it
// silently. With every guard open (openGuards) each reader runs and
// decides by its own tests: every dev story's analysis must be the same.
// openGuards also opens the clause gates (entIn, untrackedTarget,
// entWith: speed12.go; TestSession12EntGatesAgree compared them alone
// until session 38) and speed36b.go's story screens (deed36b,
// selfAfter36, lastDeed37, toldBy36b on repeats).
func TestDispatchGuardsExact(t *testing.T) {
	guarded, open := shippedAnalyzer(t), shippedAnalyzer(t)
	open.openGuards = true
	n, stances := 0, 0
	for _, g := range goldStoriesIn(t, "dev*.jsonl") {
		want, got := guarded.Analyze(g.Story), open.Analyze(g.Story)
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%s: guarded and open readers differ:\n guarded %+v\n open    %+v", g.Story.ID, want.Stances, got.Stances)
		}
		n++
		stances += len(want.Stances)
	}
	if n < 1000 || stances < 1000 {
		t.Fatalf("read %d stories with %d stances: too few to check the guards", n, stances)
	}
}
