package elastic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

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

// familyIndices returns, per id, the indices of a family that hold a
// document of it (rolled over or not): the family's indices, then a
// real-time multi-get of every id in each (no refresh: a document written
// a moment ago is found too).
func (s *Sink) familyIndices(ctx context.Context, family string, ids []string) (map[string][]string, error) {
	indices, _, err := s.listFamily(ctx, family)
	if err != nil {
		return nil, err
	}
	return s.findIDs(ctx, family, indices, ids)
}

// listFamily lists the indices of a family and names its write index (the
// one its write alias writes to), "" when it has none.
func (s *Sink) listFamily(ctx context.Context, family string) (indices []string, write string, err error) {
	pattern, alias := s.cfg.pattern(family), s.cfg.alias(family)
	var list map[string]struct {
		Aliases map[string]struct {
			IsWriteIndex *bool `json:"is_write_index"`
		} `json:"aliases"`
	}
	if _, err := do(ctx, s.es, "list "+pattern, esapi.IndicesGetAliasRequest{Index: []string{pattern}}, &list); err != nil {
		return nil, "", err
	}
	var sole []string // indices behind the alias
	for ix, a := range list {
		indices = append(indices, ix)
		al, ok := a.Aliases[alias]
		if !ok {
			continue
		}
		sole = append(sole, ix)
		if al.IsWriteIndex != nil && *al.IsWriteIndex {
			write = ix
		}
	}
	if write == "" && len(sole) == 1 {
		write = sole[0] // an alias over one index writes to it
	}
	slices.Sort(indices)
	return indices, write, nil
}

