package bleve

import (
	"context"
	"fmt"
)

// DeleteEvents removes event documents by id (the index stage's answer to
// a retraction, pipeline.EventMessage.Retracted), in one batch; an id with
// no document is no error.
func (ix *Index) DeleteEvents(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	b := ix.events.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	if err := ix.events.Batch(b); err != nil {
		return fmt.Errorf("index: delete %d events: %w", len(ids), err)
	}
	return nil
}
