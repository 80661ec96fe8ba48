package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"sync"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/esutil"

	"github.com/khabar/khabar/pipeline/index"
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

// eventIndices returns, per id, the indices of the events family that hold
// a document of it (familyIndices).
func (s *Sink) eventIndices(ctx context.Context, ids []string) (map[string][]string, error) {
	return s.familyIndices(ctx, FamilyEvents, ids)
}

// familyIndices returns, per id, the indices of a family that hold a
// document of it (rolled over or not): the family's indices, then a
// real-time multi-get of every id in each (no refresh: a document written
// a moment ago is found too).
func (s *Sink) familyIndices(ctx context.Context, family string, ids []string) (map[string][]string, error) {
	pattern := s.cfg.pattern(family)
	var indices map[string]json.RawMessage
	if _, err := do(ctx, s.es, "list "+pattern, esapi.IndicesGetAliasRequest{Index: []string{pattern}}, &indices); err != nil {
		return nil, err
	}
	type doc struct {
		Index string `json:"_index"`
		ID    string `json:"_id"`
	}
	docs := make([]doc, 0, len(indices)*len(ids))
	for ix := range indices {
		for _, id := range ids {
			docs = append(docs, doc{Index: ix, ID: id})
		}
	}
	out := map[string][]string{}
	if len(docs) == 0 {
		return out, nil
	}
	body, err := json.Marshal(map[string]any{"docs": docs})
	if err != nil {
		return nil, fmt.Errorf("elastic: find %s: %w", family, err)
	}
	var found struct {
		Docs []struct {
			Index string `json:"_index"`
			ID    string `json:"_id"`
			Found bool   `json:"found"`
		} `json:"docs"`
	}
	if _, err := do(ctx, s.es, "find "+family, esapi.MgetRequest{Body: bytes.NewReader(body), Source: []string{"false"}}, &found); err != nil {
		return nil, err
	}
	for _, d := range found.Docs {
		if d.Found {
			out[d.ID] = append(out[d.ID], d.Index)
		}
	}
	return out, nil
}

