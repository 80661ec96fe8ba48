package track

import (
	"context"
	"errors"
	"testing"

	"github.com/khabar/khabar/pipeline"
)

// handoverStore runs during, once, inside the first Apply it gets: another
// tracker's fold landing while this tracker's batch is being written.
type handoverStore struct {
	*MemoryStore
	during func()
}

func (s *handoverStore) Apply(ctx context.Context, ops ...pipeline.StateOp) error {
	if f := s.during; f != nil {
		s.during = nil
		f()
	}
	return s.MemoryStore.Apply(ctx, ops...)
}

// A pair handed to another tracker (a Kafka rebalance) while this tracker
// is still folding a batch into it: the other tracker's fold commits
// first. This tracker must not overwrite that record with its own fold of
// the older one — the other fold's story would be lost for good (its
// offset is committed), and the pair's events would be those of the set
// without it, as in the chaos run where one supportive story was missing
// and the stance shift moved to the next one. The batch fails instead
// (transient), and folding it again keeps both stories.
func TestPairWrittenDuringFoldIsNotOverwritten(t *testing.T) {
	ctx := context.Background()
	items := crashBatch() // c1, c3, c6: elon-musk|sam-altman; c2, c4: donald-trump|elon-musk
	key := pipeline.PairKey("elon-musk", "sam-altman")
	store := &handoverStore{MemoryStore: NewMemoryStore()}
	a, b := newTracker(t, store), newTracker(t, store)
	if _, err := a.foldBatch(ctx, items[:4]); err != nil {
		t.Fatal(err)
	}
	store.during = func() {
		// The new owner gets c6 (and c5) and folds them first.
		if _, err := b.foldBatch(ctx, items[4:]); err != nil {
			t.Errorf("the other tracker's fold: %v", err)
		}
	}
	// The old owner still folds a story of its own into the pair.
	late := Item{Story: items[0].Story, Stances: items[0].Stances}
	late.Story.ID, late.Story.Published = "c0", items[0].Story.Published.Add(-48*3600e9)
	_, err := a.foldBatch(ctx, []Item{late})
	if err != nil && !errors.Is(err, ErrPairWritten) {
		t.Fatalf("fold during the other tracker's: %v", err)
	}
	if err != nil {
		if pipeline.IsPermanent(err) {
			t.Fatalf("a fold that lost the race is permanent: %v", err)
		}
		if _, err := a.foldBatch(ctx, []Item{late}); err != nil { // the retry
			t.Fatal(err)
		}
	}
	c, err := newTracker(t, store).entry(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"c0", "c1", "c3", "c6"} {
		if _, ok := c.idx[id]; !ok {
			t.Errorf("story %s is not folded into %s (markers %v)", id, key, c.rec.Folded)
		}
	}
	if got := c.rec.Counts.Stories; got != 4 {
		t.Errorf("%s counts %d stories, want 4 (c0, c1, c3, c6)", key, got)
	}
}
