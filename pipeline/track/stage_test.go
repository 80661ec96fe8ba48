package track

import (
	"context"
	"testing"
	"time"

	"github.com/khabar/khabar/pipeline"
)

// One story naming two pairs arrives as two batches; both fold, and a
// redelivered batch republishes its events with the same ids.
func TestHandlerPerPairBatches(t *testing.T) {
	tr := newTracker(t, NewMemoryStore())
	h := Handler(tr)
	story := pipeline.Story{ID: "two-pairs", Published: day0, Title: "दो झगड़े"}
	stances := []pipeline.Stance{
		{Source: "elon-musk", Target: "sam-altman", Polarity: pipeline.Hostile, Score: 1, Evidence: "मस्क ने ऑल्टमैन को घेरा।"},
		{Source: "donald-trump", Target: "elon-musk", Polarity: pipeline.Hostile, Score: 1, Evidence: "ट्रंप ने मस्क पर निशाना साधा।"},
	}
	ctx := context.Background()
	// Each pair already has one hostile story from another outlet: the
	// batch below is the second outlet, which settles a new feud.
	prior := pipeline.StoryRef{ID: "earlier", Published: day0.Add(-time.Hour), Source: "khabar-ek"}
	if _, err := tr.Fold(ctx, prior, stances); err != nil {
		t.Fatal(err)
	}
	story.Source = "khabar-do"
	var ids []string
	for _, b := range pipeline.GroupStances(story, stances) {
		msg, err := pipeline.Encode(pipeline.PairKey(b.Pair[0], b.Pair[1]), b)
		if err != nil {
			t.Fatal(err)
		}
		outs, err := h(ctx, msg)
		if err != nil || len(outs) != 1 || outs[0].Topic != pipeline.TopicEvents {
			t.Fatalf("batch %v: %v %v", b.Pair, outs, err)
		}
		var em pipeline.EventMessage
		if err := pipeline.Decode(outs[0].Msg, &em); err != nil || em.Event.Kind != pipeline.KindNewFeud || em.Story.ID != story.ID {
			t.Fatalf("event %+v %v", em, err)
		}
		ids = append(ids, em.Event.ID)
		again, err := h(ctx, msg)
		if err != nil || len(again) != 1 {
			t.Fatalf("redelivery: %v %v", again, err)
		}
		var em2 pipeline.EventMessage
		pipeline.Decode(again[0].Msg, &em2)
		if em2.Event.ID != em.Event.ID {
			t.Fatalf("redelivery republished %s, want %s", em2.Event.ID, em.Event.ID)
		}
	}
	if len(ids) != 2 || ids[0] == ids[1] {
		t.Fatalf("ids %v", ids)
	}
	st, _, _ := tr.Pair(ctx, "elon-musk", "sam-altman")
	if st.Counts.Stories != 2 {
		t.Fatalf("redelivery double-counted: %d stories", st.Counts.Stories)
	}
}