// ApplyEvents applies versioned event messages (index.EventApplier) with
// Elasticsearch's external versions (version_type=external_gte): a
// document of an id is written, or deleted, only if the message's version
// is at least the one stored for it, so an older message that comes late
// changes nothing. An event is written where its id is stored (an index
// rolled over included), else through the write alias; a retraction
// deletes the document from every index holding it and also through the
// write alias, which leaves a tombstone of its version where a late older
// event would be written. Elasticsearch keeps a deleted document's
// version for index.gc_deletes (60 s by default): an older event coming
// more than that after its retraction (the index stage far behind, or
// Elasticsearch restarted between them) is written again. Documents
// Elasticsearch refuses as malformed are dead-lettered as by the other
// writes; any other failure is returned for the stage to retry (every
// operation is idempotent).
func (s *Sink) ApplyEvents(ctx context.Context, changes []index.EventChange) error {
	if len(changes) == 0 {
		return nil
	}
	ids := make([]string, 0, len(changes))
	seen := map[string]bool{}
	for _, c := range changes {
		if id := eventID(c.Event); !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	where, err := s.eventIndices(ctx, ids)
	if err != nil {
		return err
	}
	alias := s.cfg.alias(FamilyEvents)
	type item struct {
		op     op
		index  string
		delete bool
	}
	var items []item
	var rejected []Rejected
	for _, c := range changes {
		if c.Version > math.MaxInt64 {
			return fmt.Errorf("elastic: event %s: version %d out of range", c.Event.ID, c.Version)
		}
		v := int64(c.Version)
		id := eventID(c.Event)
		if c.Retracted {
			for _, ix := range append(where[id], alias) {
				items = append(items, item{op: op{family: FamilyEvents, id: id, version: v}, index: ix, delete: true})
			}
			continue
		}
		d := newEventDoc(c.Event)
		o := s.encode(ctx, FamilyEvents, d.ID, d, v)
		if o.body == nil || len(o.body) > s.cfg.MaxDocBytes {
			reason := o.err
			if reason == "" {
				reason = fmt.Sprintf("document of %d bytes exceeds MaxDocBytes %d", len(o.body), s.cfg.MaxDocBytes)
			}
			if r, ok := s.reject(ctx, o, reason); ok {
				rejected = append(rejected, r)
			}
			continue
		}
		if len(where[id]) == 0 {
			items = append(items, item{op: o, index: alias})
		}
		for _, ix := range where[id] {
			items = append(items, item{op: o, index: ix})
		}
	}
	var (
		mu       sync.Mutex
		failed   []string
		answered int
	)
	fail := func(o op, why string) {
		mu.Lock()
		defer mu.Unlock()
		answered++
		if why != "" {
			failed = append(failed, o.id+": "+why)
		}
	}
	for _, it := range items {
		bi := esutil.BulkIndexerItem{
			Index: it.index, Action: "index", DocumentID: it.op.id, RequireAlias: it.index == alias,
			OnSuccess: func(context.Context, esutil.BulkIndexerItem, esutil.BulkIndexerResponseItem) {
				if !it.delete {
					s.m.docs.WithLabelValues(FamilyEvents, "indexed").Inc()
				}
				fail(it.op, "")
			},
			OnFailure: func(_ context.Context, _ esutil.BulkIndexerItem, res esutil.BulkIndexerResponseItem, err error) {
				switch {
				case err == nil && it.delete && res.Status == 404 && res.Error.Type == "":
					fail(it.op, "") // no document: the tombstone is kept all the same
				case err == nil && res.Status == 409 && res.Error.Type == "version_conflict_engine_exception":
					s.m.docs.WithLabelValues(FamilyEvents, "older").Inc()
					fail(it.op, "") // a newer message of the id is applied
				default:
					out := classify(it.op, res, err)
					if !out.retry && out.reason != "" && !it.delete {
						if r, ok := s.reject(ctx, it.op, out.reason); ok {
							mu.Lock()
							rejected = append(rejected, r)
							mu.Unlock()
						}
						fail(it.op, "")
						return
					}
					fail(it.op, out.reason)
				}
			},
		}
		if it.delete {
			bi.Action, bi.RequireAlias = "delete", false
		} else {
			bi.Body = bytes.NewReader(it.op.body)
		}
		v := it.op.version
		bi.Version, bi.VersionType = &v, "external_gte"
		if err := s.bi.Add(ctx, bi); err != nil {
			return fmt.Errorf("elastic: apply events: %w", err)
		}
	}
	if err := s.bi.Flush(ctx); err != nil {
		return fmt.Errorf("elastic: apply events: %w", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if answered != len(items) {
		return fmt.Errorf("elastic: apply events: %d of %d operations unaccounted for after flush", len(items)-answered, len(items))
	}
	if len(failed) > 0 {
		return fmt.Errorf("elastic: apply events: %d of %d operations failed, first %s", len(failed), len(items), failed[0])
	}
	if len(rejected) > 0 {
		return &RejectedError{Items: rejected}
	}
	s.log.Debug("event messages applied", "changes", len(changes), "operations", len(items))
	return nil
}

// DeleteAlerts removes alert documents by id (the index stage's answer to
// a withdrawal, alert.AlertMessage.Retracted) from every index of the
// alerts family that holds one, rolled over or not, found by a real-time
// multi-get (an alert written a moment ago is found too). An id with no
// document is no error. Errors (a 429 or 5xx among them) are returned for
// the stage to retry: a delete is idempotent. Alerts carry no version, so
// nothing is kept of a deleted alert: the index stage applies an alert
// id's messages in the order they were published (index.AlertDeleter).
func (s *Sink) DeleteAlerts(ctx context.Context, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	where, err := s.familyIndices(ctx, FamilyAlerts, ids)
	if err != nil {
		return err
	}
	n := 0
	for _, id := range ids {
		for _, ix := range where[id] {
			st, err := do(ctx, s.es, "delete alert "+id, esapi.DeleteRequest{Index: ix, DocumentID: id, Refresh: "true"}, nil)
			if err != nil && st != 404 {
				return err
			}
			n++
		}
		delete(where, id) // an id given twice is deleted once
	}
	s.log.Debug("alerts deleted", "ids", len(ids), "documents", n)
	return nil
}
