package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/elastic/go-elasticsearch/v8/esapi"
)

// DeleteEvents removes event documents by id (the index stage's answer to
// a retraction, pipeline.EventMessage.Retracted) from every index of the
// events family, rolled over or not. The indices are refreshed first, so
// an event written a moment ago is found too; an id with no document is no
// error. Errors (a 429 or 5xx among them) are returned for the stage to
// retry: a delete is idempotent. (Not _delete_by_query: it lives in the
// reindex module, which a minimal distribution lacks.)
func (s *Sink) DeleteEvents(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	// The prefix is checked (Config.Validate) to need no escaping; the
	// wildcard must stay one.
	pattern := s.cfg.pattern(FamilyEvents)
	if _, err := do(ctx, s.es, "refresh "+pattern, esapi.IndicesRefreshRequest{Index: []string{pattern}}, nil); err != nil {
		return err
	}
	body, err := json.Marshal(map[string]any{"query": map[string]any{"ids": map[string]any{"values": ids}}, "_source": false})
	if err != nil {
		return fmt.Errorf("elastic: delete events: %w", err)
	}
	var found struct {
		Hits struct {
			Hits []struct {
				Index string `json:"_index"`
				ID    string `json:"_id"`
			} `json:"hits"`
		} `json:"hits"`
	}
	// An id may be in more than one index (written again after a rollover).
	size := 4 * len(ids)
	if _, err := do(ctx, s.es, "find events to delete", esapi.SearchRequest{Index: []string{pattern}, Body: bytes.NewReader(body), Size: &size}, &found); err != nil {
		return err
	}
	for _, h := range found.Hits.Hits {
		st, err := do(ctx, s.es, "delete event "+h.ID, esapi.DeleteRequest{Index: h.Index, DocumentID: h.ID, Refresh: "true"}, nil)
		if err != nil && st != 404 {
			return err
		}
	}
	s.log.Debug("events deleted", "ids", len(ids), "documents", len(found.Hits.Hits))
	return nil
}
