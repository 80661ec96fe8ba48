package bleve

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/khabar/khabar/pipeline"
	"github.com/khabar/khabar/pipeline/index"
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

// eventVersionKey is the internal key (beside the events index's
// documents, not searchable) holding the version last applied for an
// event id: 8 bytes, big endian.
func eventVersionKey(id string) []byte { return []byte("khabar.event-version\x00" + id) }

// ApplyEvents applies versioned event messages (index.EventApplier): a
// change is applied only if its version is at least the one last applied
// for its id, a retraction deleting the document and keeping its version
// (a tombstone, kept for good: a retraction is rare, ~40 bytes each). The
// documents and the versions are written in one batch. An id applied
// before versions (none stored) is at version 0. Not safe for two calls
// on one id at once: the index stage writes one events batch at a time to
// Bleve (index.Config.InFlight 1).
func (ix *Index) ApplyEvents(ctx context.Context, changes []index.EventChange) error {
	if len(changes) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	b := ix.events.NewBatch()
	applied := map[string]uint64{} // within the call
	for _, c := range changes {
		id := c.Event.ID
		held, ok := applied[id]
		if !ok {
			raw, err := ix.events.GetInternal(eventVersionKey(id))
			if err != nil {
				return fmt.Errorf("index: version of event %s: %w", id, err)
			}
			if len(raw) == 8 {
				held = binary.BigEndian.Uint64(raw)
			} else if len(raw) != 0 {
				return fmt.Errorf("index: version of event %s: %d bytes stored, want 8", id, len(raw))
			}
		}
		if c.Version < held {
			continue // a newer message of this id is applied
		}
		applied[id] = c.Version
		if c.Retracted {
			b.Delete(id)
		} else {
			doc, err := eventDoc(c.Event)
			if err != nil {
				return err
			}
			if err := b.Index(id, doc); err != nil {
				return fmt.Errorf("index: event %s: %w", id, err)
			}
		}
		b.SetInternal(eventVersionKey(id), binary.BigEndian.AppendUint64(nil, c.Version))
	}
	if b.Size() == 0 {
		return nil
	}
	if err := ix.events.Batch(b); err != nil {
		return fmt.Errorf("index: apply %d event changes: %w", len(changes), err)
	}
	return nil
}

// eventDoc is an event's document, as WriteEvents writes it.
func eventDoc(e pipeline.Event) (map[string]any, error) {
	raw, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("index: encode event %s: %w", e.ID, err)
	}
	return map[string]any{"kind": e.Kind, "pair": e.Pair[:], "time": e.Time.UTC(), fieldRecord: string(raw)}, nil
}

// DeleteAlerts removes alert documents by id (the index stage's answer to
// a withdrawal, alert.AlertMessage.Retracted), in one batch; an id with no
// document is no error.
func (ix *Index) DeleteAlerts(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	b := ix.alerts.NewBatch()
	for _, id := range ids {
		b.Delete(id)
	}
	if err := ix.alerts.Batch(b); err != nil {
		return fmt.Errorf("index: delete %d alerts: %w", len(ids), err)
	}
	return nil
}