// findIDs returns, per id, which of indices hold a document of it, by one
// real-time multi-get of every id in each.
func (s *Sink) findIDs(ctx context.Context, family string, indices, ids []string) (map[string][]string, error) {
	type doc struct {
		Index string `json:"_index"`
		ID    string `json:"_id"`
	}
	docs := make([]doc, 0, len(indices)*len(ids))
	for _, ix := range indices {
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

// ApplyEvents applies versioned event messages (index.EventApplier): a
// change is applied only if its version is at least the newest one
// applied for its id, a retraction included, whatever index the family
// writes to now. A batch, one change per id (the newest), takes four steps,
// five requests, each bulk a request of its own (runBulk):
//
//  1. The version of each change is recorded in the event versions index
//     (Config.versionsIndex: one small document per event id, never rolled
//     over, deleted Config.VersionsRetention after its last change:
//     PruneVersions), with Elasticsearch's external versions
//     (version_type=external_gte): a change whose id has a newer version
//     recorded is refused there (409) and goes no further. This is the
//     check that outlives a rollover, a restart and index.gc_deletes: a
//     late older message of an event retracted before a rollover is not
//     written into the new write index.
//  2. The family's indices and its write index are listed and a real-time
//     multi-get finds the indices holding each id.
//  3. One bulk request, external versions again: an event is written where
//     its id is stored (an index rolled over included), else into the
//     write index; a retraction deletes the id from every index holding it
//     and from the write index, which leaves a tombstone there.
//  4. Two indexers may apply messages of one id at once (a partition
//     moving between them). The versions recorded after step 3 are read
//     again for the events written: where a newer one was recorded
//     meanwhile, the document written is deleted again from the indices it
//     went to, if still older than that version (version_type=external).
//     A concurrent indexer either recorded its newer version before this
//     read, or found this document in step 2 and so overwrote or deleted
//     it itself.
//
// Every step is idempotent, so a batch retried after a failure or a crash
// (kill -9 between two steps) gives the same documents: an equal version is
// applied again. Documents Elasticsearch refuses as malformed are
// dead-lettered as by the other writes, before their version is recorded;
// any other failure is returned for the stage to retry.
func (s *Sink) ApplyEvents(ctx context.Context, changes []index.EventChange) error {
	if len(changes) == 0 {
		return nil
	}
	// One change per id, the newest (the stage gives no more; ties: the last).
	var (
		cs       []index.EventChange
		ids      []string
		byID     = map[string]int{}
		rejected []Rejected
	)
	for _, c := range changes {
		if c.Version > math.MaxInt64 {
			return fmt.Errorf("elastic: event %s: version %d out of range", eventID(c.Event), c.Version)
		}
		id := eventID(c.Event)
		if j, ok := byID[id]; ok {
			if c.Version >= cs[j].Version {
				cs[j] = c
			}
			continue
		}
		byID[id] = len(cs)
		cs = append(cs, c)
		ids = append(ids, id)
	}
	ops := make([]op, 0, len(cs)) // ops[i] for ids[i]; a retraction's has no body
	kept := ops[:0:0]
	for i, c := range cs {
		o := op{family: FamilyEvents, id: ids[i], version: int64(c.Version)}
		reason := ""
		if c.Retracted {
			if len(o.id) > maxIDBytes { // never stored: nothing to delete
				s.log.Warn("retraction of an event id too long to be stored ignored", "id", o.id)
				continue
			}
		} else {
			o = s.encode(ctx, FamilyEvents, ids[i], newEventDoc(c.Event), int64(c.Version))
			reason = s.unsendable(o)
		}
		if reason != "" {
			if r, ok := s.reject(ctx, o, reason); ok {
				rejected = append(rejected, r)
			}
			continue
		}
		kept = append(kept, o)
	}
	ops = kept
	ops, rj, err := s.recordVersions(ctx, ops)
	if err != nil {
		return err
	}
	rejected = append(rejected, rj...)
	if s.afterRecord != nil {
		if err := s.afterRecord(ctx); err != nil {
			return err
		}
	}
	if len(ops) == 0 {
		return rejectedErr(rejected)
	}
	ids = ids[:0]
	for _, o := range ops {
		ids = append(ids, o.id)
	}
	indices, write, err := s.listFamily(ctx, FamilyEvents)
	if err != nil {
		return err
	}
	if write == "" {
		return fmt.Errorf("elastic: apply events: alias %s has no write index: run `khabar setup elasticsearch`", s.cfg.alias(FamilyEvents))
	}
	where, err := s.findIDs(ctx, FamilyEvents, indices, ids)
	if err != nil {
		return err
	}
	type target struct {
		op    op
		index string
	}
	var targets []target
	for _, o := range ops {
		in := where[o.id]
		switch {
		case o.body == nil: // a retraction: wherever stored, and a tombstone in the write index
			if !slices.Contains(in, write) {
				in = append(slices.Clone(in), write)
			}
		case len(in) == 0:
			in = []string{write}
		}
		for _, ix := range in {
			targets = append(targets, target{op: o, index: ix})
		}
	}
	items := make([]esutil.BulkIndexerItem, len(targets))
	for i, t := range targets {
		v := t.op.version
		items[i] = esutil.BulkIndexerItem{Index: t.index, Action: "delete", DocumentID: t.op.id, Version: &v, VersionType: "external_gte"}
		if t.op.body != nil {
			items[i].Action, items[i].Body = "index", bytes.NewReader(t.op.body)
		}
	}
	answers, err := s.runBulk(ctx, "apply events", items)
	if err != nil {
		return err
	}
	var failed []string
	written := map[string][]string{} // id -> indices an event was written to
	for i, a := range answers {
		t := targets[i]
		switch {
		case a.err == nil && a.status < 300:
			if t.op.body != nil {
				s.m.docs.WithLabelValues(FamilyEvents, "indexed").Inc()
				written[t.op.id] = append(written[t.op.id], t.index)
			}
		case a.err == nil && t.op.body == nil && a.status == 404 && a.res.Error.Type == "":
			// no document there: the tombstone is kept all the same
		case a.err == nil && a.status == 409 && a.res.Error.Type == "version_conflict_engine_exception":
			s.m.docs.WithLabelValues(FamilyEvents, "older").Inc() // a newer message of the id is there
		default:
			out := classify(t.op, a.res, a.err)
			if !out.retry && out.reason != "" && t.op.body != nil {
				if r, ok := s.reject(ctx, t.op, out.reason); ok {
					rejected = append(rejected, r)
				}
				continue
			}
			failed = append(failed, t.op.id+" in "+t.index+": "+out.reason)
		}
	}
	if len(failed) > 0 {
		return fmt.Errorf("elastic: apply events: %d of %d operations failed, first %s", len(failed), len(targets), failed[0])
	}
	if err := s.undoSuperseded(ctx, ops, written); err != nil {
		return err
	}
	s.log.Debug("event messages applied", "changes", len(changes), "operations", len(targets))
	s.maybePruneVersions(ctx)
	return rejectedErr(rejected)
}

func rejectedErr(rj []Rejected) error {
	if len(rj) > 0 {
		return &RejectedError{Items: rj}
	}
	return nil
}

// recordVersions records the version of each op (one id each) in the
// event versions index, as a document {"retracted": bool} with that
// external version (external_gte), and returns the ops recorded: those
// refused because their id has a newer version recorded are older than
// what is applied, and dropped; those refused as malformed (an id over
// Elasticsearch's 512 bytes) are dead-lettered.
func (s *Sink) recordVersions(ctx context.Context, ops []op) ([]op, []Rejected, error) {
	if len(ops) == 0 {
		return nil, nil, nil
	}
	ix := s.cfg.versionsIndex()
	items := make([]esutil.BulkIndexerItem, len(ops))
	at := s.now().Unix()
	for i, o := range ops {
		v := o.version
		body := fmt.Sprintf(`{"retracted":%t,"at":%d}`, o.body == nil, at)
		items[i] = esutil.BulkIndexerItem{Index: ix, Action: "index", DocumentID: o.id, Version: &v, VersionType: "external_gte", Body: strings.NewReader(body)}
	}
	answers, err := s.runBulk(ctx, "record event versions", items)
	if err != nil {
		return nil, nil, err
	}
	kept := ops[:0:0]
	var rejected []Rejected
	for i, a := range answers {
		switch {
		case a.err == nil && a.status < 300:
			kept = append(kept, ops[i])
		case a.err == nil && a.status == 409 && a.res.Error.Type == "version_conflict_engine_exception":
			s.m.docs.WithLabelValues(FamilyEvents, "older").Inc()
		default:
			out := classify(ops[i], a.res, a.err)
			if !out.retry && out.reason != "" {
				if r, ok := s.reject(ctx, ops[i], "record version in "+ix+": "+out.reason); ok {
					rejected = append(rejected, r)
				}
				continue
			}
			return nil, nil, fmt.Errorf("elastic: record event versions in %s: %s: %s", ix, ops[i].id, out.reason)
		}
	}
	return kept, rejected, nil
}

// undoSuperseded reads again the versions recorded for the events just
// written (written: id -> indices); where a newer version was recorded
// meanwhile by another indexer, the document written is deleted from
// those indices if it is still older than that version
// (version_type=external: a document of that version or newer stays).
func (s *Sink) undoSuperseded(ctx context.Context, ops []op, written map[string][]string) error {
	if len(written) == 0 {
		return nil
	}
	ids := make([]string, 0, len(written))
	mine := map[string]int64{}
	for _, o := range ops {
		if _, ok := written[o.id]; ok {
			ids = append(ids, o.id)
			mine[o.id] = o.version
		}
	}
	body, err := json.Marshal(map[string]any{"ids": ids})
	if err != nil {
		return fmt.Errorf("elastic: read event versions: %w", err)
	}
	var res struct {
		Docs []struct {
			ID      string `json:"_id"`
			Found   bool   `json:"found"`
			Version int64  `json:"_version"`
		} `json:"docs"`
	}
	if _, err := do(ctx, s.es, "read event versions", esapi.MgetRequest{
		Index: s.cfg.versionsIndex(), Body: bytes.NewReader(body), Source: []string{"false"},
	}, &res); err != nil {
		return err
	}
	var items []esutil.BulkIndexerItem
	for _, d := range res.Docs {
		if !d.Found || d.Version <= mine[d.ID] {
			continue
		}
		for _, ix := range written[d.ID] {
			v := d.Version
			items = append(items, esutil.BulkIndexerItem{Index: ix, Action: "delete", DocumentID: d.ID, Version: &v, VersionType: "external"})
		}
	}
	if len(items) == 0 {
		return nil
	}
	answers, err := s.runBulk(ctx, "delete superseded events", items)
	if err != nil {
		return err
	}
	for i, a := range answers {
		switch {
		case a.err == nil && (a.status < 300 || a.status == 404 || a.status == 409):
			// deleted; already gone; or that version (or a newer) is there
		default:
			return fmt.Errorf("elastic: delete superseded event %s in %s: status %d: %v %s", items[i].DocumentID, items[i].Index, a.status, a.err, a.res.Error.Reason)
		}
	}
	s.m.docs.WithLabelValues(FamilyEvents, "superseded").Add(float64(len(items)))
	s.log.Info("events superseded by another indexer deleted again", "operations", len(items))
	return nil
}

// bulkAnswer is Elasticsearch's answer to one item of runBulk: the item's
// status and error, or err when the whole request failed.
type bulkAnswer struct {
	status int
	res    esutil.BulkIndexerResponseItem
	err    error
}

// runBulk sends items in one bulk request of its own, not through the
// shared bulk indexer, whose Flush waits for every document queued by any
// caller (a story batch of megabytes): an events batch waits only for
// itself. It returns the answer to each item, in order; when the request
// as a whole fails, every answer carries the error (the items may or may
// not be applied: each is idempotent). Only Index, DocumentID, Action,
// Version, VersionType and Body of the items are read.
func (s *Sink) runBulk(ctx context.Context, what string, items []esutil.BulkIndexerItem) ([]bulkAnswer, error) {
	var buf bytes.Buffer
	for _, it := range items {
		meta := map[string]any{"_index": it.Index, "_id": it.DocumentID}
		if it.Version != nil {
			meta["version"], meta["version_type"] = *it.Version, it.VersionType
		}
		if it.IfSeqNo != nil && it.IfPrimaryTerm != nil {
			meta["if_seq_no"], meta["if_primary_term"] = *it.IfSeqNo, *it.IfPrimaryTerm
		}
		line, err := json.Marshal(map[string]any{it.Action: meta})
		if err != nil {
			return nil, fmt.Errorf("elastic: %s: %w", what, err)
		}
		buf.Write(line)
		buf.WriteByte('\n')
		if it.Body != nil {
			if _, err := buf.ReadFrom(it.Body); err != nil {
				return nil, fmt.Errorf("elastic: %s: %w", what, err)
			}
			buf.WriteByte('\n')
		}
	}
	var res struct {
		Items []map[string]esutil.BulkIndexerResponseItem `json:"items"`
	}
	answers := make([]bulkAnswer, len(items))
	start := time.Now()
	_, err := do(ctx, s.es, what, esapi.BulkRequest{Body: &buf, FilterPath: bulkFilterPath()}, &res)
	s.m.writeSeconds.WithLabelValues(FamilyEvents).Observe(time.Since(start).Seconds())
	if err == nil && len(res.Items) != len(items) {
		err = fmt.Errorf("elastic: %s: %d answers to %d operations", what, len(res.Items), len(items))
	}
	if err != nil {
		if statusOf(err) == 400 {
			return nil, err // the request itself is malformed: not for retrying item by item
		}
		for i := range answers {
			answers[i].err = err
		}
		return answers, nil
	}
	for i, m := range res.Items {
		for _, r := range m { // one action per item
			answers[i] = bulkAnswer{status: r.Status, res: r}
		}
	}
	return answers, nil
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
