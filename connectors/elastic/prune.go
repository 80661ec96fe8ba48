package elastic

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/esutil"
)

// PruneVersions deletes from the event versions index the versions whose
// last change was applied more than Config.VersionsRetention ago (the
// document's "at", the indexer's clock) and returns how many it deleted,
// logging them. ApplyEvents calls it at most every VersionsPruneEvery;
// with VersionsRetention 0 it deletes nothing.
//
// What it costs: a late message of a pruned event id, older than the
// change last applied, is applied as if new (a retracted event can come
// back, an older version can overwrite a newer document). Every
// redelivery within the horizon (MinVersionsRetention, 7 days) is far
// inside the retention (30 days by default). A version recorded again
// while the deletion runs is not deleted (each delete is conditional on
// the document being unchanged since it was read). Versions written before the "at"
// field existed have none and are never pruned.
func (s *Sink) PruneVersions(ctx context.Context) (int64, error) {
	if s.cfg.VersionsRetention <= 0 {
		return 0, nil
	}
	ix := s.cfg.versionsIndex()
	var fm map[string]struct {
		Mappings map[string]json.RawMessage `json:"mappings"`
	}
	if _, err := do(ctx, s.es, "read the mapping of "+ix, esapi.IndicesGetFieldMappingRequest{Index: []string{ix}, Fields: []string{"at"}}, &fm); err != nil {
		return 0, err
	}
	if _, ok := fm[ix].Mappings["at"]; !ok {
		return 0, fmt.Errorf("elastic: prune event versions: %s has no \"at\" field: run `khabar setup elasticsearch`: %w", ix, ErrNotSetUp)
	}
	bound := s.now().Add(-s.cfg.VersionsRetention).Unix()
	// The integ-test distribution has no _delete_by_query (the reindex
	// module) and ILM needs x-pack: search the old versions a page at a
	// time and delete each only if unchanged since read (if_seq_no), so a
	// version recorded again meanwhile stays.
	query := fmt.Sprintf(`{"query": {"range": {"at": {"lt": %d, "format": "epoch_second"}}}, "size": %d, "sort": ["_doc"], "_source": false, "seq_no_primary_term": true}`, bound, prunePage)
	var deleted, changed int64
	for {
		if _, err := do(ctx, s.es, "refresh "+ix, esapi.IndicesRefreshRequest{Index: []string{ix}}, nil); err != nil {
			return deleted, err
		}
		var res struct {
			Hits struct {
				Hits []struct {
					ID    string `json:"_id"`
					SeqNo int64  `json:"_seq_no"`
					Term  int64  `json:"_primary_term"`
				} `json:"hits"`
			} `json:"hits"`
		}
		if _, err := do(ctx, s.es, "find old event versions", esapi.SearchRequest{Index: []string{ix}, Body: strings.NewReader(query)}, &res); err != nil {
			return deleted, err
		}
		hits := res.Hits.Hits
		if len(hits) == 0 {
			break
		}
		items := make([]esutil.BulkIndexerItem, len(hits))
		for i, h := range hits {
			items[i] = esutil.BulkIndexerItem{Index: ix, Action: "delete", DocumentID: h.ID, IfSeqNo: &h.SeqNo, IfPrimaryTerm: &h.Term}
		}
		answers, err := s.runBulk(ctx, "prune event versions", items)
		if err != nil {
			return deleted, err
		}
		var round int64
		for i, a := range answers {
			switch {
			case a.err == nil && a.status < 300:
				round++
			case a.err == nil && (a.status == 409 || a.status == 404):
				changed++ // recorded again, or pruned by another indexer, meanwhile
			default:
				return deleted + round, fmt.Errorf("elastic: prune event versions in %s: %s: %s", ix, hits[i].ID, classify(op{id: hits[i].ID}, a.res, a.err).reason)
			}
		}
		deleted += round
		if round == 0 || len(hits) < prunePage {
			break
		}
	}
	if deleted > 0 {
		s.m.docs.WithLabelValues("event-versions", "pruned").Add(float64(deleted))
		s.log.Info("event versions pruned: a late older message of these event ids is applied as new",
			"index", ix, "deleted", deleted, "applied_before", time.Unix(bound, 0).UTC(), "retention", s.cfg.VersionsRetention, "changed_meanwhile", changed)
	}
	return deleted, nil
}

// prunePage is how many old versions PruneVersions reads and deletes per
// request.
const prunePage = 1000

// maybePruneVersions prunes the versions when VersionsPruneEvery passed
// since the last time (the first call of a sink prunes); a failure is
// logged and tried again at the next interval, never failing the batch.
func (s *Sink) maybePruneVersions(ctx context.Context) {
	if s.cfg.VersionsRetention <= 0 {
		return
	}
	now := s.now()
	s.pruneMu.Lock()
	due := s.lastPrune.IsZero() || now.Sub(s.lastPrune) >= VersionsPruneEvery
	if due {
		s.lastPrune = now
	}
	s.pruneMu.Unlock()
	if !due {
		return
	}
	if _, err := s.PruneVersions(ctx); err != nil {
		s.log.Warn("event versions not pruned; trying again later", "err", err, "every", VersionsPruneEvery)
	}
}
